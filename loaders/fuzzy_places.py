"""A second chance for local places: a name the gazetteer missed may be a transliteration of one it has.

"the Daatur district" of Latakia is the gazetteer's "Ad Da'thur", "Kefarnaha" west of Aleppo its "Kafr Naha".
Names are compared by their consonant skeleton (articles, vowels, apostrophes, doubled letters and spelling
variants of the same Arabic letter dropped), and a match is taken only when the context confirms it: exactly one
gazetteer place with that skeleton lies in a district or town the article names, else in the district of a place
it names ("Kafr Awid" beside Khan Shaykhun is Kafr Uwayd), or, for a longer name, in a governorate it names. A
namesake elsewhere in Syria (there are dozens of "Tal al-Hawa") never wins, and without context nothing is linked.
The last steps, names as the Levant speaks them, are `spoken_places`; the lookups the readings share, `place_lookup`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from loaders.aliases import name_tokens
from loaders.construct_state import as_ta_marbuta
from loaders.gazetteer import Gazetteer
from loaders.landform_names import same_landform
from loaders.place_lookup import bare, district, governorate, near_any, one_place, place_index, towns_first
from loaders.side_words import side_after
from loaders.spoken_places import said_alike, spelling_of_named

# Shorter skeletons match too many villages to mean anything: four consonants are enough inside a district or town
# the article names, a governorate (hundreds of villages) takes five.
MIN_IN_DISTRICT = 4
MIN_IN_GOVERNORATE = 5
# A three-consonant skeleton is read only when one place in all of Syria has it and lies by a town the article names
# (twenty-eighth session, helper places28).
MIN_SHORT = 3
# A name this short is too easily a letter away from another village's: no spelling-distance match below it.
MIN_CLOSE_LETTERS = 5
VOWELS = frozenset("aeiou")

_SPELLINGS = (
    (re.compile(r"\b(?:kafr|kfar|kefar|kefr|kfr)"), "kfr"),
    (re.compile(r"\b(?:tall|tell|tal|tel)\b"), "tl"),
    (re.compile(r"([aeiou])h\b"), r"\1"),  # "Arnabah" and "Arnaba", "Zakiyeh" and "Zakiye"
    (re.compile(r"ou"), "u"),
    (re.compile(r"dj"), "j"),  # jim as French and Russian sources write it ("Djebel"; twentieth session)
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh?"), "k"),  # ghayn written "q" ("Habreh al-Qarbi") or "g" ("Shigour"), as qaf is "g" in speech
    (re.compile(r"dh|th"), "t"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"q|c"), "k"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1+"), r"\1"),  # before the vowels go: "Muman" keeps both m's, "Kinnsibba" is "Kinsiba"
    (re.compile(r"[aeiouyw'`’\-\s]"), ""),
)


def skeleton(name: str) -> str:
    """The consonant skeleton of a place name.

    >>> skeleton("Kefarnaha") == skeleton("Kafr Naha"), skeleton("Daatur") == skeleton("Ad Da'thur")
    (True, True)
    >>> skeleton("Khan Arnab") == skeleton("Khan Arnabah"), skeleton("Aleppo") == skeleton("Idlib")
    (True, False)
    """
    return _rewritten(name, _SPELLINGS)


def _rewritten(name: str, rules: Sequence[tuple[re.Pattern[str], str]]) -> str:
    """A name in lower case, its article dropped, rewritten by the rules in order."""
    text = bare(name)
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


_SOUNDS = (
    (re.compile(r"[`'’ʿʾ]"), ""),
    (re.compile(r"(?<=[aeiou])h\b"), ""),
    (re.compile(r"th|dh"), "t"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"kh|q|c"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"ee|e"), "i"),
    (re.compile(r"(?<=a)y(?![aeiou])"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    # the glide between vowels that one writes doubled and another drops: "Tayyibah" and "al-Tayba"
    (re.compile(r"(?<=[ai])y(?=[aei])"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"[^a-z]"), ""),
)


def sound(name: str) -> str:
    """A name's letters as transliterations blur them: vowels kept, but "e" is "i", "o" is "u", "th" is "t".

    >>> sound("Daatur") == sound("Ad Da`thur"), sound("Mare") == sound("Mari"), sound("Meles") == sound("Millis")
    (True, True, True)
    >>> sound("Tayyibah") == sound("al-Tayba"), sound("Hamidiyah") == sound("al-Hamidia")
    (True, True)
    >>> sound("al-Sakhour") == sound("Sukkari"), sound("Maghawir") == sound("Al Maghayir")
    (False, False)
    """
    return _rewritten(name, _SOUNDS)


def _unglued(label: str) -> str:
    """A label with an article glued to its first word set apart: "Alwaer" is al-Waer, "Alrastan" al-Rastan."""
    unglued = _GLUED_ARTICLE.sub("al-", label)
    # "Qibtan Aljabal" read apart: "the mountain" alone names no village
    return label if unglued[3:].lower() in _COMMON_NOUNS else unglued


# "Al" glued to a consonant and three letters or more: FA-KES outlets write "Alwaer", "Alrawda"
_GLUED_ARTICLE = re.compile(r"^Al(?=[b-df-hj-km-np-tv-z][a-z]{2,}\b)")
# words that name a kind of place, not one: "the mountain", "the valley", "the market"
_COMMON_NOUNS = frozenset(
    {"jabal", "jebel", "wadi", "balad", "sahl", "nahr", "madina", "madinah", "qarya", "souq", "suq"}
)


def folded(name: str) -> str:
    """A name as the matcher folds it, articles dropped ("Abu Hawadid" -> "abu hawadid")."""
    return " ".join(name_tokens(name)[0])


def resolve(
    gazetteer: Gazetteer, labels: Mapping[str, str], context: Iterable[str], sure: Collection[str] = ()
) -> dict[str, str]:
    """Local place key -> gazetteer key, for the local places (key -> label) that match exactly one gazetteer place
    inside the places the article names (`context`: gazetteer keys; `sure`: the local keys the text calls places, not
    a piece kept only if linked, which alone a three-consonant skeleton may link)."""
    named = {k for k in context if k in gazetteer and gazetteer.get(k).cls != "Country"}
    governorates = {g for g in (governorate(gazetteer, k) for k in named) if g}
    if not governorates:
        return {}
    districts = {d for d in (district(gazetteer, k) for k in named) if d}
    resolved: dict[str, str] = {}
    for local, written in labels.items():
        label = side_after(written)
        short = local in sure
        key = _one_reading(gazetteer, label, named, governorates, districts, short)
        construct = as_ta_marbuta(label)
        if key is None and construct != label:
            # "al-Zakat" is az-Zakah: the feminine ending written as a construct state pronounces it
            key = _one_reading(gazetteer, construct, named, governorates, districts, short)
        if key is not None:
            resolved[local] = key
    return resolved


def _one_reading(
    gazetteer: Gazetteer, label: str, named: set[str], governorates: set[str], districts: set[str], short: bool = False
) -> str | None:
    """The one gazetteer place a local label names in the article's context, by its name, its sound, its skeleton or
    its spoken consonants, in that order; else None."""
    # The very name (as folded for matching) of one place in a governorate the article names: however short.
    names = place_index(gazetteer, folded)
    same_name = one_place(
        gazetteer,
        towns_first(
            gazetteer,
            [k for k in names.get(folded(_unglued(label)), ()) if governorate(gazetteer, k) in governorates],
        ),
    )
    if len(same_name) > 1:
        # namesakes in two governorates a round-up names: the one near a town the article names ("Maan" of Hama,
        # not of Deir ez-Zor, where the villages named around it lie in Hama; twenty-fifth session)
        same_name = [k for k in same_name if near_any(gazetteer, k, named)]
    if len(same_name) == 1:
        return same_name[0]
    # A short name spelled the same but for the letters transliterations swap ("Daatur" Ad Da`thur, "Mare" Mari,
    # "al-Ghanto" Al Ghantu): one place of a district the article names.
    sounds_index = place_index(gazetteer, sound)
    alike = sounds_index.get(sound(label), ()) or _with_elided_vowel(gazetteer, sounds_index, label)
    sounds = towns_first(gazetteer, [k for k in alike if district(gazetteer, k) in districts])
    if len(sounds) != 1:
        # Across a governorate the context is looser: "s" and "sh" (two Arabic letters) must agree too
        # ("al-Sabaa" in Damascus is no Shab`a).
        sounds = towns_first(
            gazetteer,
            [k for k in alike if governorate(gazetteer, k) in governorates and same_sibilants(gazetteer, k, label)],
        )
    sounds = one_place(gazetteer, sounds)
    if len(sounds) == 1:
        return sounds[0]
    by_shape = _by_skeleton(gazetteer, label, named, governorates, districts, short)
    if by_shape is not None:
        return by_shape
    # the spoken reading reads a glued article apart: "Alzorba" is az-Zarbah, a vowel off (twenty-fifth session)
    said = said_alike(gazetteer, _unglued(label), named, districts)
    if len(said) != 1:
        said = spelling_of_named(gazetteer, _unglued(label), named)
    return said[0] if len(said) == 1 else None


def _by_skeleton(
    gazetteer: Gazetteer, label: str, named: set[str], governorates: set[str], districts: set[str], short: bool = False
) -> str | None:
    """The one place the label's consonant skeleton names in the article's context: a place or district it names, a
    district (the name opening alike), a governorate for a longer skeleton, a spelling a vowel or two away, a
    settlement within NEAR_KM of a named town; else None."""
    shape = skeleton(label)
    if len(shape) < MIN_IN_DISTRICT:
        return _short_skeleton(gazetteer, label, shape, named) if short and len(shape) >= MIN_SHORT else None
    candidates = [k for k in place_index(gazetteer, skeleton).get(shape, ()) if same_landform(gazetteer, k, label)]
    near = [k for k in candidates if named & {k, *gazetteer.ancestors(k)} - governorates]
    if len(near) != 1:
        near = [k for k in candidates if district(gazetteer, k) in districts and opens_alike(gazetteer, k, label)]
    if len(near) != 1 and len(shape) >= MIN_IN_GOVERNORATE:
        near = [k for k in candidates if governorate(gazetteer, k) in governorates]
    near = towns_first(gazetteer, near)
    if len(near) == 1:
        return near[0]
    close = towns_first(gazetteer, _close_spellings(gazetteer, label, governorates))
    if len(close) == 1:
        return close[0]
    nearby = towns_first(gazetteer, [k for k in candidates if near_any(gazetteer, k, named)])
    return nearby[0] if len(nearby) == 1 else None


def _short_skeleton(gazetteer: Gazetteer, label: str, shape: str, named: set[str]) -> str | None:
    """The one place a three-consonant skeleton names: the only place in Syria with it, lying within NEAR_KM of a town
    the article names ("Qudsaya" by Damascus is Qadsayya)."""
    candidates = [
        k
        for k in place_index(gazetteer, skeleton).get(shape, ())
        if gazetteer.in_syria(k) and same_landform(gazetteer, k, label)
    ]
    return candidates[0] if len(candidates) == 1 and near_any(gazetteer, candidates[0], named) else None


# Arabic opens no word on two consonants: a name written so right after its article lost the first vowel, elided in
# speech ("al-Shrafiyeh" is al-Ashrafiyeh; twenty-first session, helper places9)
_ARTICLE_BEFORE_PAIR = re.compile(r"(?:al|el)-(?=(?:sh|kh|th|dh|gh|[b-df-hj-np-tv-z])[b-df-hj-np-tv-z])", re.IGNORECASE)


def _with_elided_vowel(
    gazetteer: Gazetteer, sounds_index: Mapping[str, tuple[str, ...]], label: str
) -> tuple[str, ...]:
    """The places whose name sounds as the label with the elided "a" restored ("al-Shrafiyeh": Ashrafiyeh), none
    opening on an ʿayn, a consonant no writer elides ("al-Khraba" is no `Aqraba)."""
    if not _ARTICLE_BEFORE_PAIR.match(label):
        return ()
    found = sounds_index.get("a" + sound(label), ())
    return tuple(k for k in found if not gazetteer.get(k).label.startswith(("`", "ʿ", "‘")))


def same_sibilants(gazetteer: Gazetteer, key: str, label: str) -> bool:
    """Whether a name of the place has "sh" just when the label does."""
    has = "sh" in _letters(label)
    entity = gazetteer.get(key)
    return any(("sh" in _letters(name)) == has for name in (entity.label, *entity.aliases))


def opens_alike(gazetteer: Gazetteer, key: str, label: str) -> bool:
    """Whether a name of the place opens with a vowel just when the label does: "Umm Sharq" is no "al-Masharqeh"."""
    vowel = _letters(label)[:1] in VOWELS
    entity = gazetteer.get(key)
    return any((_letters(name)[:1] in VOWELS) == vowel for name in (entity.label, *entity.aliases))


def _close_spellings(gazetteer: Gazetteer, label: str, governorates: set[str]) -> list[str]:
    """Places of the named governorates whose name is the label but for a vowel or two ("Atareb" and "Atarib",
    "Sermin" and "Sarmin"): the same consonant skeleton, however short, and one edit for a short name, two from
    seven letters, the first letter kept."""
    mine = _letters(label)
    if len(mine) < MIN_CLOSE_LETTERS:
        return []
    shape = skeleton(mine)
    allowed = 1 if len(mine) < 7 else 2
    found = set()
    for governorate_key in governorates:
        for name, key in _by_governorate(gazetteer).get(governorate_key, ()):
            if (
                name[:1] == mine[:1]
                and abs(len(name) - len(mine)) <= allowed
                and edits(name, mine, allowed) <= allowed
                and skeleton(name) == shape
            ):
                found.add(key)
    return sorted(found)


def _letters(name: str) -> str:
    """A name's letters, articles dropped, lower case ("al-Atareb" -> "atareb")."""
    return re.sub(r"[^a-z]", "", bare(name))


@lru_cache(maxsize=4)
def _by_governorate(gazetteer: Gazetteer) -> Mapping[str, tuple[tuple[str, str], ...]]:
    """Governorate key -> (letters of a name, key) of its settlements and districts (built once per gazetteer)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for entity in gazetteer.entities():
        if entity.kind != "place" or entity.cls not in ("Settlement", "District"):
            continue
        home = governorate(gazetteer, entity.key)
        if home is None:
            continue
        for name in (entity.label, *entity.aliases):
            out.setdefault(home, set()).add((_letters(name), entity.key))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between a and b, or limit + 1 once it exceeds limit."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
