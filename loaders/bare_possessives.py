"""A place's possessive written without its apostrophe ("Hamas countryside" for Hama's) needs what it owns after it.

FA-KES dropped every apostrophe, so a place's name with an "s" added may be its possessive; but a possessive is always
followed by the noun it owns. Where a verb of saying, an auxiliary or a preposition follows, the word is a name of its
own ("Hamas said", "Hamas has", the Palestinian movement, is no "Hama's").
"""

from __future__ import annotations

from loaders.aliases import Token, fold

# Words that never open the noun phrase a possessive owns: verbs of saying and deeds a body is subject of, auxiliaries,
# prepositions and relative words ("and" may join two possessives: "Russias and Irans support").
_NOT_OWNED = frozenset(
    fold(w) for w in (
        "said", "says", "say", "told", "stated", "added", "announced", "condemned", "denied", "claimed", "warned",
        "accused", "welcomed", "rejected", "urged", "blamed", "praised", "vowed", "called", "insisted", "is", "was",
        "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "in", "on",
        "at", "to", "of", "for", "from", "with", "by", "as", "who", "which", "that",
    )
)  # fmt: skip


def owns_what_follows(tokens: list[Token], end: int, body: str) -> bool:
    """Whether a word ending at token index end (exclusive) may be a possessive: no verb of saying, auxiliary or
    preposition follows it after a blank (punctuation or the text's end after it leave it as it was read).

    >>> from loaders.aliases import tokenize
    >>> text = "Hamas said; Hamas countryside; Hamas."
    >>> owns_what_follows(tokenize(text), 1, text), owns_what_follows(tokenize(text), 3, text)
    (False, True)
    >>> owns_what_follows(tokenize(text), 5, text)
    True
    """
    if end >= len(tokens):
        return True
    following = tokens[end]
    start = following.article_start if following.article_start is not None else following.start
    gap = body[tokens[end - 1].end : start]
    return bool(gap.strip()) or following.norm not in _NOT_OWNED
