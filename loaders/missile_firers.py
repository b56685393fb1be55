"""The firer of missiles told by a participle on the main clause: "the US struck Assad's forces, launching missiles"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.participle_takers import participle_taker

# The fire trigger opening on its -ing form (`missiles_fired`): it hangs from the main clause, whose subject fired.
_FIRING = re.compile(r"(?i)(?:firing|launching)\s")


def participle_firers(
    actors: Sequence[Mention],
    text: str,
    base: int,
    match: re.Match[str],
    roles: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The main clause's subject as the attacker of a missile fire told by a participle; the side read before it,
    the object the main clause acted against ("ordered action against Assad's government launching missiles"),
    becomes the target."""
    attackers, targets = roles
    if not _FIRING.match(match.group(0)):
        return roles
    firers = participle_taker(actors, text, base, match.start())
    if not firers or set(firers) == set(attackers):
        return roles
    acted_on = tuple(k for k in attackers if k not in firers)
    return firers, targets or acted_on
