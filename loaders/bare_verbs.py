"""Verbs of attack in their bare form after a verb of going on: "the army continued to shell the town" tells the
shelling as done, where "to shell" alone is an aim (`trigger_guards`)."""

from __future__ import annotations

import re

# A verb of going on, whose infinitive tells the act as done; a verb of intent ("threatened to", "vowed to continue
# to") tells none, and the clause guards drop what "will continue to" tells. Each is a fixed-width look-behind of its
# own (Python's look-behind takes no alternation of several widths).
_GOING_ON = ("continued to", "continues to", "continuing to", "went on to", "began to", "started to")
# ... and a beginning told in the present, as timeline entries and headlines tell it: "the regime begins to retake
# territory" (twenty-sixth session, helper timeline26)
_BEGINS = ("begins to", "starts to")
BARE_AFTER = "(?:" + "|".join(rf"(?<=\b{words}\s)" for words in (*_GOING_ON, *_BEGINS)) + ")"
# The same verbs before any trigger word: the infinitive guard lets their infinitive through.
GONE_ON_TO = re.compile(r"\b(?:continu(?:ed|es|ing)|went\s+on|began|begins|start(?:ed|s))\s+to\s+$", re.IGNORECASE)


def before_going_on(before: str) -> str:
    """The text before a verb of going on that ends `before` ("denied it had continued to "), or "" with none: a
    negation or denial of the going on denies the act (twenty-third session, helper review23e)."""
    gone = GONE_ON_TO.search(before)
    return before[: gone.start()] if gone else ""
