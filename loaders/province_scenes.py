"""A bombardment told province by province: one report a province (twenty-fourth session, helper engrecall24).

The monitoring centres' daily roundups list what one side shelled across the country in a single sentence: "the
terrorists shelled al-Foaa town in Idleb, the villages of Ard al-Wata and Rasha in Lattakia, military checkpoints in
Hama, Marj al-Sultan town in Damascus Countryside and al-Menshiyeh area in Daraa city". ACLED codes an event a
location and day, and bombardments of several provinces are as many events; the rules read one. The list says where
each item lies with "in" and a place ("in Idleb", "in Damascus Countryside"): that place's province holds the item's
spots named before it, whatever province the gazetteer gives a spot's name (a "Rasha" lies in two). When the places
named after the trigger fall, in order, into three provinces or more, each told once, the sentence is cut after the
last place of each province and each part becomes a scene of its own with its places.

Two provinces are not enough: "Damascus and its eastern Ghouta countryside" spans two governorates and is told as one
bombardment, and so is "the countryside of Hama and Idlib".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.model import Mention, Span

if TYPE_CHECKING:
    from loaders.engagements import Detection
    from loaders.gazetteer import Gazetteer

# Fire from afar, whose reports list places: the kinds split by province.
_SPLIT_TYPES = frozenset({"shelling", "air-strike"})
# How many provinces, each named once in turn, make a roundup.
_PROVINCES = 3
# Where an item lies, right before the place: "in Idleb", "in the Damascus Countryside".
_IN = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
# How far back "in" is looked for.
_IN_REACH = 8


def province_scenes(
    detection: Detection, body: str, sentence: Span, mentions: Sequence[Mention], gazetteer: Gazetteer
) -> list[Detection]:
    """A bombardment whose sentence names its places province by province, split into one report a province."""
    if detection.type not in _SPLIT_TYPES or detection.scene is not None:
        return [detection]
    after = [
        m for m in mentions if m.kind == "place" and m.key in detection.places and m.span.start >= detection.trigger.end
    ]
    groups = _province_groups(body, after, gazetteer)
    if groups is None or len(groups) < _PROVINCES:
        return [detection]
    cuts = [sentence.start, *(group[-1].span.end for group in groups[:-1]), sentence.end]
    parts = [Span(a, b) for a, b in itertools.pairwise(cuts)]
    keys = [tuple(dict.fromkeys(m.key for m in group)) for group in groups]
    return [replace(detection, places=k, scene=p) for p, k in zip(parts, keys, strict=True)]


def _province_groups(body: str, places: Sequence[Mention], gazetteer: Gazetteer) -> list[list[Mention]] | None:
    """The place mentions in runs of one province each, told by the places after "in"; None when a province comes
    back or spots are left with no place after them."""
    groups: list[list[Mention]] = []
    provinces: list[str] = []
    pending: list[Mention] = []
    for m in places:
        province = _province(m.key, gazetteer)
        if province is None or not _IN.search(body, max(0, m.span.start - _IN_REACH), m.span.start):
            pending.append(m)  # a spot of the list: it lies where the next "in" says
            continue
        if provinces and provinces[-1] == province:
            groups[-1].extend([*pending, m])
        elif province in provinces:
            return None  # a province told twice: the sentence does not go province by province
        else:
            groups.append([*pending, m])
            provinces.append(province)
        pending = []
    if pending:
        return None  # spots last, with no place told after them
    return groups


def _province(key: str, gazetteer: Gazetteer) -> str | None:
    """The governorate a known place is, or lies in; None for a place the gazetteer lacks or one above provinces."""
    if key not in gazetteer:
        return None
    if gazetteer.get(key).cls == "Governorate":
        return key
    return next((a for a in gazetteer.ancestors(key) if gazetteer.get(a).cls == "Governorate"), None)
