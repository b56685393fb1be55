"""The extraction model: what the text rules find in one article, before it becomes RDF.

Offsets are 0-based code-point offsets into `Article.body`, end exclusive, the same as Python slicing and
as `oa:TextPositionSelector`. Entity keys are resource paths under the base (`actor/islamic-state`,
`place/palmyra-101751737`), so an entity key is its IRI once the base is put in front.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

ActorKey = str
PlaceKey = str


@dataclass(frozen=True)
class Article:
    """One source document as read: the exact body plus whatever metadata is known (unknown is None)."""

    corpus: str
    identifier: str
    body: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    source: str = ""  # where it was read from (a path, or path#row), for error messages and reports
    extra: tuple[tuple[str, str], ...] = ()  # corpus-specific fields kept as given (e.g. FA-KES labels)


@dataclass(frozen=True)
class Span:
    """A span of the body: [start, end) in code points."""

    start: int
    end: int

    def text(self, body: str) -> str:
        """The body text of the span.

        >>> Span(4, 9).text("The regime said")
        'regim'
        """
        return body[self.start : self.end]


@dataclass(frozen=True)
class Sentence:
    """A sentence with its span; boilerplate sentences are kept for offsets but never mined."""

    span: Span
    boilerplate: bool = False


@dataclass(frozen=True)
class Mention:
    """A span of text that names an actor or a place, resolved to an entity key."""

    span: Span
    key: str
    kind: str  # "actor" or "place"
    linked: bool = True  # False when the gazetteer did not know it and a local entity was minted


def overlapping(mentions: Iterable[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that share at least one character with body[start:end].

    >>> ms = [Mention(Span(0, 5), "a", "actor"), Mention(Span(6, 9), "b", "place")]
    >>> [m.key for m in overlapping(ms, 4, 6)], overlapping(ms, 5, 6)
    (['a'], [])
    """
    return [m for m in mentions if m.span.start < end and start < m.span.end]


@dataclass(frozen=True)
class TimeSpan:
    """When something happened: the expression and, when resolvable, its earliest and latest dates."""

    expression: str
    earliest: date | None = None
    latest: date | None = None
    precision: str | None = None  # "day", "week", "month" or "year"
    # counted back from when the article was written ("overnight", "in the past 24 hours"): undated, it fits any day
    counted_back: bool = False


@dataclass(frozen=True)
class Figure:
    """A stated count: lower bound, upper bound when stated or implied, and who when the text says."""

    kind: str  # "fatalities" or "wounded"
    low: int
    high: int | None = None
    who: str | None = None  # "troops", "civilians", "militants", ...
    span: Span | None = None


@dataclass(frozen=True)
class Engagement:
    """Something that happened, as one article reports it."""

    key: str  # unique within the article, stable: derived from its evidence span
    type: str  # local name of a concept of the engagement-type scheme, e.g. "air-strike"
    attackers: tuple[ActorKey, ...] = ()
    targets: tuple[ActorKey, ...] = ()
    supporters: tuple[ActorKey, ...] = ()
    places: tuple[PlaceKey, ...] = ()
    time: TimeSpan | None = None
    label: str | None = None


@dataclass(frozen=True)
class Claim:
    """An attributed statement: who says it, where (evidence span), what about, with what figures."""

    evidence: Span
    claimant: ActorKey | None = None  # None: the article's own voice (its publisher, or unattributed)
    engagement: str | None = None  # Engagement.key when the claim reports an engagement
    about: tuple[str, ...] = ()  # entity keys, when the claim is about actors or places
    figures: tuple[Figure, ...] = ()
    cue: str | None = None  # the attribution cue: "said", "according to", "claimed", ...
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    """Everything the rules found in one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    claims: tuple[Claim, ...] = ()
    local_entities: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # key -> (kind, label); kind: actor, outlet or place
