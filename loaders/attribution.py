"""Attribution: who says what a sentence states ("X said", "according to X", "said X", "quoted by X").

A claimant is always an actor mention (a person, an organisation, a state, a monitor, an outlet, a ministry).
A sentence with no attribution speaks in the article's own voice. "He said"/"she said" resolves to the one
person named in the sentence or the three sentences before it, and stays unresolved when there are several.
A sentence that is only "X said." after a quotation gives the quotation (the sentence before) to X too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from loaders.model import Mention, Span
from loaders.speaker_subjects import SPEAKER_ROLES, mention_start, subject

# Speech and report verbs after their subject: "X said", "X has claimed", "X told reporters".
_VERBS = (
    r"said|says|say|told|tells|claimed|claims|claim|reported|reports|report|announced|announces|declared|declares|"
    r"confirmed|confirms|stated|states|added|adds|noted|warned|warns|accused|accuses|alleged|alleges|insisted|"
    r"insists|denied|denies|explained|wrote|writes|tweeted|quoted|cited|observed|estimated|estimates|"
    r"documented|recorded|blamed|blames|acknowledged|admitted|disclosed|revealed|emphasized|emphasised|stressed|"
    r"affirmed|asserted|reiterated|condemned|condemns|denounced|denounces|refuted|refutes|decried|decries|mentioned|"
    r"demanded|demands|vowed|vows|published|"
    # "MSF released a statement", "IS has released a new video": what a body puts out it states (not captives)
    r"releas(?:ed|es)(?=\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:new\s+|short\s+)?(?:statements?|videos?|footage|images|"
    r"pictures|photos|photographs|reports?|figures|recordings?|communiqu[eé]s?)\b)|"
    # "the Syrian Center for Policy Research has put the death toll at 470000": a toll is stated
    r"(?:put(?:s)?|gave|gives)(?=\s+(?:the\s+|a\s+)?(?:new\s+|higher\s+|lower\s+|overall\s+|total\s+)?(?:death\s+)?toll\b)"
)
# "the strike claimed the lives of eight", "has claimed 20 lives": a toll, not a statement.
_CUE_AFTER_SUBJECT = re.compile(
    rf"\b(?P<cue>{_VERBS})\b(?!(?:(?<=claimed)|(?<=claims)|(?<=claim))\s+(?:the\s+)?(?:lives|life|"
    r"\d[\d,]*\s+(?:lives|people|civilians)|at\s+least|more\s+than|dozens|hundreds|scores)\b)",
    re.IGNORECASE,
)
# Two sides accusing each other: "have traded accusations", "blamed each other".
_MUTUAL = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:been\s+)?)?(?P<cue>trad(?:ed|ing)\s+(?:accusations|blame)|"
    r"(?:accused|blamed)\s+(?:each\s+other|one\s+another))\b",
    re.IGNORECASE,
)
# What an outlet's reporter saw: "an AFP photographer saw", "with an AFP photographer reporting civilians streaming".
_WITNESS = re.compile(
    r"\b(?:reporter|correspondent|journalist|photographer|cameraman)s?\s+(?:in\s+[A-Z][\w-]*\s+)?"
    r"(?P<cue>saw|witnessed|counted|reporting)\b",
    re.IGNORECASE,
)
_QUOTED_AS_SAYING = re.compile(r"\b(?P<cue>quoted|cited|quoting|citing)\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_AS_SAYING = re.compile(r"[^.;:\"“”]{0,40}?\bas\s+(?:saying|stating|telling|reporting)\b", re.IGNORECASE)
# "citing an NDF official": the official speaks for the actor.
_ROLE_AFTER = re.compile(
    r"\s+(?:officials?|sources?|spokes(?:man|woman|person)|commanders?|statements?|representatives?)\b", re.IGNORECASE
)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
_WITH = re.compile(r"\bwith\s+(?:the\s+)?", re.IGNORECASE)
# "with President Putin warning against a rush to judgement", "with an army source telling Sputnik that ..."
_SAYING_AFTER = re.compile(
    r"\s+(?:also\s+)?(?P<cue>saying|reporting|telling|warning|claiming|insisting|denying|accusing|blaming|adding)\b",
    re.IGNORECASE,
)
_BY_CUE = re.compile(
    r"\b(?P<cue>(?:quoted|cited|reported|confirmed|announced|stated|claimed|documented)\s+by|"
    r"(?:reports?|statements?|figures|data|a\s+report|footage|videos?|images|pictures|photos)\s+(?:\w+\s+){0,3}?by)\b",
    re.IGNORECASE,
)
# "... killed 10 people said the Syrian Observatory" (FA-KES has no commas before the inverted verb).
_INVERTED = re.compile(r"\b(?P<cue>said|says|reported|added|told|stated)\s+(?:on\s+)?(?:\w+day\s+)?",
                       re.IGNORECASE)  # fmt: skip
_PRONOUN = re.compile(r"\b(?P<pronoun>he|she)\s+(?:also\s+|later\s+|then\s+)?(?P<cue>said|says|told|added)\b",
                      re.IGNORECASE)  # fmt: skip
_IT = re.compile(r"\bit\s+(?:also\s+)?(?P<cue>said|says|reported|reports|claimed|claims|announced)\b")
ORGANISATION_CLASSES = frozenset({"MediaOutlet", "Monitor", "Organisation", "Ministry", "International"})
_NEGATED = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
_QUOTE_END = re.compile(r"[\"”’']\s*$")
_SPEAKER_ONLY = re.compile(r"^[\"”’']?\s*(?:the\s+|a\s+|an\s+)?[^\"”“.]{0,120}?\b(?:said|added|stated|says)\.?$",
                           re.IGNORECASE)  # fmt: skip

SPEAKER_CLASSES = frozenset(
    {"Person", "State", "StateForce", "NonStateArmedGroup", "Organisation", "Monitor", "MediaOutlet", "Ministry",
     "International", "Actor"}
)  # fmt: skip


@dataclass(frozen=True)
class Attribution:
    """One attributed statement: the claimant's mention, the cue, where the cue is, and the evidence span."""

    claimant: Mention
    cue: str
    cue_span: Span
    evidence: Span


def find_attributions(
    body: str, sentence: Span, mentions: Sequence[Mention], classes: Mapping[str, str] | None = None
) -> list[Attribution]:
    """Attributions stated inside one sentence (actor mentions only), in order of their cues.

    >>> body = "IS seized the town, the Observatory said."
    >>> obs = Mention(Span(20, 35), "actor/sohr", "actor")
    >>> [(a.claimant.key, a.cue) for a in find_attributions(body, Span(0, len(body)), [obs])]
    [('actor/sohr', 'said')]
    """
    text = body[sentence.start : sentence.end]
    base = sentence.start
    actors = [m for m in mentions if m.kind == "actor" and sentence.start <= m.span.start < sentence.end]
    # (cue start, slot): one speaker per cue, but a second slot for the other side of "traded accusations"
    found: dict[tuple[int, int], Attribution] = {}
    taken: set[tuple[int, int]] = set()

    def add(cue: str, cue_start: int, cue_end: int, claimant: Mention | None, slot: int = 0) -> None:
        if claimant is None or _NEGATED.search(text[: cue_start - base]):
            return
        if (claimant.span.start, claimant.span.end) in taken:
            return
        taken.add((claimant.span.start, claimant.span.end))
        found[cue_start, slot] = Attribution(claimant, cue.lower(), Span(cue_start, cue_end), sentence)

    for match in _ACCORDING.finditer(text):
        add("according to", base + match.start(), base + match.end(), _after(actors, base + match.end(), text, base))
    for match in _BY_CUE.finditer(text):
        claimant = _after(actors, base + match.end(), text, base, reach=12)
        cue = re.sub(r"\s+", " ", match.group("cue"))
        if not cue.lower().startswith(("quoted", "cited", "reported", "confirmed", "announced", "stated", "claimed")):
            cue = "reported"  # "reports handed over by X": X reports
        add(cue, base + match.start(), base + match.end(), claimant)
    for match in _QUOTED_AS_SAYING.finditer(text):
        # "Sana quoted a military source as saying": the one quoted speaks, the outlet carries it.
        quoted = _after(actors, base + match.end(), text, base, reach=6)
        if quoted is not None and (
            _AS_SAYING.match(text, quoted.span.end - base) or _ROLE_AFTER.match(text, quoted.span.end - base)
        ):
            add(
                match.group("cue").lower(), base + match.start(), base + match.start() + len(match.group("cue")), quoted
            )
    for match in _WITH.finditer(text):
        # "reported by state media with the official SANA news agency saying at least four had been killed"
        speaker = _after(actors, base + match.end(), text, base, reach=12)
        saying = _SAYING_AFTER.match(text, speaker.span.end - base) if speaker is not None else None
        if speaker is not None and saying is not None:
            add("saying", base + saying.start("cue"), base + saying.end("cue"), speaker)
    for match in _MUTUAL.finditer(text):
        # "Syrian regime and rebels have traded accusations": each side claims
        second = subject(actors, text, base, match.start("cue"))
        if second is None:
            continue
        earlier = [m for m in actors if m.span.end <= second.span.start]
        first = earlier[-1] if earlier else None
        gap = text[first.span.end - base : second.span.start - base] if first is not None else ""
        if first is not None and re.fullmatch(r"\s+and\s+(?:the\s+)?(?:[a-z]+\s+)?", gap):
            add(match.group("cue"), base + match.start("cue"), base + match.end("cue"), first, slot=1)
        add(match.group("cue"), base + match.start("cue"), base + match.end("cue"), second)
    for match in _WITNESS.finditer(text):
        # "an AFP photographer saw massive destruction": what the outlet's reporter saw, the outlet reports
        claimant = subject(actors, text, base, match.start("cue"))
        if claimant is not None and (classes or {}).get(claimant.key) == "MediaOutlet":
            add(match.group("cue"), base + match.start("cue"), base + match.end("cue"), claimant)
    for match in _CUE_AFTER_SUBJECT.finditer(text):
        if (base + match.start(), 0) in found:
            continue
        if re.match(r"\s+by\b", text[match.end() :]):
            continue  # "reported by X" is handled above
        closing = _after(actors, base + match.end(), text, base, reach=2)
        inverted = match.group("cue").lower() in ("said", "says", "added")  # "told AFP": the outlet was told
        if inverted and closing is not None and re.fullmatch(r"[.!?\"”’)\s]*", text[closing.span.end - base :]):
            continue  # "... the sect of President Bashar al-Assad said Talal al-Barazi.": the name after speaks
        claimant = subject(actors, text, base, match.start())
        add(match.group("cue"), base + match.start(), base + match.end(), claimant)
    for match in _INVERTED.finditer(text):
        told = match.group("cue").lower() == "told"
        if (base + match.start(), 0) in found or (_PRONOUN_BEFORE.search(text, 0, match.start()) and not told):
            continue  # "It said rebels attacked": the speaker is the pronoun, not what follows
        claimant = _after(actors, base + match.end(), text, base, reach=8, gap=_INVERTED_GAP)
        if claimant is None:
            # "said media activist Yaarab Dali": a person after the role, in lower case
            person = _after(actors, base + match.end(), text, base, reach=40, gap=_ROLE_BEFORE_GAP)
            if person is not None and (classes or {}).get(person.key) == "Person":
                claimant = person
        if claimant is not None:
            # "said Observatory head Rami Abdel Rahman": the person named with a role in the body speaks
            person = _after(actors, claimant.span.end, text, base, reach=20, gap=_ROLE_GAP)
            if person is not None and (classes or {}).get(person.key) == "Person":
                claimant = person
        if claimant is None or not _SPEAKER_END.match(text, claimant.span.end - base):
            continue  # "said the army attacked": the actor after the verb is the subject of what was said
        if told and (classes or {}).get(claimant.key) != "MediaOutlet":
            continue  # "X told the envoy": the one told is no speaker; "told AFP": the outlet carried it
        if told and _UNNAMED_SOURCE.search(text, 0, match.start()):
            continue  # "sources close to the group told Reuters": unnamed speakers, whom the outlet only quotes
        add(match.group("cue"), base + match.start(), base + match.start() + len(match.group("cue")), claimant)
    return [found[k] for k in sorted(found)]


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


_SPEECH = re.compile(r"\b(?:said|says|told|added|stated|announced)\b")


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
    rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_KIND})\s+(?:also\s+|later\s+)?(?P<cue>said|says|reported|"
    rf"reports|added|stated|announced)\b",
    re.IGNORECASE,
)
_DESCRIBED_INVERTED = re.compile(
    rf"\b(?P<cue>said|says|reported|added)\s+(?:\w+day\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_KIND})\b",
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
    r"\b(?:[Ii]t|[Tt]he\s+group|[Tt]he\s+organi[sz]ation)\s+(?:also\s+|later\s+)?(?P<cue>said|says|added|reported|stated)\b"
)
_THE_SOURCE = re.compile(
    r"\b(?:the|this|that)\s+(?:same\s+)?source\s+(?:also\s+|later\s+)?(?P<cue>said|says|added|told|noted|stated)\b",
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


def _after(
    actors: Sequence[Mention], position: int, text: str, base: int, reach: int = 40, gap: re.Pattern[str] | None = None
) -> Mention | None:
    """The first actor mention starting within `reach` characters after `position`, with no clause break between."""
    for mention in sorted(actors, key=mention_start):
        if position <= mention.span.start <= position + reach:
            between = text[position - base : mention.span.start - base]
            if re.search(r"[.;:\"“”]|\bsaid\b", between):
                return None
            if gap is not None and not gap.fullmatch(between):
                return None
            return _outlet_of(actors, mention, text, base) or mention
    return None


# "DAESH affiliated news agency Amaq", "the IS-linked Amaq agency": the outlet speaks, not the group it serves.
_AFFILIATED = re.compile(r"(?:-|\s+)(?:affiliated|linked|run|backed|owned|controlled|funded)\s+", re.IGNORECASE)


def _outlet_of(actors: Sequence[Mention], mention: Mention, text: str, base: int) -> Mention | None:
    """The actor named right after "<mention>-affiliated / -linked / -run ...", if any."""
    match = _AFFILIATED.match(text, mention.span.end - base)
    if match is None:
        return None
    for later in sorted(actors, key=mention_start):
        if later.span.start >= base + match.end():
            words = text[match.end() : later.span.start - base]
            return later if re.fullmatch(r"(?:[\w-]+\s+){0,3}", words) else None
    return None


_PRONOUN_BEFORE = re.compile(r"\b(?:it|he|she|they|we|I|you)\s+(?:also\s+)?$", re.IGNORECASE)
# What may follow an inverted speaker: the sentence end, an aside, or a light continuation.
_SPEAKER_END = re.compile(
    r"\s*(?:[.!?\"”’)]*\s*$|[,(;:\[-]|\s+(?:a|an|the|which|who|in|on|citing|adding|quoting|quoted|according|"
    r"\w+day|late|earlier|monitor|monitoring|group|news|agency|director|chief|head|spokesman|spokeswoman|"
    r"spokesperson|official|officials|commander|minister|envoy|representative)\b)",
    re.IGNORECASE,
)
# Between an inverted cue and its speaker: "said the Observatory", "said on Friday the monitor".
_ROLE_GAP = re.compile(
    r"\s*(?:['’]s\s+)?(?:head|chief|director|spokes(?:man|woman|person)|official|commander|minister|founder|"
    r"president|leader|chairman)\s+",
    re.IGNORECASE,
)
_INVERTED_GAP = re.compile(r"\s*(?:(?:the|a|an|on|\w+day)\s+)*", re.IGNORECASE)


# Unnamed speakers right before "told": "sources close to the group told Reuters", "a resident told AFP".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:sources?|officials?|residents?|activists?|witnesses|medics|doctors|people|locals?)\b(?:\s+[\w-]+){0,5}\s+$",
    re.IGNORECASE,
)
# "said media activist X": the role before the name.
_ROLE_BEFORE_GAP = re.compile(rf"\s*(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){{0,2}}{SPEAKER_ROLES}\s+")
