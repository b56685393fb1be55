"""A place of civilian life or a post told hit in the passive with no means named: "a hospital in the Maadi
neighbourhood was hit eight days ago", "one of its centres in Aleppo was hit" (twenty-sixth session, helper remote26).

War news tells a strike by what it hit as often as by its means; a building "was hit" with nothing after the verb but
a time, a place or the clause's end is a strike (from the air or the ground, one kind of remote violence). The
trigger is the bare "hit" after "was", "were" or "been" (`engagement_triggers`); this module says whether its subject
is such a site, so that "the economy was hit", "the pilot was hit" or "the plane was hit" tell nothing."""

from __future__ import annotations

import re

# What the subject is: buildings of care, worship, trade, learning and aid, and a side's posts.
_SITE = (
    r"(?:hospitals?|clinics?|(?:medical|health)\s+(?:cent(?:er|re)s?|points?|facilit(?:y|ies))|schools?|"
    r"cent(?:er|re)s?|bakery|bakeries|markets?|marketplaces?|mosques?|churches|church|homes?|houses?|"
    r"(?:residential\s+)?buildings?|convoys?|ambulances?|shelters?|camps?|checkpoints?|positions?|posts?|"
    r"headquarters|bases?|warehouses?|depots?)"
)
# The site, then up to eight words of where or whose before the passive ("a hospital in the eastern Maadi
# neighbourhood was"), the words with no clause break and no other verb of their own; the passive's auxiliary last.
_SITE_SUBJECT = re.compile(
    rf"\b{_SITE}(?:\s+(?!(?:and|but|while|as|after|when|which|who|that|said|says)\b)[\w'’-]+){{0,8}}?"
    r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+|again\s+|reportedly\s+|directly\s+)?$",
    re.IGNORECASE,
)
# How far before "hit" the subject may start: the site and its eight words.
_REACH = 160


def site_hit(text: str, start: int) -> bool:
    """Whether the bare passive "hit" at text[start:] has a site as its subject: "the hospital was hit"."""
    return _SITE_SUBJECT.search(text, max(0, start - _REACH), start) is not None
