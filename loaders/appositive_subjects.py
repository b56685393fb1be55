"""The subject before an appositive whose relative clause names other sides, read past the clause to the main verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# A noun phrase in apposition opened by a determiner ("an opposition coalition", "a Kurdish-led alliance"), or with
# commas a bare pronoun, then a relative clause whose pronoun is its subject: its own verb comes first ("that
# includes", "which is backed by", "who fought alongside"), so the sides it names are that verb's objects, and the
# verb after the clause is the main subject's: "The Army of Conquest an opposition coalition that includes al-Nusra
# Front began its assault" (FA-KES drops the commas), "The Army of Conquest, an alliance that includes al-Nusra Front,
# began its assault". The clause's words hold no sentence punctuation and end where its last side does.
_APPOSITIVE_CLAUSE = re.compile(
    r"(?:,\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?)?|\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?)"
    r"(?:that|which|who)\s+(?:\w+ly\s+)?"
    r"(?:is|are|was|were|has|have|had|[a-z]+ed|(?:include|comprise|consist|contain|incorporate|unite|group)s|"
    r"brings\s+together)\s[^.;:,()\"“”]{0,80}"
)
# The comma closing the clause of the comma form right after its last side.
_CLAUSE_END = re.compile(r",(?=\s)")


def subject_before_appositive(candidates: Sequence[Mention], text: str, base: int) -> tuple[Mention, int] | None:
    """The subject an appositive with a relative clause follows, the clause holding the last candidate, and where the
    clause ends (after that side, and its closing comma in the comma form); None when no such clause."""
    if len(candidates) < 2:
        return None
    last = candidates[-1]
    for m in candidates[:-1]:
        clause = _APPOSITIVE_CLAUSE.fullmatch(text, m.span.end - base, last.span.start - base)
        if clause is None:
            continue
        end = last.span.end - base
        commas = clause.group(0).lstrip().startswith(",")
        closing = _CLAUSE_END.match(text, end)
        if commas and closing is None:
            return None  # "X, an alliance that includes Y began": an unclosed aside is no clause read here
        return m, closing.end() if closing is not None and commas else end
    return None


# The clause's last word before the verb: no auxiliary or adverb, which would make the verb the clause's own ("an
# alliance that was attacked", "that has been repeatedly shelled").
_OPEN_END = re.compile(r"(?<!\w)(?:is|are|was|were|has|have|had|been|being|be|\w+ly)\s+$", re.IGNORECASE)


def past_appositive(gap: str, verb_follows: bool) -> str:
    """The gap with a comma-less appositive and its relative clause running up to a verb taken out ("The SDF a
    Kurdish-led alliance that is backed by the United States attacked"); unchanged otherwise."""
    if not verb_follows or gap.lstrip().startswith(",") or _OPEN_END.search(gap):
        return gap
    return " " if _APPOSITIVE_CLAUSE.fullmatch(gap) else gap
