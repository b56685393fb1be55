"""A speaker's own side as the agent: "A rebel commander said our fighters shelled ..." (twenty-first session).

A spokesman or commander who tells of "our forces", "our fighters" or "we" speaks for the side named in his title;
FA-KES drops the quotation marks, so the quote's "our" sits right after "said". The agent is the actor named just
before the speech verb, and only when "our" or "we" is the subject of the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.speech_verbs import SAID, either

# "our fighters ", "Our armed forces have ", "we ": the speaker's side as the trigger's subject
_OUR_SUBJECT = re.compile(
    r"\b(?:(?:[Oo]ur\s+(?:(?:armed|ground|air|special|heroic|brave|valiant)\s+)?"
    r"(?:forces|fighters|troops|units|men|soldiers|aircraft|jets|warplanes|pilots|army|brigades?|mujahideen))"
    r"|[Ww]e)\s+(?:(?:have|had|has)\s+)?(?:also\s+|just\s+)?$"
)
# what runs from the speaker's name to the quote: " spokesman said ", " commander told Reuters: \""
# (saying, "told" with a named hearer, "stated", "announced", "added")
_SPOKE_VERBS = either(*SAID, r"told\s+[A-Z]\w*", "stated", "announced", "added")
_SPOKE = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_SPOKE_VERBS})"
    r"(?:\s+that)?\s*[:,]?\s*[\"“]?\s*"
)


def speaker_side(actors: Sequence[Mention], text: str, base: int, t_start: int) -> list[str]:
    """The side of the one who says "our forces" or "we" did the trigger's act, named before the speech verb."""
    speaker = speaker_of_our(actors, text, base, t_start)
    return [speaker.key] if speaker is not None else []


def speaker_of_our(actors: Sequence[Mention], text: str, base: int, t_start: int) -> Mention | None:
    """The actor named before a speech verb whose quote opens with "our forces" or "we" right before `t_start`."""
    our = _OUR_SUBJECT.search(text, max(0, t_start - 60), t_start)
    if our is None:
        return None
    before = [m for m in actors if m.span.end - base <= our.start()]
    if not before or not _SPOKE.fullmatch(text, before[-1].span.end - base, our.start()):
        return None
    return before[-1]
