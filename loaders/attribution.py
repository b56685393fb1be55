"""Attribution over an article: who says what each sentence states, past pronouns, kinds and quotations.

The cues of one sentence ("X said", "according to X", "said X", "quoted by X") are read in `sentence_attribution`.

A claimant is always an actor mention (a person, an organisation, a state, a monitor, an outlet, a ministry).
A sentence with no attribution speaks in the article's own voice. "He said"/"she said" resolves to the one
person named in the sentence or the three sentences before it, and stays unresolved when there are several.
A sentence that is only "X said." after a quotation gives the quotation (the sentence before) to X too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.model import Mention, Span
from loaders.sentence_attribution import Attribution, find_attributions
from loaders.speaker_subjects import mention_start
from loaders.speech_verbs import PUT, SAID, either

# (saying and how it was put, but "stated")
_PRONOUN_CUES = either(*SAID, "told", "added")
_PRONOUN = re.compile(rf"\b(?P<pronoun>he|she)\s+(?:also\s+|later\s+|then\s+)?(?P<cue>{_PRONOUN_CUES})\b",
                      re.IGNORECASE)  # fmt: skip
# (an organisation's making known, past and present, but "confirmed")
_IT = re.compile(
    rf"\bit\s+(?:also\s+)?(?P<cue>{either(*SAID, 'reported', 'reports', 'claimed', 'claims', 'announced')})\b"
)
ORGANISATION_CLASSES = frozenset({"MediaOutlet", "Monitor", "Organisation", "Ministry", "International"})
_QUOTE_END = re.compile(r"[\"”’']\s*$")
# (saying, "added", "stated")
_SPEAKER_ONLY_CUES = either(*SAID, "added", "stated")
_SPEAKER_ONLY = re.compile(rf"^[\"”’']?\s*(?:the\s+|a\s+|an\s+)?[^\"”“.]{{0,120}}?\b(?:{_SPEAKER_ONLY_CUES})\.?$",
                           re.IGNORECASE)  # fmt: skip

SPEAKER_CLASSES = frozenset(
    {"Person", "State", "StateForce", "NonStateArmedGroup", "Organisation", "Monitor", "MediaOutlet", "Ministry",
     "International", "Actor"}
)  # fmt: skip


def attribute_article(
    body: str,
    sentences: Sequence[Span],
    mentions: Sequence[Mention],
    classes: Mapping[str, str],
) -> list[list[Attribution]]:
    """Attributions for each sentence of an article, with "he said" and quotation carry-over resolved.

    `classes` maps entity keys to their class local names (Person, Monitor, ...); non-speakers are ignored.
    """
    speakers = [m for m in mentions if m.kind == "actor" and classes.get(m.key, "Actor") in SPEAKER_CLASSES]
    result: list[list[Attribution]] = []
    for index, sentence in enumerate(sentences):
        inside = [m for m in speakers if sentence.start <= m.span.start < sentence.end]
        found = find_attributions(body, sentence, inside, classes)
        text = body[sentence.start : sentence.end]
        if not found:
            # "what it says": "it" is the nearest organisation named before it in the sentence.
            for match in _IT.finditer(text):
                before = sentence.start + match.start()
                bodies = [m for m in inside if classes.get(m.key) in ORGANISATION_CLASSES and m.span.end <= before]
                if bodies:
                    cue = match.group("cue").lower()
                    cue_start = sentence.start + match.start("cue")
                    found.append(Attribution(bodies[-1], cue, Span(cue_start, cue_start + len(cue)), sentence))
                    break
        if not found:
            found.extend(_described(body, sentence, speakers, classes))
        if not found:
            found.extend(_carried_over(body, sentence, result[-ANAPHORA_SENTENCES:], classes))
        if not found or all(a.cue == "told" for a in found):
            # "he said" / "he told AFP": the one person named just before speaks (an outlet told only carried it).
            for match in _PRONOUN.finditer(text):
                window_start = sentences[max(0, index - 3)].start
                before = sentence.start + match.start()
                persons = {
                    m.key for m in speakers if classes.get(m.key) == "Person" and window_start <= m.span.start < before
                }
                if len(persons) > 1:
                    # Several persons named: "he" is the one who spoke last, when one of them did.
                    spoke = [a.claimant.key for found_before in result[-3:] for a in found_before]
                    persons = {k for k in spoke[-1:] if k in persons} or persons
                if len(persons) == 1:
                    key = next(iter(persons))
                    last = max((m for m in speakers if m.key == key and m.span.start < before), key=mention_start)
                    if _someone_else_spoke(body, sentences, result, index, last, before):
                        break  # "An official ... said ... . He said": he is that speaker, not Assad named before
                    cue = match.group("cue").lower()
                    cue_start = sentence.start + match.start("cue")
                    found = [Attribution(last, cue, Span(cue_start, cue_start + len(cue)), sentence)]
                    break
        result.append(found)
    # A quotation followed by "X said." belongs to X.
    for index in range(1, len(sentences)):
        current, previous = sentences[index], sentences[index - 1]
        text = body[current.start : current.end]
        if (
            result[index]
            and not result[index - 1]
            and _SPEAKER_ONLY.match(text)
            and _QUOTE_END.search(body[previous.start : previous.end])
        ):
            first = result[index][0]
            result[index - 1] = [Attribution(first.claimant, first.cue, first.cue_span, previous)]
    return result


# (saying, how it was put, and "announced")
_SPEECH = re.compile(rf"\b(?:{either(*SAID, *PUT, 'announced')})\b")


def _someone_else_spoke(
    body: str, sentences: Sequence[Span], result: Sequence[Sequence[Attribution]], index: int, person: Mention, at: int
) -> bool:
    """Whether a verb of saying stands between a person's last mention and a pronoun, in a sentence where that person
    is not the speaker found: the pronoun is that other, unnamed or unknown, speaker."""
    own = next((s for s in sentences if s.start <= person.span.start < s.end), None)
    # a verb in the person's own sentence is likely the person's ("head of the Observatory Rami Abdel Rahman said")
    cues = [m for m in _SPEECH.finditer(body, own.end if own else person.span.end, at)]
    if not cues:
        return False
    cue = cues[-1].start()
    where = next((i for i, s in enumerate(sentences[:index]) if s.start <= cue < s.end), None)
    if where is None:
        return False  # the pronoun's own sentence: '"...," Assad said and he added'
    return all(a.claimant.key != person.key for a in result[where])


# "the monitor said", "said the Britain-based monitoring group": a speaker named by its kind.
_KIND_NOUNS = {
    "monitor": "Monitor", "monitoring group": "Monitor", "watchdog": "Monitor", "war monitor": "Monitor",
    "observatory": "Monitor", "ministry": "Ministry", "news agency": "MediaOutlet", "agency": "MediaOutlet",
    "group monitoring the war": "Monitor", "group monitoring the conflict": "Monitor",
    "group tracking the violence": "Monitor", "group tracking the war": "Monitor",
    "state television": "MediaOutlet", "state tv": "MediaOutlet", "state media": "MediaOutlet",
    "state-run television": "MediaOutlet", "state-run tv": "MediaOutlet", "state-run media": "MediaOutlet",
    "state news agency": "MediaOutlet", "state-run news agency": "MediaOutlet",
    "britain-based group": "Monitor", "uk-based group": "Monitor", "london-based group": "Monitor",
    "britain-based monitoring group": "Monitor", "uk-based monitoring group": "Monitor",
}  # fmt: skip
_KIND = "|".join(sorted((re.escape(k) for k in _KIND_NOUNS), key=len, reverse=True))
_DESCRIBED_SUBJECT = re.compile(
    rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_KIND})\s+(?:also\s+|later\s+)?"
    # (saying, "added", "stated", and reporting or announcing)
    rf"(?P<cue>{either(*SAID, 'reported', 'reports', 'added', 'stated', 'announced')})\b",
    re.IGNORECASE,
)
_DESCRIBED_INVERTED = re.compile(
    rf"\b(?P<cue>{either(*SAID, 'reported', 'added')})\s+(?:\w+day\s+)?"
    rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_KIND})\b",
    re.IGNORECASE,
)


# A wire headline's credit, closing it with no verb: "Air raids kill 29 civilians in north Syria town Monitor",
# "Mortar fire in Damascus kills 12 State media"; "NGO" there is the monitor the lead names.
_HEADLINE_CREDIT = re.compile(r"\s(?P<cue>(?P<noun>Monitor(?:\s+group)?|NGO|[Ss]tate\s+(?:media|TV|television)))\s*$")


def _described(body: str, sentence: Span, speakers: Sequence[Mention], classes: Mapping[str, str]) -> list[Attribution]:
    """A speaker named by its kind ("the monitor said", a headline's "... Monitor") is the one actor of that kind
    named so far, if only one; when none is named so far, the one the article names later."""
    text = body[sentence.start : sentence.end]
    for pattern in (_DESCRIBED_SUBJECT, _DESCRIBED_INVERTED, _HEADLINE_CREDIT):
        match = pattern.search(text)
        if match is None:
            continue
        noun = re.sub(r"\s+", " ", match.group("noun").lower())
        noun = {"ngo": "monitor", "monitor group": "monitor"}.get(noun, noun)
        wanted = _KIND_NOUNS[noun]
        of_kind = [m for m in speakers if classes.get(m.key) == wanted]
        if noun.startswith("state"):
            # "state television said": only an outlet the article names as the state's ("Syrian state television").
            of_kind = [m for m in of_kind if "state" in m.span.text(body).lower()]
        candidates = [m for m in of_kind if m.span.start < sentence.end]
        if not candidates:
            # "a monitor said" in the lead, "the Syrian Observatory for Human Rights said" later: the article names it.
            candidates = of_kind
        if len({m.key for m in candidates}) != 1:
            return []
        cue = match.group("cue").lower()
        cue_start = sentence.start + match.start("cue")
        return [Attribution(candidates[-1], cue, Span(cue_start, cue_start + len(match.group("cue"))), sentence)]
    return []


# "it said" with no organisation named in the sentence; "the source added" after "a military source said".
_IT_SAID = re.compile(
    r"\b(?:[Ii]t|[Tt]he\s+group|[Tt]he\s+organi[sz]ation)\s+(?:also\s+|later\s+)?"
    rf"(?P<cue>{either(*SAID, 'added', 'reported', 'stated')})\b"
)
_THE_SOURCE = re.compile(
    # (saying, how it was put, and "noted")
    rf"\b(?:the|this|that)\s+(?:same\s+)?source\s+(?:also\s+|later\s+)?(?P<cue>{either(*SAID, *PUT, 'noted')})\b",
    re.IGNORECASE,
)
ANAPHORA_SENTENCES = 3


def _carried_over(
    body: str, sentence: Span, previous: Sequence[Sequence[Attribution]], classes: Mapping[str, str]
) -> list[Attribution]:
    """ "It said" and "the source added" speak for the organisation, or the source, that spoke in the last sentences."""
    text = body[sentence.start : sentence.end]
    for pattern, fits in (
        (_IT_SAID, lambda a: classes.get(a.claimant.key) in ORGANISATION_CLASSES | {"NonStateArmedGroup"}),
        (_THE_SOURCE, lambda a: "source" in a.claimant.span.text(body).lower()),
    ):
        match = pattern.search(text)
        if match is None:
            continue
        earlier = [a for found in previous for a in found if fits(a)]
        if earlier:
            cue = match.group("cue").lower()
            cue_start = sentence.start + match.start("cue")
            return [Attribution(earlier[-1].claimant, cue, Span(cue_start, cue_start + len(cue)), sentence)]
    return []
