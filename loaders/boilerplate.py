"""Boilerplate: the page furniture of a web article (datelines, credits, captions, bios, embedded posts, share and
comment lines), which is no reporting, and the test of a sentence for it."""

from __future__ import annotations

import re

from loaders.struck_captions import tells_a_strike

# Page furniture run into the text when a page was flattened to one line: a new (boilerplate) sentence starts there.
# A photo credit in brackets: "(TRT World and Agencies)", "(AFP Photo)", "2015(Reuters Photo)".
BRACKET_CREDIT = re.compile(
    r"\((?:[A-Z][\w ]{1,30}\s+and\s+[Aa]gencies|(?:AFP|Reuters|AP|EPA|Getty\s+Images|Anadolu)\s+[Pp]hoto)\)"
)
# Self-contained furniture inside a flattened line: a sentence of its own, and the text after it starts another.
INLINE_SEGMENT = re.compile(
    # "07.07.2015Get short URL 0 25": Sputnik's share counts, glued to the date before them
    r"(?:(?<!\S)|(?<=\d))(?:Get\s+short\s+URL(?:\s+\d+){0,2}|"
    # "Topic Violence Erupts as Islamic State Rises (1881) 0 25": a topic link, its article count and share counts
    r"Topic\s+[A-Z][^()]{0,100}?\(\d+\)(?!\s+Related\b)(?:\s+\d+){0,2}|"
    r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}\s+\((?:Sputnik|Reuters|AFP|AP|SANA|TASS)\)(?:\s*[-–—])?|"
    rf"{BRACKET_CREDIT.pattern})(?=\s)"
)
INLINE_FURNITURE = re.compile(
    r"(?<!\S)(?:Related\s+(?:News|Articles|Posts|Stories)|Read\s+(?:Also|More)|Tags\s*:|Source\s+[A-Z][\w ]{0,30}?"
    r"\s+and\s+agencies|Share\s+this(?:\s+article)?|\d+\s+Related\s+(?=[A-Z])|"
    r"Tags\s+(?=[a-z])|Community\s+standards|\(\d+\)\s+Related\s+(?=[A-Z])|\d+\s+Topic\s+(?=[A-Z])|Related\s+Coverage)\b"
)
# The lead after a run of linked headlines ("458 Related Lebanon charges 43 Syrians ... At least 22 people were killed
# Friday ..."): a count opens it and an auxiliary follows, which headline English drops ("At least 20 killed in Homs").
RELATED_LEAD = re.compile(
    r"(?<=[\w.] )(?:At\s+least|More\s+than|Nearly|Dozens\s+of|Scores\s+of|Hundreds\s+of)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\b"
)
# A wire credit closing a line ("... said. - REUTERS") is a sentence of its own, and boilerplate.
TRAILING_CREDIT = re.compile(r"\s+[-–—]+\s*(?:REUTERS|Reuters|AFP|AP|SANA|TASS)\s*$")

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?"
_DATE = (
    rf"(?:{_WEEKDAY}\.?,?\s+)?(?:\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|{MONTH}\s+\d{{6}})"
)
# A leading dateline: "Wed 05 Apr 2017", "Date of publication 16 September 2016", "BEIRUT (Reuters) -",
# "Last updated at Feb 092015 BEIRUT", "Fri 07 Apr 2017 at 0914". It is split off as its own sentence.
# Capitals after a date that are the subject, not a dateline city: "Sat Jul 26 2014 ISIL terrorists execute ...".
NOT_A_CITY = r"(?:ISIL|ISIS|SDF|YPG|FSA|SAA|SOHR|NATO|SANA|OPCW|UNICEF|UNHCR|WHO|MSF|NDF|PKK|PYD)"
DATELINE = re.compile(
    rf"""^(?:
        (?:(?:Date\s+of\s+publication|Published|Posted|Last\s+updated(?:\s+at)?|Updated)\s*:?\s+(?:on\s+)?)?{_DATE}
            (?:\s+(?:at\s+)?\d{{1,2}}:?\d{{2}}(?:\s*(?:GMT|UTC|[ap]\.?m\.?))?)?
            (?:\s+by\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?=\s))?
            (?:\s+(?!{NOT_A_CITY}\b)[A-Z]{{3,}}(?:\s+[A-Z]{{3,}})?(?=\s))?(?:\s+\((?:Reuters|AFP|AP|SANA)\))?(?:\s*[-–—]+)?
        | [A-Z][A-Z ]{{2,}}\s*\((?:Reuters|AFP|AP|SANA)\)\s*[-–—]+
    )(?=\s)""",
    re.VERBOSE,
)

# A wire dateline inside the first line, after the repeated headline: "… kill 22 in school in rebel-held Idlib Reuters
# Wednesday 26 Oct 2016 The Syrian Observatory …". It is a sentence of its own, and the headline before it furniture.
WIRE_DATELINE = re.compile(
    rf"(?<!\S)(?:AFP|Reuters|AP|DPA|Xinhua)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{{1,2}}\s+{MONTH}\s+\d{{4}}"
    r"(?=\s)"
)
HEADLINE_REACH = 300
# A photo credit run into the text ("REUTERS Rodi Said Battle for Raqqa …"): the wire in capitals and a person's name.
# Sputnik's ("© Sputnik/ Andrei Stenin", flattened) opens a sentence, and a linked headline follows it; not "Sputnik
# Correspondent Ahmed Haj Ali reported", a role and a name.
_SPUTNIK_NAME = (
    r"Sputnik\s+(?!(?:Correspondent|Reporter|Journalist|Editor|News|Agency|Arabic|Radio|Television|TV|International|"
    r"Deputy|Chief|Director|Head|Senior|Minister|Spokesman|Spokeswoman)\b)[A-Z][A-Za-z]+\s+[A-Z][A-Za-z]+"
)
PHOTO_CREDIT = re.compile(
    r"(?<!\S)(?:REUTERS|AFP|AP|EPA)\s*/?\s*[A-Z][a-z]+\s+[A-Z][a-z]+(?=\s+[A-Z])"
    # Sputnik's "© AFP 2018/ DELIL SOULEIMAN", flattened: the wire, the year and the photographer, often in capitals
    r"|(?<![^\s.!?])(?:REUTERS|AFP|AP|EPA)\s+(?:19|20)\d\d\s*/?\s*[A-Z][A-Za-z]+\s+[A-Z][A-Za-z]+(?=\s+[A-Z])"
    rf"|(?<=[.!?\"”]\s){_SPUTNIK_NAME}(?=\s+[A-Z])"
)
_SPUTNIK_CREDIT = re.compile(rf"{_SPUTNIK_NAME}(?:\s+[A-Z]|\s*$)")


# A caption closed by its agency's tag: "... on Friday [AFP] |"
AGENCY_CAPTION = re.compile(
    r"\[(?:AFP|Reuters|AP|Getty(?: Images)?|EPA|Anadolu)(?:/[^\]]*)?\]\s*\|?\s*$", re.IGNORECASE
)
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^leave a (?:reply|comment)\b",
        r"your email address will not be published",
        r"required fields are marked",
        r"print friendly",
        r"send to kindle",
        r"^skip to (?:main )?content",
        r"^back to top$",
        r"^\[?photo(?:graph)?s?\s*:",
        r"^\[photo\b",
        r"^(?:image|picture|file photo|credit)\s*:",
        r"^read (?:also|more)\b",
        r"^\d+\s+related\b",
        r"^\(\d+\)\s+related\s+[A-Z]",
        r"^\d+\s+topic\s+[A-Z]",
        r"^related\s+coverage\b",
        r"^get\s+short\s+url\b",
        # Sputnik's page date: "21.05.2017(updated 2139 21.05.2017)", "30.04.2017)"
        r"^\d{1,2}\.\d{1,2}\.\d{4}\s*(?:\(updated[^)]*\))?\)?$",
        r"^topic\s+[A-Z][^()]{0,100}\(\d+\)(?:\s+\d+){0,2}$",
        r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}\s+\((?:Sputnik|Reuters|AFP|AP|SANA|TASS)\)(?:\s*[-–—])?$",
        r"^community\s+standards",
        # Sputnik's page foot, glued to its tags and comment count ("13 Tags Daesh ... Community standardsDiscussion")
        r"community\s+standards\s*discussion|comment\s+via\s+facebook",
        r"^source\s+[\w ]{1,30}?\s+and\s+agencies\b",
        r"^related (?:news|articles?|posts?|stories)\b",
        r"^tags?\s*:",
        r"^tags\s+[a-z]",
        r"^(?:share|share this|follow us)\b",
        r"\b(?:uses?|accept|consent to|allow)\s+(?:the\s+use\s+of\s+)?cookies\b|\bcookies?\s+(?:policy|settings)\b",
        r"^(?:copyright|©|\(c\))",
        r"all rights reserved",
        r"^\s*[-–—]*\s*(?:reuters|afp|ap|sana|tass)\s*$",
        r"^(?:reporting|writing|editing|additional reporting) by\b",
        AGENCY_CAPTION.pattern,
        r"\((?:AFP|Reuters|AP)\s+photo[^)]*\)\s*$",
        r"^(?:subscribe|sign up|newsletter)\b",
        r"^(?:advertisement|sponsored)\b",
    )
]
BIO = re.compile(
    r"^[A-Z][\w.' -]{1,40} is an? (?:young |freelance |independent |senior |staff )?"
    r"(?:writer|journalist|reporter|author|editor|correspondent|contributor)\b.*\b"
    r"(?:passionate|interest|based in|covers|writes|experience)",
)
# SANA's closing credit of reporter and editor: "Manar al-Frieh/Manal", "Rasha Raslan/ Haifa Said".
_EDITOR_CREDIT = re.compile(
    r"[A-Z][a-z]+(?:\s+(?:al-|Al-|el-)?[A-Z][\w'’-]+){0,2}\s*/\s*[A-Z][a-z]+(?:\s+(?:al-|Al-|el-)?[A-Z][\w'’-]+){0,2}\.?"
)
# A photo caption: a present-tense scene ("A boy inspects a damaged site ...") closed by the photo's date.
_CAPTION_VERB = re.compile(
    r"^(?:\S+\s+){0,8}?(?:shows?|inspects?|carr(?:y|ies)|walks?|stands?|search(?:es)?|looks?|reacts?|comforts?|"
    r"rescues?|cries|receives?|runs?|sits?|gathers?|mourns?|holds?|waits?|rides?|flees?|checks?|"
    # a speaker or a delegate photographed at an event (places26): "President X speaks during a cabinet meeting in
    # Washington September 12 2013"
    r"speaks|attends|gestures|listens|arrives|delivers|poses|waves|shakes|chairs|addresses)\b"
)
_CAPTION_DATE = re.compile(rf"(?:\bSyria\s+|\bon\s+)?{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\.?$")
# Embedded posts and links: "pic.twitter.com/...", "https://t.co/..." (FA-KES drops the slashes).
# The signature that closes an embedded post: the account's handle and the post's date ("The White Helmets
# (SyriaCivilDef) April 30 2017", FA-KES having dropped the "@" and the dash); the text after it is the article's again.
# A wire's name in brackets is no handle ("BEIRUT (Reuters) March 5 2017"), nor a capitalised short name ("Islamic
# State (Daesh) June 3 2016 stormed ..."): a handle starts lower case or with a digit, or is written in camel case.
POST_SIGNATURE = re.compile(
    rf"\(@?(?!(?:Reuters|Sputnik|Anadolu|Xinhua)\))(?=[a-z_\d]|\w*[a-z][A-Z\d_])\w{{1,40}}\)\s+{MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?=\s|$)"
)
_EMBED = re.compile(
    rf"pic\.twitter\.com|https?t\.co|https?://|\(@\w+\)\s+\w+\s+\d{{1,2}},?\s+\d{{4}}|{POST_SIGNATURE.pattern}"
)
# An outlet's history in its page-foot blurb: "Launched in London in 1978 Asharq Al-Awsat has established itself as
# ...". A sentence that opens on a launch's place and year tells of a paper or channel, not of the war (places26).
_LAUNCHED = re.compile(r"^Launched\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+in\s+(?:19|20)\d\d\b")
_REPLACEMENT_ONLY = re.compile(r"^[\ufffd\s_|•·-]*$")
# A link to another story, left where the page showed it: "Related: Syrian Army captures strategic mountain", "See also:
# ...", "Also read: ...". The headline after the label tells another article's event (articles34, written-sentence
# probe); "Read more" and "Related News" are in `_BOILERPLATE` already.
_LINKED_HEADLINE = re.compile(
    r"(?i)^(?:related(?:\s+(?:story|stories|article|articles|content|reading|video|coverage))?|see\s+also|also\s+read"
    r"|read\s+next|recommended(?:\s+reading)?|more\s+on\s+this(?:\s+story)?)\s*:\s*\S"
)


def is_boilerplate(text: str) -> bool:
    """Whether a sentence is page furniture (bios, share buttons, credits, captions) rather than reporting.

    >>> is_boilerplate("Your email address will not be published.")
    True
    >>> is_boilerplate("IS fighters attacked the village on Friday.")
    False
    """
    stripped = text.strip(" \t•·*")
    if _REPLACEMENT_ONLY.match(stripped):
        return True
    if DATELINE.fullmatch(stripped):
        return True
    if _CAPTION_DATE.search(stripped) and (_CAPTION_VERB.search(stripped) or "picture" in stripped):
        return not tells_a_strike(stripped)
    if _EMBED.search(stripped):
        return True
    if PHOTO_CREDIT.match(stripped) or _SPUTNIK_CREDIT.match(stripped):
        return True
    if BRACKET_CREDIT.fullmatch(stripped) or _EDITOR_CREDIT.fullmatch(stripped):
        return True
    if _LAUNCHED.match(stripped) or _LINKED_HEADLINE.match(stripped):
        return True
    return bool(BIO.search(stripped)) or any(p.search(stripped) for p in _BOILERPLATE)
