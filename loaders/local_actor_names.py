"""Local actor names: the patterns of the speakers, titled persons, outlets, bodies and armed groups an article names
that the gazetteer lacks, which `local_entities` mints."""

from __future__ import annotations

import re

from loaders.name_words import TITLE_WORDS
from loaders.speaker_subjects import SPEAKER_ROLES

_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
# Words that open place names, not persons' ("Deir al-Adas", "Tal Rifaat", "Kafr Nabl").
PLACE_NAME_WORDS = frozenset(
    {"Deir", "Dayr", "Tal", "Tel", "Tell", "Kafr", "Kfar", "Ain", "Jabal", "Jebel", "Khirbet", "Ras", "Beit", "Wadi",
     "Jisr", "Khan", "Qasr", "Bir", "Marj", "Umm", "Um", "Tall"}
)  # fmt: skip
# A named armed unit not in the gazetteer: capitalised words ending in a unit noun ("Sultan Murad Brigade").
GROUP_NAME = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:al-|Al-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+){1,4}"
    r"(?:Brigades?|Battalions?|Front|Movement|Corps|Division|Regiment|Legion))\b"
)
# A named armed group the gazetteer lacks, by the Arabic word its name opens with: "Liwa al-Fateh", "Liwa Fursan
# al-Haq", "Kataib Hezbollah". The name ends at its first word with an article ("Liwa Fursan al-Haq shelled").
ARABIC_UNIT = re.compile(
    r"(?<![\w-])(?P<name>(?:Liwaa?|Kataib|Katibat|Saraya|Ansar|Jund|Faylaq|Failaq|Jaish|Jaysh|Jabhat|Harakat)"
    r"(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][a-z]+\b(?!-)){1,3})"
)
WITH_ARTICLE = re.compile(r"(?:al|el|Al|El)-")
# Words that start a unit name but make it generic or another kind ("The Front", "Southern Front" is kept).
GROUP_STOP = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "In", "On", "At", "Popular", "National"})
# "Talal al-Barazi had also reported": later words of a name may carry an article.
SPEAKER_NAME = re.compile(
    rf"(?P<name>{_NAME}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME}){{1,2}})\s+(?:(?:has|had|also|later|then)\s+){{0,2}}"
    r"(?:said|told|added|says|stated|reported|claimed|confirmed|announced)\b"
)
# A speaker introduced by a comma-less appositive naming a role: "Ayman Saleh a member of the local council said",
# "said Omar Haddad an activist in the town".
SPEAKER_WITH_ROLE = re.compile(
    # "Ayman Saleh a member of the FSA", "Hadi al-Bahra president of the Coalition", "Mohammad al-Shaar Syrias
    # interior minister" (FA-KES dropped the commas around the apposition)
    rf"(?P<name>{_NAME}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME}){{1,2}})\s+(?:(?:a|an|one\s+of\s+the)\s+|"
    r"[A-Z][a-z]+s\s+|(?:the\s+)?(?=(?:[\w'’-]+\s+){0,2}?(?:president|chairman|head|chief|director|commander|"
    r"minister|governor|mayor)\s+of\b))(?:[\w'’-]+\s+){0,3}?"
    rf"{SPEAKER_ROLES}s?\b"
    r"(?:[^.;:\"“”]{0,70}?\s(?:said|told|added|says|stated|claimed|confirmed|warned|warns|condemned|denied)\b|"
    r"\s*[.,]|\s*$)"
)
SAID_NAME_WITH_ROLE = re.compile(
    rf"\b(?:said|told|added|says)\s+(?P<name>{_NAME}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME}){{1,2}})\s+(?:a|an)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{SPEAKER_ROLES}\b"
    # "said media activist Yaarab Dali": the role first, in lower case
    rf"|\b(?:said|told|added|says)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}{SPEAKER_ROLES}\s+"
    rf"(?P<name2>{_NAME}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME}){{1,2}})(?=\s*[.,]|\s*$)"
    # "according to Jowan Ibrahim the commander of the Kurdish police"
    rf"|\b[Aa]ccording\s+to\s+(?P<name3>{_NAME}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME}){{1,2}})\s+(?:the|a|an)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{SPEAKER_ROLES}\b"
    # '"Ten people were killed ..." said Talal al-Barazi.': the name closes the sentence after the verb
    rf"|\b(?:said|told|added)\s+(?P<name4>{_NAME}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME}){{1,2}})(?=\s*\.|\s*$)"
)
# A person named after a title or role, wherever the sentence names them ("Secretary of State Rex Tillerson said",
# "spokesman Colonel Chris Garver", "Prime Minister Dr. Wael al-Halqi condemned", "media activist Omar Haddad").
_PERSON_TITLE = (
    r"(?:(?:Vice\s+)?President|(?:(?:Prime|Foreign|Defen[cs]e|Interior|Health|Information)\s+)?Minister|"
    r"Secretary(?:\s+of\s+State|[\s-]General)?|(?:Executive\s+)?Director(?:\s+General)?|Governor|General|Gen\.|"
    r"(?:Lieutenant|Lt\.?)(?:\s+Colonel)?|Colonel|Col\.|Major|Brigadier|Captain|Admiral|Ambassador|Envoy|Senator|Mayor|"
    r"Dr\.?|Doctor|[Ss]pokes(?:man|woman|person)|activist|cleric)"
)
_NAME_WORD = rf"(?!(?:{'|'.join(sorted(TITLE_WORDS))})\b){_NAME}"
TITLED_PERSON = re.compile(
    rf"(?<![\w-]){_PERSON_TITLE}\s+(?:{_PERSON_TITLE}\s+){{0,2}}"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:al|el|Al|El)-)?{_NAME_WORD}){{1,2}})(?![\w-])"
)
# Twenty-fourth session: a speaker named by the body they speak for, "of" between ("Omar Haddad of the Idlib Media
# Center told Reuters", "said Lina Qasem of the Aleppo-based Karama group"), or by a comma-less apposition of any
# common noun, not only a known role, once a verb of saying or an outlet told vouches for a person ("said Hadi Nour a
# colleague of the victim", "Sami Daher a writer told AFP"). A body's own name has an organisation word, which
# `_NAME_WORD` refuses, and "the" never opens a person's name.
# Nor does a word that opens a sentence or names a kind of place ("Many Displaced of the Ghouta said", "Old City of
# Homs").
_NOT_PERSON_WORDS = frozenset(
    """Many Some Most All Both Several Other Others Few Each Every No Local New Old City Town Village Province
    District Quarter Countryside Area Region Street Square Camp Base Airport Market Mosque Bank Company Group Groups
    Network Council Committees Court Fund Mission Society Association Institute Foundation Press Times Post""".split()  # noqa: SIM905
)
_PERSON_WORD = rf"(?!(?:{'|'.join(sorted(_NOT_PERSON_WORDS))})\b){_NAME_WORD}"
_PERSON = rf"(?<![\w-])(?<![Tt]he\s){_PERSON_WORD}(?:\s+(?:(?:al|el|Al|El)-)?{_PERSON_WORD}){{1,2}}"
_SPEAKS = r"(?:said|says|told|tells|added|stated)"
SPEAKER_OF_BODY = re.compile(
    rf"(?P<name>{_PERSON})\s+of\s+(?:the\s+)?(?=[A-Z])[^.;:\"“”]{{0,70}}?\s{_SPEAKS}\b"
    rf"|\b(?:said|says|added)\s+(?P<name2>{_PERSON})\s+of\s+the\s+(?:[a-z][\w-]*\s+)?(?:(?:al|el)-)?[A-Z]"
)
_PEOPLE_PLURAL = (
    r"(?:residents|fighters|activists|people|sources|officials|forces|troops|militants|rebels|members|civilians|"
    r"families|locals|sides|district|suburb|town|village|city|province|area|countryside|neighbou?rhood)"
)
SPEAKER_APPOSED = re.compile(
    rf"\b(?:said|says|added)\s+(?P<name>{_PERSON})\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*(?=[\s.,]|$)"
    rf"|(?P<name2>{_PERSON})\s+(?:a|an)\s+[a-z][\w-]*\b[^.;:\"“”]{{0,70}}?\s(?:told|tells)\s+(?:the\s+)?[A-Z]"
    # "Nabil Aziz spokesman for the UN agency told Reuters", "Rami Saleh WFP regional director for Syria told AFP",
    # "Sami Nour father of the boy told SANA": a role of something without "a"; not a plural of people, which makes
    # the name a town's or a group's ("Douma residents of the besieged town told AFP"), nor a kind of place
    rf"|(?P<name3>{_PERSON})\s+(?:[A-Z]{{2,6}}\s+)?(?!{_PEOPLE_PLURAL}\b)(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?!{_PEOPLE_PLURAL}\b)[a-z][\w-]*\s+(?:of|for)\s[^.;:\"“”]{{0,80}}?\s(?:told|tells)\s+(?:the\s+)?[A-Z]"
)
# An outlet the gazetteer lacks, named with its kind: "the Times of Israel newspaper reported", "the news website
# El-Dorar Al-Shamia said".
_OUTLET_NOUN = (
    r"(?:newspaper|daily|news\s+website|website|news\s+agency|TV\s+channel|TV|television|channel|radio|"
    r"(?:media|news)\s+outlet)"
)
_OUTLET_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w-]*(?:\s+(?:of\s+|(?:al|el|Al|El)-)?[A-Z][\w-]*){0,3}"
OUTLET_BEFORE = re.compile(
    rf"(?P<name>{_OUTLET_NAME})\s+{_OUTLET_NOUN}\s+(?:(?:has|had|also)\s+)*(?:said|reported|says|reports|wrote|quoted|"
    r"cited|published)\b"
    # "according to the Al Masdar media outlet"
    rf"|\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<name2>{_OUTLET_NAME})\s+{_OUTLET_NOUN}\b"
)
CONTROLLED_BY = re.compile(r"-(?:run|owned|controlled|affiliated|based|backed)$", re.IGNORECASE)
# A local body unknown to the gazetteer, named by place and kind: "a source at Aleppo Police Command told SANA",
# "the Aleppo Media Center said".
LOCAL_BODY = re.compile(
    r"(?P<name>(?:(?:al-|Al-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+){1,3}(?:Police\s+Command|Police\s+Department|"
    r"Health\s+Directorate|Education\s+Directorate|Directorate|Local\s+Council|Provincial\s+Council|City\s+Council|"
    r"Media\s+(?:Center|Centre|Office)|Health\s+Authority|National\s+Hospital|University\s+Hospital))\b"
)
# A hospital reached, hit or stood near is a site, not the body that runs it: "the wounded arrived at Izraa National
# Hospital", "a bomb went off near Qamishli National Hospital" (twenty-ninth session, helper landmark29). Not one that
# someone at it speaks for ("a doctor at Izraa National Hospital told SANA", "a source in Homs National Hospital").
_HOSPITAL_REACHED = re.compile(
    r"\b(?:to|at|near|into|outside|inside|in|on|targeted|hit|shelled|struck|bombed|stormed)\s+(?:the\s+)?$"
)
_SPEAKER_AT = re.compile(
    r"\b(?:sources?|doctors?|directors?|officials?|staff|medics?|physicians?|nurses?)\s+(?:at|in|of|from)\s+(?:the\s+)?$"
)


def hospital_as_site(text: str, start: int, label: str) -> bool:
    """Whether a local body's name at text[start:] is a hospital named as the place where something happens."""
    before = text[max(0, start - 60) : start]
    return label.endswith("Hospital") and bool(_HOSPITAL_REACHED.search(before)) and not _SPEAKER_AT.search(before)


# A body the opposition names by its place and a kind of its own ("the Palmyra Coordination Committee published", "the
# Eastern Ghouta local council said"): the place is part of its name, not a place of the news (fourteenth session).
PLACE_BODY = re.compile(
    r"(?P<name>(?:(?:al-|Al-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+){1,3}(?:Coordination\s+Committees?|"
    r"Coordinating\s+Committees?|[Ll]ocal\s+[Cc]ouncil|Revolutionary\s+Council))\b"
)
# A building of such a body: a site in its town, not the body acting.
BODY_SITE = re.compile(r"\s+(?:building|buildings|headquarters|offices?|premises|compound)\b", re.IGNORECASE)
# A named body the gazetteer lacks, in Title Case after "the" and ending in a noun of organisations: "the Turkish
# General Staff", "the Syrian Revolution General Commission", "the Independent Doctors Association", "the UN World Food
# Programme", "the Assyrian International News Agency" (thirteenth session: Programme, Agency, Network, Mission, Court,
# Fund). Not when the
# name goes on ("the International Committee of the Red Cross": the gazetteer's, or nobody's).
NAMED_BODY = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w-]*\s+){1,4}(?:General\s+Staff|Commission|Committees?|Council|Command|"
    r"Authority|Directorate|Office|Cent(?:er|re)|Organi[sz]ation|Federation|Association|Society|Institute|"
    r"Foundation|Department|Programme|Program|Agency|Network|Mission|Court|Fund))"
    r"\b(?!\s+(?:of|for|on|in)\s+(?:the\s+)?[A-Z])"
)
# A body named by its kind and what it serves, "of" inside its name: "the Ministry of Awqaf", "the Syrian Ministry of
# Foreign Affairs and Expatriates", "the Directorate of Health", "a UN Commission of Inquiry on Syria".
_BODY_OF = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w.-]*\s+){0,3}(?:Ministry|Commission|Directorate|Union|Federation|Cent(?:er|re)|"
    r"Department)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:and|of|on|for)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6})"
)
_BODY_LEAD_STOP = frozenset(
    """The A An In On At According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December""".split()  # noqa: SIM905
)
# A ministry named by its department alone after "the" ("the interior ministry said", "the country's health ministry
# announced"): the government's own, which annotators keep as a body of its own. A nationality before it is another
# rule's (the gazetteer reads "the Russian defence ministry", "Turkish foreign ministry"). Not defence nor foreign: war
# news names a foreign power's defence or foreign ministry, after its nationality once, as "the defence ministry".
DEPARTMENT_MINISTRY = re.compile(
    r"\b[Tt]he\s+(?:country['’]?s\s+)?(?P<name>(?:[Ii]nterior|[Hh]ealth|[Ii]nformation|"
    r"[Jj]ustice|[Ee]ducation)\s+[Mm]inistry)(?![\w-])"
)
GENERIC_BODY_WORDS = frozenset({"UN", "General", "Medical", "Scientific", "Revolution", "Local", "Regional"})
_MEDIA_NATIONS = ("Syrian", "Russian", "Iranian", "Turkish", "Lebanese", "Iraqi", "Israeli", "Jordanian")
_NOT_AFTER_NATION = "".join(f"(?<!{nation}\\s)" for nation in _MEDIA_NATIONS)
STATE_MEDIA = re.compile(
    rf"\b(?:{'|'.join(_MEDIA_NATIONS)})\s+state(?:-run)?\s+(?:television|TV|media|broadcaster|radio)\b"
    # unnamed, as a source: "state media said", "state-run TV reported" (an outlet of the article's country)
    # and by side: "pro-Damascus media said", "regime TV reported", "opposition media reported"
    rf"|(?<![\w-]){_NOT_AFTER_NATION}(?:[Ss]tate(?:-run|-owned)?|"
    r"(?:[Pp]ro-)?(?:[Rr]egime|[Gg]overnment|[Oo]pposition)|[Pp]ro-(?:Damascus|Assad))\s+"
    r"(?:television|TV|media|broadcaster|radio)\b(?=\s+(?:(?:has|have|had|also)\s+)?(?:said|says|reported|reports|"
    r"announced|quoted|showed|aired|broadcast)\b)"
)
ACRONYM_REPORTED = re.compile(r"(?<![\w-])(?P<name>[A-Z]{2,5})\s+(?:(?:has|had|also)\s+)?(?:reported|reports)\b")
OUTLET_WORDS = frozenset({"TV", "Television", "Channel", "Radio", "News", "Newspaper", "Daily", "Website"})
# "the news website El-Dorar Al-Shamia", "The pro-regime website al-Masdar News": a description may come first.
OUTLET_AFTER = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?{_OUTLET_NOUN}\s+(?P<name>{_OUTLET_NAME})\b")

# "targeted the police", "an attack on a police station", "tried to storm the police headquarters": a state's police,
# unnamed, as the object of an attack. Not the police as a landmark ("close to an old police station") or as a count
# of the dead ("one police officer killed"), and not when a name says whose ("Kurdish police").
POLICE = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|target(?:s|ed|ing)?|storm(?:s|ed|ing)?|bomb(?:s|ed|ing)?)\s+"
    r"(?:(?:on|at|against)\s+)?(?:the\s+|a\s+|an\s+)?(?:main\s+|local\s+)?(?P<police>police)(?![\w-])"
)


def bodies_of(text: str) -> list[tuple[int, int]]:
    """The spans in text of the bodies named "<kind> of <what>", without an opening article or a closing date."""
    spans = []
    for match in _BODY_OF.finditer(text):
        tokens = list(re.finditer(r"\S+", match.group("name")))
        while tokens and tokens[0].group(0) in _BODY_LEAD_STOP:
            tokens.pop(0)
        # the name ends before "on" and a day or month: "the Ministry of Defence on Monday"
        cut = next(
            (i for i, t in enumerate(tokens) if i and t.group(0) in _BODY_LEAD_STOP and tokens[i - 1].group(0) == "on"),
            len(tokens),
        )
        tokens = tokens[: cut - 1] if cut < len(tokens) else tokens
        while tokens and tokens[-1].group(0) in {"and", "of", "on", "for", "the"}:
            tokens.pop()
        spans.append((match.start("name") + tokens[0].start(), match.start("name") + tokens[-1].end()))
    return spans
