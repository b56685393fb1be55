"""A scene a photo shows: "This photo ... shows plumes of smoke after the explosion" tells no engagement of its own."""

from __future__ import annotations

import re

# A sentence whose subject is a still picture and whose verb is "shows": it describes the picture, and the event in
# it ("smoke after the explosion", "damage from an air strike") is the one the article tells, or an older one whose
# picture it reuses; the text tells the event itself where it is news (caption30). Not video or footage, which the
# news tells events by ("Footage showed jets bombing the town").
_PICTURE_SHOWS = re.compile(
    r"^[\"“(]?(?:In\s+)?(?:This|The|A|An|Another|That)\s+(?:[\w-]+\s+){0,2}?(?:photo|photograph|picture|image)s?\b"
    r"[^.!?]{0,150}?\b(?:shows?|showed|shown|depicts?|depicted)\b",
    re.IGNORECASE,
)


def pictured(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger stands after a sentence-opening "This photo ... shows" (`text` is the sentence).

    >>> pictured("This photo taken in Nusaybin shows smoke after the explosion.", re.search("explosion", \
"This photo taken in Nusaybin shows smoke after the explosion."))
    True
    """
    found = _PICTURE_SHOWS.match(text)
    return found is not None and match.start() >= found.end()
