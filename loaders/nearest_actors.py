"""The actors next to a trigger: the agent before it, the first actor after it, and the names coordinated with them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.appositive_subjects import past_appositive, subject_before_appositive
from loaders.cited_sources import cited_source, kept_silent
from loaders.demonyms import DEMONYMS
from loaders.model import Mention
from loaders.on_the_offensive import on_the_offensive
from loaders.placed_subjects import without_subject_place
from loaders.pressed_offensives import pressed_ahead
from loaders.speech_verbs import SAID, either
from loaders.taking_part import taking_part
from loaders.text import without_abbreviation_dot
from loaders.timex import WEEKDAY

# A day, and the part of it: "on Wednesday afternoon".
DAY_TIME = rf"(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN_IN_GAP = re.compile(rf"\b(?:(?:late|early)\s+)?{DAY_TIME}\b|\b(?:yesterday|today|overnight|at\s+dawn)\b")
_BACKED_BY_GAP = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|accompanied)\s+by\s+[^.;:,]{1,60}?(?=\s(?:have|has|had|were|was|are|is)\s)",
    re.IGNORECASE,
)
# A phrase of help running up to the verb: "backed by X", "with the support of X", "with Russian air cover".
_HELP_GAP = re.compile(
    r"^\s+(?:(?:backed|supported|aided|assisted|helped|accompanied)\s+by\s+|"
    # the state media's partner phrase: "army units in cooperation with the supporting forces established control"
    r"in\s+(?:cooperation|coordination|conjunction|collaboration)\s+with\s+|"
    r"(?:with|under)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:support|backing|cover|help|participation|assistance)\b"
    r"(?:\s+(?:of|from)\s+)?)[^.;:,]{0,60}$",
    re.IGNORECASE,
)
# A verb in the past at the trigger, so a phrase before it closes there: "captured", "stormed", "took".
_VERB_AT = re.compile(r"(?i:[a-z]+ed|took|struck|fought|overran|retook|shot|hit|seized)\b")
# A bare "and" or "or" between a side and a verb in the past: the side closes the clause before, as its object or
# after a preposition ("Rebels clashed with the army or shelled Harasta"); the verb is that clause's subject's
# (`joined_verbs`), not the side's (twenty-first session, helper limits).
_JOINED_VERB_GAP = re.compile(r"\s+(?:and|or)\s+(?:(?:then|also|later)\s+)?")
# Where the agent fights, between it and its verb: "troops fighting in the Qalamun region seized the town of Rankus".
# A relative clause on the agent running up to its verb: "Rebels who had gathered near Hama attacked", "IS fighters
# who crossed from Iraq attacked", "The army which had massed troops near Hama shelled" (twenty-first session). Its
# own verb comes first (a past form, or an auxiliary and a participle); what follows says more of the agent.
_RELATIVE_GAP = re.compile(
    r"^\s+(?:(?:fighters|forces|troops|militants|militiamen|units|soldiers|gunmen|jihadists)\s+)?(?:who|which|that)\s+"
    r"(?:(?:had|have|has)\s+(?:been\s+)?|(?:were|was|are|is)\s+)?(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|came|fled|went|took|fought|left|broke|drove|ran|swept|[a-z]+ing"
    # the present of holding (twenty-ninth session): "Kurdish forces who share control of the city had been battling"
    r"|(?:share|hold|control|run|dominate|man|live|operate)s?"
    # what the side is made of: "The SDF which mostly consists of Kurdish fighters launched" (thirtieth session)
    r"|(?:consist|comprise|include|contain|incorporate)(?:s|ed)?|made|composed)\s[^.;:,()\"“”]{0,60}$"
)
# The verb's own progressive, closing the gap: "forces who share control of the city had been battling".
_PROGRESSIVE_AT = re.compile(r"(?i)\s(?:has|have|had)\s+been\s+$")
_FIGHTING_WHERE_GAP = re.compile(
    r"^\s+(?:(?:who|that)\s+(?:are|were)\s+)?(?:fighting|battling|operating|deployed)\s+"
    r"(?:in|near|around|inside|outside)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|(?:al|el|as|ash|ar|ad)-[\w'’-]+)\s+){1,4}"
    r"(?:(?:region|area|province|countryside|city|town|front|suburbs?)\s+)?$",
)
_MADE_OF_GAP = re.compile(
    r"^\s+(?:an?\s+|the\s+)?(?:alliance|coalition|grouping|umbrella\s+group|group|militia)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:fighters|groups|factions|militias|rebels|jihadists|militants)(?=\s)",
    re.IGNORECASE,
)
# Unnamed partners joined to the agent, part of its subject (roles35): "the regime and its allies continue their
# bombardment"; the named side still acts, the gap's words are no distance from its verb
_OWN_ALLIES_GAP = re.compile(
    r"^\s+and\s+(?:its|his|their)\s+(?:[\w-]+\s+)?(?:allies|backers|partners|proxies|supporters)(?=\s)", re.IGNORECASE
)
_AFFILIATE_OF = re.compile(
    r"(?:['’]?s)?\s+(?:[A-Z][a-z]+\s+)?(?:affiliate|branch|arm|wing|offshoot|franchise|ally|proxy)\b"
)
# Whom a named force serves, after it: "forces loyal to the regime", "militias allied to the army".
_LOYAL_TO = re.compile(
    r"(?:\s+(?:fighters|forces|troops|militants|militiamen|members|units|soldiers|gunmen|militias?))?"
    r"\s+(?:loyal|allied|affiliated|linked)\s+(?:to|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_QUANTITY_OF = re.compile(
    r"\b(?:hundreds|dozens|scores|tens|thousands|several\s+\w+|a\s+number|(?:a\s+)?barrages?|(?:a\s+)?volleys?|"
    r"(?:a\s+)?waves?|(?:several\s+)?rounds?)\s+of\b",
    re.IGNORECASE,
)
# A count's qualifier is no preposition phrase: "Regime forces fired at least 30 rockets on", "shelled at most two
# villages" (bulletin31: the Observatory's daily reports count what was fired).
_AT_LEAST = re.compile(
    r"\bat\s+(?:least|most)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"dozens|hundreds|scores|\w+teen|\w+ty)\b)",
    re.IGNORECASE,
)
# A speech verb between an actor and a trigger: the actor speaks ("claims to have captured" is the actor's own act).
_SPEECH = re.compile(
    # (saying with "say", making known but a claim to have done, "told", condemning, denouncing, blaming in any tense)
    rf"\b(?:{either(*SAID, 'say', 'reported', 'reports', 'told', 'announced', 'confirmed')}|"
    r"(?:claims|claimed)(?!\s+to\b)|"
    r"condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|blam(?:es|ed|ing))\b",
    re.IGNORECASE,
)
BACKED_SUFFIX = re.compile(r"^\s*-\s*(?:backed|supported|allied)\b", re.IGNORECASE)
# A side named as the maker of help, right before the help noun: "complained of the lack of US support and attacked".
# It qualifies the noun; it is not the subject of the verb that follows (nineteenth session, helper sides2).
_HELP_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:air|military|logistical|financial|artillery)\s+)?(?:support|backing|assistance|help|cover)\b",
    re.IGNORECASE,
)
# A nationality right before a noun of civilians names people of that country, not the state acting: "Peter Kassig a
# US aid worker kidnapped in Syria", "two Turkish truck drivers abducted near Jarablus" (thirtieth session, sides30).
_CIVILIANS_AFTER = re.compile(
    r"^\s+(?:(?:aid|relief|humanitarian|truck|lorry|freelance|news|photo|tv|television|medical)\s+)?"
    r"(?:aid\s+)?(?:workers?|journalists?|reporters?|photographers?|citizens?|nationals?|hostages?|tourists?|"
    r"nurses?|doctors?|priests?|nuns?|teachers?|students?|volunteers?|engineers?|businessm[ae]n|drivers?|"
    r"civilians?|pilgrims?|missionar(?:y|ies)|contractors?)\b",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:against|on|at|targeting|targeted|target|towards|into|in|near|of|from|with|for|during|amid)\b", re.IGNORECASE
)
# Gazetteer actors that are a kind of fighter, not a named group: "rebels", "the opposition".
GENERIC_GROUPS = frozenset({"actor/syrian-rebels"})
COALITION = "actor/us-led-coalition"


def first_after(actors: Sequence[Mention], pos: int, base: int, text: str, reach: int = 20) -> Mention | None:
    """The first actor mention starting within `reach` characters after text offset `pos`."""
    for m in actors:
        s = m.span.start - base
        if pos <= s <= pos + reach and not re.search(r"[.;:,]", text[pos:s]):
            return m
    return None


def coordinated(first: Mention, actors: Sequence[Mention], text: str, base: int) -> list[str]:
    """The mention and those joined to it by "and", commas or a parenthesised abbreviation."""
    keys = [first.key]
    end = first.span.end - base
    for m in actors:
        s = m.span.start - base
        if s < end:
            continue
        gap = text[end:s]
        # "by Syrian or Russian jets": a doer the text leaves open between two is either, so both are named
        # "YPG/YPJ fighters", "YPG/PKK positions": a slash joins two groups' names, both named (outlets34)
        if re.fullmatch(r"\s*\)?\s*(?:\(\s*|,\s*|,?\s+(?:and|or)\s+|,\s*and\s+|/)(?:the\s+)?", gap):
            keys.append(m.key)
            end = m.span.end - base
        else:
            break
    return list(dict.fromkeys(keys))


# Between two sides joined before a trigger: "and", a comma, "or"; after the first side's men ("Kurdish YPG fighters and
# IS militants clashed"), and a bare hyphen ("YPG-IS clashes", "Russian-Syrian strikes") (nineteenth session, sides2).
_JOINED_BACK = re.compile(
    r"\s*(?:(?:fighters|militants|forces|troops|soldiers|militiamen|jihadists|members|units)\s+)?"
    r"(?:,|and|,\s*and|or|/)\s*(?:the\s+)?"
)

# A side after a preposition, then a bare comma, ends a phrase put before the clause: "With help from Iran, Hezbollah
# fighters attacked", "After talks with Turkey, Russian jets bombed": the comma joins no list (helper review6).
_FRONTED_OBJECT = re.compile(
    r"\b(?:from|with|by|after|before|despite|unlike|like|against|to|for|of|in|at|near|under|without)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def coordinated_back(last: Mention, actors: Sequence[Mention], text: str, base: int) -> list[str]:
    """The mention and those joined to it by "and" before it ("Syrian and Russian jets")."""
    keys = [last.key]
    start = last.span.start - base
    for m in sorted(actors, key=lambda x: -x.span.start):
        e = m.span.end - base
        if e > start:
            continue
        joined = _JOINED_BACK.fullmatch(text, e, start)
        if joined is not None and not (
            joined.group(0).strip() == ","
            and _FRONTED_OBJECT.search(text, max(0, m.span.start - base - 40), m.span.start - base)
        ):
            keys.insert(0, m.key)
            start = m.span.start - base
        else:
            break
    # "Russian and coalition air raids": the nationality shares the coalition's noun, so its state struck too
    shared = _NATIONALITY_AND.search(text, max(0, start - 40), start) if keys[0] == COALITION else None
    if shared is not None and shared.group(1) in DEMONYMS:
        keys.insert(0, DEMONYMS[shared.group(1)])
    return list(dict.fromkeys(keys))


# A nationality adjective joined right before the coalition (thirtieth session, helper sides30).
_NATIONALITY_AND = re.compile(r"\b([A-Z][a-z]+|US|U\.S\.)\s+(?:and|or)\s+(?:the\s+)?$")


BY_GERUND = re.compile(r"\bby\s+$", re.IGNORECASE)
_GERUND_AT = re.compile(r"[A-Za-z]{1,30}ing\b")
_SUFFERED = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:killed|wounded|injured|hurt|slain)\b", re.I)


# Nor does a quote opening on the trigger's own modifiers: 'Russia implemented a three-day "humanitarian pause"'
# (scare quotes around a term of art, one or two words before the trigger noun; twenty-fourth session).
QUOTE_ON_MODIFIERS = re.compile(r"\s[\"“](?=(?:[\w-]+\s+){1,2}$)")


def actor_before(actors: Sequence[Mention], text: str, base: int, t_start: int) -> Mention | None:
    """The actor mention right before the trigger within its clause ("The IS assault", "IS fighters launched")."""
    candidates = [m for m in actors if m.span.end - base <= t_start]
    aside = re.search(r"(\([^()]{1,60}\))[^()]*$", text[:t_start])
    if aside is not None:
        # "Al-Nusra Front (Qaeda branch in the Levant) terrorists targeted": the aside names no agent
        candidates = [m for m in candidates if not aside.start(1) <= m.span.start - base < aside.end(1)]
    candidates = _outside_comma_aside(candidates, text, base, t_start)
    told = len(candidates)
    candidates = _outside_relative_clause(candidates, text, base, t_start)
    in_relative = len(candidates) < told  # the side's own comma-less relative clause runs up to the trigger
    if not candidates:
        return None
    appositive = subject_before_appositive(candidates, text, base)  # "X, an alliance that includes Y, began"
    if appositive is not None:
        candidates = candidates[: candidates.index(appositive[0]) + 1]
    m = candidates[-1]
    if m.key in GENERIC_GROUPS and len(candidates) > 1:
        named = candidates[-2]
        between = text[named.span.end - base : m.span.start - base]
        # not across a speech verb: "the army says opposition forces killed a pilot" (the army speaks)
        if re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}", between) and not _SPEECH.search(between):
            m = named  # "Al-Nusra Front jihadist rebels seized": "rebels" says what the Front's men are
    # "Nusra Front Al-Qaidas Syria affiliate drove ...": the group named first acts, the second says whose it is.
    if len(candidates) > 1 and _AFFILIATE_OF.match(text, m.span.end - base):
        named = candidates[-2]
        if not text[named.span.end - base : m.span.start - base].strip():
            m = named
    # "Troops loyal to the Syrian government shelled": the head named before "loyal to" acts, not whom it serves
    if len(candidates) > 1 and _LOYAL_TO.fullmatch(text, candidates[-2].span.end - base, m.span.start - base):
        m = candidates[-2]
    if cited_source(m, text, base) or kept_silent(m, text, base):
        return None  # "According to the Turkish foreign ministry tanks and artillery were used": who says, not who did
    gap = text[m.span.end - base if appositive is None or m is not appositive[0] else appositive[1] : t_start]
    if _JOINED_VERB_GAP.fullmatch(gap) and _VERB_AT.match(text, t_start):
        return None
    gap = without_abbreviation_dot(gap, text[m.span.start - base : m.span.end - base])  # "A U.S. missile strike"
    if in_relative and m is candidates[-1] and not _SPEECH.search(gap):
        gap = _without_relative(gap, text, t_start)
    gap = past_appositive(gap, bool(_VERB_AT.match(text, t_start)))  # "X a group that is backed by Y attacked"
    gap = re.sub(r"\s*\([^()]{1,40}\)|,[^,]{1,60},|\s[-–—]\s[^-–—]{1,60}\s[-–—]\s", " ", gap)
    # A quote opening on the trigger quotes the act, not a speaker: 'the army was able to "restore security"'.
    gap = re.sub(r"\s[\"“]$", " ", gap)
    gap = QUOTE_ON_MODIFIERS.sub(" ", gap)
    # When, between verb and object: "terrorists fired on Tuesday afternoon rocket shells".
    gap = _WHEN_IN_GAP.sub(" ", gap)
    # A quantity is not a preposition phrase: "Rebels fired hundreds of rockets", "launched a barrage of missiles".
    gap = _QUANTITY_OF.sub(" ", _AT_LEAST.sub(" ", gap))
    # Who backs the agent stands between it and its verb: "Hizballah fighters backed by Syrian forces have pushed".
    gap = _BACKED_BY_GAP.sub(" ", gap)
    if _VERB_AT.match(text, t_start):
        # "Rebels with US support captured", "Syrian troops backed by Russian jets and Hezbollah stormed": who helps
        # stands between the agent and a verb, with no auxiliary to close the phrase (eighteenth session)
        gap = _HELP_GAP.sub(" ", gap)
    if (_VERB_AT.match(text, t_start) or _PROGRESSIVE_AT.search(gap)) and not _SPEECH.search(gap):
        gap = _RELATIVE_GAP.sub(" ", gap)  # not "Rebels who said the army shelled": a speaker is no agent
    gap = _FIGHTING_WHERE_GAP.sub(" ", gap)
    if not _SPEECH.search(gap):
        # "Rebels in the enclave fired rockets": where the subject is (articles34)
        gap = without_subject_place(gap, text, m.span.start - base, bool(_VERB_AT.match(text, t_start)))
    gap = on_the_offensive(gap, text, t_start)  # "regime forces were on a wide offensive": theirs
    gap = pressed_ahead(gap, text, t_start)  # "Kurdish forces pressed ahead with their offensive": theirs
    gap = taking_part(gap, text, t_start)  # "IS and its rivals engaged in fierce clashes": theirs
    # What the agent is, right after its name: "the SDF alliance of Kurdish and Arab fighters broke into Manbij".
    gap = _MADE_OF_GAP.sub(" ", gap)
    gap = _OWN_ALLIES_GAP.sub(" ", gap)
    if _PUT_TO_DEATH.match(text, t_start):
        # "IS published a grisly video showing the savage execution of 17 men": who shows its killings did them
        gap = _VIDEO_OF_GAP.sub(" ", gap)
    if BACKED_SUFFIX.match(gap):
        return None  # "Iranian-backed militias attacked": the backer is not the attacker
    if _HELP_NOUN_AFTER.match(gap):
        return None  # "the lack of US support and attacked": the helper named in a noun phrase is no agent
    if _CIVILIANS_AFTER.match(gap):
        return None  # "a US aid worker kidnapped in Syria": the nationality of the one kidnapped, no kidnapper
    if re.search(r"[.;:,\"“”]", gap) or _PREPOSITION.search(gap) or _SPEECH.search(gap):
        return None  # "Syrian state TV says 22 killed": who speaks is not who acts
    if _SUFFERED.search(gap):
        return None  # "members of Jaish al-Islam were killed when a suicide bomb blast ...": the victims
    if BY_GERUND.search(gap) and _GERUND_AT.match(text, t_start):
        return None  # "the army responded to the militants' offensive by bombing": the clause's subject bombed
    # An auxiliary chain is the verb's own tense, not words between agent and act: "Syrian troops and pro-government
    # gunmen have been trying to retake" is as near as "... tried to retake" (twenty-sixth session, helper dropped26)
    if len([w for w in gap.split() if w.lower() not in _AUXILIARY]) > 6:
        return None
    return _fighter_of(candidates, m, text, base)


# A video of killings its publisher made: "IS released a video showing the beheading of", "has posted footage of the
# execution of" (twenty-sixth session, helper dropped26). Only before a killing of captives (below): a video of an air
# strike is as often an activist's or a rescuer's.
_VIDEO_OF_GAP = re.compile(
    r"^\s+(?:has\s+|have\s+)?(?:published|released|posted|issued|circulated|aired|broadcast|distributed)\s+"
    r"(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2}?(?:video|footage|film|recording)\s+"
    r"(?:showing|that\s+shows|purporting\s+to\s+show|depicting|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_PUT_TO_DEATH = re.compile(r"(?:execution|beheading|mass\s+execution|slaughter|burning)s?\b", re.IGNORECASE)


# The words of a verb's tense and aspect ("has been", "had been", "will have been"): they count as no distance.
_AUXILIARY = frozenset({"has", "have", "had", "been", "be", "being", "will", "would"})


# A non-restrictive aside closing right before the verb: "The YPG, which Turkey calls a terrorist group, shelled",
# "Jaish al-Islam, the main rebel group in Douma, shelled". Its actors describe the subject; the subject acts. Or before
# the verb whose object the trigger is: "The YPG, which Turkey calls a terrorist group, fired rockets" (articles34).
_ASIDE_BEFORE_VERB = re.compile(
    r"[^,\s]\s*(,[^,.;:()\"“”]{3,80},)\s*(?:(?:fired|launched|lobbed|dropped|detonated)\s+(?:[\w-]+\s+){0,3}?)?$"
)


def _outside_comma_aside(candidates: list[Mention], text: str, base: int, t_start: int) -> list[Mention]:
    """The candidates before a comma aside that ends right at the trigger, when one stands before it; else all."""
    aside = _ASIDE_BEFORE_VERB.search(text, 0, t_start)
    if aside is None:
        return candidates
    before = [m for m in candidates if m.span.end - base <= aside.start(1)]
    if not before or len(before) == len(candidates):
        return candidates
    return before


# A relative clause on a named side, running up to the trigger: "The YPG which Turkey considers a terrorist group
# shelled" (FA-KES drops the commas that would set it off). Who is named inside it describes the side.
_RELATIVE_AFTER = re.compile(
    r"\s+(?:(?:group|fighters|forces|militia|militias|alliance|movement|organi[sz]ation|troops)\s+)?(?:which|who)\s"
    r"[^.;:,()\"“”]{0,80}$",
    re.IGNORECASE,
)


# A relative pronoun and its own verb: the pronoun is the clause's subject ("which is made up of", "who mostly are").
_OWN_VERB_FIRST = re.compile(
    r"\s+(?:(?:group|fighters|forces|militia|militias|alliance|movement|organi[sz]ation|troops)\s+)?(?:which|who)\s+"
    r"(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|(?:consist|comprise|include|contain|incorporate)(?:s|ed)?)\s",
    re.IGNORECASE,
)


# The verb that launches the trigger's weapon, closing a relative clause: "which Turkey calls a terrorist group fired".
_LAUNCHED_AT_END = re.compile(r"\s(?:fired|launched|lobbed|dropped|detonated)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def _without_relative(gap: str, text: str, t_start: int) -> str:
    """The gap with the side's comma-less relative clause taken out, as its commas would ("The YPG which Turkey calls a
    terrorist group fired rockets"); unchanged unless the trigger is the main verb or the launched weapon."""
    launched = _LAUNCHED_AT_END.search(gap)
    if launched is not None:
        return launched.group(0)
    return " " if _VERB_AT.match(text, t_start) else gap


# A clause naming what the side is in another's eyes, its own subject and verb first: "which Turkey considers an
# offshoot of the PKK", "which Ankara regards as an arm of the PKK". The side it names last is that verb's object, so
# the trigger right after it is the main clause's verb, as with the commas (fixes34b).
_NAMING_CLAUSE = re.compile(
    r"\s+(?:which|whom|who)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:consider|call|regard|see|view|describe|designate|brand|label|deem|list)(?:s|ed)?\s",
    re.IGNORECASE,
)


def _outside_relative_clause(candidates: list[Mention], text: str, base: int, t_start: int) -> list[Mention]:
    """The candidates not inside a "which" or "who" clause opened on an earlier candidate and running to the trigger."""
    # "the army which rebels attacked": the trigger right after the clause's subject is the clause's own verb; the
    # clause must run on past its last side ("which Turkey considers a terrorist group shelled")
    if not candidates:
        return candidates
    short = len(text[candidates[-1].span.end - base : t_start].split()) < 2
    for i, m in enumerate(candidates[:-1]):
        # a clause whose own verb follows its pronoun ("The SDF which mostly consists of Kurdish fighters launched")
        # has its subject already, so a side closing it is no subject of the trigger (thirtieth session, sides30)
        if _RELATIVE_AFTER.fullmatch(text, m.span.end - base, t_start) and (
            not short or _OWN_VERB_FIRST.match(text, m.span.end - base) or _NAMING_CLAUSE.match(text, m.span.end - base)
        ):
            return candidates[: i + 1]
    return candidates


# "The US-led coalition fighting the Islamic State group has carried out strikes": the foe after a participle is no
# agent; the one who fights it is.
_FIGHTING_OBJECT = re.compile(r"\s+(?:fighting|battling|combating|combatting)\s+(?:against\s+)?(?:the\s+)?$", re.I)


def _fighter_of(candidates: Sequence[Mention], m: Mention, text: str, base: int) -> Mention:
    """The actor that fights m, when m is only the object of a participle describing it; else m."""
    earlier = [c for c in candidates if c.span.end <= m.span.start]
    if earlier and _FIGHTING_OBJECT.fullmatch(text, earlier[-1].span.end - base, m.span.start - base):
        return earlier[-1]
    return m
