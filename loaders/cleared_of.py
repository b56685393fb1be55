"""Ground cleared of an armed side: "the army cleared the town of Rajo of YPG/PKK terrorists"."""

from __future__ import annotations

# A place "cleared of" armed men is ground taken from them, the wording of the state media and of Anadolu ("cleared
# the town of Rajo of YPG/PKK terrorists", "cleared the area of the remaining ISIS militants"); what it is cleared of
# must be armed men, so "cleared of all charges" or "cleared the road of rubble" stay none (thirty-fourth session,
# helper outlets34, written-sentence probe). The verb is the trigger; the place stays a mention of its own.
# The armed men must be what is cleared, not the owners of it: "cleared the streets of ISIS mines", "of the
# terrorists' explosive devices", "of Daesh booby traps" tell engineers at work, no ground taken (reread34, written
# probes; the state media's reports of demining read so).
_THEIR_THINGS = (
    r"(?!['’]|\s+(?:[\w-]+\s+)?(?:mines|landmines|explosives?|bombs|booby|IEDs|devices|munitions|ammunition|ordnance|"
    r"shells|weapons|arms|bodies|corpses|rubble|debris|remains)\b)"
)
CLEARED_OF = (
    r"clear(?:ed|ing)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?of\s+(?:the\s+)?"
    r"(?:(?:remaining|last|all|remnants\s+of)\s+)?(?:[\w/'’-]+\s+){0,2}?"
    rf"(?:terrorists|militants|rebels|fighters|jihadists|insurgents|gunmen|mercenaries|(?-i:ISIS|ISIL|IS|Daesh))\b"
    rf"{_THEIR_THINGS})"
)
