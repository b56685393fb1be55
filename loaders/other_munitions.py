"""A sentence opening on "Other shells" or "Other air strikes" tells more of its kind: another engagement."""

from __future__ import annotations

import re

from loaders.told_before import another_unit

# "Other rocket shells fired by terrorists on al-Ramouseh injured two": the plural "other" with no article opening the
# sentence sets what follows beside what was told, as "another shell" does (`told_before.ANOTHER`); "the other side's
# shelling", "among other attacks" are no opening and still refer back. The words between name the munition, not who
# told it: "Other sources said shelling killed five" is the same shelling told by other sources (review35b)
_OPENS_ON_OTHER = re.compile(
    r"\W*other\s+(?:(?!(?:said|says?|reported|reports?|told|added|stated|confirmed|claimed|noted|mentioned|"
    r"described|documented|recorded)\b)[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


def another_told(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's subject is another unit than the one just told, or more munitions of the kind told."""
    return another_unit(text, match) or _OPENS_ON_OTHER.fullmatch(text, 0, match.start()) is not None
