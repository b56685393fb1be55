"""The Arabic feminine ending (ta marbuta) as a construct state writes it: "-at" for the tables' "-ah".

The ending is silent ("-ah", "-a", "-eh") at a name's end but sounded "t" when another word follows it in a construct
("Ma`arrat an Nu`man", "Qaryat ...", "Jamiyat al-Zahra"), and local writers carry that "t" to the end of a name
("al-Zakat" for az-Zakah, "Maarat" for Ma`arrah). `fuzzy_places` keeps consonants, so the "t" breaks every match it
tries; this is the name read again with the ending the tables write (twenty-third session, helper places23).
"""

from __future__ import annotations

import re

# the name's last word ends in a consonant (or its pair), then "a" or "e", then "t": "Zakat", "Maarat", "Sfeiret";
# the vowel-less "Zakt" or a long "-aat" ("Sheitaat", a plural) are not the ending
_CONSTRUCT_ENDING = re.compile(r"(?<=[A-Za-z]{2})(?<![aeiouAEIOU])([ae])t$")


def as_ta_marbuta(label: str) -> str:
    """The label with a last word's "-at" or "-et" written "-ah" or "-eh"; else the label as it is.

    >>> as_ta_marbuta("al-Zakat"), as_ta_marbuta("Maarat"), as_ta_marbuta("al-Sheitaat"), as_ta_marbuta("Hama")
    ('al-Zakah', 'Maarah', 'al-Sheitaat', 'Hama')
    """
    return _CONSTRUCT_ENDING.sub(r"\1h", label)
