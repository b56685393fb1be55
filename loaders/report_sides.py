"""Which side an actor is on, for telling two reports apart: a state's forces and ministries are the state's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from loaders.demonyms import DEMONYMS
from loaders.engagement_types import PRO_GOVERNMENT_GROUPS
from loaders.gazetteer import Gazetteer
from loaders.state_forces import home_government

STATE_CLASSES = frozenset({"State", "StateForce", "Ministry"})


def sides_match(pairs: Sequence[tuple[Sequence[str], Sequence[str]]], sides: Sides, at_least_one: bool = False) -> bool:
    """Whether each pair of actor lists shares a side where both name someone (and, if asked, some pair does)."""
    named = [(mine, theirs) for mine, theirs in pairs if mine and theirs]
    return (bool(named) or not at_least_one) and all(sides.share(mine, theirs) for mine, theirs in named)


def sides(gazetteer: Gazetteer) -> Callable[[str], str]:
    """The side of an actor: the state for its forces and ministries, the actor itself otherwise."""
    return Sides(gazetteer).side


class Sides:
    """Actors of one state count as one side: its forces and ministries are named after it ("Russian Aerospace
    Forces", "Syrian Arab Army", "Israel Defense Forces")."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def share(self, mine: Sequence[str], theirs: Sequence[str]) -> bool:
        """Whether an actor of one list is, or is of the same state as, an actor of the other."""
        return bool(set(mine) & set(theirs)) or bool({self.side(k) for k in mine} & {self.side(k) for k in theirs})

    def side(self, key: str) -> str:
        """The state a state force or ministry belongs to, by its name; the actor itself otherwise."""
        return _side(self.gazetteer, key)


def _side(gazetteer: Gazetteer, key: str) -> str:
    """The state key whose name or nationality adjective opens this state actor's label, else the key; groups that
    fight for the government are on its side ("Hizballah ambush" in "the fighting" of regime troops)."""
    if key.rsplit("/", 1)[-1] in PRO_GOVERNMENT_GROUPS:
        return home_government(gazetteer) or key
    if key not in gazetteer or gazetteer.get(key).cls not in STATE_CLASSES:
        return key
    label = gazetteer.get(key).label
    for state, names in _state_names(gazetteer).items():
        if any(label == n or label.startswith(n + " ") for n in names):
            return state
    return key


@lru_cache(maxsize=4)
def _state_names(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """State key -> its label and nationality adjectives ("actor/russia" -> ("Russia", "Russian"))."""
    names = {}
    for entity in gazetteer.entities():
        if entity.kind == "actor" and entity.cls == "State":
            adjectives = tuple(a for a, k in DEMONYMS.items() if k == entity.key and a[0].isupper())
            names[entity.key] = (entity.label, *adjectives)
    return names
