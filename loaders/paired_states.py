"""A country named beside a state that acts, as the subject of a verb of diplomacy, acts too ("Russia and China
vetoed the resolution"): the country is a state then, not a place (docs/extraction.md, "Mentions"; twentieth
session)."""

from __future__ import annotations

import re

from graph.iris import slug
from loaders.aliases import fold
from loaders.gazetteer import Gazetteer
from loaders.mention_context import LOCATIVES
from loaders.model import Mention

# What states do as governments, with what may stand between the subject and its verb ("have repeatedly vetoed")
_STATE_VERB = re.compile(
    r"\s+(?:(?:have|has|had|also|both|jointly|repeatedly|already|previously|again|together|since|"
    # negated or modal, a government's act still ("did not veto", "would never sign"; twenty-first session, places9)
    r"did|do|does|not|never|didnt|dont|doesnt|havent|hasnt|will|would|could|may|might|refused\s+to)\s+){0,3}"
    r"(?:vetoed|vetoes|veto|blocked|block|signed|sign|brokered|broker|sponsored|agreed|agree|condemned|condemn|"
    r"demanded|demand|urged|urge|rejected|reject|voted|vote|abstained|proposed|propose|warned|warn|"
    r"called\s+for|call\s+for|denounced|denounce|opposed|oppose|backed|back(?!\s+(?:in|to|from|home|then|when|at|into|on)\b)|support|supported)\b"
)  # "back" as an adverb is no verb: "fled to Russia and China back in 2012" (twentieth session, helper review9)
# The word before the pair, skipping "the": a locative before it makes the pair where something is, not who acts
_WORD_BEFORE = re.compile(r"([\w-]+)\s+(?:the\s+)?$")
# "Russia a Syrian ally and China": an appositive opened by a determiner may follow the first state
_AND_BEFORE = re.compile(r"(?:\s+(?:a|an|the|its)(?:\s+[\w'’-]+){1,3})?\s+and\s+")
_AND_AFTER = re.compile(r"\s+and\s+")


def states_paired_with_a_state(
    body: str, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """A foreign country's place mention joined by "and" to a state's actor mention, the two the subject of a verb
    of diplomacy, becomes a local actor of the country's name."""
    out = list(found)
    for i, m in enumerate(found):
        if not _foreign_country(m, gazetteer) or not _paired_with_state(body, found, i, gazetteer):
            continue
        label = body[m.span.start : m.span.end]
        key = f"actor/local/{slug(label)}"
        local_entities.setdefault(key, ("actor", label))
        out[i] = Mention(m.span, key, "actor", linked=False)
    return out


def _foreign_country(m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a place that is a country other than Syria."""
    if m.kind != "place" or m.key not in gazetteer:
        return False
    return gazetteer.get(m.key).cls == "Country" and not gazetteer.in_syria(m.key)


def _paired_with_state(body: str, found: list[Mention], i: int, gazetteer: Gazetteer) -> bool:
    """Whether found[i] and a state's actor mention next to it, joined by "and", open a verb of diplomacy."""
    m = found[i]
    before = found[i - 1] if i > 0 else None
    after = found[i + 1] if i + 1 < len(found) else None
    if before is not None and _state(before, gazetteer) and _AND_BEFORE.fullmatch(body, before.span.end, m.span.start):
        return _STATE_VERB.match(body, m.span.end) is not None and not _governed(body, before.span.start)
    if after is not None and _state(after, gazetteer) and _AND_AFTER.fullmatch(body, m.span.end, after.span.start):
        return _STATE_VERB.match(body, after.span.end) is not None and not _governed(body, m.span.start)
    return False


def _governed(body: str, start: int) -> bool:
    """Whether the pair opening at `start` follows a locative: the object of "from", "in", "to", no subject ("Exports
    from Russia and China support ..."; twentieth session, helper review9)."""
    word = _WORD_BEFORE.search(body, max(0, start - 30), start)
    return word is not None and fold(word.group(1)) in LOCATIVES


def _state(m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a state's actor mention."""
    return m.kind == "actor" and m.key in gazetteer and gazetteer.get(m.key).cls == "State"
