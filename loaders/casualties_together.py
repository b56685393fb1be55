"""Casualties counted together: one count under two harms joined ("killing and wounding dozens", "dozens were
killed or injured") counts the dead and the hurt at once, so it is neither a toll of the dead nor of the wounded
(twenty-fourth session; the annotators give such counts no figure, docs/extraction.md, Figures)."""

from __future__ import annotations

import re

from loaders.counts import NUMBER

_HARM = r"(?:kill(?:ed|ing|s)?|dead|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt)"
# "killing and wounding | dozens": a harm and "and"/"or" right before the second harm's count
_JOINED_BEFORE = re.compile(rf"\b{_HARM}\s+(?:and|or|and/or)\s+$", re.IGNORECASE)
# "dozens were killed | or injured": "and"/"or" and a second harm with no count of its own ("and 30 injured" has one)
# (thirty-fifth session, figures35: or a fate that is no harm, "50 were wounded or missing" counts the missing too)
_JOINED_AFTER = re.compile(
    rf"\s+(?:and|or|and/or)\s+(?:{_HARM}|missing)\b(?!\s+(?:{NUMBER}|at\s+least|more\s+than|over)\b)", re.IGNORECASE
)
_REACH = 30  # characters before a harm word that "killing and" fits in


def harm_joined_before(text: str, verb: int) -> bool:
    """Whether the harm word at `verb` is the second of two joined over one count ("killing and wounding dozens")."""
    return _JOINED_BEFORE.search(text, max(0, verb - _REACH), verb) is not None


def harm_joined_after(text: str, end: int) -> bool:
    """Whether a second harm is joined right after the count's harm word ending at `end` ("dozens killed or hurt")."""
    return _JOINED_AFTER.match(text, end) is not None
