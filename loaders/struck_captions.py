"""Photo captions that tell a strike: the picture's event is news, so the caption is mined, not set aside."""

from __future__ import annotations

import re

# A bombardment told in the caption ("damage after an air strike in Deir al-Sharqi village", "regime artillery
# bombarded the rebel enclave"): wire photos of the war are captioned with the strike they show, often the only
# place the article names it; a caption of people or a meeting tells nothing of the kind and stays furniture.
STRIKE_TOLD = re.compile(
    r"(?i)\b(?:air\s*strikes?|air\s+raids?|barrel[\s-]+bombs?|shell(?:ing|ed)|bombard(?:ed|ment|ments)|"
    r"bomb(?:ed|ing)|car\s+bombs?|rocket\s+attacks?|explosions?|blasts?)\b"
)


def tells_a_strike(text: str) -> bool:
    """Whether a caption names a strike, a shelling or a bombing (then it is mined like a sentence of the text).

    >>> tells_a_strike("A view shows the damage at a hospital after an air strike in Idlib April 27 2017.")
    True
    >>> tells_a_strike("A boy inspects a damaged site in Aleppo Syria October 26 2016.")
    False
    """
    return STRIKE_TOLD.search(text) is not None
