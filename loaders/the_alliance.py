""" "The alliance" alone is the one alliance the article names as such: "the Syrian Democratic Forces alliance ... after
the alliance encircled the town" (thirty-fifth session, helper roles35)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.actor_references import with_references
from loaders.model import Mention, Sentence

# a name the article follows with "alliance": "the SDF alliance", "the Syrian Democratic Forces alliance"
_CALLED_ALLIANCE = re.compile(r"\s+alliance\b")
# "the alliance" alone: not one a word qualifies ("the rebel alliance"), nor an alliance "of" or "between" others
_THE_ALLIANCE = re.compile(r"(?<![-\w])[Tt]he\s+(?P<name>alliance)\b(?![-\w])(?!\s+(?:of|between|with)\b)")


def with_the_alliance(body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Each bare "the alliance" read as the article's one actor it calls an alliance; nothing when it names none or
    several (a reference to one of two would be a guess)."""
    called = {
        m.key for found in per_sentence for m in found if m.kind == "actor" and _CALLED_ALLIANCE.match(body, m.span.end)
    }
    if len(called) != 1:
        return per_sentence
    return with_references(body, mined, per_sentence, _THE_ALLIANCE, next(iter(called)))
