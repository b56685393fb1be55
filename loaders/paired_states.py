"""A country named beside a state that acts, as the subject of a verb of diplomacy, acts too ("Russia and China
vetoed the resolution"): the country is a state then, not a place (docs/extraction.md, "Mentions"; twentieth
session)."""

from __future__ import annotations

import re
from functools import cache

from graph.iris import slug
from loaders.aliases import fold
from loaders.gazetteer import Gazetteer
from loaders.mention_context import LOCATIVES, sentence_initial
from loaders.model import Mention
from loaders.report_places import is_country

# What states do as governments, with what may stand between the subject and its verb ("have repeatedly vetoed")
_STATE_VERB = re.compile(
    # a relative pronoun, the pair its antecedent ("Russia and China which back Assad", FA-KES's lost comma; placefp31)
    r"\s+(?:(?:which|who|have|has|had|also|both|jointly|repeatedly|already|previously|again|together|since|"
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
        if not _foreign_country(m, gazetteer):
            continue
        if not (_paired_with_state(body, found, i, gazetteer) or _subject_alone(body, m)):
            continue
        label = body[m.span.start : m.span.end]
        key = f"actor/local/{slug(label)}"
        local_entities.setdefault(key, ("actor", label))
        out[i] = Mention(m.span, key, "actor", linked=False)
    return out


# a sentence adverb between a subject and its verb ("Germany meanwhile called for access", FA-KES's lost commas)
_ADVERB = re.compile(r"(?:\s{1,3}(?:meanwhile|however|instead|in\s{1,3}turn|separately|for\s{1,3}its\s{1,3}part))?")


def _subject_alone(body: str, m: Mention) -> bool:
    """Whether a country opening its sentence is the subject of a verb of diplomacy ("Germany called for access")."""
    if not sentence_initial(body, m.span.start):
        return False
    adverb = _ADVERB.match(body, m.span.end)
    return adverb is not None and _STATE_VERB.match(body, adverb.end()) is not None


def _foreign_country(m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a place that is a country other than Syria."""
    return m.kind == "place" and is_country(m.key, gazetteer) and not gazetteer.in_syria(m.key)


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


# A capital that stands for a state in the tables ("Moscow", "Damascus"), joined by "and" or "or" to another such
# capital: "criticism of both Moscow and Damascus", "Ankara or Damascus will decide" (placefp30)
_PAIR_AND = re.compile(r"\s+(?:and|or)\s+")
_BOTH_BEFORE = re.compile(r"(?:\b(?:both|either|neither)\s+)?$", re.IGNORECASE)
# Where a pair of capitals is ground, not governments: "flights between Moscow and Damascus", "in Ankara and
# Damascus"; "of", "for", "on" are left out: "criticism of", "support for", "pressure on" are done to governments
_WHERE = frozenset(
    fold(w)
    for w in """in inside into at from to near between across through via towards toward around outside within
    throughout reached entered visited visiting flew fly flights""".split()  # noqa: SIM905
)


def capitals_paired_with_capitals(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A capital read as a place, coordinated with another capital that stands for its state, is its state too: the
    items of one coordination are things of one kind, and a foreign capital so named is a government."""
    metonyms = state_metonyms(gazetteer)
    out = list(found)
    for i, m in enumerate(found):
        state = metonyms.get(body[m.span.start : m.span.end])
        if m.kind != "place" or state is None:
            continue
        start = _pair_start(body, m, metonyms)
        if start is None:
            continue
        start = _BOTH_BEFORE.search(body, max(0, start - 10), start).start()  # type: ignore[union-attr]
        word = _WORD_BEFORE.search(body, max(0, start - 30), start)
        if word is not None and fold(word.group(1)) in _WHERE:
            continue
        out[i] = Mention(m.span, state, "actor")
    return out


def _pair_start(body: str, m: Mention, metonyms: dict[str, str]) -> int | None:
    """Where the pair a capital stands in opens, when the word joined to it by "and" or "or" is another capital,
    of a state other than its own; else None."""
    own = metonyms[body[m.span.start : m.span.end]]
    before, after = _pair_patterns(frozenset(n for n, state in metonyms.items() if state != own))
    found = before.search(body, max(0, m.span.start - 40), m.span.start)
    if found is not None:
        return found.start()
    return m.span.start if after.match(body, m.span.end) else None


@cache
def _pair_patterns(names: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name of the capitals, as a whole word, then "and" or "or" ending the text searched; and the reverse."""
    ordered = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w-])(?:{ordered}){_PAIR_AND.pattern}$"),
        re.compile(rf"{_PAIR_AND.pattern}(?:{ordered})(?![\w-])"),
    )


@cache
def state_metonyms(gazetteer: Gazetteer) -> dict[str, str]:
    """A capital's name -> the state it stands for (the tables' metonyms; not a country's own name)."""
    names = (
        (name, entity.key)
        for entity in gazetteer.entities()
        if entity.kind == "actor" and entity.cls == "State"
        for name in entity.metonyms
    )
    # ("Syria" is a metonym of the Syrian state, but no capital)
    return {name: key for name, key in names if not is_country(_place_key(name, gazetteer), gazetteer)}


def _place_key(name: str, gazetteer: Gazetteer) -> str:
    """The key of the place a name is, or "" for none."""
    place = gazetteer.lookup(name, "place")
    return place.key if place is not None else ""
