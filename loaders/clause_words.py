"""Words that open a clause of their own, for the rules that read a verb's clause up to where another opens
(`grown_since`, `ground`, `tolls_after`): a relative pronoun ("which rebels have held since 2013") and a
conjunction of time or contrast ("after rebels seized a post", "while IS shelled the town")."""

from __future__ import annotations

RELATIVE = r"(?:which|who|whom|whose|where)"
TIME_OR_CONTRAST = r"(?:after|before|while|whereas|but)"
