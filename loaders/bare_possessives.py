"""A place's possessive written without its apostrophe ("Hamas countryside" for Hama's) needs what it owns after it.

FA-KES dropped every apostrophe, so a place's name with an "s" added may be its possessive; but a possessive is always
followed by the noun it owns. Where a verb of saying, an auxiliary or a preposition follows, the word is a name of its
own ("Hamas said", "Hamas has", the Palestinian movement, is no "Hama's"). A name that is a place only is held to more:
a possessive is never followed by punctuation, nor by "and" with a plain name ("Hamas and Fatah"), and a town owns no
movement's members or leaders ("Hamas fighters", "Hamas leader").
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


# What a movement has and a town does not: its fighters, leaders and organs ("Hamas fighters", "Hamas politburo").
_MOVEMENT_OWNS = frozenset(
    fold(w) for w in (
        "fighters", "militants", "gunmen", "operatives", "members", "member", "leader", "leaders", "leadership",
        "official", "officials", "spokesman", "spokesperson", "chief", "politburo", "movement", "delegation",
        "commander", "commanders", "founder", "co-founder", "co-founders", "militia", "wing",
    )
)  # fmt: skip
_JOINERS = frozenset(fold(w) for w in ("and", "or"))


def place_owns_what_follows(tokens: list[Token], end: int, body: str) -> bool:
    """Whether a word ending at token index end that only a place's name may be read from is that place's
    possessive: something a town may own follows it, after a blank (not punctuation or the text's end), and "and" or
    "or" joins it only to another possessive ("Idlibs and Hamas countryside").

    >>> from loaders.aliases import tokenize
    >>> text = "Hamas and Fatah; Hamas fighters; Hamas countryside; Hamas, the movement"
    >>> [place_owns_what_follows(tokenize(text), end, text) for end in (1, 4, 6, 8)]
    [False, False, True, False]
    """
    if end >= len(tokens) or not owns_what_follows(tokens, end, body):
        return False
    following = tokens[end]
    start = following.article_start if following.article_start is not None else following.start
    owned = following.norm
    if end + 1 < len(tokens) and body[following.end : tokens[end + 1].start] == "-":
        owned += "-" + tokens[end + 1].norm  # "Hamas co-founder": the word is split at its hyphen (reread33b)
    if body[tokens[end - 1].end : start].strip() or {following.norm, owned} & _MOVEMENT_OWNS:
        return False
    if following.norm in _JOINERS:
        return end + 1 < len(tokens) and tokens[end + 1].surface[-1:] == "s"
    return True


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
