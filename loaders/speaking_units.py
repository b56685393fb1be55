"""A numbered unit that speaks is a group of fighters, not its base: "Division 30 said", "Division 30 called on Nusra"
(docs/extraction.md, "Mentions"; thirty-second session, helper placefp32)."""

from __future__ import annotations

import re

from loaders.model import Mention
from loaders.speech_verbs import AGAINST, MADE_KNOWN, PUT, SAID, either

# A unit named by its number ("Division 30", "Brigade 93"): minted as a base, a place, by the landmark rules
UNIT_NAME = re.compile(r"(?:Division|Brigade|Regiment|Battalion)\s\d{1,3}", re.IGNORECASE)
# A verb of saying right after the unit's name ("Division 30 said", "Division 30 has called on", "in a statement
# Division 30 denied"): a base says nothing, the men it names do
SPEAKS_AFTER = re.compile(
    r"\s{1,3}(?:(?:has|had|also|later|then)\s{1,3}){0,2}"
    rf"(?:{either(*SAID, *PUT, *MADE_KNOWN, *AGAINST, 'urged', 'vowed', 'demanded')}|called\s{{1,3}}on)\b"
)


def without_speaking_units(body: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Without the place mentions of a numbered unit that the article makes the subject of a verb of saying: the
    name is the unit's wherever the article uses it."""
    units = {
        m.key
        for found in per_sentence
        for m in found
        if m.kind == "place"
        and not m.linked
        and UNIT_NAME.fullmatch(body, m.span.start, m.span.end)
        and SPEAKS_AFTER.match(body, m.span.end)
    }
    if not units:
        return per_sentence
    return [[m for m in found if m.kind != "place" or m.key not in units] for found in per_sentence]
