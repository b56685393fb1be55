"""Syria's capital named by its office: "besieged areas near the Syrian capital" names Damascus, as the name would
(docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span

# "the Syrian capital", "Syria's capital" (FA-KES drops the apostrophe: "Syrias capital"); a name right after it
# ("the Syrian capital Damascus", "the Syrian capital, Damascus") is read by the name; "The Syrian capital" opening a
# sentence is the same office (thirty-second session)
SYRIAN_CAPITAL = re.compile(
    r"\b(?P<ref>(?<=\b[Tt]he\s)Syrian\s+capital|Syria(?:'s|’s|s)\s+capital)\b(?!,?\s+(?:city\s+)?(?:of\s+)?[A-Z])"
)


def with_syrian_capital(
    body: str, spans: list[Span], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each "the Syrian capital" with no name after it as a mention of Damascus, where no mention covers it yet."""
    damascus = gazetteer.lookup("Damascus", "place")
    if damascus is None:
        return per_sentence
    out: list[list[Mention]] = []
    for span, found in zip(spans, per_sentence, strict=True):
        added = [
            Mention(Span(match.start("ref"), match.end("ref")), damascus.key, "place")
            for match in SYRIAN_CAPITAL.finditer(body, span.start, span.end)
            # "Syrias capital": the state's mention covers only the possessive, not the office
            if not any(m.span.start < match.end() and match.end() - len("capital") < m.span.end for m in found)
        ]
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out


def described_capital(body: str, mention: Mention) -> bool:
    """Whether a mention is the capital named by its office, a place link that places no engagement."""
    return SYRIAN_CAPITAL.fullmatch(body, mention.span.start, mention.span.end) is not None
