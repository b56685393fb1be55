"""Persons named by a kunya ("Abu Moussa") that a nickname phrase or a fighter's role introduces, which
`local_entities` mints."""

from __future__ import annotations

import re

# "Abu Omar", "Abu Abdel-Moneim", "Abu Islam al-Baghdadi", "Abu Abdelrahman Salqeen": a kunya, then a plain name or
# one its article opens (not a day, month or a word that opens the next sentence, which FA-KES ran on).
_NEXT_NOT_NAME = (
    r"(?!(?:The|A|An|He|She|It|They|In|On|At|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
_KUNYA = (
    r"(?:Abu|Abou|Umm)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    rf"(?:\s+(?:(?:al|el|Al|El)-[A-Z][a-z]+|{_NEXT_NOT_NAME}[A-Z][a-z]+(?![\w-])))?"
)
# A kind of place before the phrase names a place ("the area known as Abu Rumaneh").
_NOT_AFTER_PLACE = "".join(
    f"(?<!\\b{noun}\\s)"
    for noun in (
        "village", "town", "area", "district", "hill", "camp", "place", "site", "neighborhood", "neighbourhood",
        "quarter", "crossing", "base", "region", "road", "mountain", "valley",
    )
)  # fmt: skip
# A kunya ("father of ...") is a man's name: "nicknamed", "known as", "identified as", "dubbed" or "nom de guerre"
# before it ("a leader nicknamed Abu Islam al-Baghdadi", "one identified as Abu Obaida of Tunisia"), or a fighter's
# role ("the commander Abu Taha", "rebel leader Abu Omar"), says a person is meant, whether or not he speaks.
NICKNAMED = re.compile(
    rf"\b(?=[nkida]){_NOT_AFTER_PLACE}(?:nicknamed|known\s+as|identified\s+as|dubbed|alias|nom\s+de\s+guerre)\s+[\"“']?"
    rf"(?P<name>{_KUNYA})(?![\w-])"
    rf"|\b(?:commander|leader|emir|chief)\s+[\"“']?(?P<name2>{_KUNYA})(?![\w-])"
)
# "Maher Meshaal known as Abu Hajar", "Hashem al-Sheikh also known as Abu Jaber": the kunya is another name of the
# person just named, who is keyed by his own name; a group's name before it ("the Airport Front nicknamed Abu
# Islam") is no such person.
_NAMED_JUST_BEFORE = re.compile(r"(?<![\w-])(?:(?:al|el)-)?(?P<word>[A-Z][\w-]*)\s+(?:also\s+)?$")
_GROUP_NOUNS = frozenset(
    {"Front", "Brigade", "Brigades", "Battalion", "Army", "Movement", "Division", "Corps", "Group"}
)


def nicknamed(text: str) -> list[re.Match[str]]:
    """The kunyas in `text` that name a person of their own, not another name of one just named."""
    kept = []
    for match in NICKNAMED.finditer(text):
        before = _NAMED_JUST_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if match.group("name") and before and before["word"] not in _GROUP_NOUNS:
            continue
        kept.append(match)
    return kept
