"""The group named after the men who did it: "shelling by terrorists of Jaish al-Islam"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import first_after

# An agent phrase that names the men first and their group after "of": "by terrorists of Jaish al-Islam", "by
# militants of the Islamic State", "by gunmen belonging to the Nusra Front" (twenty-sixth session, helper near26).
# One adjective may stand before the men ("by armed terrorists of"); the group must follow at once.
MEN_OF = re.compile(
    r"(?:[a-z][\w-]*\s+)?(?:terrorists|militants|fighters|members|gunmen|elements|jihadists|insurgents|militiamen|"
    r"snipers)\s+(?:of|belonging\s+to|affiliated\s+(?:to|with))\s+(?:the\s+)?(?:so-called\s+)?",
    re.IGNORECASE,
)


def group_of_men(actors: Sequence[Mention], text: str, base: int, pos: int) -> Mention | None:
    """The group whose men an agent phrase opening at `pos` names ("terrorists of Jaish al-Islam"), if any."""
    men = MEN_OF.match(text, pos)
    if men is None:
        return None
    return first_after(actors, men.end(), base, text, reach=3)
