"""Syria's known towns found by how their names sound, for spellings nobody listed ("Khan Sheikhoun", "Sweida").

Wires spell one Arabic name many ways, mostly in its vowels: a town is looked up by the vowel key of its name's
words (`aliases.name_key`), else by the consonants alone (a vowel dropped: "Khneifes"). A key another entity's name
has says nothing, and is left out (docs/extraction.md, "Mentions", fourteenth session).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from loaders.aliases import fold, is_acronym, name_key, name_tokens, plain
from loaders.french_spellings import english_spelt
from loaders.glide_spellings import glides_written
from loaders.kurdish_spellings import kurdish_read
from loaders.name_forms import article_forms
from loaders.reference_tables import Entity

VOWEL_KEY_CONSONANTS = 3  # a known town is found by its vowel key only when the name has this many consonants
SHORT_KEY_CONSONANTS = 2  # or this many, when no other entity at all (a village included) has that key ("Atme")
# a village (no known town) is found by the vowel key of a name of two words or more with this many consonants
VILLAGE_KEY_CONSONANTS = 5
SKELETON_LETTERS = 4  # a known town is found by its consonants alone (a vowel dropped) from this many letters on
# A governorate's forms with a unit word ("Idleb province") are keyed too; the unit itself is never a town.
UNIT_FORM_WORDS = frozenset(fold(w) for w in ("province", "governorate", "countryside"))
NOT_TOWNS = frozenset({"Country", "NaturalRegion", "Governorate", "District"})
# Armed groups' names are Arabic ones spelt many ways ("Hizbollah", "Jebhat al-Nosra"); persons' given names collide
# with each other ("Hassan", "Hussein") and states' or outlets' names with English words, so only these are keyed.
SPELT_ACTOR_CLASSES = frozenset({"NonStateArmedGroup"})
# English words that open a capitalised window at a sentence's start ("In Daraa"): read by their vowels alone they
# are a name's first word ("In" has the key of "Ain", so "In Daraa" was Ain Dara in Afrin). An Arabic article the
# gazetteer's names spell like an English word ("An", "As", "At") is left out: "As Sweida" is a spelling.
ENGLISH_OPENERS = frozenset(fold(w) for w in ("in", "on", "of", "to", "by", "for", "from", "into", "and", "or", "the"))


# Words that open a place name and that wires glue to the next one: "Kafrzita", "Kafrtakharim", "Tallrifaat".
GLUED_OPENERS = frozenset(
    name_key([w])[0] for w in ("kafr", "tal", "tell", "deir", "beit", "ain", "jisr", "khan", "maarat")
)


@dataclass(frozen=True)
class IndexedName:
    """What the index needs of one name the gazetteer indexes: whose it is, how well known, and its words."""

    key: str
    kind: str
    tier: int
    words: tuple[str, ...]


@dataclass
class SpellingIndex:
    """Known towns by the vowel key of their names, and by those keys' consonants."""

    by_vowels: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    by_skeleton: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    actors: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    villages: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    glued: set[tuple[str, ...]] = field(default_factory=set)  # the keys `add_glued` made

    def owners(self, surfaces: Sequence[str]) -> set[str]:
        """The known towns whose names have these words' vowel key, else their consonants alone; words in Kurdish or
        Turkish letters read as English spells them first ("Qamişlo")."""
        for words in (kurdish_read(surfaces), surfaces):
            if words is None:
                continue
            key = town_key(words)
            vowels = self.by_vowels.get(key) if key not in self.glued or glued_spelt(words) else None
            found = vowels or self.by_skeleton.get(skeleton(key))
            if found:
                return found
        return set()

    def village_owners(self, surfaces: Sequence[str]) -> set[str]:
        """The villages whose names of two words or more have these words' vowel key (Kurdish letters as above)."""
        kurdish = kurdish_read(surfaces)
        return (kurdish and self.villages.get(town_key(kurdish))) or self.villages.get(town_key(surfaces), set())

    def actor_owners(self, surfaces: Sequence[str]) -> set[str]:
        """The armed groups whose capitalised names have these words' vowel key."""
        return self.actors.get(name_key(surfaces), set())


def build(
    towns: Iterable[Entity],
    governorate_forms: Iterable[IndexedName],
    names: Iterable[IndexedName],
    homes: Mapping[str, frozenset[str]] | None = None,
) -> SpellingIndex:
    """Index the towns' names and the governorates' unit forms; drop a key that another entity's name has, unless
    that entity is the district or governorate the towns lie in (`homes`: town key -> keys of the places around it)."""
    homes = homes or {}
    index = SpellingIndex()
    short: set[tuple[str, ...]] = set()
    for entity in towns:
        for alias in (entity.label, *entity.aliases):
            key = town_key(name_tokens(alias)[1])
            letters = consonants(key)
            if letters >= SHORT_KEY_CONSONANTS:
                index.by_vowels.setdefault(key, set()).add(entity.key)
                if letters < VOWEL_KEY_CONSONANTS:
                    short.add(key)  # few letters left to tell: any other entity's name is a collision
            if sum(map(len, skeleton(key))) >= SKELETON_LETTERS:
                index.by_skeleton.setdefault(skeleton(key), set()).add(entity.key)
            for pausal in _pausal_keys_of(alias):
                index.by_vowels.setdefault(pausal, set()).add(entity.key)
    for form in governorate_forms:
        index.by_vowels.setdefault(town_key(form.words), set()).add(form.key)
    for n in names:
        key = town_key(n.words)
        owners = index.by_vowels.get(key, set())
        # the towns' own governorate or district ("Hesake" for Hasakah) takes no key: the town ranks first, as by name
        colliding = n.kind == "actor" or n.tier >= 1 or key in short
        if owners and n.key not in owners and colliding and not _home_of_all(n, owners, homes):
            index.by_vowels.pop(key)  # an actor or another town has that spelling: the key says nothing
        bones = index.by_skeleton.get(skeleton(key), set())
        if bones and n.key not in bones and not _home_of_all(n, bones, homes):
            index.by_skeleton.pop(skeleton(key))  # any other entity's consonants: too loose to tell
    return index


def add_glued(index: SpellingIndex) -> None:
    """Key a town's or village's two-word name that opens on a name word also by its words glued ("Kafrzita" is Kafr
    Zita), when one place owns the two words' key and the glued key is no other name's."""
    glued: dict[tuple[str, ...], set[str]] = {}
    for keys in (index.by_vowels, index.villages):
        for key, owners in keys.items():
            if len(key) == 2 and key[0] in GLUED_OPENERS and len(owners) == 1:
                glued.setdefault(("".join(key),), set()).update(owners)
    for key, owners in glued.items():
        if len(owners) == 1 and key not in index.by_vowels:
            index.by_vowels[key] = owners
            index.glued.add(key)


# How wires spell the opening name words they glue: a glued key is taken only by a word that opens so. The vowel key
# alone lets foreign names in: "Andorra" has the key of "Ain Dara" glued (review reread34b).
_GLUED_SPELT = re.compile(
    r"(?i)(?:k[aeiou]?f[aeiou]?r|[tT][aeiy]ll?|d(?:ei|ay|ai|ie|e)r|b[ae][iy]?t|[ae][iy]n|jis+e?r|khan|ma['’]?a?r+[ae]t)"
)


def glued_spelt(surfaces: Sequence[str]) -> bool:
    """Whether a word opens on a spelling of a name word that wires glue to the next ("Kafrzita", "Tallrifaat")."""
    return len(surfaces) == 1 and _GLUED_SPELT.match(surfaces[0]) is not None


def _home_of_all(name: IndexedName, towns: set[str], homes: Mapping[str, frozenset[str]]) -> bool:
    """Whether the name is a place's that every one of the towns lies in (their district or governorate)."""
    return name.kind == "place" and all(name.key in homes.get(town, ()) for town in towns)


def add_villages(index: SpellingIndex, villages: Iterable[Entity], names: Iterable[IndexedName]) -> None:
    """Key the villages' names of two words or more and VILLAGE_KEY_CONSONANTS consonants by their vowels ("Tel
    Helaf" is Tall Halaf); drop a key that two villages or any other entity's name has: a namesake anywhere, in
    another governorate too, leaves the spelling unread."""
    for entity in villages:
        for alias in (entity.label, *entity.aliases):
            for key in (town_key(name_tokens(alias)[1]), *_pausal_keys_of(alias)):
                if len(key) >= 2 and consonants(key) >= VILLAGE_KEY_CONSONANTS:
                    index.villages.setdefault(key, set()).add(entity.key)
    for key in [k for k, owners in index.villages.items() if len(owners) > 1]:
        index.villages.pop(key)
    for n in names:
        owners = index.villages.get(town_key(n.words), set())
        if owners and n.key not in owners:
            index.villages.pop(town_key(n.words))


def add_actors(index: SpellingIndex, actors: Iterable[Entity], names: Iterable[IndexedName]) -> None:
    """Key the armed groups' capitalised names by their vowels; drop a key another actor's or a town's name has
    (a village's does not count, as for towns: "Dush" is no reading of "Daesh")."""
    for entity in actors:
        for alias in (entity.label, *entity.aliases):
            words = name_tokens(alias)[1]
            if not words or any(not w[:1].isupper() or is_acronym(w) for w in words):
                continue  # "Party of God", "IS": English words and acronyms are spelt one way
            key = name_key(words)
            if consonants(key) >= VOWEL_KEY_CONSONANTS:
                index.actors.setdefault(key, set()).add(entity.key)
    for n in names:
        owners = index.actors.get(name_key(n.words), set())
        if owners and n.key not in owners and (n.kind == "actor" or n.tier >= 1):
            index.actors.pop(name_key(n.words))  # a town or another actor has that spelling: it says nothing


def town_key(surfaces: Sequence[str]) -> tuple[str, ...]:
    """A place name's vowel key with qaf written "k" as "q" ("Kamishli" is Qamishli, "Kardaha" Qardaha), its French
    letters written as English does (`french_spellings`: "Qamichli").

    >>> town_key(["Kamishli"]) == town_key(["Qamishli"]), town_key(["Kardaha"]) == town_key(["Qardaha"])
    (True, True)
    >>> town_key(["Qamichli"]) == town_key(["Qamishli"])
    True
    """
    return tuple(word.replace("q", "k") for word in name_key([english_spelt(s) for s in surfaces], glides_written))


def consonants(key: tuple[str, ...]) -> int:
    """How many consonant letters a vowel key has."""
    return len(re.sub("[aeiou]", "", "".join(key)))


def skeleton(key: tuple[str, ...]) -> tuple[str, ...]:
    """A vowel key's consonants alone: "Khneifes" and "Khunayfis" drop different vowels."""
    return tuple(word.replace("a", "") for word in key)


# Ta marbuta: a word ending in "-at" before the word it governs is read "-a" at a pause, and wires often write that
# form in the construct too ("Maara al-Numan" for Ma`arrat al-Nu`man, "Abda al-Sheikh" for `Abdat ash Shaykh). A
# short "a" or "e" after a consonant (a "y" before it one too: "Qaryat"), then "t", in a word of five letters or more
# ("Bayt" and "Sabt" never end so). Twentieth session (helper spellings).
_CONSTRUCT_ENDING = re.compile(r"[^aeiouw][ae]t$")
PAUSAL_LETTERS = 5


def _pausal_keys_of(alias: str) -> set[tuple[str, ...]]:
    """The pausal keys of a name as written and with its spaced articles hyphenated ("Aqabat ar-Rummanah")."""
    return {key for form in article_forms(alias) for key in pausal_keys(name_tokens(form)[1])}


def pausal_keys(surfaces: Sequence[str]) -> list[tuple[str, ...]]:
    """A name's vowel keys with one word before another read at a pause, its ta marbuta's "t" dropped.

    >>> pausal_keys(["Maarrat", "al-Numan"]) == [town_key(["Maara", "al-Numan"])], pausal_keys(["Bayt", "Jinn"])
    (True, [])
    """
    key = town_key(surfaces)
    if len(key) != len(surfaces):
        return []  # an article set apart: the words and the key do not line up
    found = []
    for index, word in enumerate(surfaces[:-1]):
        letters = plain(word)
        if len(letters) >= PAUSAL_LETTERS and _CONSTRUCT_ENDING.search(letters) and key[index].endswith("t"):
            found.append((*key[:index], key[index][:-1], *key[index + 1 :]))
    return found
