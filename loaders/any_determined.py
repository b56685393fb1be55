"""A trigger determined by "any": "it made no mention of any strikes in Idlib" tells no engagement."""

from __future__ import annotations

import re

# News English puts "any" before a deed it speaks of in general, one not done or not known to be done: a denial ("made
# no mention of any strikes"), a question ("whether any attack took place"), a threat or a rule ("any attack would be
# answered"). Told deeds take "a", "the", a count or nothing. "Any", up to two words of kind between ("any Russian air
# strikes"), then the trigger.
_ANY_BEFORE = re.compile(r"\bany\s{1,3}(?:[\w-]+\s{1,3}){0,2}?$", re.IGNORECASE)


def any_determined(text: str, match: re.Match[str]) -> bool:
    """Whether "any" determines the trigger ("no mention of any strikes"): a deed spoken of in general, none told."""
    return _ANY_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
