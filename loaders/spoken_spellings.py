"""Names written as they are spoken: a village's name in the Levant's speech, as local outlets write it, against its
written transliteration in the tables (twenty-second session, helper places11).

Levantine speech drops the short vowel of an open first syllable ("Hweja" for Huwayjah, "Tkad" for Taqad, "al-Hwash"
for al-Hawash), turns the diphthongs "ay" and "aw" into long "e" and "o" ("Ruweiha" for Ruwayhah, "al-Muzara" for
Mawzarah), and writers give a short vowel as any of "a", "e" or "i" ("Iblin" for Ablin, "Enkawi" for `Ankawi). The
consonants stay: "w" and "y" among them where they are consonants (between vowels, or a vowel's glide "Balion" for
Balyun), not where they close a diphthong. So two spellings of one name share their consonants in order and differ
by a vowel or two. `fuzzy_places.skeleton` drops "w" and "y" everywhere and so leaves three letters or fewer for most
such names, too short to trust; `fuzzy_places.sound` keeps every vowel, so one dropped or changed vowel misses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Consonants this many or more: "Tkad" (t-k-d) and "Hweja" (h-w-j) are enough beside the places the article names.
MIN_CONSONANTS = 3
# Vowels that may differ, each dropped, added or changed: "Hweja" and "Huwayjah" differ by one (the "u" dropped).
MAX_VOWEL_EDITS = 2
# A written diphthong is never a plain "a": "Baynin" is no Banin.
NEVER = MAX_VOWEL_EDITS + 1

_SPOKEN = (
    (re.compile(r"[`'’ʿʾ]"), ""),
    (re.compile(r"(?<=[aeiou])h\b"), ""),  # the ta marbuta: "Ruwayhah" and "Ruweiha"
    (re.compile(r"th|dh"), "t"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"kh|q|c"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"sh"), "x"),  # shin and sin are two letters no writer swaps: "Hasanah" is no Hashshun
    # a diphthong before a consonant or the word's end, which speech makes a long vowel: "Dayr" and "Deir" (E),
    # "Mawzarah" and "Muzara" (O)
    (re.compile(r"(?:ay|ai|ei|ey)(?![aeiouy])"), "E"),
    (re.compile(r"(?:aw|ow)(?![aeiouw])"), "O"),
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"ee"), "i"),
    # a vowel's glide written with a vowel letter: "Balion" is Balyun
    (re.compile(r"(?<=[a-z])i(?=[aeiou])"), "y"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"[^a-zEO]"), ""),
)
_VOWELS = re.compile(r"[aeiouEO]")
# vowels one sound: "e" and the diphthong "ay" as speech says it, "o", "u" and "aw"
_ONE_SOUND = ({"e", "E"}, {"o", "u", "O"})


def spoken(name: str) -> str:
    """A name's letters as speech gives them (the name in lower case, its article already dropped): "E" and "O"
    for the diphthongs "ay" and "aw", "x" for "sh".

    >>> spoken("ruweiha") == spoken("ruwayhah"), spoken("balion"), spoken("balyun")
    (True, 'balyon', 'balyun')
    >>> spoken("hweja"), spoken("huwayjah"), spoken("muzara"), spoken("mawzarah")
    ('hweja', 'huwEja', 'muzara', 'mOzara')
    """
    text = name
    for pattern, replacement in _SPOKEN:
        text = pattern.sub(replacement, text)
    return text


def consonants(name: str) -> str:
    """A name's consonants in order, "w" and "y" among them where speech keeps them ("hwj" for Hweja and Huwayjah);
    the name in lower case, its article dropped."""
    return _VOWELS.sub("", spoken(name))


def spoken_alike(label: str, candidates: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Of the candidates (key -> names; each name, like the label, in lower case without its article), those with
    the label's consonants whose name is the label but for at most MAX_VOWEL_EDITS vowels, with their fewest edits."""
    mine = spoken(label)
    shape = _VOWELS.sub("", mine)
    if len(shape) < MIN_CONSONANTS:
        return {}
    opens = _opens_on_vowel(mine)
    edits: dict[str, int] = {}
    for key, names in candidates.items():
        for name in names:
            theirs = spoken(name)
            # a vowel that opens a name is a hamza or an ayn, a consonant in Arabic: "al-Assadiya" is no Sa`diyah
            if _VOWELS.sub("", theirs) != shape or _opens_on_vowel(theirs) != opens:
                continue
            n = _vowel_edits(mine, theirs)
            if n <= MAX_VOWEL_EDITS:
                edits[key] = min(n, edits.get(key, n))
    return edits


def _opens_on_vowel(spelling: str) -> bool:
    """Whether a spoken spelling opens on a vowel."""
    return _VOWELS.match(spelling) is not None


def _vowel_edits(a: str, b: str) -> int:
    """Edits between two spellings with the same consonants: the vowels dropped, added or changed between them."""
    previous = [0]
    for cb in b:
        previous.append(previous[-1] + _dropped(cb))
    for ca in a:
        current = [previous[0] + _dropped(ca)]
        for j, cb in enumerate(b, 1):
            current.append(
                min(previous[j] + _dropped(ca), current[j - 1] + _dropped(cb), previous[j - 1] + _changed(ca, cb))
            )
        previous = current
    return previous[-1]


def _dropped(letter: str) -> int:
    """The cost of a letter one spelling has and the other lacks: one for a short vowel, NEVER for a diphthong ("Baynin"
    is no "Banin") or a consonant."""
    return 1 if letter in "aeiou" else NEVER


def _changed(a: str, b: str) -> int:
    """The cost of writing one vowel (or consonant) for another: nothing for one sound, NEVER for a diphthong
    against "a" or for two consonants, else one."""
    if a == b or any(a in same and b in same for same in _ONE_SOUND):
        return 0
    if not (_VOWELS.match(a) and _VOWELS.match(b)):
        return NEVER
    return NEVER if {a, b} & {"E", "O"} and "a" in (a, b) else 1
