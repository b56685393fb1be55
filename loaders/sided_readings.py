"""A place name left local whose own phrase states a bearing from a town, read as the one village of its spelling there.

"the town of Bayanoun north of Aleppo": the spelling fits Biyanun, north of the city, and Banan, south-east of it;
the phrase says which. News English places a small name by a bearing from a town it knows ("X, north of Aleppo"),
and the namesakes of a spelling across the governorate that the bearing rules out are no reading of it
(thirty-seventh session, helper places37; `own_phrase.readings`, `stated_bearings.side`).
"""

from __future__ import annotations

from loaders import namesakes, own_phrase, stated_bearings
from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.place_lookup import one_place


def sided_readings(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each local place whose own phrase states a bearing from a town, district or governorate, and whose spelling fits
    two settlements or more there, becomes the one on that side; one that two phrases read apart, or a quarter, stays
    local."""
    quarters = namesakes.called_quarters(body, per_sentence)
    choices: dict[str, set[str | None]] = {}
    for span, (land, way) in stated_bearings.stated(per_sentence, body, gazetteer).items():
        mention = next(m for found in per_sentence for m in found if m.span == span and m.kind == "place")
        if mention.linked or local_entities.get(mention.key, ("",))[0] != "place" or mention.key in quarters:
            continue
        found = one_place(gazetteer, own_phrase.readings(gazetteer, span.text(body), land, bearing=True))
        if len(found) < 2:
            continue  # no namesakes for the bearing to choose among: the readings before this one had their say
        sided = [k for k in found if stated_bearings.side(gazetteer, k, land, way) > 0]
        choices.setdefault(mention.key, set()).add(sided[0] if len(sided) == 1 else None)
    resolved = {k: key for k, v in choices.items() if len(v) == 1 and (key := next(iter(v))) is not None}
    return relinked(per_sentence, local_entities, resolved)


def relinked(
    per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], resolved: dict[str, str]
) -> list[list[Mention]]:
    """The mentions with each local place in `resolved` made the settlement it names, and dropped from the locals."""
    if not resolved:
        return per_sentence
    for key in resolved:
        del local_entities[key]
    return [
        [Mention(m.span, resolved[m.key], "place") if m.key in resolved else m for m in found] for found in per_sentence
    ]
