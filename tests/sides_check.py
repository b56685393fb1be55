"""Whether the engagements extracted from a sentence name the wanted sides, for the audits of who attacked whom."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.model import Engagement
from tests.written import written

COAL = "actor/us-led-coalition"
SYRIA = "actor/baathist-syria"
FSA = "actor/free-syrian-army"
GOV = "actor/government-of-syria"
HEZ = "actor/hezbollah"
HTS = "actor/hayat-tahrir-al-sham"
IDF = "actor/israel-defense-forces"
IRN = "actor/iran"
IS = "actor/islamic-state"
ISR = "actor/israel"
JAI = "actor/jaysh-al-islam"
NDF = "actor/national-defence-forces"
NUS = "actor/al-nusra-front"
RAF = "actor/russian-aerospace-forces"
RAR = "actor/russian-armed-forces"
REB = "actor/syrian-rebels"
RUS = "actor/russia"
SAA = "actor/syrian-arab-army"
SAAF = "actor/syrian-arab-air-force"
SDF = "actor/syrian-democratic-forces"
SNA = "actor/syrian-national-army"
TAF = "actor/turkish-armed-forces"
TUR = "actor/turkey"
US = "actor/united-states"
USAF = "actor/united-states-armed-forces"
YPG = "actor/peoples-protection-units"
# The states the extractor names beside their forces; a side given as one of these alone is compared as is.
STATES = frozenset({RUS, SYRIA, TUR, ISR, US, IRN, GOV})
Sides = set[str] | list[set[str]]
# Russia's air force or Russia itself: either is a right reading of "Russian jets" or "Russia struck"
RU: Sides = [{RAF}, {RUS}]


def arms(keys: set[str] | tuple[str, ...]) -> set[str]:
    """The sides without the states named beside their arms, unless only states are named."""
    return (set(keys) - STATES) or set(keys)


def agrees(found: tuple[str, ...], wanted: Sides) -> bool:
    """Whether the sides found are the wanted ones (or one of the wanted alternatives)."""
    return any(arms(found) == arms(w) for w in (wanted if isinstance(wanted, list) else [wanted]))


def told(e: Engagement, want: dict[str, Sides | str]) -> bool:
    """Whether an engagement has the wanted attackers (A), targets (T), supporters (S), sides (P) and place."""
    checks = {
        "A": lambda w: agrees(e.attackers, w),
        "T": lambda w: agrees(e.targets, w),
        "S": lambda w: agrees(e.supporters, w),
        # sides on either hand are one set: a list of alternatives is no answer here
        "P": lambda w: arms((*e.attackers, *e.targets)) == arms(w) if isinstance(w, set) else False,
        "place": lambda w: any(w in p for p in e.places),
    }
    return all(checks[k](w) for k, w in want.items())


def engagements_of(text: str, gazetteer: Gazetteer) -> tuple[Engagement, ...]:
    """The engagements extracted from `text`."""
    return written(text, gazetteer).engagements


def sides_told(text: str, want: dict[str, Sides | str], gazetteer: Gazetteer) -> bool:
    """Whether some engagement extracted from `text` names the wanted sides."""
    return any(told(e, want) for e in engagements_of(text, gazetteer))
