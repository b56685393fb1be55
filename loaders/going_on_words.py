"""Words that tell fighting as going on ("Clashes continued", "a third day of fighting") (docs/extraction.md)."""

from __future__ import annotations

import re

_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d{1,3}(?:st|nd|rd|th))"
)
_IN_A_ROW = r"(?:(?:consecutive|straight|successive)\s+)?"
# Words that say a battle already under way goes on: "fighting continued", "clashes raged on", "for a third straight
# day", "their 11th day of heavy fighting", "the battle entered its fifth week"; not "on the second day of the truce"
GOES_ON = re.compile(
    r"\b(?:continu(?:ed|es|ing)|ongoing|rag(?:ed|es|ing)\s+on|still\s+rag(?:ing|ed)|dragg(?:ed|ing)\s+on|persist(?:ed|s)"
    rf"|for\s+(?:a|the)\s+{_ORDINAL}\s+{_IN_A_ROW}(?:day|night|week)s?"
    rf"|(?:their|its|a)\s+{_ORDINAL}\s+{_IN_A_ROW}(?:day|week)\s+of"
    rf"|(?:enter(?:ed|s|ing)|into)\s+(?:its|their|a)\s+{_ORDINAL}\s+(?:day|week|month)"
    rf"|{_ORDINAL}\s+(?:consecutive|straight|successive)\s+(?:day|night|week))\b",
    re.IGNORECASE,
)


def goes_on(text: str) -> bool:
    """Whether a sentence tells fighting as going on."""
    return GOES_ON.search(text) is not None
