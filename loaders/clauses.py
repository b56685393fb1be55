"""A shallow clause chunker: a sentence cut into clauses at relative pronouns, subordinators, "and"/"but" before a
finite verb, participles of result, semicolons and dashes, each clause with its main verb and subject as far as word
order shows them. No parser and no tagger: verbs are known by their endings, auxiliaries and a list of irregular pasts,
and a word after a determiner is no verb."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from loaders.speech_verbs import PUT, SAID

# An auxiliary (and perhaps an adverb) right before a participle makes it passive: "were targeted", "was also
# shelled", "had been reportedly hit". Read at the end of the text before the verb; lower case only ("IS targeted"
# names the Islamic State).
# "were still besieged", "was again targeted", "are already encircled": an adverb of time between the auxiliary and
# the participle keeps the passive (articles34, written-sentence probe: "Regime forces are still besieged inside ...")
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+|also\s+|just\s+|reportedly\s+|still\s+|again\s+|already\s+|"
    r"once\s+again\s+)?$"
)

_AUX = r"is|are|was|were|has|have|had|will|would|could|can|may|might|shall|should|must|did|does|do"
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Irregular pasts and present forms that news prose uses as finite verbs (participles of the same verbs follow "been").
_IRREGULAR = (
    r"took|struck|fought|overran|retook|shot|fell|began|came|went|left|said|told|drove|blew|broke|won|lost|made|"
    r"held|sent|threw|ran|saw|found|brought|stood|withdrew|rose|kept|became|spoke|hit|says|claims|controls|holds|"
    r"continues|remains|denies|accuses|reports|includes|consists|seeks|launches|begins|spread|led|got"
)
_PARTICIPLE = re.compile(r"(?i)[a-z]{2,}(?:ed|en|wn)|hit|shot|struck|held|led|left|made|kept|fought|overrun|retaken")
# Words in -ed that name a kind of thing, not a deed: "armed groups", "alleged attacks".
_ED_ADJECTIVE = re.compile(
    r"armed|alleged|unidentified|unnamed|united|advanced|based|related|detailed|concerned|called|led|backed|supported|"
    r"allied|affiliated|linked|besieged|wounded|injured|displaced|unarmed|improvised|suspected|coordinated|"
    r"unprecedented|renewed|intensified|combined|heated|limited|isolated|red|hundred|need|speed|seed|feed|bed|shed"
)
_DETERMINER = re.compile(
    r"the|a|an|its|their|his|her|this|that|these|those|of|by|with|our|some|several|many|two|three|more|most|other|any|"
    r"no|every|each|to|in|on|at|for|from"
)
_ADVERB = r"(?:not|also|reportedly|allegedly|later|then|already|just|still|since|now|again|\w+ly)"
_AUX_RX = re.compile(_AUX)
_IRREGULAR_RX = re.compile(_IRREGULAR)
_ADVERB_RX = re.compile(_ADVERB)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose"})
SUBORDINATORS = frozenset(
    {"after", "before", "since", "until", "while", "when", "as", "because", "although", "though", "whereas", "once"}
)
_COORDINATORS = frozenset({"and", "but"})
# Participles that tell what a deed led to, opening a clause that shares the subject of the clause it hangs from.
_RESULT_ING = frozenset({"killing", "wounding", "injuring", "leaving", "claiming", "destroying", "hitting"})
_HARD_BREAK = re.compile(r";|:\s|\s[-–—]\s|[()]")
# (making known but "confirmed", and the present "claims")
_SPEECH = frozenset({*SAID, *PUT, "reported", "claimed", "claims", "announced"})


@dataclass(frozen=True)
class Clause:
    """A clause [start, end) of a sentence: how it opens, its main verb and subject, and the clause it hangs from."""

    start: int
    end: int
    opener: str  # "" for the first clause, else the word or mark that opens it
    kind: str  # main, relative, subordinate, coordinate, participle, resumed, that, break
    verb: tuple[int, int] | None
    subject: tuple[int, int] | None
    passive: bool
    host: int | None  # index of the clause it hangs from (its subject is shared when it has none of its own)
    # its verb is one of saying with a clause of its own after it and no "that": "Turkey said the gunmen crossed"
    reports: bool = False


@dataclass(frozen=True)
class _Verb:
    """A verb group: auxiliaries and the verb they carry, and whether it is passive."""

    start: int
    end: int
    passive: bool
    head: str


class _Groups(list[_Verb]):
    """The verb groups of a sentence in text order, with their start offsets for bisection."""

    def __init__(self, groups: list[_Verb]) -> None:
        super().__init__(groups)
        self.starts = [g.start for g in groups]


def _words(text: str) -> list[re.Match[str]]:
    """The words of the text, with their offsets."""
    return list(_WORD.finditer(text))


def _is_verb_word(words: list[re.Match[str]], i: int) -> bool:
    """Whether word i reads as a finite verb by its form and the word before it."""
    w = words[i].group(0)
    low = w.lower()
    prev = words[i - 1].group(0).lower() if i else ""
    if _DETERMINER.fullmatch(prev) or "-" in w:
        return False
    if _AUX_RX.fullmatch(low) or _IRREGULAR_RX.fullmatch(low):
        return True
    if w[0].isupper() and i:
        return False
    return low.endswith("ed") and len(low) > 4 and not _ED_ADJECTIVE.fullmatch(low)


def _verb_groups(text: str, words: list[re.Match[str]]) -> _Groups:
    """The verb groups of the text: an auxiliary chain with its verb, or a past verb alone."""
    groups: list[_Verb] = []
    i = 0
    while i < len(words):
        if not _is_verb_word(words, i):
            i += 1
            continue
        first, low = i, words[i].group(0).lower()
        passive = False
        if _AUX_RX.fullmatch(low):
            j = i + 1
            while j < len(words) and _ADVERB_RX.fullmatch(words[j].group(0).lower()):
                j += 1
            chain = [low]
            while j < len(words) and (
                words[j].group(0).lower() in ("been", "being", "be", "have") or _PARTICIPLE.fullmatch(words[j].group(0))
            ):
                chain.append(words[j].group(0).lower())
                j += 1
                if chain[-1] not in ("been", "being", "be", "have"):
                    break
            # "were killed", "has been retaken": a form of "be" before a participle
            passive = len(chain) > 1 and chain[-2] in _BE and chain[-1] not in ("been", "being", "be")
            if (
                len(chain) == 1
                and words[i].group(0).lower() in ("is", "are", "was", "were", "has", "have", "had")
                and i + 1 < len(words)
                and text[words[i].end() : words[i + 1].start()].strip() == ""
            ):
                passive = False
            i = max(j, i + 1) if len(chain) > 1 else i + 1
            last = words[i - 1]
        else:
            last = words[i]
            i += 1
        # "forces backed by Russia", "the town retaken by the army": a participle with its agent is no finite verb
        if not passive and first == i - 1 and low.endswith("ed") and re.match(r"\s+by\b", text[last.end() :]):
            continue
        groups.append(_Verb(words[first].start(), last.end(), passive, last.group(0).lower()))
    return _Groups(groups)


def _verb_in(groups: _Groups, start: int, end: int) -> _Verb | None:
    """The first verb group in [start, end)."""
    i = bisect_left(groups.starts, start)
    return next((g for g in groups[i:] if start <= g.start and g.end <= end), None)


def _openings(text: str, words: list[re.Match[str]], groups: _Groups) -> list[tuple[int, int, str, str]]:
    """Where clauses open: (start, content start, opener, kind), in text order."""
    cuts: list[tuple[int, int, str, str]] = []
    for brk in _HARD_BREAK.finditer(text):
        cuts.append((brk.start(), brk.end(), brk.group(0).strip(), "break"))
    for i, w in enumerate(words):
        low = w.group(0).lower()
        nxt_start = words[i + 1].start() if i + 1 < len(words) else len(text)
        following = _verb_in(groups, w.end(), min(len(text), w.end() + 90))
        if low in RELATIVE_OPENERS and i:
            cuts.append((w.start(), w.end(), low, "relative"))
        elif (
            low in SUBORDINATORS
            and i
            and (
                (following is not None and not _PREP_BEFORE.search(text, w.end(), following.start))
                or (i + 1 < len(words) and words[i + 1].group(0).lower().endswith("ing"))
            )
        ):
            cuts.append((w.start(), w.end(), low, "subordinate"))
        elif low in _COORDINATORS and i and following is not None and _has_verb_before(groups, text, w.start()):
            gap = text[w.end() : following.start].split()
            if len(gap) <= 6 and not any(g.lower() in ("of", "in", "on", "at", "to", "from", "near") for g in gap):
                cuts.append((w.start(), w.end(), low, "coordinate"))
        elif low in _RESULT_ING and i and _has_verb_before(groups, text, w.start()):
            cuts.append((w.start(), w.start(), low, "participle"))
        elif low == "that" and i and following is not None and following.start > nxt_start - 1:
            cuts.append((w.start(), w.end(), low, "that"))
    cuts.sort()
    return cuts


# A preposition right after a subordinator makes it one: "after the fall of the town ... fighters took".
_PREP_BEFORE = re.compile(r"^\s*(?:the|a|an|its|their|\d+|[a-z]+ing|[a-z]+s)\b(?:\s+\w+){0,1}\s+(?:of|in|on)\b")


def _has_verb_before(groups: _Groups, text: str, pos: int) -> bool:
    """Whether a verb group stands before pos since the last hard break."""
    i = bisect_left(groups.starts, pos)  # groups are in text order and do not overlap
    before = [g for g in groups[max(0, i - 2) : i] if g.end <= pos]
    return bool(before) and _HARD_BREAK.search(text, before[-1].end, pos) is None


@lru_cache(maxsize=256)  # a sentence with several triggers is chunked once
def chunk(text: str) -> tuple[Clause, ...]:
    """The clauses of a sentence, in text order."""
    words = _words(text)
    groups = _verb_groups(text, words)
    cuts = _openings(text, words, groups)
    bounds = [(0, 0, "", "main"), *_fronted(text, words), *cuts]
    clauses: list[Clause] = []
    for n, (start, content, opener, kind) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else len(text)
        if end <= start and n:
            continue
        if kind == "coordinate" and clauses and clauses[-1].kind in ("relative", "relative-and"):
            kind = "relative-and"  # "which consists of Kurds but also includes Arabs": the relative clause goes on
        clauses.extend(_clause(text, groups, start, content, end, opener, kind, clauses))
    return tuple(_fronted_hosts(clauses))


def _fronted(text: str, words: list[re.Match[str]]) -> list[tuple[int, int, str, str]]:
    """The main clause after a fronted subordinate one closed by a comma: "After seizing Tabqa, the SDF attacked"."""
    if not words or words[0].group(0).lower() not in SUBORDINATORS:
        return []
    comma = text.find(",", words[0].end())
    return [] if comma < 0 else [(comma, comma + 1, ",", "main")]


def _fronted_hosts(clauses: list[Clause]) -> list[Clause]:
    """A fronted subordinate clause hangs from the main clause after it."""
    if len(clauses) < 2 or clauses[1].opener != "," or clauses[1].kind != "main":
        return clauses
    first = clauses[0]
    fronted = Clause(first.start, first.end, first.opener, "subordinate", first.verb, first.subject, first.passive, 1)
    return [fronted, *clauses[1:]]


def _clause(
    text: str, groups: _Groups, start: int, content: int, end: int, opener: str, kind: str, done: list[Clause]
) -> list[Clause]:
    """One clause, or two when a relative clause ends and the clause it interrupted resumes with its own verb."""
    verb = _verb_in(groups, content, end)
    host = _host(done, kind)
    subject = _subject(text, content, verb)
    if kind == "relative" and verb is not None and not text[content : verb.start].strip():
        subject = None  # "the SDF which took Manbij": the antecedent is the subject
    reports = _reports_a_clause(text, groups, verb, end)
    clause = Clause(start, end, opener, kind, _span(verb), subject, bool(verb and verb.passive), host, reports)
    if kind not in ("relative", "relative-and") or verb is None or host is None:
        return [clause]
    resumed = _resumption(text, groups, verb, end)
    if resumed is None:
        return [clause]
    # "the SDF which consists of Kurdish fighters launched an operation": the host's subject does "launched"
    inner = Clause(start, resumed.start, opener, kind, _span(verb), subject, verb.passive, host)
    # "which consists of Kurds but also includes Arabs launched": back to the SDF's clause
    outer = done[host].host
    interrupted = outer if done[host].kind == "relative" and outer is not None else host
    hosted = done[interrupted]
    # the interrupted clause has no verb before the relative one: its words up to the pronoun are the subject
    held = hosted.subject or (
        None if hosted.verb else _subject_words(text, hosted.start, _opener_start(done, interrupted))
    )
    back = Clause(resumed.start, end, "", "resumed", _span(resumed), held, resumed.passive, interrupted)
    return [inner, back]


def _reports_a_clause(text: str, groups: _Groups, verb: _Verb | None, end: int) -> bool:
    """Whether a verb of saying has a finite verb after it in its clause, a reported clause with no "that" ("Turkey
    said the gunmen crossed the border"), whose own subject does what a verb joined after it tells; "said", which
    takes no object, reports whatever words follow it ("said government troops advanced": no verb the chunker knows)."""
    if verb is None or verb.head not in _SPEECH:
        return False
    if verb.head in ("said", "says") and _WORD.search(text, verb.end, end):
        return True
    i = bisect_left(groups.starts, verb.end + 1)  # the first group after the verb (groups do not overlap)
    return i < len(groups) and groups[i].end <= end


def _resumption(text: str, groups: _Groups, verb: _Verb, end: int) -> _Verb | None:
    """A second verb in a relative clause with no conjunction before it: the interrupted clause's own verb."""
    for g in groups[bisect_left(groups.starts, verb.end) :]:
        if g.start <= verb.end:
            continue
        if g.end > end:
            break
        before = text[verb.end : g.start].split()
        if not before or before[-1].lower() in ("and", "or", "but", "then", "that", "to", "also") or g.head in _SPEECH:
            continue
        return g
    return None


def _opener_start(done: list[Clause], host: int) -> int:
    """Where the clause after the host starts (the relative pronoun that interrupted it)."""
    return done[host + 1].start if host + 1 < len(done) else done[host].end


def _host(done: list[Clause], kind: str) -> int | None:
    """The clause a new one hangs from: the last main, resumed or coordinate one before it."""
    if kind in ("main", "break"):
        return None
    if kind == "coordinate" and done:
        # "after the rebels stormed a post and killed two soldiers": a verb after "and" shares the nearest subject
        last = len(done) - 1
        return done[last].host if done[last].kind == "participle" else last
    for i in range(len(done) - 1, max(-1, len(done) - 13), -1):  # a dozen clauses back at most
        if done[i].kind in ("main", "resumed", "coordinate", "break") or (
            kind == "relative-and" and done[i].kind == "relative"
        ):
            return i
    return None


def _subject(text: str, content: int, verb: _Verb | None) -> tuple[int, int] | None:
    """The words between a clause's opening and its verb, when they read as a noun phrase."""
    if verb is None:
        return None
    return _subject_words(text, content, verb.start)


_LEADING_ADVERBS = re.compile(rf"\s*(?:(?:{_ADVERB}|however|meanwhile|earlier|on\s+\w+day)\s+)*", re.IGNORECASE)


_TRAILING_ADVERBS = re.compile(rf"(?:\s+{_ADVERB})+\s*$", re.IGNORECASE)


def _subject_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase in [start, end) after any leading adverbs, or None when only adverbs or a preposition stand."""
    lead = _LEADING_ADVERBS.match(text, start, end)
    begin = lead.end() if lead else start
    trail = _TRAILING_ADVERBS.search(text, begin, end)
    end = trail.start() if trail else end  # "the army also shelled": the adverb is no part of the subject
    span = text[begin:end]
    if not span.strip() or re.match(r"\s*(?:in|on|at|near|after|since|during|of|to|for|from|with)\b", span, re.I):
        return None
    return begin, end


def _span(verb: _Verb | None) -> tuple[int, int] | None:
    """The offsets of a verb group."""
    return (verb.start, verb.end) if verb else None


def clause_at(clauses: Sequence[Clause], pos: int) -> int | None:
    """The index of the clause holding offset pos."""
    return next((i for i, c in enumerate(clauses) if c.start <= pos < c.end), None)


def acting_subject(clauses: Sequence[Clause], index: int) -> tuple[int, int] | None:
    """The subject span of the active clause at index, or of the clauses it hangs from when it names none."""
    seen = 0
    i: int | None = index
    while i is not None and seen < 4:
        c = clauses[i]
        if c.verb is None and c.kind in ("participle", "subordinate"):
            i, seen = c.host, seen + 1  # "..., killing ten", "after storming the town": no verb of their own
            continue
        if c.passive or c.verb is None or c.opener == "that" or (c.kind == "break" and seen):
            return None
        if c.reports:
            return None  # "Turkey said the gunmen crossed the border and attacked": the gunmen attacked, not Turkey
        if c.subject is not None:
            return c.subject
        if c.kind in ("relative", "relative-and"):
            return None  # the antecedent is read by the callers that know the mentions
        if c.kind not in ("coordinate", "participle", "subordinate"):
            return None
        i, seen = c.host, seen + 1
    return None
