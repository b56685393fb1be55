"""The words of fighting that the guards of a battle told aside share (battles_aside, backdrops, described_fighters)."""

from __future__ import annotations

import re

# The verb of fighting: "fighting", "fought", "battling", "the fight", "the battle" (a side fights a foe or for an aim)
FOUGHT = re.compile(r"(?i)fight|fought|battl")
# ... and the nouns of one fight, which tell no foe or aim of their own ("the clashes", "an ambush")
FIGHT_WORD = re.compile(r"(?i)fight|fought|battl|clash|skirmish|assault|offensive|attack|ambush")
