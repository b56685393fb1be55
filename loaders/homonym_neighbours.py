"""Villages of one name told apart by the sentences around them when their own sentence names no other place.

The matcher takes, among villages of the same name, the one in the district or governorate its sentence names
(`Gazetteer._resolve_homonyms`); a sentence that names no other place leaves the first in the table's order, often
a namesake across the country ("the army retook the village of Zaara" two sentences after "a power plant in the
central Hama province" is Az Zarah of Hama, not Za`rah of Afrin). A report places its villages once and then goes
on about them: the nearest sentences that name a place say where the village lies (twentieth session, helper
outplace6).
"""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span


def homonyms_by_neighbours(
    body: str, spans: list[Span], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each village whose sentence names no other place, among namesakes, read by the nearest sentences that decide
    (only places of one reading count as context, as in the matcher's own choice)."""
    candidates = [_namesakes(body, spans[i], found, gazetteer) for i, found in enumerate(per_sentence)]
    settled = [
        [m for m, c in zip(found, cs, strict=True) if not c] for found, cs in zip(per_sentence, candidates, strict=True)
    ]
    out = [list(found) for found in per_sentence]
    for index, found in enumerate(per_sentence):
        if _context(settled[index], gazetteer):
            continue  # the sentence names a place: the matcher read its namesakes by it
        for position, choices in enumerate(candidates[index]):
            best = _nearest_reading(choices, index, settled, gazetteer) if choices else None
            if best is not None and best != found[position].key:
                out[index][position] = Mention(found[position].span, best, "place")
    return out


def _namesakes(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """The namesakes the matcher chose among for each linked place of a sentence; () for every other mention."""
    if not any(_linked_place(m, gazetteer) for m in found):
        return [() for _ in found]
    readings = gazetteer.homonyms(body, span, found)
    return [r if _linked_place(m, gazetteer) else () for m, r in zip(found, readings, strict=True)]


def _linked_place(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a place the gazetteer holds."""
    return mention.kind == "place" and mention.linked and mention.key in gazetteer


def _nearest_reading(
    candidates: tuple[str, ...], index: int, settled: list[list[Mention]], gazetteer: Gazetteer
) -> str | None:
    """The one candidate the nearest sentences around `index` place (by district, then governorate), or None.

    On a tie the farther sentences choose only among the tied ("in Idlib countryside" next door, several Bab al-Hawas
    of Idlib, and Hasakah named three sentences away: not Hasakah's); still tied, the matcher's choice stays."""
    for distance in range(1, len(settled)):
        near = [m for j in (index - distance, index + distance) if 0 <= j < len(settled) for m in settled[j]]
        leaders = _leaders(candidates, _context(near, gazetteer), gazetteer)
        if len(leaders) == 1:
            return leaders[0]
        if leaders:
            candidates = leaders
    return None


def _context(mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, int]:
    """How often each place the gazetteer holds, and its district and governorate, are named among the mentions."""
    return gazetteer.place_context(m for m in mentions if _linked_place(m, gazetteer))


def _decided(candidates: tuple[str, ...], context: dict[str, int], gazetteer: Gazetteer) -> str | None:
    """The candidate whose district, then governorate, the context names more than any other's; None on a tie or
    when the context names none of theirs."""
    leaders = _leaders(candidates, context, gazetteer)
    return leaders[0] if len(leaders) == 1 else None


def _leaders(candidates: tuple[str, ...], context: dict[str, int], gazetteer: Gazetteer) -> tuple[str, ...]:
    """The candidates whose district, then governorate, the context names most, in their order; () when it names
    none of theirs."""
    best = max(gazetteer.closeness(key, context) for key in candidates)
    return tuple(key for key in candidates if gazetteer.closeness(key, context) == best) if any(best) else ()
