"""A known person's surname after another given name is someone else: "Maher al-Assad" is no Bashar al-Assad."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.aliases import fold, tokenize, vowel_key
from loaders.gazetteer import Gazetteer
from loaders.mention_context import sentence_initial
from loaders.model import Mention, Sentence, overlapping
from loaders.name_words import TITLE_WORDS
from loaders.text import is_title_case

# The capitalised word just before a mention, joined to it by one space.
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s$")
# Words that open a sentence and may stand before a bare surname ("However Assad said", FA-KES having lost the comma).
_OPENERS = frozenset(
    """However Meanwhile Later Earlier Yesterday Today Tonight Also But And So Then Still Now Instead Thus Hence Indeed
    Elsewhere Separately Moreover Furthermore Additionally Nevertheless Nonetheless Previously Recently Since When
    While If As After Before Under Both Neither Even Only""".split()  # noqa: SIM905
)


def without_other_bearers(
    body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Drop a person linked by a bare surname that follows a given name other than the person's own."""
    out = []
    for sentence, found in zip(mined, per_sentence, strict=True):
        dropped = [m for m in found if _other_bearer(body, m, found, gazetteer)]
        # a headline capitalises its verbs: "Stopping Assads Onslaught" names no Stopping Assad
        if dropped and not is_title_case(sentence.span.text(body)):
            found = [m for m in found if m not in dropped]
        out.append(found)
    return out


def _other_bearer(body: str, mention: Mention, found: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether a linked person's mention is a surname borne here by someone else ("Rifaat al-Assad")."""
    if mention.kind != "actor" or not mention.linked:
        return False
    entity = gazetteer.get(mention.key)
    if entity.cls != "Person":
        return False
    text = body[mention.span.start : mention.span.end]
    label_words = entity.label.split()
    surname = _bare(label_words[-1])
    if len(text.split()) != 1 or len(label_words) < 2 or _bare(text) not in (surname, surname + "s"):
        return False  # the name in full, or a form that is not the surname alone ("Assads" is his, the apostrophe lost)
    match = _WORD_BEFORE.search(body, max(0, mention.span.start - 40), mention.span.start)
    if match is None:
        return False
    word = match.group(1)
    if word in TITLE_WORDS or word in _OPENERS or _spelt_as(word, label_words):
        return False  # "President Assad", "Bashar al-Assad" written out or spelt "Bashir Assad", "However Assad said"
    earlier = _WORD_BEFORE.search(body, max(0, match.start(1) - 40), match.start(1))
    if earlier and earlier.group(1) not in TITLE_WORDS:
        return False  # a name of two words or more runs into it, as FA-KES's lost punctuation lets a credit do
    if overlapping(found, match.start(1), match.end(1)):
        return False  # another name ends there: "in Damascus Assad said"
    # Opening a sentence, a capitalised word is a given name only in the full "Given al-Surname" shape.
    return not sentence_initial(body, match.start(1)) or tokenize(text)[0].article_start is not None


def _bare(word: str) -> str:
    """A surname folded without its article, as the gazetteer reads it: "al-Assad" and "Assad" agree."""
    tokens = tokenize(word)
    return tokens[-1].norm if tokens else ""


def _spelt_as(word: str, label_words: list[str]) -> bool:
    """Whether a word is one of the label's words in another transliteration ("Bashir", "Basher" for "Bashar"), the
    vowels of which wires vary."""
    return vowel_key(fold(word)) in {vowel_key(fold(w)) for w in label_words}
