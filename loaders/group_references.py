"""Armed groups referred back to by a common noun: "the militants", "the jihadists", "the extremist group" after a
sentence has named the group ("IS fighters hold the town ... rocket attacks by the militants on Kilis").

News English names an armed group once and then calls it by what it is; a reader takes the noun for the group named
last. Only the nouns that describe one armed group are read so ("the terrorists", the regime's word for every rebel,
and "the rebels", which the gazetteer names, are not), and only for a group the gazetteer knows as a non-state armed
group other than the rebels at large.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Sentence, Span, overlapping

# "the militants", "the jihadists' offensive", "the extremist group": a definite noun for one armed group
_THE_GROUP = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<name>militants|jihadists|extremists|insurgents|"
    r"(?:militant|jihadist|extremist|terror|terrorist)\s+group)(?:\b(?![-\w])|(?=s\s+"
    # FA-KES dropped the apostrophe: "the militant groups three-week seizure of the town" is the group's own act or
    # men; only before a noun no plural subject would take as its verb, so "the militant groups control" stays plural
    r"(?:[\w]+-(?:day|week|month|year)\s+)?(?:seizure|capture|takeover|offensive|assault|siege|rule|occupation|"
    r"fighters|militants|members|leaders?|commanders?|stronghold|positions)\b))"
)
# the rebels at large: a side, not the group a noun refers back to
_AT_LARGE = frozenset({"actor/syrian-rebels"})
# how many sentences back the group named last may stand (the reach of the other references back)
REACH = 3
# how far into its sentence a mention opening it stands ("The IS group ..."): the sentence's subject
SUBJECT_AT = 4


def with_group_references(
    body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Add a mention of the armed group named last (before the noun in its sentence, or up to `REACH` sentences back)
    for each "the militants", "the jihadists", "the extremist group", when it is the only one named in that reach."""
    named: list[tuple[int, str, bool]] = []  # (sentence index, key, whether it opens its sentence) of each group named
    at_large: list[int] = []  # the sentences that name the rebels at large (not by "the insurgents")
    out: list[list[Mention]] = []
    for index, (sentence, found) in enumerate(zip(mined, per_sentence, strict=True)):
        added: list[Mention] = []
        events: list[tuple[int, Mention | re.Match[str]]] = [(m.span.start, m) for m in found]
        events += [(m.start("name"), m) for m in _THE_GROUP.finditer(body, sentence.span.start, sentence.span.end)]
        replaced: list[Mention] = []
        for start, item in sorted(events, key=lambda e: e[0]):
            if isinstance(item, Mention):
                if _armed_group(item, gazetteer):
                    named.append((index, item.key, item.span.start - sentence.span.start <= SUBJECT_AT))
                elif item.key in _AT_LARGE and body[item.span.start : item.span.end].lower() != "insurgents":
                    at_large.append(index)  # rebels named by another word than "insurgents", which may refer back
                continue
            end = item.end("name")
            # the subject of the noun's own sentence is no antecedent: "Kurdish forces said attacks by the militants
            # hit Kobani" are another group's (the Kurds' own would be "their attacks")
            antecedents = [(i, key) for i, key, subject in named if i < index or not subject]
            if not antecedents or index - antecedents[-1][0] > REACH:
                continue
            # two groups named in reach: the noun may be either ("IS fighters attacked a Nusra Front checkpoint. The
            # militants killed five guards")
            if len({key for i, key in antecedents if index - i <= REACH}) > 1:
                continue
            if not overlapping(found, start, end):
                added.append(Mention(Span(start, end), antecedents[-1][1], "actor"))
            elif item["name"] == "insurgents" and not [i for i in at_large if index - i <= REACH]:
                # "IS fighters attacked Kobani. The insurgents also shelled Tal Abyad": the gazetteer's rebels at large
                # for "insurgents" are the group just named when no rebels are named in reach (thirty-third session,
                # helper fixes33b, written-sentence probe)
                rebels = [m for m in found if m.key in _AT_LARGE and (m.span.start, m.span.end) == (start, end)]
                if rebels:
                    replaced += rebels
                    added.append(Mention(Span(start, end), antecedents[-1][1], "actor"))
        kept = [m for m in found if m not in replaced]
        out.append(sorted([*kept, *added], key=lambda m: m.span.start) if added else found)
    return out


def _armed_group(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention names one armed group the gazetteer knows (not the rebels at large)."""
    return (
        mention.kind == "actor"
        and mention.linked
        and mention.key not in _AT_LARGE
        and mention.key in gazetteer
        and gazetteer.get(mention.key).cls == "NonStateArmedGroup"
    )
