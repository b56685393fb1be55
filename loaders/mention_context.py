"""Context rules of the mention matcher: is a name used as an actor or a place, does it open a sentence,
is it part of a longer name? Pure functions over the tokens and the text (see docs/decisions/20261121-gazetteer.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from loaders.aliases import Token, fold
from loaders.possessive_places import owns_place_part


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, folded as tokens are (so "agreed" meets its token's "agrid").

    >>> sorted(words("said  agreed"))
    ['agrid', 'said']
    """
    return frozenset(fold(w) for w in text.split())


# Words after a place-or-actor name that make it an actor ("Damascus asked", "Russia has said").
ACTOR_VERBS = words(
    """said says say asked asks ask declared declares announced announces stated denied denies accused accuses
    warned warns claimed claims urged urges called calls demanded demands insisted insists rejected rejects
    condemned condemns agreed agrees signed signs sent sends launched launches deployed deploys vowed vows
    threatened threatens responded responds requested requests told tells added adds confirmed confirms
    welcomed welcomes blamed blames wants wanted needs needed supports supported backs intervened intervenes
    refused refuses hopes hoped believes believed sought seeks pledged pledges proposed proposes offered offers
    expects expected considers considered decided decides ordered orders accepted accepts recognised recognized
    insisted promised promises reiterated reiterates dismissed dismisses criticised criticized criticises
    criticizes argued argues responded retaliated retaliates reported reports increased increases stepped steps
    moved moves began begins started starts carried carries conducted conducts captured captures recaptured
    seized seizes took takes regained retook lost loses won wins used uses dropped drops shelled shells bombed
    bombs struck strikes pounded pounds targeted targets attacked attacks killed kills continued continues
    maintains maintained approved approves allowed allows refuted refutes decried decries recognize recognise
    recognizes recognises massed amassed amasses mobilised mobilized mobilises mobilizes"""
)  # "Ankara has massed forces": a state gathers troops as it deploys them (twenty-first session, helper places9)
# Words that may stand between the name and the verb ("Russia has reportedly said").
AUXILIARIES = words(
    "has have had also reportedly will would could did does then previously already not officially repeatedly "
    "again later once allegedly formally publicly"
)
# Words before a name that make it a place whatever follows ("activists in Damascus said").
LOCATIVES = words(
    "in inside across throughout into from at near around of within outside towards toward to on for over about "
    "north south east west northern southern eastern western northwestern northeastern southwestern southeastern "
    "central rural war-torn between neighboring neighbouring neighbour neighbor through via entered entering "
    "crossed crossing nearby borders bordering"
)
ACCORDING = fold("according")
# Verbs whose object is a town taken or bombarded ("shelled Quseir", "IS overran Soueida"), `taken_or_bombarded`.
TAKEN_OR_BOMBARDED = words(
    "shelled shelling bombarded bombarding pounded pounding stormed storming overran overrunning besieged besieging "
    "encircled encircling recaptured recapturing retook retaking captured capturing seized seizing liberated"
)
# Words of speech before "to" or "with": what they are addressed to speaks too ("in comments to al-Mayadeen", "in an
# interview with Al-Mayadeen"), not where ("withdrew to al-Mayadeen").
ADDRESSED = words("comments comment remarks statement statements interview interviews speaking talking spoke")
# What is held "with" a party ("in discussions with Damascus", "talks with Moscow", "ties with Ankara"): a capital so
# named is its government, as a word of speech's addressee is (places26)
NEGOTIATED = words("talks discussions negotiations contacts relations ties dialogue")
# What one party gives another "for" or "of" ("its support for Damascus", "in support of Damascus"): a capital so named
# is its government (places36)
SUPPORTED = words("support backing")
BETWEEN = fold("between")
# What is made between parties ("a deal between Russia Iran and Turkey"): after it "between" names no place.
PACTS = words("deal deals agreement agreements accord accords truce truces ceasefire talks negotiations understanding")
CITY_PARTS = words("old greater downtown")
BORDER = words("border borders frontier")
# "a border crossing with Turkey": what a crossing is "with" is a place.
CROSSING = words("crossing crossings")
# What a state has and a city has not, after "X and its ..." ("Damascus and its Russian allies").
ALLIES = words("allies ally backers backer partners sponsors patrons proxies")
# Second halves of hyphenated compounds that make the name an actor ("Damascus-backed militias").
COMPOUND_ACTOR = words("backed led allied sponsored aligned funded supported armed trained")
# Prefixes glued before a name that make it an actor ("anti-Damascus militants", "pro-Moscow media"): one is for or
# against a government, never a town (places26)
PREFIX_ACTOR = words("anti pro")
# Words before a name that make it an actor ("backed by Moscow", "asked Moscow", "according to Damascus").
# "its ally Damascus", "regime ally Iran": an ally is a state acting.
ACTOR_BEFORE = words(
    "by asked urged accused told warned blamed criticised criticized pressed pressured ally allies"
    # "Lebanese TV station al-Mayadeen", "the pan-Arab broadcaster Al-Mayadeen": the outlet, not the town
    " station channel broadcaster network television newspaper daily"
)


def keeps_article(body: str, start: int, end: int, kind: str) -> bool:
    """True when a dropped article belongs to the name ("al-Raqqa", "Al Bab", "Ar Raqqah"), not to the sentence
    ("As Syria's war...", "At Khan Shaykhun...": English words opening a sentence)."""
    article = body[start:end]
    if article[-1:] in {"-", "‐", "–"} or article.strip().lower() in {"al", "el"}:
        return True
    return kind == "place" and not sentence_initial(body, start)


def actor_context(tokens: list[Token], i: int, length: int, body: str, possessive_decides: bool = True) -> bool:
    """True when a name used for a place or an actor is used as an actor here (see the decision record).

    >>> from loaders.aliases import tokenize
    >>> text = "Damascus asked for help; fighting in Damascus said nothing new"
    >>> tokens = tokenize(text)
    >>> actor_context(tokens, 0, 1, text), actor_context(tokens, 6, 1, text)
    (True, False)
    """
    after = i + length
    last = tokens[after - 1]
    if compound_actor(tokens, i, length, body):
        return True
    if (
        possessive_decides
        and (
            body[last.end : last.end + 1] in {"'", "’"}
            or last.surface.endswith(("'s", "’s"))
            # FA-KES dropped the apostrophe of "Damascus's": "Damascuss ally Russia"
            or (last.surface.endswith("ss") and fold(last.surface[:-1]) == last.norm)
        )
    ):
        return True  # "Damascus' onslaught", "Moscow's decision" (but "Syria's war" is the country)
    if _with_its_allies(tokens, i + length):
        return True  # "protests from Damascus and its Iranian and Russian allies": a state has allies, a city none
    if locative_before(tokens, i, body):
        return False
    j = after
    if j + 1 < len(tokens) and tokens[j].norm in {"and", "or"} and tokens[j + 1].surface[:1].isupper():
        # "Moscow and Damascus say": the verb comes after the second name (at most four capitalised words)
        j += 1
        while j < len(tokens) and j < after + 5 and tokens[j].surface[:1].isupper():
            j += 1
    skipped = 0
    while j < len(tokens) and tokens[j].norm in AUXILIARIES and skipped < 2:
        j += 1
        skipped += 1
    if j < len(tokens) and tokens[j].norm in ACTOR_VERBS and same_clause(body, last.end, tokens[j].start):
        return True
    if i > 0:
        before = tokens[i - 1]
        if before.norm in ACTOR_BEFORE and same_clause(body, before.end, tokens[i].start):
            return True
        if before.norm == "to" and i > 1 and tokens[i - 2].norm == ACCORDING:
            return True
        if _addressed(tokens, i):
            return True
    return False


def _addressed(tokens: list[Token], i: int) -> bool:
    """Whether the name at token i is what a word of speech is addressed to ("comments to X", "interview with X"), the
    other party of talks ("discussions with X"), or the party supported ("support for X")."""
    return i > 1 and (
        (tokens[i - 1].norm in {"to", "with"} and tokens[i - 2].norm in ADDRESSED)
        or (tokens[i - 1].norm == "with" and tokens[i - 2].norm in NEGOTIATED)
        or (tokens[i - 1].norm in {"for", "of"} and tokens[i - 2].norm in SUPPORTED)
    )


def _with_its_allies(tokens: list[Token], j: int) -> bool:
    """Whether the tokens from j read "and its (...) allies / backers / partners" (a few words between)."""
    if j + 2 >= len(tokens) or tokens[j].norm != "and" or tokens[j + 1].norm not in {"its", "their"}:
        return False
    return any(t.norm in ALLIES for t in tokens[j + 2 : j + 7])


def compound_actor(tokens: list[Token], i: int, length: int, body: str) -> bool:
    """True when the name opens a hyphenated compound that makes it an actor ("Damascus-backed", "Turkey-led"), or
    closes one opened by "anti-" or "pro-" ("anti-Damascus").

    >>> from loaders.aliases import tokenize
    >>> text = "Turkey-backed fighters near Turkey-Syria border"
    >>> tokens = tokenize(text)
    >>> compound_actor(tokens, 0, 1, text), compound_actor(tokens, 3, 1, text)
    (True, False)
    """
    after = i + length
    last = tokens[after - 1]
    if i > 0 and tokens[i - 1].norm in PREFIX_ACTOR and body[tokens[i - 1].end : tokens[i].start] == "-":
        return True
    return body[last.end : last.end + 1] == "-" and after < len(tokens) and tokens[after].norm in COMPOUND_ACTOR


def border_after(tokens: list[Token], i: int, length: int, body: str) -> bool:
    """True when a border follows the name, directly or after a hyphenated second name ("the Syria-Turkey border").

    >>> from loaders.aliases import tokenize
    >>> text = "near the Syria-Turkey border"
    >>> tokens = tokenize(text)
    >>> border_after(tokens, 2, 1, text), border_after(tokens, 3, 1, text)
    (True, True)
    """
    j = i + length
    if j < len(tokens) and body[tokens[j - 1].end : tokens[j].start] == "-" and tokens[j].surface[:1].isupper():
        j += 1
    return j < len(tokens) and tokens[j].norm in BORDER and same_clause(body, tokens[j - 1].end, tokens[j].start)


def locative_before(tokens: list[Token], i: int, body: str) -> bool:
    """True when a locative governs the name at token i, directly ("in Damascus", "the border with Turkey") or
    across a coordination ("in Aleppo and Idlib"); "according to" is no locative.

    >>> from loaders.aliases import tokenize
    >>> text = "shells fell in Aleppo and Idlib; Turkey and Iran agreed on the border with Turkey"
    >>> tokens = tokenize(text)
    >>> [t.surface for t in tokens if t.surface[0].isupper() and locative_before(tokens, tokens.index(t), text)]
    ['Aleppo', 'Idlib', 'Turkey']
    """
    j = i - 1
    if j >= 1 and tokens[j].norm in {"and", "or"} and same_clause(body, tokens[j].end, tokens[i].start):
        j -= 1
        skipped = 0
        while j >= 0 and tokens[j].surface[:1].isupper() and skipped < 4:
            j -= 1
            skipped += 1
        if skipped == 0:
            return False
    if j >= 1 and tokens[j].norm in CITY_PARTS and j == i - 1:
        j -= 1  # "the central district of Old Damascus": the old city is the city's
    if j >= 1 and tokens[j].norm == "the" and j == i - 1:
        j -= 1  # "based in the UK", "fled to the Golan"
    if j < 0 or not same_clause(body, tokens[j].end, tokens[j + 1].start):
        return False
    word = tokens[j].norm
    if word == "with":
        return j > 0 and (tokens[j - 1].norm in BORDER or tokens[j - 1].norm in CROSSING)
    if word not in LOCATIVES:
        return False
    if word == BETWEEN and j > 0 and tokens[j - 1].norm in PACTS:
        return False  # "a deal between Russia Iran and Turkey": the parties, not where
    return not (word == "to" and j > 0 and tokens[j - 1].norm == ACCORDING) and not _addressed(tokens, j + 1)


def joined(body: str, window: list[Token]) -> bool:
    """True when the words of a multi-word name are separated only by spaces, hyphens or acronym dots."""
    for left, right in itertools.pairwise(window):
        gap = body[left.end : (right.article_start if right.article_start is not None else right.start)]
        if gap.strip(" -‐–\u00a0") and not (gap.strip(" -") == "." and len(left.surface) == 1):
            return False
    return True


def in_longer_name(
    body: str, tokens: list[Token], i: int, length: int, edge: Callable[[list[Token], int, bool], bool] | None = None
) -> bool:
    """True when capitalised words run on either side: the village name is part of an unknown longer name
    ("Rami Abdel Rahman", "Maaret al-Numan", "Jund al-Aqsa"); `edge(tokens, j, before)` says when the word at j
    is rather where another name ends or starts."""
    if i > 0 and tokens[i - 1].surface[:1].isupper() and joined(body, [tokens[i - 1], tokens[i]]):
        before = tokens[i - 1]
        if not sentence_initial(body, before.article_start if before.article_start is not None else before.start) and (
            edge is None or not edge(tokens, i - 1, True)
        ):
            return True
    after = i + length
    return (
        after < len(tokens)
        and tokens[after].surface[:1].isupper()
        and joined(body, [tokens[after - 1], tokens[after]])
        and (edge is None or not edge(tokens, after, False))
    )


_BLANKS = re.compile(r"[ \t\u00a0]+")


def taken_or_bombarded(tokens: list[Token], i: int, body: str) -> bool:
    """Whether the word at i is the object of a verb of bombardment or capture, right after it ("forces shelled
    Quseir"): where a place stands (places34). Not "attacked", "targeted" or "hit": their objects are as often people
    or groups; "captured" and "seized" take men and arms too, but the matcher asks only of a word keyed as a town.

    >>> from loaders.aliases import tokenize
    >>> text = "forces shelled Quseir and captured, Hama"
    >>> tokens = tokenize(text)
    >>> taken_or_bombarded(tokens, 2, text), taken_or_bombarded(tokens, 5, text)
    (True, False)
    """
    article = tokens[i].article_start
    start = article if article is not None else tokens[i].start  # "shelled al-Quseir"
    # blanks only, as many as a page left ("shelled  Quseir" reads as "shelled Quseir"), but no line or clause break
    return (
        i > 0 and tokens[i - 1].norm in TAKEN_OR_BOMBARDED and bool(_BLANKS.fullmatch(body, tokens[i - 1].end, start))
    )


# A road named by the towns at its ends ("the Homs-Quseir road", "the Aleppo-Damascus international highway").
ROADS = words("road roads highway highways motorway route routes railway")
ROAD_ADJECTIVES = words("international supply main old")
_HYPHENS = frozenset({"-", "‐", "–"})


def road_end(tokens: list[Token], i: int, body: str) -> bool:
    """Whether the word at i is one end of a road named by its two towns ("the Homs-Quseir road"): where a place
    stands (places34).

    >>> from loaders.aliases import tokenize
    >>> text = "the Homs-Quseir road and the Morek-Soukhne international highway, Homs-based"
    >>> tokens = tokenize(text)
    >>> [t.surface for i, t in enumerate(tokens) if road_end(tokens, i, text)]
    ['Homs', 'Quseir', 'Morek', 'Soukhne']
    """

    def start(j: int) -> int:
        article = tokens[j].article_start
        return article if article is not None else tokens[j].start

    def road_after(j: int) -> bool:
        if j < len(tokens) and tokens[j].norm in ROAD_ADJECTIVES:
            j += 1
        return j < len(tokens) and tokens[j].norm in ROADS

    def hyphen(left: int) -> bool:
        return body[tokens[left].end : start(left + 1)] in _HYPHENS and tokens[left + 1].surface[:1].isupper()

    if i + 1 < len(tokens) and hyphen(i) and road_after(i + 2):
        return tokens[i].surface[:1].isupper()
    return i > 0 and tokens[i - 1].surface[:1].isupper() and hyphen(i - 1) and road_after(i + 1)


def placed_by_neighbour(tokens: list[Token], i: int, body: str) -> bool:
    """Whether the word at i stands where a place does by the words around it: the object of a bombardment or a
    capture, an end of a road named by its towns, or the owner of a town's parts ("Chaddadi's outskirts")."""
    return taken_or_bombarded(tokens, i, body) or road_end(tokens, i, body) or owns_place_part(tokens, i, body)


def same_clause(body: str, start: int, end: int) -> bool:
    """No sentence or clause break between two offsets.

    >>> same_clause("Damascus said", 8, 9), same_clause("Damascus. Said", 8, 10)
    (True, False)
    """
    return not any(c in ".;:!?\n()[]" for c in body[start:end])


def sentence_initial(body: str, offset: int) -> bool:
    """True when the word at offset opens a sentence (capitalised for grammar, not because it is a name).

    >>> sentence_initial("Hit by shells. Hit again", 0), sentence_initial("Hit by shells. Hit again", 15)
    (True, True)
    >>> sentence_initial("They left Hit", 10)
    False
    """
    k = offset - 1
    while k >= 0 and body[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or body[k] in ".!?\n:"
