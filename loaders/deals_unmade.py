"""Deal words that tell no truce made: a deal only proposed, rejected or talked about, or one for trade or bases."""

from __future__ import annotations

import re

from loaders.truce_words import DEAL_FOR_OTHER, TRUCE_NOUNS

# A deal noun in the trigger's words ("a deal", "an evacuation agreement", "an accord between ..."); a truce word
# proper answers to `truce_made.TRUCE_MADE` instead.
_DEAL_WORD = re.compile(r"(?i)\b(?:deals?|agreements?|accords?)\b")
# A truce word proper: its guard asks for a sign of making near it, and "rejected a truce announced by Russia" has one
# ("announced") though the truce is refused; the verb before it tells it unmade as it tells a deal (engfp37)
_TRUCE_WORD = re.compile(rf"(?i)\b(?:{TRUCE_NOUNS})")
# A deal that is the object of a verb of putting forward, refusing, wanting, failing to reach or talking about is not
# made in the sentence: "Russia proposed a deal that would see rebels leave", "the rebels rejected / refused / turned
# down a deal", "the government wants a deal", "failed to agree a deal", "talks on a deal". Up to three modifiers
# stand between the determiner and the trigger ("proposed a UN-backed evacuation deal"); "accepted", "agreed",
# "reached" and "signed" a deal stay made (thirty-sixth session, helper deals36).
_UNMADE_BEFORE = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|als?\s+(?:for|of))|offer(?:s|ed|ing)?|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|"
    r"turn(?:s|ed|ing)?\s+down|oppos(?:e|es|ed|ing)|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
    r"(?:push(?:es|ed|ing)?|call(?:s|ed|ing)?|hop(?:e|es|ed|ing)|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\s+for|"
    r"fail(?:s|ed|ing)?\s+to\s+(?:agree|reach|strike|clinch|secure|conclude)(?:\s+(?:on|to|upon))?|"
    r"discuss(?:es|ed|ing)?|talk(?:s|ed|ing)?\s+(?:about|of|on|over|for)|negotiat(?:e|es|ing)|"
    r"negotiations\s+(?:on|over|about|for))\s+"
    r"(?:(?:a|an|the|any|such|this|that|its|their|another|new)\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# The deal the subject of its undoing, within ten words and no clause break: "Talks on a deal ... collapsed", "an
# evacuation deal for Madaya fell through", "a deal allowing fighters to leave was rejected by the rebels".
_UNDONE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:(?:has\s+|had\s+)?(?:collapsed|fell\s+(?:through|apart)|broke\s+down)|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:rejected|refused|turned\s+down))\b",
    re.IGNORECASE,
)


def deal_unmade(text: str, match: re.Match[str]) -> bool:
    """Whether a deal trigger tells no truce: a deal proposed, rejected, wanted, talked of or undone, or for trade."""
    word = match.group(0).lower()
    if word.endswith(" with") and DEAL_FOR_OTHER.match(text, match.end()):
        return True  # "signed a deal with Russia to host its warplanes": trade, aid or bases, no truce
    if _TRUCE_WORD.match(word):
        return bool(_UNMADE_BEFORE.search(text, max(0, match.start() - 120), match.start()))
    if not _DEAL_WORD.search(word):
        return False
    return bool(
        _UNMADE_BEFORE.search(text, max(0, match.start() - 120), match.start())
        or _UNDONE_AFTER.match(text, match.end())
    )
