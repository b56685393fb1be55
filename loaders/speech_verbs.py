"""The verbs of saying, one vocabulary for every reader of speech (twenty-second session, helper shared-words;
docs/extraction.md, "Claims").

What belongs here: the verbs news prose reports a statement with, in the forms it uses ("said", "told", "announced"),
grouped by what they add to saying, as word tuples for each reader to build its pattern or set from. What does not:
the verbs of judging or blaming ("condemned", "accused"), which only some readers take, named there as their extras."""

from __future__ import annotations

# The verbs every reader of speech takes: "the monitor said", "the army says".
SAID = ("said", "says")
# Saying told by how it was put: "told Reuters", "added", "stated".
PUT = ("told", "added", "stated")
# Making a thing known: "announced", "reported", "claimed", "confirmed".
MADE_KNOWN = ("announced", "reported", "claimed", "confirmed")
# The present of making known, as agencies write it: "it reports", "the group claims".
MADE_KNOWN_NOW = ("reports", "claims")
# Saying against someone or something: "denied", "condemned", "denounced", "accused", "blamed", "warned".
AGAINST = ("denied", "condemned", "denounced", "accused", "blamed", "warned")


def either(*words: str) -> str:
    """Regex source: the words as one alternation, in the order given."""
    return "|".join(words)
