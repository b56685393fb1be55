"""A name right after a compound of who holds it ("rebel-held Baba Amr", "IS-controlled Zarqawiyeh") is a place:
an unlisted local one when the gazetteer lacks it (twenty-seventh session, helper unseen27; docs/extraction.md,
"Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.kind_names import with_local_names
from loaders.model import Mention, Span
from loaders.name_words import NOT_PLACE_NAMES, PLACE_NAME, TITLE_WORDS
from loaders.place_lists import OPENERS

# ground is held, controlled or besieged by a party; the name ends at a stop or a word of grammar ("rebel-held Baba
# Amr in Homs", "on Monday"): a capitalised word after it may go on the name ("rebel-held Baba Amr Hospital"), and
# a noun after it makes it an adjective ("the government-held Mediterranean port city of Latakia"): both left
HELD_NAME = re.compile(
    rf"(?<![\w-])[A-Za-z]+-(?:held|controlled|besieged|occupied)\s+(?P<name>{PLACE_NAME})(?![\w'’-])"
    r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:in|on|at|near|of|and|after|before|since|for|to|from|was|were|is|are|has|have|had|"
    r"which|where|that|until|by|with|as|during|amid|under|despite)\b)"
)


def with_held_names(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """Add as local places the names the gazetteer lacks right after a compound of who holds them."""
    text = body[span.start : span.end]
    names = [(m.start("name"), m.end("name")) for m in HELD_NAME.finditer(text)]
    return with_local_names(text, span, names, found, local_entities, gazetteer, _unfit)


def _unfit(label: str) -> bool:
    """Whether a held name holds a people's word or a title that opens no place name."""
    return any(w in NOT_PLACE_NAMES or (w in TITLE_WORDS and w.lower() not in OPENERS) for w in label.split())
