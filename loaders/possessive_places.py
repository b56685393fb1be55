"""A respelt town written as the owner of its parts: "Zabadany's western countryside", "Chaddadi's outskirts"."""

from __future__ import annotations

import itertools

from loaders.aliases import Token, fold


def _words(text: str) -> frozenset[str]:
    """The words of a text folded as tokens' norms are ("countryside" meets "cuntryside")."""
    return frozenset(fold(w) for w in text.split())


APOSTROPHE_ENDINGS = ("'s", "’s")
# A town's parts: what "X's" names a place by ("Zabadany's western countryside", "Qamishly's southern suburbs").
PLACE_PARTS = _words(
    "countryside outskirts suburbs suburb surroundings environs neighbourhoods neighborhoods districts outlying "
    "villages farmland farms hinterland periphery countrysides"
)
# A side word between the owner and its part: "Zabadany's western countryside".
SIDE_WORDS = _words(
    "northern southern eastern western northeastern northwestern southeastern southwestern north-eastern "
    "north-western south-eastern south-western rural surrounding nearby"
)


def possessive_stripped(surfaces: list[str]) -> tuple[list[str], int]:
    """The words with the last one's apostrophe possessive taken off, and how many characters that takes off (the bare
    "s" FA-KES left is not taken: "Hamas" is no Hama's).

    >>> possessive_stripped(["Zabadany's"]), possessive_stripped(["Khan", "Cheikhoun’s"])
    ((['Zabadany'], 2), (['Khan', 'Cheikhoun'], 2))
    >>> possessive_stripped(["Hamas"])
    (['Hamas'], 0)
    """
    last = surfaces[-1]
    if last.endswith(APOSTROPHE_ENDINGS) and len(last) > len(APOSTROPHE_ENDINGS[0]) + 2:
        return [*surfaces[:-1], last[:-2]], 2
    return surfaces, 0


def owns_place_part(tokens: list[Token], i: int, body: str) -> bool:
    """Whether the word at i is a possessive, its apostrophe written, owning a part of a place right after it
    ("Chaddadi's outskirts", "Zabadany's western countryside"): where a place stands.

    >>> from loaders.aliases import tokenize
    >>> text = "struck Chaddadi's outskirts and Morek's western countryside, not Hasan's men"
    >>> tokens = tokenize(text)
    >>> [owns_place_part(tokens, j, text) for j in (1, 4, 8)]
    [True, True, False]
    """
    if not tokens[i].surface.endswith(APOSTROPHE_ENDINGS):
        return False
    j = i + 1
    if j < len(tokens) and tokens[j].norm in SIDE_WORDS:
        j += 1
    if j >= len(tokens) or tokens[j].norm not in PLACE_PARTS:
        return False
    return all(not body[a.end : b.start].strip(" -") for a, b in itertools.pairwise(tokens[i : j + 1]))
