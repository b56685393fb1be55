"""How far a fronted time counts from the day just told: "Twelve days earlier", "A few weeks later"."""

from __future__ import annotations

# The counts a wire writes before "days", "weeks" or "months" (spelt to twelve, and the round ones; figures): one list
# for `told_apart.DAY_SHIFT` and `story_turns._TIME_OPENING`, so that "Twelve days earlier" opens both alike
COUNTS = (
    r"(?:a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|\d{1,2})"
)
