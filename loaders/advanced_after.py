"""Whose fight "after clashes with" tells: the subject that advanced ("Regime forces advanced in Deir Ezzor after
clashes with IS")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.after_days_of import taker_shelled
from loaders.model import Mention

# The fight before the advance, its other side after "with": "after fierce clashes with", "following heavy fighting
# with". What came first is the advancing side's own fight (thirty-fourth session, helper fixes34, written-sentence
# probe); a taking verb is joined to its battle elsewhere (`scene_merges`).
_AFTER_FIGHT = re.compile(
    r"\b(?:after|following)\s+(?:(?:fierce|heavy|violent|intense|bloody|days\s+of|hours\s+of)\s+){0,2}$",
    re.IGNORECASE,
)
_FIGHT_WITH = re.compile(r"(?i)(?:clashes|fighting|battles)(?=\s+with\s)")
# A verb of ground gained, the subject's: "advanced in", "made gains in", "pushed deeper into", "gained ground"
_ADVANCED = re.compile(
    r"\b(?:advanced|made\s+(?:(?:new|further|fresh|major|significant|rapid)\s+)?(?:gains|progress|advances)|"
    r"gained\s+ground|pushed\s+(?:deeper|further|forward|ahead|on)|moved\s+(?:deeper|further|forward|closer))\b",
    re.IGNORECASE,
)


def advancer_fought(actors: Sequence[Mention], text: str, base: int, match: re.Match[str]) -> list[str]:
    """The subject of an advance when the trigger is the fight "after clashes with" another side it tells."""
    fight = _FIGHT_WITH.match(text, match.start())
    if fight is None or fight.end() != match.end():
        return []
    after = _AFTER_FIGHT.search(text, max(0, match.start() - 40), match.start())
    if after is None:
        return []
    advanced = next(reversed(list(_ADVANCED.finditer(text, max(0, after.start() - 100), after.start()))), None)
    if advanced is None or re.search(r"[,;:.()\"“”]", text[advanced.end() : after.start()]):
        return []
    # the subject right before its verb, no more than five words off ("Regime forces and their loyal gunmen advanced")
    subject = [
        m
        for m in actors
        if m.span.end - base <= advanced.start()
        and len(text[m.span.end - base : advanced.start()].split()) <= 5
        and not re.search(r"[,;:.]", text[m.span.end - base : advanced.start()])
    ]
    return [subject[0].key] if subject else []


def took_or_gained(actors: Sequence[Mention], text: str, base: int, match: re.Match[str]) -> list[str]:
    """The taker whose shelling "after N days of" told, else the advancer whose fight "after clashes with" told."""
    return taker_shelled(actors, text, base, match) or advancer_fought(actors, text, base, match)
