"""One sentence's engagements as `find_engagements` detects them, for the tests of engagement triggers."""

from __future__ import annotations

from loaders.engagements import Detection, find_engagements
from loaders.gazetteer import Gazetteer
from loaders.model import Span


def detect(text: str, gazetteer: Gazetteer) -> list[Detection]:
    """Engagements of one sentence."""
    mentions = gazetteer.find(text)
    classes = {m.key: gazetteer.get(m.key).cls for m in mentions}
    return find_engagements(text, Span(0, len(text)), mentions, classes)


def detected_types(text: str, gazetteer: Gazetteer) -> list[str]:
    """The engagement types one sentence's triggers give, sorted."""
    return sorted(d.type for d in detect(text, gazetteer))
