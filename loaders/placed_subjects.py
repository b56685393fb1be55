"""A place phrase between a sentence's subject and its verb: "Rebels in the enclave fired rockets into Damascus"."""

from __future__ import annotations

import re

from loaders.joined_verbs import opens_the_sentence

# Where the subject is, right after it: "Rebels in the enclave", "Militants in Idlib", "IS fighters inside the city".
# Wire English places a side this way before its verb; the phrase names no agent. The verb ends the gap when the
# trigger is its object ("Rebels in the enclave fired rockets"). Not after a participle ("Rebel fighters stationed in
# the north of Qalamun seized", kept without a doer by `tests/test_extract.py`).
SUBJECT_PLACE_GAP = re.compile(
    r"\s+(?:in|inside|near|around|outside|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?P<verb>(?:[a-z]+ed|fired|launched|shot|hit|struck|fought|took|seized|overran)\s+)?"
)
# Words that make the phrase more than a place: a second side or a clause ("Rebels in Aleppo and the army").
_NOT_A_PLACE = re.compile(r"(?i)\b(?:and|or|who|which|that|said|says|where|when|while|after|before|as)\b")


def without_subject_place(gap: str, text: str, subject_start: int, verb_at: bool) -> str:
    """The gap between a subject and its verb (`verb_at`: the trigger is that verb) or its object, with a place phrase
    on the subject dropped, when the subject opens the sentence ("Rebels in the enclave fired", "Rebels in the enclave
    fired rockets"); otherwise the gap as it was ("an attack on rebels in Douma hit")."""
    if not opens_the_sentence(text, subject_start) or _NOT_A_PLACE.search(gap):
        return gap
    placed = SUBJECT_PLACE_GAP.fullmatch(gap)
    if placed is None:
        return gap
    if verb_at:
        return " "
    return f" {placed['verb']}" if placed["verb"] else gap
