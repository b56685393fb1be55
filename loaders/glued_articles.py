"""An Arabic article written into the word it stands before: "Alhasakeh", "Bab alFaraj", "Jisr Ashshoghour".

Wires and Arabic outlets' English pages often drop the hyphen of "al-": the article is glued to the word ("Alrastan",
"Maaret Alnouman"), glued with the word's capital kept ("AlQamishli", "Bab alFaraj"), or glued as the sun letter it
assimilates to ("Arrastan", "Ashshoghour"). Such a word is read as the article and the word when the word is one of a
name's words and the glued whole is none (an English "Also", "Attack" or "Assad" stays as it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from loaders.aliases import Token, fold
from loaders.mention_context import in_longer_name

MIN_WORD_LETTERS = 3  # "Albab" is al-Bab; a shorter rest ("Also") is too easily an English word
_GLUED = re.compile(
    r"^(?:"
    r"[AaEe]l(?=[A-Z][a-z]{2})"  # the word's capital kept: "AlQamishli", "alFaraj"
    r"|Al(?=[a-z]{3})"  # the article capitalised, the word not: "Alhasakeh", "Alatarib"
    r"|A(sh|th|dh|[dnrstz])(?=\1[a-z]{2})"  # assimilated to the sun letter it doubles: "Ashshoghour", "Arrastan"
    r")"
)


def article_split(surface: str) -> str | None:
    """The word after what may be a glued article, capitalised, or None (whether it is one `unglued` decides).

    >>> article_split("Alrastan"), article_split("alFaraj"), article_split("Ashshoghour"), article_split("Assad")
    ('Rastan', 'Faraj', 'Shoghour', 'Sad')
    >>> article_split("Also"), article_split("Atrash"), article_split("Arbin"), article_split("Alb")
    (None, None, None, None)
    """
    match = _GLUED.match(surface)
    if match is None:
        return None
    rest = surface[match.end() :]
    if len(rest) < MIN_WORD_LETTERS or not rest.isalpha():
        return None
    return rest[:1].upper() + rest[1:]


def is_glued(token: Token) -> bool:
    """Whether `unglued` set a glued article apart from this token (its article starts where it does)."""
    return token.article_start == token.start


def unglued(tokens: list[Token], place_words: Collection[str]) -> list[Token]:
    """The tokens with each glued article set apart from a place name's word; the whole word stays the mention."""
    out = []
    for token in tokens:
        rest = article_split(token.surface)
        if rest is not None and token.norm not in place_words and fold(rest) in place_words:
            token = Token(token.start, token.end, rest, fold(rest), token.start)  # the article opens the word
        out.append(token)
    return out


def misread(
    tokens: list[Token], i: int, length: int, kind: str, body: str, edge: Callable[[list[Token], int, bool], bool]
) -> bool:
    """Whether a name found at tokens[i : i + length] rests on a glued article it should not: an actor's name
    ("Aljazeera" stays the word it was), or a name opened by the glued word after an unknown capitalised word
    ("Tareeq Albab" is a quarter of Aleppo, the road to al-Bab, not the town)."""
    if not any(is_glued(t) for t in tokens[i : i + length]):
        return False
    if kind != "place":
        return True
    # only the word before counts: the tokens after the name are cut off
    return is_glued(tokens[i]) and in_longer_name(body, tokens[: i + 1], i, 1, edge)
