"""Whether a sentence after a paragraph break goes on with the paragraph before, as it would run together."""

from __future__ import annotations

import re

from loaders.model import Sentence

# A sentence of body text ends on a stop (perhaps inside closing quotes or brackets); a headline, a subheading, a
# "Read also" link or a byline does not: "Syrian jets pound Idlib", "Related", "By Tom Perry"
_STOPS = ".!?…"
_CLOSERS = "\"'”’)]"
# A paragraph that opens on a word pointing back at the one before goes on with its story: "They captured the
# mosque", "Its fighters ...", "Another raid on Saraqeb hit a market", "A second strike hit ...", "The strikes hit
# weapons depots" (the attack just told; not "More than 200 people have been killed", a count). A paragraph opening
# on another noun ("Eastern Ghouta has been under siege since 2013", "The two sides have clashed repeatedly") may be
# background: its subject is its own
_EVENT_NOUN = (
    r"(?:air\s*)?(?:strikes?|raids?)|attacks?|assault|offensive|bombardment|shelling|bombings?|blasts?|explosions?|"
    r"barrage"
)
_REFERS_BACK = re.compile(
    r"[\"“]?(?:(?:But|And|Then),?\s+)?"
    r"(?i:they|he|she|it|its|their|his|her|another|further|other|a\s+(?:second|third|further)|more(?!\s+than)"
    rf"|(?:the|these|those)\s+(?:{_EVENT_NOUN}))\b"
)


def runs_on(body: str, previous: Sentence, sentence: Sentence) -> bool:
    """Whether sentence goes on from previous: the same line, or the next paragraph pointing back at it.

    Wire copy (Reuters, AFP, AP, SANA) sets nearly every sentence in its own paragraph; a paragraph that opens on
    "They" or "Another raid" refers back across the break as it would in running text. Anything between the two
    (furniture: a caption, a "Read also" list, a dateline) or a paragraph that is no sentence (a title, a
    subheading) still breaks the run.
    """
    gap = body[previous.span.end : sentence.span.start]
    if "\n" not in gap:
        return True
    if gap.strip() or body[previous.span.start : previous.span.end].rstrip(_CLOSERS)[-1:] not in _STOPS:
        return False
    return _REFERS_BACK.match(body, sentence.span.start) is not None
