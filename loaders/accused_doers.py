"""Doers named by blame: "rebels blamed Russian warplanes for Monday's attack" names who struck (roles36)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.engagement_passes import ONE_ATTACKER_TYPES, EngagementDraft
from loaders.engagements import COMBATANT_CLASSES
from loaders.model import Mention, Sentence

# News English names the side a report holds responsible with "accused X of", "blamed X for" and their passives ("X
# were accused of using chemical weapons"). The guard on accusations (`trigger_guards._PURPOSE`) rightly makes no
# engagement of them; but when the act blamed is one the article tells, the accused is its doer as the report has it,
# the attacker an event coder records. The act blamed: gas, or carrying out an attack (an act of the kind, by its
# noun or its verb). Not "accused X of killing" nor "of crimes": those name no one strike.
_CHEMICAL = re.compile(
    r"(?:gassing|(?:using|use\s+of|deploying|dropping|firing)\s+(?:[\w\"“”-]+\s+){0,2}?[\"“]?"
    r"(?:chemical|toxic|poison(?:ous)?|chlorine|sarin|nerve)\b|(?:a|the)\s+(?:[\w'’-]+\s+)?"
    r"(?:chemical|gas|toxic|chlorine|sarin)\s+(?:weapons?\s+)?attack)",
    re.IGNORECASE,
)
_ATTACK_NOUN = r"(?:attacks?|(?:air\s*)?strikes?|raids?|bombings?|shelling|bombardment|assault)\b"
_ACT = re.compile(
    r"(?:(?:carrying\s+out|conducting|launching|staging|perpetrating|being\s+behind)\s+)?"
    r"(?:the|this|that|these|those|[\w-]+['’]?s)\s+(?:[\w-]+\s+){0,2}?"
    + _ATTACK_NOUN
    + r"|(?:bombing|shelling|striking|attacking)\b",
    re.IGNORECASE,
)
_ACCUSE = r"(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))"
_ACTIVE = re.compile(rf"\b{_ACCUSE}\s+(?:the\s+)?$", re.IGNORECASE)
# the accused's name may end in a word the mention leaves out ("Syrian army units of")
_OF_AFTER = re.compile(r"(?:\s+(?!(?:of|for)\b)[\w-]+){0,2}?\s+(?:of|for)\s+", re.IGNORECASE)
_PASSIVE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,5}?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+)"
    r"(?:[\w-]+ly\s+)?(?:accused|blamed)\s+(?:of|for)\s+",
    re.IGNORECASE,
)
# what may stand between the accused and "of": a determiner or a few words of the accused's name, no clause
_NO_BREAK = re.compile(r"[,;:]|\b(?:and\s+said|who|which|that|after|when|while)\b", re.IGNORECASE)
_WINDOW = 3  # sentences on either side of the blame the act may be told in


def _blamed(
    body: str, sentence: Sentence, mentions: Sequence[Mention], classes: Mapping[str, str]
) -> list[tuple[list[str], bool]]:
    """(accused keys, chemical?) of each blame in one sentence."""
    armed = [m for m in mentions if m.kind == "actor" and classes.get(m.key) in COMBATANT_CLASSES]
    out: list[tuple[list[str], bool]] = []
    for m in armed:
        after = None
        if _ACTIVE.search(body, max(sentence.span.start, m.span.start - 30), m.span.start) and (
            (of := _OF_AFTER.match(body, m.span.end)) is not None
        ):
            after = of.end()
        elif (passive := _PASSIVE.match(body, m.span.end)) is not None and not _NO_BREAK.search(passive.group(0)):
            after = passive.end()
        if after is None:
            continue
        if _CHEMICAL.match(body, after):
            out.append(([m.key], True))
        elif _ACT.match(body, after):
            out.append(([m.key], False))
    return out


def accused_doers(
    engagements: list[EngagementDraft],
    body: str,
    mined: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Mention]],
    classes: Mapping[str, str],
) -> list[EngagementDraft]:
    """An engagement no report attributes is by the side a sentence near its report blames for an act of its kind."""

    def told_in(e: EngagementDraft) -> set[int]:
        at = {e.sentence, e.latest} if e.latest >= 0 else {e.sentence}
        for c in e.claims:
            at |= {i for i, s in enumerate(mined) if s.span.start <= c.evidence.start < s.span.end}
        return at

    for index, sentence in enumerate(mined):
        for keys, chemical in _blamed(body, sentence, per_sentence[index], classes):
            kinds = ("chemical-weapon", "air-strike", "shelling") if chemical else ONE_ATTACKER_TYPES
            here = {m.key for m in per_sentence[index] if m.kind == "place"}
            open_ = [e for e in engagements if e.type in kinds and not e.attackers and not e.unnamed_agent]
            near = [(min(abs(i - index) for i in told_in(e)), e) for e in open_]
            near = [(d, e) for d, e in near if d <= _WINDOW]
            # a blame that says where names the act told there ("accused of using gas in Hama province")
            placed = [(d, e) for d, e in near if here & set(e.places)]
            pick = min(placed or near, key=lambda de: (de[0], min(told_in(de[1])) > index), default=None)
            if pick is not None:
                pick[1].attackers = [k for k in keys if k not in pick[1].targets]
    return engagements
