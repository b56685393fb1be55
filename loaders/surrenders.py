"""Fighting stopped by the fighters' own act (thirty-second session, helper sd32; docs/extraction.md, "Engagements"):
a truce told by the verb "agreed to stop fighting", and fighters who surrender. Alternatives of the ceasefire and
transfer triggers in `loaders/engagement_triggers.py`."""

from __future__ import annotations

# A truce told by its verb, no truce noun: "the army and rebels agreed to stop fighting in Zabadani", "agreed to
# halt hostilities for 48 hours". The agreeing is the truce made; what follows "agreed to" is done by the agreement
# (the trigger starts at "agreed", so "refused to agree to", "would agree to" keep their guards).
# (gaps32: or agreed with the other side first, "rebels agreed with the army to stop fighting"; the words after "with"
# are that side's name, never a clause of their own)
AGREED_TO_STOP = (
    r"agree(?:d|s)?\s+(?:with\s+(?:(?!(?:that|to|on|not|and|but)\b)[\w'’.-]+\s+){1,4}?)?(?:on\s+|to\s+)(?:an?\s+)?(?:immediate(?:ly)?\s+)?(?:stop|halt|cease|end|suspend)(?:ing)?\s+"
    r"(?:(?:the|all|their|military)\s+)?(?:fighting|hostilities|clashes|fire|attacks|shelling|bombardment)\b"
)
# The sides a surrender is made to, named by their kind (or any capitalised name: "the SDF", "the Syrian army").
_TAKERS = (
    r"(?:army|authorities|government|regime|forces|troops|police|soldiers|state|fighters|militia|militias|"
    r"(?-i:[A-Z])[\w'’-]*)"
)
# Fighters who give themselves up hand their ground to the side they surrender to (the annotators code "180 gunmen
# ... turned in themselves and their weapons to authorities" as a transfer of territory): "turned themselves in to
# the authorities", "handed themselves over to the army", "gave themselves up", "surrendered to the Syrian army",
# "laid down their arms". Not "refused to surrender" (an aim), nor "surrendered to despair" (no side after "to").
SURRENDERED = (
    r"turn(?:ed|s|ing)?\s+(?:in\s+themselves|themselves\s+(?:and\s+(?:their|its|his)\s+(?:weapons|arms)\s+)?(?:in|over))\b|"
    r"hand(?:ed|s|ing)?\s+themselves\s+(?:and\s+(?:their|its|his)\s+(?:weapons|arms)\s+)?(?:in|over)\b|"
    r"g(?:ave|ive|ives|iving)\s+themselves\s+up\b|"
    # (the words between the taker's own: "to the Syrian army", not "to despair in Homs")
    r"surrender(?:ed|s|ing)?\s+(?:themselves\s+)?to\s+(?:the\s+)?"
    rf"(?:(?!(?:in|at|on|near|after|before|from|with|by|of|and)\b)[\w'’-]+\s+){{0,2}}?{_TAKERS}\b|"
    r"(?:agreed\s+to\s+)?la(?:id|y|ying)\s+down\s+(?:their|its|his)\s+(?:arms|weapons)\b"
)
