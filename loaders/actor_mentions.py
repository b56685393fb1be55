"""Actor mentions the gazetteer's names miss: states named by a nationality before a military noun, forces named
by a possessive or by loyalty, the rebels, the armed opposition, Kurdish forces; and a state's air arm.

Each `with_*` pass takes one sentence's mentions and returns them with what it adds (sorted by start), or the same
list when it adds nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.aircraft_words import HELICOPTERS, JETS, KINDS, PLANES, PLURALS, SUBJECT
from loaders.demonyms import DEMONYMS, NATIONALITY_OF
from loaders.engagement_roles import SITE_NOUNS
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span, overlapping

# The army of the country the corpus is about, as the gazetteer names it.
HOME_ARMY = "Syrian army"
# Aircraft, not their strikes: "Syrian regime war planes" are the air force's, "Syrian regime strikes" the regime's.
_AIRCRAFT_WORDS = (
    # the subject aircraft, their kind before them ("combat planes") and "air power"
    rf"(?:combat|fighter|military)\s+(?:{PLANES}|{JETS}|aircraft|{HELICOPTERS})|{SUBJECT}|air\s+power"
    # "Russian and Syrian air forces": two states' air arms sharing one plural noun (twenty-fourth session)
    r"|air\s+forces"
)
# What flies or is flown: "Russian and Syrian strikes", a state's strikes in this war, are flown too; so are a state's
# "raids" and "bombing" ("Ten Russian raids hit the city", "Syrian regime and Russian bombing").
_AIR_WORDS = rf"{_AIRCRAFT_WORDS}|air\s*strikes?|airstrikes|air\s+raids?|strikes|raids?|bombings?"
# Nouns after a nationality that name the state itself, not its army: "its Russian and Iranian backers".
_STATE_WORDS = r"backers|allies|officials"
_AIRCRAFT = re.compile(rf"(?i:{_AIRCRAFT_WORDS})\b")
_AIR_NOUN = re.compile(rf"(?i:{_AIR_WORDS})\b")
_STATE_NOUN = re.compile(rf"(?i:{_STATE_WORDS})\b")
_DEMONYM_WORD = (
    r"Russian|Syrian|Turkish|Iranian|Israeli|American|US|U\.S\.|Iraqi|Jordanian|French|British|Saudi|Lebanese"
)
# The noun a nationality names a military by: aircraft and strikes, the state's own words, arms and troops
# ("Syrian ground forces": the army's, twenty-fourth session; "Turkish commandos": the army's, bulletin31)
_MILITARY_NOUN = (
    rf"(?:(?i:ground)\s+)?(?i:{_AIR_WORDS}|{_STATE_WORDS}|artillery|shelling|bombardment|missiles?|forces|troops|"
    r"soldiers|army|navy|warships|tanks|howitzers?|fighters|commandos)\b"
)
_DEMONYM = re.compile(
    # "Russian and Syrian warplanes": the first adjective shares the second's noun
    # "Syrian regime and Russian warplanes", "Russian or Syrian regime war planes": either side's air force
    # "Russian and regime forces", "Iranian and government troops": the nationality shares the regime's noun
    # (twenty-sixth session, helper near26)
    rf"\b(?P<adj>{_DEMONYM_WORD})(?:\s+(?:regime|government))?(?:\s+(?:and|or)\s+(?:the\s+)?"
    rf"(?:(?P<adj2>{_DEMONYM_WORD})|(?:regime|government)(?=\s+(?:forces|troops|soldiers)\b)))?"
    rf"(?:\s+(?:regime|government|army|military))?"
    # "Russian long-range bombers", "Turkish F-16 warplanes": up to two words of kind between a nationality and its
    # aircraft still name whose they are (thirty-seventh session, helper ownjets37)
    rf"(?:(?:\s++(?i:{KINDS})){{1,2}}(?=\s+(?i:{_AIRCRAFT_WORDS})\b))?\s+(?={_MILITARY_NOUN})"
)
# "military" between a nationality and its aircraft ("Russian military planes")
_MILITARY_BEFORE = re.compile(r"\s+military\s")
# "War jets also believed to be Russian": whose aircraft the text thinks they are
_AIRCRAFT_OF = re.compile(
    rf"(?i:{_AIRCRAFT_WORDS}|air\s*strikes?|airstrikes|air\s+raids?)\s+(?:also\s+)?(?:believed|thought|suspected)\s+"
    rf"to\s+be\s+(?P<adj>{_DEMONYM_WORD})\b"
)
# "Warplanes, probably Russian, bombed": the same guess told as a hedged apposition (twenty-first session); not
# "probably Russian or Syrian", nor a nationality that opens a noun phrase of its own ("probably Russian officials")
_AIRCRAFT_HEDGED = re.compile(
    rf"(?i:{_AIRCRAFT_WORDS}|air\s*strikes?|airstrikes|air\s+raids?),?\s+"
    r"(?i:probably|possibly|likely|apparently|presumably|most\s+likely)\s+"
    # nor "probably Russian-made": where the aircraft were built, not whose they are (twenty-first session, review10)
    rf"(?P<adj>{_DEMONYM_WORD})\b(?!-)(?!\s+(?i:{_AIRCRAFT_WORDS}|air|officials|sources|state|media|forces|government|regime|"
    r"or|and)\b)"
)


def _governments(adjective: str, gazetteer: Gazetteer) -> set[str]:
    """The actors a nationality's government is named as ("Syrian regime", "Syrian government")."""
    found = (gazetteer.lookup(f"{adjective} {noun}", "actor") for noun in ("regime", "government"))
    return {e.key for e in found if e is not None}


def with_demonyms(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Add the state named by a nationality adjective before a military noun ("Russian warplanes")."""
    text = body[span.start : span.end]
    added: list[Mention] = []
    for match in _DEMONYM.finditer(text):
        for group in ("adj", "adj2"):
            if match.group(group) is None:
                continue
            key = DEMONYMS[match.group(group)]
            if _AIR_NOUN.match(text, match.end()):
                key = air_arm(key, gazetteer)  # "Russian airstrikes" are the Russian air force's
            elif _STATE_NOUN.match(text, match.end()):
                pass  # "its Russian and Iranian backers": the states
            else:
                key = _arm(key, gazetteer, ("army", "military"))  # "Turkish artillery" is the Turkish army's
            start, end = span.start + match.start(group), span.start + match.end(group)
            if key not in gazetteer:
                continue
            # "Syrian regime ... warplanes": the state named before its aircraft is its air force there
            # ("allied Russian military planes": the gazetteer's "Russian military" is the air force there too)
            state = {DEMONYMS[match.group(group)], *_governments(match.group(group), gazetteer)}
            if _MILITARY_BEFORE.match(text, match.end(group)):
                state.add(_arm(DEMONYMS[match.group(group)], gazetteer, ("military",)))
            if key != DEMONYMS[match.group(group)] and _AIRCRAFT.match(text, match.end()):
                found = [
                    Mention(m.span, key, "actor") if m.key in state and m.span.start <= start < m.span.end else m
                    for m in found
                ]
            if not overlapping([*found, *added], start, end):
                added.append(Mention(Span(start, end), key, "actor"))
    for match in (*_AIRCRAFT_OF.finditer(text), *_AIRCRAFT_HEDGED.finditer(text)):
        key = air_arm(DEMONYMS[match.group("adj")], gazetteer)
        start, end = span.start + match.start("adj"), span.start + match.end("adj")
        if key in gazetteer and not overlapping([*found, *added], start, end):
            added.append(Mention(Span(start, end), key, "actor"))
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: m.span.start)


# "Russias military announced a halt", "Syrias armed forces said": a country's forces named with its possessive (FA-KES
# dropped the apostrophe) are the "<nationality> <noun>" the gazetteer knows. Not "security forces": annotators keep
# those unlinked.
_POSSESSIVE_FORCE = re.compile(
    rf"\b(?P<country>{'|'.join(NATIONALITY_OF)})(?:['’]s|s)\s+(?P<noun>military|army|armed\s+forces|air\s*force|navy|"
    rf"forces|troops|soldiers|{PLURALS})\b"
)


def with_possessive_forces(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A country's possessive before a military noun names its force ("Russias military": the Russian military)."""
    for match in _POSSESSIVE_FORCE.finditer(body, span.start, span.end):
        nationality, noun = NATIONALITY_OF[match.group("country")], re.sub(r"\s+", " ", match.group("noun"))
        named = gazetteer.lookup(f"{nationality} {noun}", "actor")
        # else as its nationality adjective would name it ("Syrias aircraft": the Syrian air force)
        state = DEMONYMS[nationality]
        key = (
            named.key
            if named
            else air_arm(state, gazetteer)
            if _AIRCRAFT.fullmatch(noun)
            else _arm(state, gazetteer, ("army", "military"))
        )
        if key == state or key not in gazetteer:
            continue
        # not inside a longer name the gazetteer matched ("Russias Defence Ministry")
        found = _replacing(found, *match.span(), key)
    return found


# "Syrian military forces", "Syrian military troops": the "<nationality> forces" (the army), not the gazetteer's
# "<nationality> military" (the armed forces as a whole)
_MILITARY_FORCES = re.compile(rf"\b(?P<adj>{_DEMONYM_WORD})\s+military\s+(?:forces|troops|soldiers)\b")
# "the UN children's agency", "the UN humanitarian agency": the agency, not the UN
_UN_AGENCY = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)(?:['’]?s)?\s+(?P<kind>(?i:children(?:['’]?s)?|humanitarian))\s+(?:agency|fund|office)\b"
)
UN_AGENCIES = {"children": "UNICEF", "humanitarian": "OCHA"}


def with_named_forces(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Forces and agencies a nationality or the UN names with a kind: "Syrian military forces" are the Syrian
    forces, "the UN children's agency" is UNICEF; each replaces the shorter name the gazetteer read in it."""
    spans: list[tuple[int, int, str]] = []
    for match in _MILITARY_FORCES.finditer(body, span.start, span.end):
        force = gazetteer.lookup(f"{match.group('adj')} forces", "actor")
        if force is not None:
            spans.append((*match.span(), force.key))
    for match in _UN_AGENCY.finditer(body, span.start, span.end):
        agency = gazetteer.lookup(UN_AGENCIES[re.sub(r"['’]?s$", "", match.group("kind").lower())], "actor")
        if agency is not None:
            spans.append((*match.span(), agency.key))
    for start, end, key in spans:
        found = _replacing(found, start, end, key)
    return found


def _replacing(found: list[Mention], start: int, end: int, key: str) -> list[Mention]:
    """The sentence's mentions with an actor at body[start:end] in place of the shorter ones it overlaps; unchanged
    when a longer name the gazetteer matched runs past it."""
    covered = overlapping(found, start, end)
    if any(m.span.start < start or m.span.end > end for m in covered):
        return found
    kept = [m for m in found if m not in covered]
    return sorted([*kept, Mention(Span(start, end), key, "actor")], key=lambda m: m.span.start)


# "forces loyal to President Bashar al-Assad", "fighters loyal to the regime": the army, as annotators read it (the
# president or regime named after stays a mention of its own)
_LOYAL_FORCES = re.compile(
    r"\b(?P<word>[Ff]orces|[Ff]ighters|[Tt]roops|[Ss]oldiers|[Uu]nits)\s+loyal\s+to\s+(?:the\s+)?(?:Syrian\s+)?"
    r"(?:(?:[Pp]resident|[Dd]ictator|[Ll]eader)\s+)?(?:(?:Bashar\s+)?(?:al-)?Assad\b|(?:regime|government)\b"
    # not another capital's or country's ("loyal to the government of Iraq", "to the regime in Tehran")
    r"(?!\s+(?:of|in)\s+(?!Syria\b|Damascus\b|President\b|Bashar\b|Assad\b)[A-Z]))"
)


def with_loyal_forces(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Forces loyal to" the Syrian president or regime are the Syrian army."""
    return _with_actor(HOME_ARMY, _LOYAL_FORCES, body, span, found, gazetteer)


# "mortars fired by "terrorists" - its term for rebel fighters", "SANA blamed on "terrorists" the governments term for
# people fighting to overthrow President Bashar al-Assad": the regime's word, glossed by the writer as the rebels.
_GLOSSED_TERRORISTS = re.compile(
    r"[\"“”](?P<word>terrorists)[\"“”]\s*(?:-\s*)?(?:its|their|the\s+(?:regime|government)(?:s|'s|’s)?|a)\s+"
    r"(?:catch-all\s+)?(?:term|word|label)\s+for\s+(?:rebels?\b|(?:those|people|groups)\s+fighting\b|"
    r"(?:its|the\s+regimes?|the\s+government(?:s|'s|’s)?)\s+(?:opponents|enemies)\b)",
    re.IGNORECASE,
)


def with_glossed_terrorists(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Terrorists" that the writer glosses as the regime's term for the rebels are the rebels."""
    return _with_actor("rebels", _GLOSSED_TERRORISTS, body, span, found, gazetteer)


def _with_actor(
    name: str, pattern: re.Pattern[str], body: str, span: Span, found: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """The actor the gazetteer calls `name`, at each `word` group of the pattern in the sentence that no mention covers
    yet."""
    actor = gazetteer.lookup(name, "actor")
    if actor is None:
        return found
    added = []
    for match in pattern.finditer(body, span.start, span.end):
        start, end = match.span("word")
        if not overlapping(found, start, end):
            added.append(Mention(Span(start, end), actor.key, "actor"))
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found


# "opposition shelling on government-held districts", "opposition rocket fire": the opposition that fires is the armed
# one; "the opposition said", "opposition activists" and "opposition-held" stay unlinked (the political opposition).
_ARMED_OPPOSITION = re.compile(
    r"(?<![\w-])(?P<word>opposition)\s+(?:shelling|bombardments?|rockets?|mortars?|shells|fire|artillery|barrages?|"
    r"missiles?|snipers?|gunmen|offensives?|assaults?|counter-?attacks?|"
    # "opposition forces", "opposition fighters": the opposition's combatants (fifteenth session)
    r"forces|fighters|groups|factions|militants|militias|brigades|battalions|units|"
    # "a car bomb at an opposition checkpoint": the armed opposition's post is a target
    rf"{SITE_NOUNS}|"
    # "the opposition shelled the city", "the opposition has stormed": the subject of an armed act is the armed
    # opposition (seventeenth session)
    r"(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+)?(?:shelled|attacked|stormed|bombed|ambushed|"
    r"launched|fired|targeted|captured|seized|overran|besieged|shot\s+down|blew\s+up|detonated))\b",
    re.IGNORECASE,
)


def with_armed_opposition(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Opposition" right before the weapon or assault it names is the rebels."""
    return _with_actor("rebels", _ARMED_OPPOSITION, body, span, found, gazetteer)


# "Kurdish positions", "a Kurdish checkpoint", "Kurdish militants": the Kurdish forces ("Kurdish fighters" and "Kurdish
# forces" are the gazetteer's names for them)
# Not Iraq's, Iran's or Turkey's Kurds ("an Iraqi Kurdish army base" is the Peshmerga's).
_KURDISH_FORCE = re.compile(
    rf"(?<!Iraqi\s)(?<!Iranian\s)(?<!Turkish\s)\b(?P<word>Kurdish)\s+(?:{SITE_NOUNS}|militants|army)\b"
)


# The forces' common names, the shipped table's first, then the one the shared reference gives.
KURDISH_FORCE_NAMES = ("Kurdish forces", "Kurdish fighters")


def with_kurdish_forces(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Kurdish" before a post, "militants" or "army" is the Kurdish forces."""
    return _with_actor(_kurdish_force_name(gazetteer), _KURDISH_FORCE, body, span, found, gazetteer)


@lru_cache(maxsize=4)
def _kurdish_force_name(gazetteer: Gazetteer) -> str:
    """The first of the Kurdish forces' names the gazetteer knows (the curated one, else the reference's)."""
    return next((n for n in KURDISH_FORCE_NAMES if gazetteer.lookup(n, "actor") is not None), KURDISH_FORCE_NAMES[0])


def air_arm(key: str, gazetteer: Gazetteer) -> str:
    """The air force of a state, as the gazetteer names "<demonym> warplanes" or "<demonym> air force", else its armed
    forces ("<demonym> military": the planes are theirs); the key itself when the gazetteer knows none."""
    # "air force" is how any table names an air arm; "warplanes" is only a curated alias (fifteenth session)
    return _arm(key, gazetteer, ("warplanes", "air force", "military"))


def army_of(key: str, gazetteer: Gazetteer) -> str:
    """The army of a state, as the gazetteer names "<demonym> army", else "<demonym> military"; else the key."""
    return _arm(key, gazetteer, ("army", "military"))


@lru_cache(maxsize=256)
def _arm(key: str, gazetteer: Gazetteer, nouns: tuple[str, ...]) -> str:
    """The first state force the gazetteer names "<demonym> <noun>" for a state, trying the nouns in order; the
    key itself when it names none (a state without a known army acts as the state)."""
    if key not in gazetteer or gazetteer.get(key).cls != "State":
        return key
    adjectives = [adjective for adjective, state in DEMONYMS.items() if state == key]
    for noun in nouns:
        for adjective in adjectives:
            phrase = f"{adjective} {noun}"
            found = gazetteer.find(phrase)
            if (
                len(found) == 1
                and found[0].span == Span(0, len(phrase))
                and gazetteer.get(found[0].key).cls == "StateForce"
            ):
                return found[0].key
    return key
