"""The gold annotation of an article as the scorer reads it: entities, engagements, claims, and the file's errors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

VOICE_CLAIMANTS = ("publisher", "unattributed")
QID = re.compile(r"Q[1-9][0-9]*")


class GoldError(Exception):
    """A problem in a gold file: names the file and the field."""

    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        super().__init__(f"{path}: {where}: {problem}")
        self.path = str(path)
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class GoldEntity:
    """An actor or place named in a gold article: the text, its gazetteer key and QID when known."""

    text: str
    key: str | None = None
    qid: str | None = None


@dataclass(frozen=True)
class GoldTime:
    """When a gold engagement happened, as the annotator resolved it."""

    expression: str | None = None
    earliest: date | None = None
    latest: date | None = None
    precision: str | None = None


@dataclass(frozen=True)
class GoldEngagement:
    """An engagement of a gold article; places and participants are entity keys or QIDs."""

    id: str
    type: str
    acled_event_type: str
    evidence: str
    places: tuple[str, ...] = ()
    attackers: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    supporters: tuple[str, ...] = ()
    time: GoldTime | None = None

    @property
    def participants(self) -> tuple[str, ...]:
        """Every participant, whatever its role."""
        return (*self.attackers, *self.targets, *self.supporters)


@dataclass(frozen=True)
class GoldClaim:
    """An attributed statement of a gold article, with its figures when it states any."""

    claimant: str
    evidence: str
    about: str | None = None
    fatalities: int | None = None
    fatalities_max: int | None = None
    wounded: int | None = None
    wounded_max: int | None = None
    victims: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    """The annotation of one article."""

    corpus: str
    identifier: str
    path: Path
    annotator: str = ""
    notes: str = ""
    places: tuple[GoldEntity, ...] = ()
    actors: tuple[GoldEntity, ...] = ()
    engagements: tuple[GoldEngagement, ...] = ()
    claims: tuple[GoldClaim, ...] = ()

    @property
    def article_key(self) -> tuple[str, str]:
        """(corpus, identifier), the key of its extraction."""
        return (self.corpus, self.identifier)
