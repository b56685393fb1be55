"""Roles of an attack told with its means inside a verb of targeting (docs/extraction.md, Roles).

The Syrian Observatory's English puts the weapon between the verb and its object: "IS targeted by rocket shells the
regime positions", "the factions targeted using heavy machineguns positions of the regime forces"; or before it, "the
factions targeted regime positions using mortar shells", "the factions used mortar shells to target positions of the
regime forces". The subject of "targeted" (or "used") fired, the owner of its object was hit; read as a passive ("by"
before the weapon), the sides come out swapped or lost (twenty-second session, helper outlets3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.clauses import PASSIVE_BEFORE
from loaders.model import Mention
from loaders.nearest_actors import actor_before, coordinated

# A weapon fired from afar, or a gun: what "by", "using" or "with" names when it is the means, not an agent.
_MEANS = (
    r"(?:shells?|mortars?|rockets?|missiles?|machine-?\s?guns?|artillery|cannons?|weapons|bombs?|projectiles?|"
    r"launchers?|grenades?|drones?|shelling|fire)"
)
_WORDS = r"(?:[\w'’-]+\s+)"
# Words that qualify the weapon ("several heavy", "two rocket"), not a preposition, article or conjunction that would
# carry the phrase on past it ("with sanctions after the shelling")
_NOT_A_QUALIFIER = r"after|before|since|during|of|in|on|at|near|from|to|by|with|using|the|and|or|but|that|which|who"
_QUALIFIER = rf"(?:(?!(?:{_NOT_A_QUALIFIER})\b)[\w'’-]+\s+)"
# "targeted by rocket shells", "targeted the regime positions using mortar shells" (the object before the weapon);
# no comma or full stop inside, so the phrase stays in one clause
_WEAPON = rf"{_QUALIFIER}{{0,3}}?(?P<means>{_MEANS}(?:\s+{_MEANS})*)"
_TARGETED = re.compile(
    rf"\btargeted\s+(?P<object>{_WORDS}{{0,5}}?)(?P<means_word>by|using|with)\s+{_WEAPON}\b",
    re.IGNORECASE,
)
# "used several mortar shells to target", "using mortar shells to target"
_USED_TO_TARGET = re.compile(
    rf"\bus(?:ed|es|ing)\s+{_WEAPON}\s+(?:in\s+order\s+)?to\s+target\s+",
    re.IGNORECASE,
)
# From the weapon to the object's owner: "the regime positions", "positions of the regime forces", "positions for
# the regime"; not a preposition of place or agent ("shells in Hama by IS": a participle, the agent after "by")
_OBJECT_GAP = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+|several\s+|some\s+)?(?:(?:positions?|posts?|sites?|points?|gatherings?|areas?|places?|"
    r"checkpoints?|headquarters|bases?|barracks|vehicles?|convoys?)\s+(?:of|for|belonging\s+to)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def means_roles(
    text: str, base: int, t_start: int, actors: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Attackers (the verb's subject) and targets (its object's owner) when the trigger lies in such a phrase; None
    when it does not, or no owner follows the weapon (a participle: "the positions targeted by shells in X")."""
    for phrase in (*_TARGETED.finditer(text), *_USED_TO_TARGET.finditer(text)):
        # "were targeted by", "had been targeted with": passive, its subject the one hit
        if not phrase.start() <= t_start < phrase.end() or PASSIVE_BEFORE.search(text, 0, phrase.start()):
            continue
        if _side_fired(phrase, actors, base):
            continue
        target = _object_owner(phrase, actors, text, base)
        if target is None:
            continue
        subject = actor_before(actors, text, base, phrase.start())
        attackers = coordinated(subject, actors, text, base) if subject is not None else []
        return tuple(k for k in attackers if k != target.key), (target.key,)
    return None


def _side_fired(phrase: re.Match[str], actors: Sequence[Mention], base: int) -> bool:
    """Whether a side is named in "by <its weapon>" ("the Kurdish forces targeted by IS rocket shells"): a passive's
    agent, the verb a participle whose subject was hit (twenty-second session, helper review11)."""
    if phrase.re is not _TARGETED or phrase.group("means_word").lower() != "by":
        return False
    opens, closes = phrase.end("means_word"), phrase.start("means")
    return any(opens <= m.span.start - base < closes for m in actors)


def _object_owner(phrase: re.Match[str], actors: Sequence[Mention], text: str, base: int) -> Mention | None:
    """Whose the targeted object is: named before the weapon ("targeted regime positions using mortars") or, with
    none there, right after it ("targeted by rocket shells the regime positions", "to target positions of IS")."""
    if phrase.re is _TARGETED and phrase.group("object").strip():
        opens, closes = phrase.start("object"), phrase.end("object")
        return next((m for m in actors if opens <= m.span.start - base < closes), None)
    opens = phrase.end() if phrase.re is _USED_TO_TARGET else phrase.end("means")
    gap = _OBJECT_GAP.match(text, opens)
    # the owner's name opens where the gap ends, or takes in its article ("the regime")
    return next((m for m in actors if gap is not None and opens <= m.span.start - base <= gap.end()), None)
