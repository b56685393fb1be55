"""A state's forces named by the state and a military noun: "regime forces", "the government's troops", "regime
aircraft". News English names a state's army by the state's own name before "forces" or "troops", and its air arm
before an aircraft noun; the state's name is whatever the gazetteer (or "the government" rule) read there, so no
table needs each pairing as an alias (fifteenth session, "leave actor aliases out").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from loaders.actor_mentions import air_arm, army_of
from loaders.aircraft_words import AIR_FORCE, PLURALS
from loaders.aliases import name_tokens
from loaders.demonyms import DEMONYMS
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span, overlapping

# The nationality of the country the corpus is about: "the government" of an article set there is its state.
HOME_NATIONALITY = "Syrian"

# A state's own aircraft in the plural, and its air force.
_AIR_NOUNS = rf"{PLURALS}|{AIR_FORCE}"
# Right after the state's name, with or without its possessive ("the regime's forces", FA-KES's "regimes forces").
_FORCE_AFTER = re.compile(
    rf"(?:['’]?s)?\s+(?:(?P<air>{_AIR_NOUNS})"
    r"|(?P<ground>forces|troops|soldiers|fighters|artillery|army))\b"
)


def with_state_forces(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> list[list[Mention]]:
    """Each state mention right before a military noun becomes its army (its air arm before aircraft), the span
    running over the noun."""
    return [_state_forces(body, found, gazetteer) for found in per_sentence]


def _state_forces(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """One sentence's mentions with the state-and-noun readings applied."""
    out: list[Mention] = []
    for m in found:
        state = state_named(m, gazetteer)
        match = _FORCE_AFTER.match(body, m.span.end) if state is not None else None
        if state is None or match is None:
            out.append(m)
            continue
        force = air_arm(state, gazetteer) if match.group("air") else army_of(state, gazetteer)
        if force == state:
            out.append(m)
        elif state == m.key:
            out.append(Mention(Span(m.span.start, match.end()), force, "actor"))
        else:
            # "Assad's forces": the leader stays named, his forces are the noun after him
            out += [m, Mention(Span(match.start(match.lastgroup or "ground"), match.end()), force, "actor")]
    return out


# A leader's possessive before his forces, read whole by a gazetteer alias of the army ("Bashar al-Assad's forces").
_OWNED_FORCES = re.compile(r"(?P<owner>.+?)(?:['’]s|(?<=[a-z])s)\s+(?:forces|troops|soldiers|fighters|army)")


def owners_of_forces(body: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The leaders named inside an army's mention ("President Bashar al-Assads forces", read whole by the army's
    alias): annotators key the leader too, as the rule above keeps him when he is read alone. Only actor links take
    them; the army stays the phrase's one actor for roles and claims."""
    owners = []
    for m in mentions:
        match = _OWNED_FORCES.fullmatch(body, m.span.start, m.span.end) if m.kind == "actor" and m.linked else None
        owner = gazetteer.lookup(match["owner"], "actor") if match else None
        if match and owner is not None and owner.key in _leaders(gazetteer):
            owners.append(Mention(Span(m.span.start, m.span.start + len(match["owner"])), owner.key, "actor"))
    return owners


def state_named(m: Mention, gazetteer: Gazetteer) -> str | None:
    """The state a mention names: the state itself, or the one its leader rules; None for anything else."""
    if _is_state(m, gazetteer):
        return m.key
    return _leaders(gazetteer).get(m.key) if m.linked else None


_RULERS = frozenset({"regime", "government", "administration"})


@lru_cache(maxsize=4)
def _leaders(gazetteer: Gazetteer) -> dict[str, str]:
    """Person key -> the state the table names after him ("Assad regime": Bashar al-Assad's state), so that "Assad's
    forces" are that state's army; a surname two states share names neither."""
    by_surname: dict[str, set[str]] = {}
    for entity in gazetteer.entities():
        if entity.kind == "actor" and entity.cls == "State":
            for alias in (entity.label, *entity.aliases):
                norms, _, _ = name_tokens(alias)
                if len(norms) == 2 and norms[1] in _RULERS:
                    by_surname.setdefault(norms[0], set()).add(entity.key)
    leaders = {}
    for entity in gazetteer.entities():
        if entity.kind == "actor" and entity.cls == "Person":
            norms, _, _ = name_tokens(entity.label)
            states = by_surname.get(norms[-1], set()) if norms else set()
            if len(states) == 1:
                leaders[entity.key] = next(iter(states))
    return leaders


def _is_state(m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the mention names a state (not a metonym place, not a local entity)."""
    return m.kind == "actor" and m.linked and m.key in gazetteer and gazetteer.get(m.key).cls == "State"


@lru_cache(maxsize=4)
def home_government(gazetteer: Gazetteer) -> str | None:
    """The home state's key: what the gazetteer calls "Syrian government", else the state "Syrian" names."""
    named = gazetteer.lookup(f"{HOME_NATIONALITY} government", "actor")
    if named is not None:
        return named.key
    state = DEMONYMS[HOME_NATIONALITY]
    return state if state in gazetteer else None


# "the Iraqi government said", "Turkish authorities", "the Syrian regime": a nationality before the words for a state's
# rulers names the state; not before a military noun ("Syrian regime forces": with_demonyms reads those).
_STATE_BY_NATIONALITY = re.compile(
    rf"\b(?P<adj>{'|'.join(re.escape(a) for a in DEMONYMS)})\s+(?:government|regime|authorities)\b"
    r"(?!['’]?s?\s+(?:forces|troops|soldiers|fighters|army|artillery|militias?|"
    rf"{_AIR_NOUNS}|strikes|airstrikes|raids|bombing)\b)"
)


# "the Turkish regime", "Iraqi government forces": another nationality before the words the tables give the home
# state ("regime", "regime forces") makes them that nationality's (fifteenth session's third review)
_FOREIGN_RULERS = re.compile(
    rf"(?<![-\w])(?P<adj>{'|'.join(re.escape(a) for a in DEMONYMS if a != HOME_NATIONALITY)})\s+"
    r"(?=(?:government|regime|authorities)\b)"
)


def with_state_by_nationality(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Add the state a nationality names before "government", "regime" or "authorities", where no mention is."""
    found = _without_foreign_rulers(body, span, found, gazetteer)
    added = []
    for match in _STATE_BY_NATIONALITY.finditer(body, span.start, span.end):
        state = DEMONYMS[match.group("adj")]
        if state in gazetteer and not overlapping(found, *match.span()):
            added.append(Mention(Span(*match.span()), state, "actor"))
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found


def _without_foreign_rulers(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Home-state mentions opened by "regime" (or its like) after another nationality made that nationality's."""
    home = home_government(gazetteer)
    if home is None:
        return found
    arms = {home: _itself, army_of(home, gazetteer): army_of, air_arm(home, gazetteer): air_arm}
    out = list(found)
    for match in _FOREIGN_RULERS.finditer(body, span.start, span.end):
        state = DEMONYMS[match.group("adj")]
        for index, m in enumerate(out):
            if m.span.start == match.end() and m.key in arms and state in gazetteer:
                key = arms[m.key](state, gazetteer)
                start = m.span.start if overlapping(out, match.start(), match.end()) else match.start()
                out[index] = Mention(Span(start, m.span.end), key, "actor")
    return out


def _itself(key: str, _: Gazetteer) -> str:
    """The state itself, as the arm of its own name."""
    return key


# "Turkey's government", "the Baghdad government"; "the government in Ankara" (fifteenth session's third review)
_OWNER_GAP = re.compile(r"(?:['’]?s)?\s+")
_SEAT_GAP = re.compile(r"\s+(?:in|of)\s+")


def another_states_government(body: str, found: list[Mention], m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether "government" at m is another state's: right after it or a foreign place, or before "in" and one."""
    for other in found:
        if other.span.end <= m.span.start and _OWNER_GAP.fullmatch(body, other.span.end, m.span.start):
            return _foreign(other, gazetteer)
        if other.span.start >= m.span.end and _SEAT_GAP.fullmatch(body, m.span.end, other.span.start):
            return _foreign(other, gazetteer)
    return False


def _foreign(m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention names a state other than the home one, or a known place outside the home country."""
    if m.key not in gazetteer:
        return False
    if m.kind == "place":
        return not gazetteer.in_syria(m.key)
    return gazetteer.get(m.key).cls == "State" and m.key != home_government(gazetteer)
