"""Fire named by the side that fired it, onto a place: "rebel fire on Damascus" is a shelling (engremote35)."""

from __future__ import annotations

from loaders.timex import WEEKDAY

# The side as an adjective before "fire": news English names the firer so for fire from afar onto a town or its
# districts ("killed in rebel fire on government neighbourhoods", "Rebel fire on Damascus has wounded 22"). Each side
# word is a fixed-width look-behind of its own (Python's look-behind takes no alternation of several widths).
_SIDES = ("rebel", "regime", "government", "army", "opposition", "jihadist", "insurgent", "loyalist", "militant")
# Not fire onto people, which is shooting at them, not shelling ("government fire on protesters", "army fire on the
# rebels"): the object must not be people within its first three words.
_PEOPLE = (
    r"protesters|demonstrators|crowds?|mourners|worshippers|people|civilians|residents|troops|soldiers|fighters|"
    r"forces|rebels|militants|gunmen|men|women|children|convoys?|"
    # nor fire onto a gathering of them ("government fire on a funeral procession", "regime fire on a protest in
    # Daraa"), the shooting of a crowd by another name (review35)
    r"protests?|demonstrations?|rall(?:y|ies)|funerals?|processions?|marches|sit-ins?|gatherings?"
)
# Nor a day after "on" ("rebel fire on Monday killed two"): no place is fired onto, only the day told (review35).
_DAY = rf"{WEEKDAY}\b"
SIDE_FIRE = (
    "(?:"
    + "|".join(rf"(?<=\b{side}\s)" for side in _SIDES)
    + rf")fire(?=\s+(?:on|into)\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_PEOPLE})\b|{_DAY})[\w'’-])"
)
