"""Types of engagements told by who acts: a generic attack flown or fought, and ground taken by which side."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.aircraft_words import DRONES, HELICOPTERS, JETS, PLANES, WARPLANES

AIR_CONTEXT = re.compile(
    # any aircraft named ("aircraft" alone, not FA-KES's "aircrafts"), its arm, or a strike from the air; not a ground
    # site or service named for the air ("an air defence base", "the air base", "Air Force Intelligence"): "rebels
    # attacked an air defence base" is no air strike (twenty-second session, helper outlets3); hyphenated too ("an
    # air-defence base", helper review11)
    rf"\b(?:air(?![\s-]+(?:force\s+)?(?:defen[cs]es?|bases?|academy|college|intelligence)\b)|aerial|{WARPLANES}|{JETS}|"
    rf"aircraft|{HELICOPTERS}|air\s*force(?!\s+(?:bases?|academy|college|intelligence)\b)|aerospace|{PLANES}|"
    rf"{DRONES}|airstrikes?|sorties?|"
    # barrel bombs are dropped from helicopters: "bombarded the town with barrel bombs" is a bombardment from the air;
    # only as the means ("in revenge for barrel bombs", "did not use barrel bombs" tell of no bombs in this one)
    r"(?:with|using|by|dropp(?:ed|ing))\s+(?:[\w-]+\s+){0,2}?barrel(?:\s+|-)bombs?)\b",
    re.IGNORECASE,
)
# Who regains territory for the government when the text names no taker ("the villages were liberated from the
# control of the terrorists"): ACLED's "Government regains territory" is by definition the state's forces' act, and in
# Syria those are the Syrian army (twenty-fourth session, engprec24; docs/extraction.md, "Engagements").
STATE_ARMY = "actor/syrian-arab-army"
# A state's forces named for an air strike: the arm that flies it.
AIR_ARM = {
    "actor/russian-armed-forces": "actor/russian-aerospace-forces",
    "actor/syrian-arab-armed-forces": "actor/syrian-arab-air-force",
    "actor/syrian-arab-army": "actor/syrian-arab-air-force",
}
# Non-state groups that fight on the government's side: their gains are the government's.
PRO_GOVERNMENT_GROUPS = frozenset({"hezbollah", "national-defence-forces", "wagner-group"})
STATE_CLASSES = frozenset({"State", "StateForce"})
# strikes of guns and rockets fired from the ground
_GROUND_STRIKES = re.compile(r"\b(?:rocket|ground|artillery|mortar|tank)\s+strikes?\b", re.IGNORECASE)


def generic_type(etype: str, word: str, text: str, attackers: Sequence[str], classes: Mapping[str, str]) -> str:
    """What a generic word ("attack", "strikes", "raid") reports, from who did it: from the air, or a clash."""
    if etype != "armed-clash":
        return etype
    if re.fullmatch(r"strikes?", word) and _GROUND_STRIKES.search(text):
        return "shelling"  # "rocket strikes", "artillery strikes": fired from the ground
    if re.match(r"raid|struck|strike|bomb", word) and (
        AIR_CONTEXT.search(text)
        or any(foreign_state(k, classes) for k in attackers)
        # "Syrian regime strikes on Aleppo": a government strikes from the air; its army shells
        or any(classes.get(k) == "State" for k in attackers)
        # "killed in strikes on the bus": strikes told with no one striking are flown in this war
        or (not attackers and re.fullmatch(r"strikes?", word) is not None)
    ):
        return "air-strike"
    if attackers and all(k in AIR_ARM.values() for k in attackers):
        return "air-strike"  # "the Syrian Air Force destroyed ISIL positions": an air force strikes from the air
    return etype


def flown_by(attackers: Sequence[str], classes: Mapping[str, str]) -> bool:
    """Whether every attacker is an air arm or the international coalition, whose violence in Syria is flown."""
    return bool(attackers) and all(k in AIR_ARM.values() or classes.get(k) == "International" for k in attackers)


def foreign_state(key: str, classes: Mapping[str, str]) -> bool:
    """Whether an actor is a state (or state force) other than Syria's, or an international coalition: their
    raids and strikes in Syria are from the air."""
    if classes.get(key) == "International":
        return True
    if classes.get(key) not in STATE_CLASSES:
        return False
    name = key.rsplit("/", 1)[-1]
    return not name.startswith(("syria", "baathist", "government-of-syria"))


def territory_type(text: str, match: re.Match[str], attackers: Sequence[str], classes: Mapping[str, str]) -> str:
    """Who took territory decides the type: the state side regains it, a non-state group overtakes it."""
    for key in attackers:
        cls = classes.get(key)
        if cls in STATE_CLASSES or key.rsplit("/", 1)[-1] in PRO_GOVERNMENT_GROUPS:
            return "government-regains-territory"
        if cls == "NonStateArmedGroup":
            return "non-state-actor-overtakes-territory"
    if _FROM_THE_STATE.match(text, match.end()):
        return "non-state-actor-overtakes-territory"  # "seizing the town from the regime": the state lost it
    before = text[: match.start()].lower()
    word = match.group(0).lower()
    state, rebel = _STATE_WORD_BEFORE.search(before), _REBEL_WORD_BEFORE.search(before)
    if rebel is not None and (state is None or rebel.start() > state.start()):
        # "The opposition on Sunday retook an area": the nearer side word before the verb is the taker
        return "non-state-actor-overtakes-territory"
    if state is not None:
        return "government-regains-territory"
    if word.startswith(("recaptur", "retook", "re-took", "retak", "regain", "liberat", "wrested back")):
        return "government-regains-territory"
    return "non-state-actor-overtakes-territory"


# A side's word shortly before a taking verb, with no clause break between: who took the ground. The rebel words are
# the common nouns news uses for the armed opposition when no group is named (twenty-fourth session, engprec24):
# "recaptured" and "retook" are used by both sides, so the verb alone does not say who took it.
_STATE_WORD_BEFORE = re.compile(r"\b(?:regime|government|army|troops|loyalist|syrian forces)\b(?=[^.,]{0,40}$)")
_REBEL_WORD_BEFORE = re.compile(
    r"\b(?:opposition|rebels?|insurgents?|militants?|jihadists?)\b(?![\s-]*(?:held|controlled|positions?|areas?)\b)"
    r"(?=[^.,]{0,40}$)"
)
# The state named as the loser after the verb: "after seizing the strategic town from the regime", "captured the
# base from government forces" (twenty-first session, helper outprec6)
_FROM_THE_STATE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?(?:Syrian\s+)?(?:regime|government|army|troops|"
    r"(?:regime|government|pro-government|Syrian)\s+(?:forces|troops))\b(?!\s+(?:of|by)\b)",
    re.IGNORECASE,
)
# Engagement types named for their means: the victims of such an engagement do not make it another one.
MEANS = frozenset({"air-strike", "shelling", "suicide-bombing", "remote-explosive", "chemical-weapon"})
