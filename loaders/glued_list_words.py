"""A list's word with its article glued on ("Urm Alqubra", "Seif Addawla") ends the name before it, as "al-" would."""

from __future__ import annotations

from collections.abc import Callable

from loaders.glued_articles import article_split

# a rest of three letters is too often a name of its own ("Assad")
MIN_REST_LETTERS = 4
# (start, end, word) of each word of a list's run, as `place_lists.name_pieces` reads them
Words = list[tuple[int, int, str]]


def glued_tail(word: str) -> bool:
    """Whether a word is an article glued to a word in lower case: "Alqubra", "Addawla"; not "Aleppo", "AlQamishli"."""
    rest = article_split(word)
    # the word's capital kept ("AlQamishli") is how writers glue an article to a name's first word, not its second;
    # a vowel after "Al" is more often an English name's ("Aleppo", "Alawite", "Alexander") than a hamza or an ayn
    return (
        rest is not None
        and len(rest) >= MIN_REST_LETTERS
        and word[-len(rest)].islower()
        and rest[:1].lower() not in "aeiou"
    )


def tied_back(
    text: str, words: Words, pieces: list[tuple[int, int]], known: Callable[[str], int]
) -> list[tuple[int, int]]:
    """The pieces (word index ranges) with a lone glued article word joined to the unknown lone word before it."""
    out: list[tuple[int, int]] = []
    for i, j in pieces:
        # FA-KES outlets glue the article of a name's second word ("Urm Alqubra" is Urum al-Kubra, "Ard Alhamra" a
        # quarter of Aleppo), and the comma-less run of a list cut the name in two; a known place before the word is
        # a name of its own ("Anadan Alzorba" are two villages)
        if out and j - i == 1 and glued_tail(words[i][2]) and not known(words[i][2]):
            a, b = out[-1]
            if b == i and b - a == 1 and not known(text[words[a][0] : words[a][1]]):
                out[-1] = (a, j)
                continue
        out.append((i, j))
    return out
