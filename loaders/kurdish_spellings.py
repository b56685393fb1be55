"""Place-name words in Kurdish and Turkish Latin letters, read as English writes them: "Qamişlo", "Şêx Meqsûd".

Hawar (ANHA), Anadolu and Kurdish outlets keep the letters of Kurdish and Turkish orthography in English copy: "ş" is
"sh", "ç" is "ch", and in a word so written "c" is "j" ("Cindirês" is Jindires) and "x" is "kh" ("Şêx" is Sheikh);
"ê", "û", "î" are long vowels, which the keys ignore anyway. The gazetteer's own transliterations write "ş" for the
emphatic "s" ("Buşrá", "Şalākhid"), so only text words are read so, and only when one of these letters shows the
orthography: a plain "c" or "x" in an English or French spelling ("Crac", "Aix") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.aliases import plain

# Letters no English or Arabic transliteration uses, which show a word is written in Kurdish or Turkish orthography.
_KURDISH_LETTERS = re.compile("[şçêûîŞÇÊÛÎ]")
_AS_ENGLISH = str.maketrans({"c": "j", "x": "kh", "ş": "sh", "ç": "ch"})


def kurdish_read(surfaces: Sequence[str]) -> list[str] | None:
    """The words with those written in Kurdish or Turkish letters spelt as English does, or None when none is.

    >>> kurdish_read(["Qamişlo"]), kurdish_read(["Şêx", "Meqsûd"]), kurdish_read(["Cindirês"])
    (['qamishlo'], ['shekh', 'meqsud'], ['jindires'])
    >>> kurdish_read(["Crac", "des", "Chevaliers"]), kurdish_read(["Minbic"])
    (None, None)
    """
    if not any(_KURDISH_LETTERS.search(word) for word in surfaces):
        return None
    return [plain(word.lower().translate(_AS_ENGLISH)) if _KURDISH_LETTERS.search(word) else word for word in surfaces]
