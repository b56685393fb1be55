"""What a named agent's act fell on, read right after the agent: "an assault by government forces on rebel positions"
(nineteenth session, helper sides2)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import first_after

# Right after a by-agent, what its act fell on (nineteenth session, helper sides2).
_ON_AFTER_AGENT = re.compile(r"\s+(?:on|upon)\s+(?:the\s+|an?\s+)?", re.IGNORECASE)


def hit_after_agent(actors: Sequence[Mention], text: str, base: int, agent: Mention) -> str | None:
    """The side named after "on" right behind a by-agent ("an assault by the army on rebel positions"), or None."""
    on = _ON_AFTER_AGENT.match(text, agent.span.end - base)
    if on is None:
        return None
    hit = first_after(actors, on.end(), base, text, reach=3)
    return hit.key if hit is not None else None
