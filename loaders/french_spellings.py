"""Place-name words as French transliteration writes them, keyed as English writes them: "Chaddadi", "Soueida".

AFP's and Le Monde's English copy, and translations from French, keep French letters for Arabic sounds: "ch" for
"sh" ("Qamichli", "Khan Cheikhoun", "Jisr al-Choughour") and "ou" before a vowel for the glide "w" ("Soueida" is
"Sweida"). Only the place keys of `spelling_index` use this (`town_key`), as they use `glide_spellings`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.aliases import plain

# Arabic has no "ch" sound: in a Syrian place name written with "ch" it is the French "sh" ("Chaddadi").
_FRENCH_SH = re.compile(r"ch")
# "ou" before "e" or "i" after a consonant is the French glide "w" ("Soueida", "Chouefat"). Not before "a":
# "Fouaa" and "Mouadamiya" write a "u" and then an ayn (the thirty-third session's broader "uw" broke them).
_FRENCH_W = re.compile(r"(?<=[b-df-hj-np-tv-z])ou(?=[ei])")


@lru_cache(maxsize=200_000)  # called for every word of every name keyed, as `glide_spellings.glides_written` is
def english_spelt(surface: str) -> str:
    """A word without accents or case, with the French letters for "sh" and for a glide "w" written as English does.

    >>> english_spelt("Chaddadi"), english_spelt("Soueïda"), english_spelt("Qamichli"), english_spelt("Fouaa")
    ('shaddadi', 'sweida', 'qamishli', 'fouaa')
    >>> english_spelt("Douma"), english_spelt("Sheikh")
    ('douma', 'sheikh')
    """
    return _FRENCH_W.sub("w", _FRENCH_SH.sub("sh", plain(surface)))
