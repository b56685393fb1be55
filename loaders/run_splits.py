"""Two places read as one: a local place "Name al-Name" that is two names of a comma-less list ("in Bosra al-Sham
Atman al-Hrak and al-Yadouda", "in Kadin Salma Dourin al-Mugheiriyeh and Tirtyah areas").

FA-KES dropped every comma, and an article word ties itself to the word before it ("Habreh al-Sharqi"), so the list
cutters keep "Dourin al-Mugheiriyeh" as one village. When the whole name is the spelling of no place near the
article's places but each of its two words is the spelling of a different one, the run is those two places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from loaders import fuzzy_places
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from loaders.place_lists import OPENERS, SIDES, WHICH_ONE
from loaders.unlinked_names import GIVEN_NAMES

# One capitalised word, then one word opened by its article: the shape of two comma-less names.
TWO_NAMES = re.compile(r"(?P<first>[A-Z][a-z]{2,})\s+(?P<second>(?:al|el)-[A-Z][a-z]{2,})")

# (start, end, place key) of each piece, relative to the mention
Pieces = list[tuple[int, int, str]]


def split_runs(
    gazetteer: Gazetteer, labels: Mapping[str, str], context: Iterable[str], resolved: Mapping[str, str]
) -> dict[str, Pieces]:
    """Local place key -> its two pieces, for the unresolved "Name al-Name" labels whose article word is the
    spelling of a place near the article's places (those it names, and the local places `resolved` already linked)
    and whose first word opens no longer name."""
    named = {*context, *resolved.values()}  # the list's other pieces, linked by their spellings, place it too
    out: dict[str, Pieces] = {}
    for key, label in labels.items():
        match = TWO_NAMES.fullmatch(label)
        if key in resolved or match is None or not _two_names(match):
            continue
        read = fuzzy_places.resolve(gazetteer, {"first": match["first"], "second": match["second"]}, named)
        if "first" in read and "second" in read and read["first"] != read["second"]:
            out[key] = [(*match.span("first"), read["first"]), (*match.span("second"), read["second"])]
    return out


def _two_names(match: re.Match[str]) -> bool:
    """Whether the two words may be two names: the first opens no longer name ("Tal", "Deir") and is no side or man's
    name ("Western", "Ahmad al-Ali"); the second says no side, size or age of the first ("Habreh al-Sharqi")."""
    first = match["first"]
    return (
        first.lower() not in OPENERS
        and first.lower() not in SIDES
        and first not in GIVEN_NAMES
        and not WHICH_ONE.match(match["second"])
    )


def split_mention(body: str, mention: Mention, pieces: Pieces) -> list[Mention]:
    """The mentions of a run's pieces."""
    if TWO_NAMES.fullmatch(body, mention.span.start, mention.span.end) is None:
        return [mention]
    start = mention.span.start
    return [Mention(Span(start + a, start + b), key, "place") for a, b, key in pieces]
