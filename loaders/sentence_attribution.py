"""Sentence attribution: the cues of one sentence ("X said", "according to X", "said X", "quoted by X", "traded
accusations") and the actor mention each names as the speaker."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from loaders.model import Mention, Span
from loaders.speaker_subjects import SPEAKER_ROLES, mention_start, subject
from loaders.speech_verbs import AGAINST, MADE_KNOWN, MADE_KNOWN_NOW, PUT, SAID, either

# Speech and report verbs after their subject: "X said", "X has claimed", "X told reporters". As the one reader of a
# sentence's own cues it takes every verb a statement is reported with: the shared groups (`speech_verbs`) and, beyond
# them, their bare and present forms ("say", "tells", "confirms") and more verbs of stating ("wrote", "tweeted",
# "stressed", "documented"), which the other readers, narrower on purpose, do not take (for `attribution._THE_SOURCE`
# "claimed" would read "the source claimed the lives of two" as speech; docs/extraction.md, twenty-second session).
_OWN_VERBS = (
    "say", "tells", "claim", "report", "announces", "declared", "declares", "confirms", "states", "adds", "noted",
    "warns", "accuses", "alleged", "alleges", "insisted", "insists", "denies", "explained", "wrote", "writes",
    "tweeted", "quoted", "cited", "observed", "estimated", "estimates", "documented", "recorded", "blames",
    "acknowledged", "admitted", "disclosed", "revealed", "emphasized", "emphasised", "stressed", "affirmed", "asserted",
    "reiterated", "condemns", "denounces", "refuted", "refutes", "decried", "decries", "mentioned", "demanded",
    "demands", "vowed", "vows", "published",
)  # fmt: skip
_VERBS = (
    rf"{either(*SAID, *PUT, *MADE_KNOWN, *MADE_KNOWN_NOW, *AGAINST, *_OWN_VERBS)}|"
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
# "quoted by X", "confirmed by X": X speaks with that verb; "documented by X" and a noun ("figures compiled by X"):
# X reports.
_BY_VERBS = ("quoted", "cited", *MADE_KNOWN, "stated")
_BY_CUE = re.compile(
    rf"\b(?P<cue>(?:{either(*_BY_VERBS, 'documented')})\s+by|"
    r"(?:reports?|statements?|figures|data|a\s+report|footage|videos?|images|pictures|photos)\s+(?:\w+\s+){0,3}?by)\b",
    re.IGNORECASE,
)
# "... killed 10 people said the Syrian Observatory" (FA-KES has no commas before the inverted verb).
_INVERTED = re.compile(rf"\b(?P<cue>{either(*SAID, 'reported', *PUT)})\s+(?:on\s+)?(?:\w+day\s+)?", re.IGNORECASE)

_NEGATED = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


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
        if not cue.lower().startswith(_BY_VERBS):
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
        inverted = match.group("cue").lower() in (*SAID, "added")  # "told AFP": the outlet was told
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
        if told and (_UNNAMED_SOURCE.search(text, 0, match.start()) or _PRONOUN_BEFORE.search(text, 0, match.start())):
            # "sources close to the group told Reuters": unnamed speakers, whom the outlet only quotes; "he told
            # Reuters": the one he is speaks (resolved over the article), else the article's own voice
            continue
        add(match.group("cue"), base + match.start(), base + match.start() + len(match.group("cue")), claimant)
    return [found[k] for k in sorted(found)]


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


# Unnamed speakers right before "told": "sources close to the group told Reuters", "a resident told AFP", "an activist
# in the town who spoke on condition of anonymity told Reuters", "a relative told AFP" (twenty-fourth session: ten
# words between, relatives, a witness).
_UNNAMED_SOURCE = re.compile(
    r"\b(?:sources?|officials?|residents?|activists?|witness(?:es)?|medics|doctors|people|locals?|relatives?)\b"
    r"(?:\s+[\w-]+){0,10}\s+$",
    re.IGNORECASE,
)
# "said media activist X": the role before the name.
_ROLE_BEFORE_GAP = re.compile(rf"\s*(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){{0,2}}{SPEAKER_ROLES}\s+")
