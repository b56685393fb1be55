"""Ground told taken in the passive by the state's own media, with no taker named, is the state's gain: "Syria's
state news agency SANA said the villages of X and Y were taken" (twenty-ninth session, helper battles29;
docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

# The passive "taken" closing its sentence: "... and Tal Antar in Deraa were taken." ("were taken to hospital",
# "taken prisoner", "taken by surprise" go on after the verb and are not read)
TAKEN_AT_END = r"(?:(?<=\bwas\s)|(?<=\bwere\s))taken(?=\s*(?:[.;]|$))"
_TAKEN_AT_END = re.compile(TAKEN_AT_END)
# The state's own media as the speaker, then ground as the reported clause's subject: "state news agency SANA said
# the village of", "state television reported that the towns of" (not "SANA said photos of the damage")
_STATE_MEDIA_SAID_GROUND = re.compile(
    r"\b(?:SANA|[Ss]tate\s+(?:news\s+agency|media|TV|television|broadcaster)|official\s+news\s+agency)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|reported|reports|announced)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:villages?|towns?|city|cities|districts?|hills?|hilltops?|neighbou?rhoods?|areas?|bases?|airports?)\s+of\s"
)


def taken_at_end(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the passive "taken" closing its sentence."""
    return _TAKEN_AT_END.match(text, match.start()) is not None


def state_media_gain(text: str, match: re.Match[str]) -> bool:
    """Whether state media, named before the passive taking in its sentence, tell ground taken."""
    return _STATE_MEDIA_SAID_GROUND.search(text, 0, match.start()) is not None
