"""A side's advance told by the noun ("regime advances around the outskirts"): the battle for ground, a generic
trigger of `engagement_triggers`."""

from __future__ import annotations

# Twenty-eighth session (helper battles28). News English tells ground won by the noun with its side before it
# ("regime advances around the eastern outskirts", "IS advances farther north", "the army's advance"). The side must be
# told right before the noun: "advances in medicine", "in advance of the talks" have none. Each side word is a
# lookbehind of its own (one width each). The side after the noun ("the consequent advances of the regime") was tried
# and dropped: one more true engagement in half a, one more false in half b.
_SIDES_BEFORE = (
    "regime",
    "regime's",
    "government",
    "government's",
    "army",
    "army's",
    "loyalist",
    "rebel",
    "rebels'",
    "opposition",
    "jihadist",
    "militant",
    "insurgent",
    "Kurdish",
    "(?-i:IS)",
    "(?-i:ISIS)",
    "(?-i:ISIL)",
    "Daesh",
    "(?-i:SDF)",
    "(?-i:YPG)",
)
# "the government advances a plan", "the army advances its claim": the verb with an object, no ground won
_NOT_AN_OBJECT = r"(?!\s+(?:a|an|the|its|their|his|her|this|that|plans?|proposals?|bills?|claims?|talks|money|funds)\b)"
SIDE_ADVANCES = "(?:" + "|".join(rf"(?<=\b{side}\s)" for side in _SIDES_BEFORE) + r")advances?\b" + _NOT_AN_OBJECT
