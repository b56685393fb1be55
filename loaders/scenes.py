"""Scenes of one sentence: news English packs several events into one sentence (docs/extraction.md).

"Air strikes on Aleppo killed five and shelling on Homs killed three" tells two engagements, each at its own place.
A sentence is cut between two triggers at the last clause break between them; a part that names no place of its own
(or the same places as its neighbour) is no scene of its own ("clashes and shelling in Douma" stays one scene).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from loaders.chained_clauses import chain_breaks, chained_on, own_places_each, own_verb_first
from loaders.engagement_types import MEANS
from loaders.model import Figure, Mention, Span, TimeSpan
from loaders.reactions import REASON_OPENS, opens_on_an_answer
from loaders.timex import find_time
from loaders.told_before import another_unit, opens_on_another_unit

if TYPE_CHECKING:
    from loaders.engagements import Detection
    from loaders.gazetteer import Gazetteer

# Where one clause ends and another begins between two triggers: "... in Aleppo while shelling hit Homs".
_BREAK = re.compile(
    rf";|\s[-–—]\s|\b(?:and|while|whereas|but|after|before|meanwhile|{REASON_OPENS})\b",
    re.IGNORECASE,
)
# A clause fronted before the main one tells an event of its own: "After establishing control over Tabqa, the army
# captured Maskanah". Its verb has no subject of its own: the main clause's, named first after it.
_FRONTED_VERB = re.compile(r"[\s\"'“‘]*(?:(?:After|Following|Before)\s+\w+ing|Having\s+\w+ed)\b")
FRONTED_REACH = 160
# ... in the passive, its left-out subject is the one the deed was done to: "After being shelled for weeks in Daraya,
# rebels agreed to leave" (eighteenth session, helper review3)
_PASSIVE_FRONTED = re.compile(r"[\s\"'“‘]*(?:After|Following|Before)\s+being\b")
# ... closed by a comma, or (FA-KES dropped the commas) by the main clause's subject: an actor named after a place
# and not after a preposition ("After seizing Tabqa from IS the SDF attacked Raqqa": "IS" is no subject)
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|by|with|against|of|on|to|for|over|in|into|near|at|and|or|as|between|its|their|his)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_OPENS = re.compile(r"(?:,\s*)?(?:the\s+)?$", re.IGNORECASE)


def scene_spans(text: str, base: int, triggers: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[Span]:
    """The sentence's scenes (spans relative to `text`), each naming places of its own; one span when it tells one.

    `triggers` are (start, end) offsets in `text`; `mentions` carry absolute spans (`base` is the sentence's start).

    >>> text = "Air strikes on Aleppo killed five and shelling on Homs killed three."
    >>> ms = [Mention(Span(15, 21), "place/aleppo", "place"), Mention(Span(50, 54), "place/homs", "place")]
    >>> scene_spans(text, 0, [(0, 11), (38, 46)], ms)
    [Span(start=0, end=34), Span(start=34, end=68)]
    >>> douma = [Mention(Span(24, 29), "place/douma", "place")]
    >>> scene_spans("Clashes and shelling in Douma.", 0, [(0, 7), (12, 20)], douma)
    [Span(start=0, end=30)]
    """
    ordered = sorted(triggers)
    named = {m.span.start - base: m.span.end - base for m in mentions if m.kind == "place"}
    cuts = []
    fronted = fronted_clause(text, base, mentions)
    for (_, end), (start, next_end) in itertools.pairwise(ordered):
        if coordinated(text, end, start):
            continue  # "a man was executed and crucified in al-Bab": two verbs of one clause, one scene
        breaks = [(b.start(), b.end()) for b in _BREAK.finditer(text, end, start)]
        if fronted is not None and end <= fronted[0] < start:
            breaks.append(fronted)  # where the fronted clause ends and the main clause's subject opens
        # a clause that tells an event of its own names it before its place: "... while clashes raged in Daraa"; not
        # "shelled Arbin and Housh Salhiya with heavy artillery", "stormed X and nearby Y resulting in battles"; but a
        # place naming the event itself is its own ("and a year before in the Houla massacre")
        # a clause chained on after a comma (", also 4 were killed and others injured in X") opens there, not at a
        # later "and" inside it
        chain = chain_breaks(text, end, start) + [b for b in breaks if chained_on(text, b[0])]
        last = max(chain or breaks, default=None)
        # ... unless the chained clause has its own passive verb there (", also areas in X were shelled")
        own_verb = bool(chain) and last is not None and own_verb_first(text, last[1], next_end)
        if last is not None and (
            own_verb or not any(last[1] <= at < start and text[named[at] : start].strip(" \"'“”‘’") for at in named)
        ):
            cuts.append(last[0])
    bounds = [0, *cuts, len(text)]
    scenes = [Span(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    apart = [opens_on_another_unit(text, s.start) for s in scenes]
    # a clause chained on after a comma (", also ...", ", while ...") with a town of its own is its own scene
    chained = [chained_on(text, s.start) for s in scenes]
    return _merged(scenes, [places_in(s, base, mentions) for s in scenes], apart, chained)


# Two triggers joined by a bare coordinator share their subject and object: "executed and crucified", "shelled and
# bombed" (twentieth session, helper merges3).
_COORDINATOR = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*", re.IGNORECASE)


def coordinated(text: str, end: int, start: int) -> bool:
    """Whether nothing but "and" or "or" stands between one trigger's end and the next one's start."""
    return _COORDINATOR.fullmatch(text, end, start) is not None


def fronted_clause(text: str, base: int, mentions: Sequence[Mention]) -> tuple[int, int] | None:
    """Where a clause fronted on "After seizing ...", "Having taken ..." ends: (its end, where the main clause's
    subject opens), relative to `text`; None when the sentence opens on no such clause or its subject is unknown."""
    verb = _FRONTED_VERB.match(text)
    if verb is None:
        return None
    comma = text.find(",", verb.end(), verb.end() + FRONTED_REACH)
    places = [m.span.start - base for m in mentions if m.kind == "place"]
    for m in sorted((m for m in mentions if m.kind == "actor"), key=lambda m: m.span.start):
        at = m.span.start - base
        if at <= verb.end() or at > verb.end() + FRONTED_REACH or (comma >= 0 and at < comma):
            continue
        if not any(verb.end() < p < at for p in places):
            return None
        if _OBJECT_BEFORE.search(text, max(0, at - 40), at):
            continue  # "from IS": an object of the fronted clause
        opens = _SUBJECT_OPENS.search(text, max(0, at - 12), at)
        return (opens.start() if opens else at), at
    return None


def fronted_subject(text: str, base: int, trigger_end: int, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The main clause's subject, for a trigger in a fronted clause ("After seizing Tabqa, the SDF ..."): English
    leaves it out there because it is the same; none when the trigger stands elsewhere or the clause is passive."""
    fronted = fronted_clause(text, base, mentions)
    if fronted is None or trigger_end > fronted[0] or _PASSIVE_FRONTED.match(text):
        return ()
    return tuple(m.key for m in mentions if m.kind == "actor" and m.span.start - base == fronted[1])


def places_in(scene: Span, base: int, mentions: Sequence[Mention]) -> frozenset[str]:
    """The place keys named inside one scene (a span relative to the sentence starting at `base`)."""
    return frozenset(m.key for m in mentions if m.kind == "place" and scene.start <= m.span.start - base < scene.end)


def _merged(scenes: list[Span], places: list[frozenset[str]], apart: list[bool], chained: list[bool]) -> list[Span]:
    """Scenes with no place of their own joined to the one before (the first to the next): a clause that opens on its
    verb shares the subject before it and continues that clause ("IS attacked Palmyra and seized the gas fields before
    jets struck Raqqa"); and neighbours that share a place joined ("Meanwhile in Damascus a deal was reached in
    Qudsaya"), unless the later one opens on another unit's deed (`apart`: "... a factory near Aleppo while other units
    continued operations in al-Moslemieh near Aleppo prison") or is chained on after a comma with a place of its own
    (`chained`: "..., also 4 were killed by bombing over Saraqeb in the countryside of Idlib")."""
    spans, keys, opens_apart, opens_chained = list(scenes), list(places), list(apart), list(chained)
    i = 0
    while len(spans) > 1 and i < len(spans):
        shared = i + 1 < len(spans) and bool(keys[i] & keys[i + 1]) and not opens_apart[i + 1]
        if shared and opens_chained[i + 1]:
            shared = not own_places_each(keys[i], keys[i + 1])
        if not keys[i] or shared:
            # a scene with no place joins the one before, unless it opens a chained clause whose place the next scene
            # names (", also it rose to 9, the number killed in warplanes' intense | and violent bombing over Saraqeb");
            # one sharing a place with the next joins that next one
            forward = shared or i == 0 or (opens_chained[i] and i + 1 < len(spans) and not opens_chained[i + 1])
            j = i + 1 if forward else i - 1
            lo, hi = min(i, j), max(i, j)
            spans[lo : hi + 1] = [Span(spans[lo].start, spans[hi].end)]
            keys[lo : hi + 1] = [keys[lo] | keys[hi]]
            opens_apart[lo : hi + 1] = [opens_apart[lo]]
            opens_chained[lo : hi + 1] = [opens_chained[lo]]
            i = max(0, lo - 1)
            continue
        i += 1
    return spans


# The words that tell two scenes one after the other, each with its own time: "after", "before".
_SEQUENCE = re.compile(r"\b(?:after|before)\b", re.IGNORECASE)
_SEQUENCE_REACH = len(" before ")  # a later scene opens on its break word


def scene_places(places: Sequence[str], detection: Detection, gazetteer: Gazetteer) -> list[str]:
    """The sentence's places (most specific first chosen) that the detection's scene names; its own finest if none."""
    own = [k for k in places if k in detection.places]
    if own:
        return own
    broader = {a for k in detection.places if k in gazetteer for a in gazetteer.ancestors(k)}
    return [k for k in detection.places if k not in broader]


def scene_time(body: str, sentence: Span, scene: Span, when: TimeSpan | None, anchor: date | None) -> TimeSpan | None:
    """When a scene happened: its own time expression, else the sentence's unless another scene says it."""
    at = -1 if when is None else body.find(when.expression, sentence.start, sentence.end)
    if opens_on_an_answer(body, scene.start) and not (scene.start <= at < scene.end):
        # the event answered came before the answer: "struck the base on Friday in response to a chemical attack"
        return find_time(body[scene.start : scene.end], scene.start, anchor, said_lag=True)
    if when is not None and at >= 0 and not body[sentence.start : at].strip(" \"'“‘("):
        return when  # a time fronted before the sentence's first clause holds for all of it ("On Monday, X and Y")
    own = find_time(body[scene.start : scene.end], scene.start, anchor, said_lag=True)
    if own is not None or when is None:
        return own
    if at < 0 or scene.start <= at < scene.end:
        return when
    # a time told in another scene dates this one too ("Jets bombed Aleppo and rebels shelled Idlib on Monday"),
    # unless the scenes are told as one after the other ("..., after jets had bombed Latamneh in 2014")
    between = body[scene.end : at] if at >= scene.end else body[at : scene.start + _SEQUENCE_REACH]
    return None if _SEQUENCE.search(between) else when


def across_the_fronted_clause(
    body: str, sentence: Span, trigger: Span, when: TimeSpan | None, fronted_end: int
) -> bool:
    """Whether the sentence's time and the trigger lie either side of where a fronted clause ends (`fronted_end`, in
    `body`): "After seizing Tabqa on Monday the SDF attacked Raqqa" dates the seizure, not the attack; two triggers of
    the main clause share it ("After failing to agree, jets bombed X and rebels shelled Y on Monday")."""
    at = -1 if when is None else body.find(when.expression, sentence.start, sentence.end)
    return at >= 0 and (trigger.start < fronted_end) != (at < fronted_end)


# A clause opened after a trigger, telling another event: "The bombardment struck Jayrud where rebels killed a pilot";
# not "when", whose clause happens at the same time ("The assault began when militants killed three guards on Friday":
# Friday is the assault's too; eighteenth session, helper review3)
_LATER_CLAUSE = re.compile(r"\b(?:where|after|before)\b", re.IGNORECASE)
# ... with a deed of its own: someone killed, captured or shot there
_ANOTHER_DEED = re.compile(r"\b(?:killed|killing|captured|shot|executed|kidnapped|abducted|beheaded)\b", re.IGNORECASE)


def dated_in_a_later_clause(body: str, sentence: Span, trigger: Span, when: TimeSpan | None) -> bool:
    """Whether the sentence's time is told in a clause opened after the trigger ("The bombardment struck the town where
    the army says rebels killed a pilot on Friday"): the time of the event that clause tells, not the trigger's."""
    if when is None:
        return False
    at = body.find(when.expression, trigger.end, sentence.end)
    opener = _LATER_CLAUSE.search(body, trigger.end, at) if at >= 0 else None
    return opener is not None and _ANOTHER_DEED.search(body, opener.end(), at) is not None


# A clause told as another time's, whose toll is no part of the report's: "a day after 30 were killed in Deir Ezzor".
_ANOTHER_TIME = re.compile(r"\b(?:after|before|since|when|while|where|earlier|later|last|previous)\b", re.IGNORECASE)


def toll_scenes(
    detection: Detection,
    figures: Sequence[Figure],
    body: str,
    sentence: Span,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
) -> list[Detection]:
    """A report whose sentence counts its dead place by place, at places apart, split into one report a place."""
    # "the raids killed 17 militants in Salma and killed 20 in Daraa countryside": ACLED codes an event a place. The
    # sentence is cut before each toll after the first that follows a place already named.
    tolls = sorted(f.span.start for f in figures if f.kind == "fatalities" and f.span)
    if detection.scene is not None or not tolls or _ANOTHER_TIME.search(body, tolls[0], sentence.end):
        return [detection]  # "killed 9 in Raqqa, a day after 30 were killed in Deir Ezzor": another event, by anyone
    places = [m for m in mentions if m.kind == "place" and m.key in detection.places]
    cuts = [sentence.start]
    # the first toll belongs to the places before it ("jets on Douma killed 9 and killed 4 in Harasta"): no cut there
    for at in tolls[1:]:
        if any(cuts[-1] <= m.span.start < at for m in places):
            cuts.append(at)
    parts = [Span(a, b) for a, b in itertools.pairwise([*cuts, sentence.end])]
    keys = [tuple(dict.fromkeys(m.key for m in places if p.start <= m.span.start < p.end)) for p in parts]
    # a place the gazetteer lacks may lie anywhere, in a place of the other part too (a village of the province the
    # first part names): every place of every part must be one it knows
    if len(parts) < 2 or not all(keys) or not all(k in gazetteer for part in keys for k in part):
        return [detection]
    if not all(_apart(a, b, gazetteer) for a, b in itertools.combinations(keys, 2)):
        return [detection]
    return [replace(detection, places=k, scene=p) for p, k in zip(parts, keys, strict=True)]


def _apart(mine: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether no place of one part is, holds or lies in a place of the other."""

    def around(key: str) -> list[str]:
        return gazetteer.ancestors(key) if key in gazetteer else []

    return not any(a == b or b in around(a) or a in around(b) for a in mine for b in theirs)


def trigger_scenes(
    text: str, base: int, triggers: Sequence[tuple[str, re.Match[str], bool]], mentions: Sequence[Mention]
) -> tuple[list[Span], dict[int, int]]:
    """The sentence's scenes told by its triggers, and each trigger's scene: a kill verb beside them tells none, nor
    does a generic word after a means ("rocket shells fired by IS from X and Y targeted houses in Z") unless another
    unit does it ("Army units shelled Nawa while other units destroyed a bulldozer in Jasim")."""
    told = [
        (m.start(), m.end())
        for i, (t, m, generic) in enumerate(triggers)
        if t != "killing" and not (generic and i and triggers[i - 1][0] in MEANS and not another_unit(text, m))
    ] or [(0, 0)]
    scenes = scene_spans(text, base, told, mentions)
    return scenes, {
        m.start(): next(i for i, s in enumerate(scenes) if s.start <= m.start() < s.end) for _, m, _ in triggers
    }


def places_of_scene(places: tuple[str, ...], scene: Span, base: int, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The sentence's places named inside one of its scenes (relative span)."""
    inside = places_in(scene, base, mentions)
    return tuple(k for k in places if k in inside)
