"""A place name left local read as the one settlement of its area that transliterates the same Arabic name.

English copy writes one Arabic name many ways: a ghayn between vowels dropped ("Maaret" for Magharat), "ou", "u",
"w" and "ei", "ay", "ee", "i" for the same vowels and glides ("Oweijel" `Uwayjil, "Housis" Huwaysis), "j" for
"tch" or "ch" ("Joban Bai" Tchoban Bey), a letter doubled or not, the article joined or apart, the ending "-eh",
"-ah" or "-a". The consonants stay; what changes is how the vowels between them are written. A name whose
consonants and vowel places agree with exactly one settlement where the text puts it (its own phrase, else the
province that opens its sentence) is that settlement (thirty-seventh session, helper spell37).
"""

from __future__ import annotations

import re

from loaders import namesakes, open_province, own_phrase, stated_bearings
from loaders.fuzzy_places import opens_alike, same_sibilants, sound
from loaders.gazetteer import Gazetteer
from loaders.landform_names import same_landform
from loaders.model import Mention
from loaders.place_lookup import bare, district, governorate, one_place, place_index
from loaders.sided_readings import relinked

# the shortest variant kept: consonants and vowel places together ("hVsVs" is five); four with the name's own phrase
MIN_SHAPE = 5
MIN_OWN_SHAPE = 4

_VARIANTS = (
    (re.compile(r"[`'’ʿʾ]"), ""),  # the ayn and hamza marks, which news copy drops
    (
        re.compile(r"^al(?=[b-df-hj-np-tv-z][a-z]{2})|(?<=\w\s)al(?=[a-z]{3})"),
        "",
    ),  # glued ("Alrastan", "Maaret Alartiq")
    (re.compile(r"t?ch"), "j"),  # jim written as French and Turkish do ("Tchoban")
    (re.compile(r"(?<=[aeiou])gh(?=[aeiou])"), ""),  # ghayn between vowels, dropped in copy ("Maaret" Magharat)
    (
        re.compile(r"(?<=[aeiou])w(?=[aeiou])"),
        "",
    ),  # "w" between vowels, a glide ("Huwaysis", "Housis"); "iya" keeps its y
    (re.compile(r"(?<=[aeiou])[wy](?![aeiou])"), ""),  # a diphthong's glide ("Bey", "Bai"; "Uway", "Owei")
    (re.compile(r"(?<=[aeiou])h\b"), ""),  # the ta marbuta: "-eh", "-ah", "-a" one ending
    (re.compile(r"([b-df-hj-np-tv-z])\1+"), r"\1"),  # doubled consonants single
    (re.compile(r"[^a-z]"), ""),
)
# a list of a city's quarters up to the name: "the neighborhoods of Bustan al-Qasr al-Kallaseh al-Ameriyeh"
_QUARTERS_OF = re.compile(r"\b(?:neighbou?rhoods?|quarters?)\s+of\s+(?:(?:[A-Z][\w'`’-]*+|al-[\w'`’-]++|and|,)\s*+)*+$")
_VOWELS = re.compile(r"[aeiou]+")
# an ayn closing a syllable ("Sa`d"): writers render it as a vowel ("Saad"), so the vowel places tell nothing
_AYN_CLOSING = re.compile(r"[`'’ʿʾ](?![aeiou])")
# what a vowel group opens with, as writers swap them: "o" is "u", "e" stands for a fatha or a kasra alike
_OPENING = {"a": "a", "i": "i", "u": "u", "o": "u", "e": ""}


def variant(name: str) -> str:
    """A name's consonants and vowel places, as transliterations of one Arabic name share them.

    >>> variant("Joban Bai") == variant("Tchoban Bey"), variant("Maaret Alartiq") == variant("Magharat al Artiq")
    (True, True)
    >>> variant("Housis") == variant("Huwaysis"), variant("Abu Lefeh") == variant("Abu Laffah")
    (True, True)
    """
    return _VOWELS.sub("V", _spelt(name))


def _spelt(name: str) -> str:
    """A name with the transliteration's letters evened out, its vowels as written."""
    text = bare(name)
    for pattern, replacement in _VARIANTS:
        text = pattern.sub(replacement, text)
    return text


def vowels_agree(name: str, label: str) -> bool:
    """Whether each vowel group of two names of one variant opens alike ("Abdin" is no Abdun; "Lefeh" may be Laffah)."""
    return all(
        not (x := _OPENING[a[0]]) or not (y := _OPENING[b[0]]) or x == y
        for a, b in zip(_VOWELS.findall(_spelt(name)), _VOWELS.findall(_spelt(label)), strict=True)
    )


def spelt_variants(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each local place whose transliteration variant is that of exactly one settlement in the area its own phrase
    names (else the province that opens its sentence) becomes that settlement; a quarter stays local."""
    quarters = namesakes.called_quarters(body, per_sentence)
    listed_quarters = {
        m.key
        for found in per_sentence
        for m in found
        if m.kind == "place" and not m.linked and _QUARTERS_OF.search(body, max(0, m.span.start - 200), m.span.start)
    }
    listed_quarters |= _listed_with_quarters(body, per_sentence, gazetteer)
    anchors = own_phrase.anchors(per_sentence, body, gazetteer)
    spans = {m.span: m.key for found in per_sentence for m in found if m.kind == "place" and not m.linked}
    bearings: dict[str, list[tuple[str, str]]] = {}
    for span, stated in stated_bearings.stated(per_sentence, body, gazetteer).items():
        if span in spans:
            bearings.setdefault(spans[span], []).append(stated)
    scenes = open_province.scene_anchors(per_sentence, body, gazetteer)
    resolved: dict[str, str] = {}
    for key, (kind, label) in sorted(local_entities.items()):
        if kind != "place" or key in quarters or key in listed_quarters:
            continue
        if key in anchors and len(variant(label)) >= MIN_OWN_SHAPE:
            area = _area(gazetteer, *anchors[key])
        elif key in scenes and key not in anchors and len(variant(label)) >= MIN_SHAPE:
            area = scenes[key]
        else:
            continue  # no cue from the text where the name lies: the article's other places are no such cue
        found = _candidates(gazetteer, label, area) if area else []
        # a stated bearing the candidate must be seen to keep ("al-Bureij northeast of Aleppo" is no Burayj to its west)
        found = [k for k in found if all(stated_bearings.side(gazetteer, k, *b) > 0 for b in bearings.get(key, ()))]
        if len(found) == 1:
            resolved[key] = found[0]
    return relinked(per_sentence, local_entities, resolved)


def _area(gazetteer: Gazetteer, land: str, bearing: bool) -> str | None:
    """The area a name's own phrase puts it in: a town's district (its governorate if by a bearing), or the district
    or governorate named."""
    if gazetteer.get(land).cls != "Settlement":
        return land
    return governorate(gazetteer, land) if bearing else district(gazetteer, land)


def _candidates(gazetteer: Gazetteer, label: str, area: str) -> list[str]:
    """The settlements of the label's variant in the area, opening and hissing alike, namesakes close by as one."""
    return one_place(
        gazetteer,
        [
            k
            for k in place_index(gazetteer, variant).get(variant(label), ())
            if area in gazetteer.ancestors(k)
            and gazetteer.get(k).cls == "Settlement"
            and same_landform(gazetteer, k, label)
            and opens_alike(gazetteer, k, label)
            and same_sibilants(gazetteer, k, label)
            and any(_variant_of(name, label) for name in (gazetteer.get(k).label, *gazetteer.get(k).aliases))
        ],
    )


def _variant_of(name: str, label: str) -> bool:
    """Whether a place's name is the label as another transliteration writes it: the variant and the vowels agree, no
    ayn closes a syllable, and it is no mere sound-alike (those the earlier readings weighed and may have refused)."""
    return (
        variant(name) == variant(label)
        and not _AYN_CLOSING.search(name.lower())
        and sound(name) != sound(label)
        and vowels_agree(name, label)
    )


def _listed_with_quarters(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """The local places of a list that holds a quarter the tables put in a city: that city's quarters, no village
    ("al-Midan, al-Ashrafiyeh and al-Aziziyeh in Aleppo"; the list `namesakes.far_namesakes` made local, kept so)."""
    lists = namesakes.place_lists(body, per_sentence, gazetteer)
    return {m.key for listed, cities in lists if cities for m in listed if not m.linked}
