"""A body's remit named: "US Central Command, which oversees US military operations in the Middle East" tells none."""

from __future__ import annotations

import re

# A command or body is described by what it is in charge of: "which oversees military operations in the Middle East",
# "the general in charge of operations in Syria", "responsible for coalition operations". "operations" after a verb or
# phrase of charge names the body's remit, no engagement; a one-off deed named after it ("oversaw the assault on the
# town") is left, since only the plural "operations" is read. At most three modifiers between ("US military air").
_REMIT = re.compile(
    r"\b(?:oversee[sn]?|overseeing|oversaw|in\s+charge\s+of|responsible\s+for|tasked\s+with|command(?:s|ing)|"
    r"direct(?:s|ing)|coordinat(?:es|ing)|supervis(?:es|ing))\s+"
    r"(?:(?!(?:on|in|at|by|to|and|or|against)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def remit_named(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is "operations" a body is in charge of ("which oversees US military operations")."""
    if re.search(r"(?i)\boperations$", match.group(0)) is None:
        return False
    return _REMIT.search(text, max(0, match.start() - 60), match.start()) is not None
