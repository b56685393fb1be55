"""Datelines that open a paragraph in other outlets' forms: where the reporter filed from, not where events were."""

from __future__ import annotations

import re

from loaders.boilerplate import MONTH, NOT_A_CITY

# "ERBIL (Kurdistan 24) –", "DEIR EZ-ZOR, Syria (North Press) –", "DAMASCUS, Syria (AP) —", "Homs (Qasioun) -",
# "Beirut, Aug 5 (Reuters) -": a city (with its country, perhaps a day), the outlet in brackets, then a dash.
# "BEIRUT:": a city in capitals and a colon. Both at the start of a line only, where the wires set them; a name with an
# article ("The Syrian Observatory (SOHR) –") is no city.
_CITY_WORD = r"[A-Z][A-Za-z'’]+(?:-[A-Za-z'’]+)*"
PARAGRAPH_DATELINE = re.compile(
    rf"(?!(?:The|A|An)\s)(?P<city>{_CITY_WORD}(?:\s{_CITY_WORD}){{0,2}})(?:,\s[A-Z][a-z]+)?(?:,\s{MONTH}\.?\s\d{{1,2}})?"
    r"\s\((?P<outlet>[A-Z][\w.&'’ ]{0,30}?)\)\s?[-–—]+(?=\s|$)"
    rf"|(?P<capitals>(?!{NOT_A_CITY}:)[A-Z]{{3,}}(?:[\s-][A-Z]{{2,}}){{0,2}}):(?=\s|$)"
)


def paragraph_dateline(body: str, start: int, end: int) -> re.Match[str] | None:
    """The dateline opening the line body[start:end], if it opens with one and text follows it."""
    found = PARAGRAPH_DATELINE.match(body, start, end)
    if found is None or found.end() >= end:
        return None
    if found.group("city") and _initials(found.group("city")) == found.group("outlet").replace(" ", ""):
        return None  # "Free Syrian Army (FSA) - ...": a name and its acronym, no dateline
    return found


def dateline_city(found: re.Match[str]) -> tuple[int, int]:
    """The span of the city a paragraph dateline names."""
    group = "city" if found.group("city") else "capitals"
    return found.start(group), found.end(group)


def _initials(name: str) -> str:
    """The capitals of a name's words ("Free Syrian Army" -> "FSA")."""
    return "".join(word[0] for word in name.split())
