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
from loaders.text import without_abbreviation_dot

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
# Between a subject and its verb: auxiliaries, adverbs, time words ("has", "also", "on Friday", "in a statement").
_GAP = re.compile(
    # "SANAs correspondent said": FA-KES dropped the apostrophe of the possessive.
    r"^(?:s\b)?(?:\s|'s\b|’s\b|\b(?:has|have|had|also|later|previously|earlier|then|again|repeatedly|reportedly|meanwhile|"
    r"however|"
    r"officially|on|in|a|an|the|its|his|her|their|statement|spokesman|spokeswoman|spokesperson|"
    r"\w+day|today|yesterday|late|early|just|recently|already|which|who|would|will|is|was|were|are|"
    # the kind of speaker after its name: "the Al-Manar TV channel reported", "SOHR monitoring group confirmed"
    r"tv|television|channel|newspaper|daily|website|news|agency|radio|network|monitoring|group|watchdog|monitor|"
    # whose outlet it is: "Syrias SANA state news agency reported", "SANA regime news agency reported"
    r"state|official|regime|"
    # what kind of group: "The Islamic State (IS) militant group said", "the Jaish al-Islam rebel faction said"
    r"militant|jihadist|terrorist|extremist|rebel|armed|faction|"
    # "SANA reporter in Homs said", "an AFP correspondent said", "the Hezbollah military media unit said"
    r"reporter|correspondent|correspondents|journalist|journalists|photographer|cameraman|crew|military|media|unit|"
    r"office|based|headquartered|"
    # "Syrian officials say", "Government sources said", "the UNs top aid official said": who speaks for the body
    r"officials?|sources?|senior|top|aid|security|humanitarian|"
    # any adverb: "has strongly denied", "had categorically rejected"
    r"(?!(?:ally|allies|family|rally|assembly|supply|monopoly)\b)[a-z]+ly)\b)*$",
    re.IGNORECASE,
)
# "The representative of X said": the speaker is X.
# "The Observatory [SOHR] said": some outlets bracket an abbreviation in square brackets.
_APPOSITIVE = re.compile(r"\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s|\s*\([^()]{1,80}\)|\s*\[[^\[\]]{1,80}\]|,[^,]{1,60},")
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
        second = _subject(actors, text, base, match.start("cue"))
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
        claimant = _subject(actors, text, base, match.start("cue"))
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
        claimant = _subject(actors, text, base, match.start())
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
                    last = max((m for m in speakers if m.key == key and m.span.start < before), key=_start)
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


def _start(mention: Mention) -> int:
    """Sort key: where a mention starts."""
    return mention.span.start


def _after(
    actors: Sequence[Mention], position: int, text: str, base: int, reach: int = 40, gap: re.Pattern[str] | None = None
) -> Mention | None:
    """The first actor mention starting within `reach` characters after `position`, with no clause break between."""
    for mention in sorted(actors, key=_start):
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
    for later in sorted(actors, key=_start):
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


def _subject(actors: Sequence[Mention], text: str, base: int, cue_start: int) -> Mention | None:
    """The actor that is the subject of the cue verb at `cue_start` (text offset), or None."""
    before = text[:cue_start]
    representative = _REPRESENTATIVE_SUBJECT.search(before)
    if representative:
        # "The representative of the Russian group in the Syrian Arab Republic said": the group speaks.
        start = base + representative.end()
        inside = [m for m in sorted(actors, key=_start) if m.span.start >= start and m.span.end <= base + cue_start]
        if inside and _REPRESENTED_GAP.fullmatch(text, inside[0].span.end - base, cue_start):
            return inside[0]
    headed = _headed_by_relative(actors, text, base, cue_start)
    if headed is not None:
        return headed
    for mention in sorted(actors, key=_start, reverse=True):
        if mention.span.end > base + cue_start:
            continue
        short = _abbreviation(text, mention, base)
        gap = text[mention.span.end - base + (1 if short else 0) : cue_start]  # past a short name's closing bracket
        gap = without_abbreviation_dot(
            gap, text[mention.span.start - base : mention.span.end - base]
        )  # "The U.N. says"
        gap = _APPOSITIVE.sub(" ", gap)
        if not _OWN_SUBJECT.search(gap):
            gap = _RELATIVE.sub(" ", gap)  # "the Observatory which relies on activists on the ground says"
        gap = _BARE_APPOSITIVE.sub(" ", gap)  # "The Observatory a British-based war monitor said" (no commas)
        gap = _ROLE_APPOSITIVE.sub(" ", gap)  # "Ayman Saleh a member of the local council said"
        gap = _WHERE.sub(" ", gap)  # "SANA reporter in Homs said"
        gap = _NOT_BUT.sub(" ", gap)  # "SANA did not give a death toll but said"
        if _GAP.match(gap):
            aside = _inside_appositive(text, mention.span.start - base, cue_start)
            if aside and not short:
                continue
            named = _named_before(actors, mention, text, base)  # "the head of the Observatory (SOHR)": its name
            title = _WHO_HEADS.search(text, 0, named.span.start - base) or _OF_ROLE.search(
                text, 0, named.span.start - base
            )
            if title and any(m.span.end <= named.span.start for m in actors):
                # the body in a speaker's title ("Rami Abdurrahman who heads ... the Observatory said", "Hadi
                # al-Bahra president of the Syrian Coalition warns"): the speaker, named before it, says it
                continue
            if _NOT_THEIR_VOICE.search(text[: mention.span.start - base]):
                return None  # "Opponents of Assad said": unnamed speakers, not Assad
            own = _OWN_SUBJECT.search(text[mention.span.end - base : cue_start])
            if own and _OBJECT_OF.search(text, 0, mention.span.start - base):
                return None  # "the town held by the IS group a monitoring group said": the monitor speaks
            return mention
        # Only the nearest candidates count: stop at a clause break.
        if re.search(r"[.;:\"“”]", gap):
            return None
    return None


# A comma-less appositive with a relative clause between a body and its verb: "the Palmyra Coordination Committee a
# local group that supports protest against the government reported" (the government is inside the clause).
_HEADED_RELATIVE = re.compile(
    r"\s+(?:however\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,4}?(?:group|organi[sz]ation|body|network|committee|"
    r"monitor|charity|ngo|association|outlet|website|agency|coalition|alliance|collective)\s+(?:of\s+[\w-]+\s+"
    r"(?:[\w-]+\s+)?)?(?:that|which|who)\s+(?:is\s+|are\s+|was\s+|has\s+|have\s+)?[a-z]+(?:s|ed)\b"
    r"[^.;:\"“”,]{0,100}",
    re.IGNORECASE,
)


def _headed_by_relative(actors: Sequence[Mention], text: str, base: int, cue_start: int) -> Mention | None:
    """The body before an appositive with a relative clause that runs up to the cue, if any."""
    for mention in sorted(actors, key=_start, reverse=True):
        if mention.span.end > base + cue_start:
            continue
        gap = text[mention.span.end - base : cue_start]
        if re.search(r"[.;:\"“”,]", gap) or len(gap) > 180:
            return None
        if _HEADED_RELATIVE.fullmatch(gap) and not _OWN_SUBJECT.search(gap):
            return mention
    return None


# What a speaker did not say, before what it did: "X did not give a death toll for the ambush but said".
_NOT_BUT = re.compile(
    r"\s(?:did|does|do|has|have|had|would|could)\s+(?:not|never)\s+[^.;:\"“”]{1,120}?\s+but\s+(?=(?:\w+\s+)?$)",
    re.IGNORECASE,
)
# Unnamed speakers right before "told": "sources close to the group told Reuters", "a resident told AFP".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:sources?|officials?|residents?|activists?|witnesses|medics|doctors|people|locals?)\b(?:\s+[\w-]+){0,5}\s+$",
    re.IGNORECASE,
)
# A speaker of its own closing a relative clause: "rebels that had hit the capital a monitoring group said".
_OWN_SUBJECT = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:group|monitor|watchdog|observatory|ministry|agency|sources?|officials?|"
    r"activists|residents|witnesses|media|television|tv)\s*$",
    re.IGNORECASE,
)
# A relative clause between a subject and its verb ("X which closely monitors the fighting said").
# "that" only as a subject ("El-Dorar that is affiliated to the opposition said"), not "reports that Assad said".
_RELATIVE = re.compile(
    r"^\s*(?:,\s*)?(?:which|who|that(?=\s+(?:is|was|are|were|has|have|had|[a-z]+s)\b))\s+[^.;:\"“”,]{1,90}$",
    re.IGNORECASE,
)
# An appositive without commas (FA-KES removed them): "X a British-based war monitor said".
_BARE_APPOSITIVE = re.compile(
    # "X an NGO however has put", "X however a Beirut-based NGO has put", "X another monitoring group says"
    r"^\s+(?:however\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,4}?(?:collective|group|monitor|organi[sz]ation|network|agency|outlet|website|"
    r"channel|newspaper|body|watchdog|ngo|charity|official|spokes(?:man|woman|person)|commander|activist|source)\b",
    re.IGNORECASE,
)
# An actor that is the object of a preposition ("held by the extremist IS group"), so no subject of a verb after it.
_OBJECT_OF = re.compile(r"\b(?:by|of|in|from|against|on|with|at|to|for)\s+(?:[a-z][\w-]*\s+){0,2}$")
# A role with what it is of, between a person and the verb: "Ayman Saleh a member of the FSA southern command said".
# What a person named with a role is: "Ayman Saleh a member of ...", "Hadi al-Bahra president of ..." (also used by
# `extract` to mint such speakers).
SPEAKER_ROLES = (
    r"(?:member|commander|spokes(?:man|woman|person)|official|activist|resident|leader|doctor|nurse|director|head|"
    r"chief|journalist|lawyer|researcher|analyst|medic|volunteer|fighter|witness|president|minister|chairman|"
    r"governor|mayor)"
)
# "said media activist X": the role before the name.
_ROLE_BEFORE_GAP = re.compile(rf"\s*(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){{0,2}}{SPEAKER_ROLES}\s+")
_ROLE_APPOSITIVE = re.compile(
    # "Ayman Saleh a member of the council said", "Mowafaq Jomah the president of ...", "Mohammad al-Shaar Syrias
    # interior minister told", "Hadi al-Bahra president of the Coalition warns"
    r"^\s+(?:(?:(?:a|an|one\s+of\s+the)\s+|[A-Z][a-z]+s\s+)(?:[\w'’-]+\s+){0,3}?"
    rf"{SPEAKER_ROLES}s?\b(?:\s+(?:of|for|in|at|with|within|from|based)\b[^.;:\"“”]{{0,70}})?"
    # "the president of", "president of": without "a", only a role of something is an apposition
    rf"|(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{SPEAKER_ROLES}\s+(?:of|at)\b[^.;:\"“”]{{0,70}})\s*$",
    re.IGNORECASE,
)
# An actor inside "who heads / who leads / who runs ..." describes the one named before it.
_WHO_HEADS = re.compile(
    r"\bwho\s+(?:heads|leads|runs|directs|chairs|founded|commands|works\s+for|speaks\s+for)\s+(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
# An actor after "<role> of" belongs to the speaker's title: "Hadi al-Bahra president of the Syrian Coalition".
_OF_ROLE = re.compile(rf"\b{SPEAKER_ROLES}\s+of\s+(?:the\s+)?(?:[\w]+-[a-z][\w-]*\s+){{0,3}}$", re.IGNORECASE)
# Where a speaker is, between its name and its verb: "SANA reporter in Hasaka province said".
_WHERE = re.compile(
    # "the Local Coordination Committee of Deir al-Adas said": where the body sits, a name of one or two words
    r"\b(?:in|from|of)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w-]*)?"
    r"(?:\s+(?:province|city|countryside|governorate))?|"
    r"(?:town|city|village|area|region|province|capital|north|south|east|west))\b"
)
# Speakers named by their relation to an actor who is not speaking: "opponents of Bashar al-Assad said".
_NOT_THEIR_VOICE = re.compile(
    r"\b(?:opponents|critics|enemies|rivals|foes|adversaries|victims|detractors)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# Between the body a representative speaks for and the verb: where, a name, no clause ("A commander of al-Qaeda's
# Nusra Front was killed in clashes ... FNA reports" is no representative's statement).
_REPRESENTED_GAP = re.compile(r"[^.;:\"“”]{0,80}")
# A subject that names a speaker by role and the body they speak for.
_REPRESENTATIVE_SUBJECT = re.compile(
    r"(?:^|[\"”’.,]\s*)(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:representative|representatives|spokesman|spokeswoman|"
    r"spokesperson|official|officials|source|sources|commander|envoy|statement|bulletin|chairman|chairwoman|chair|"
    r"head|director|chief|coordinator|founder)\s+(?:of|for|from|at)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def _abbreviation(text: str, mention: Mention, base: int) -> bool:
    """Whether a mention is alone in brackets: the short name of the body named before it ("the UN Children's agency
    (UNICEF) said"), which speaks."""
    start, end = mention.span.start - base, mention.span.end - base
    return start > 0 and end < len(text) and text[start - 1] in "([" and text[end] in ")]"


def _named_before(actors: Sequence[Mention], mention: Mention, text: str, base: int) -> Mention:
    """For a short name in brackets, the mention of the full name right before it; otherwise the mention itself."""
    if not _abbreviation(text, mention, base):
        return mention
    before = sorted((m for m in actors if m.span.end <= mention.span.start - 1), key=_start)
    if before and not text[before[-1].span.end - base : mention.span.start - base - 1].strip():
        return before[-1]
    return mention


def _inside_appositive(text: str, start: int, cue_start: int) -> bool:
    """Whether a mention sits inside a dash- or bracket-enclosed aside that closes before the cue."""
    return any(match.start() <= start < match.end() for match in _APPOSITIVE.finditer(text[:cue_start]))
