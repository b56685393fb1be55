"""Split an article body into sentences with exact code-point spans, and mark boilerplate sentences."""

from __future__ import annotations

import re

from loaders.boilerplate import (
    AGENCY_CAPTION,
    BIO,
    BRACKET_CREDIT,
    DATELINE,
    HEADLINE_REACH,
    INLINE_FURNITURE,
    INLINE_SEGMENT,
    PHOTO_CREDIT,
    POST_SIGNATURE,
    RELATED_LEAD,
    TRAILING_CREDIT,
    WIRE_DATELINE,
    is_boilerplate,
)
from loaders.link_lists import LIST_HEADING, is_link, opens_list
from loaders.model import Sentence, Span
from loaders.paragraph_datelines import paragraph_dateline
from loaders.struck_captions import tells_a_strike

# Words that end in a full stop without ending the sentence (compared lower-case, without the stop).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt sgt cpl adm brig gov sen rep st mt ft no nos vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec km sq approx est dept univ prof rev jr sr u.s u.n u.k e.g i.e
    a.m p.m al""".split()  # noqa: SIM905
)

# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets, then
# whitespace, and the next sentence starts with a capital, a digit, an opening quote or bracket.
_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
# A stop glued to the next word ("injuries.Isis") still ends a sentence when a lower-case word precedes it.
_GLUED = re.compile(r"""(?<=[a-z]{2})[.!?]["”’]?(?=[A-Z][a-z])""")
_LINE = re.compile(r"[^\r\n]+")
# Small words a Title Case caption headline leaves in lower case ("Battle for Raqqa", "Strikes on the Old City").
_SMALL_WORDS = frozenset(
    {"of", "to", "in", "at", "on", "for", "from", "near", "the", "and", "a", "an", "as", "by", "with"}
)

# A headline names its source after a dash ("US Service Member Dies of Injuries in Northern Syria - CENTCOM")
_HEADLINE_DASHES = frozenset({"-", "–", "—"})


def sentences(body: str) -> list[Sentence]:
    """Sentences of the body with exact spans; every line break ends a sentence; boilerplate is marked.

    >>> body = "Gen. Smith met U.S. envoys. They left."
    >>> [s.span.text(body) for s in sentences(body)]
    ['Gen. Smith met U.S. envoys.', 'They left.']
    >>> [(s.span.text("Leave a Reply\\nIS attacked Palmyra."), s.boilerplate)
    ...  for s in sentences("Leave a Reply\\nIS attacked Palmyra.")]
    [('Leave a Reply', True), ('IS attacked Palmyra.', False)]
    """
    result: list[Sentence] = []
    first_text_line = True
    in_list = False  # under a heading of links set one a line, as run together they would be one furniture run
    for line in _LINE.finditer(body):
        start, end = _strip(body, line.start(), line.end())
        if start >= end:
            continue
        line_text = body[start:end].strip(" \t•·*")
        if LIST_HEADING.fullmatch(line_text) or (in_list and is_link(line_text)):
            in_list = True  # "Related\n\nRebels Shell Aleppo\n\nRussian Jets Strike Raqqa": no event of the story
            result.append(Sentence(Span(start, end), boilerplate=True))
            continue
        in_list = opens_list(line_text)
        if first_text_line:
            first_text_line = False
            dateline = DATELINE.match(body, start, end)
            if dateline and dateline.end() < end:
                result.append(Sentence(Span(start, dateline.end()), boilerplate=True))
                start, end = _strip(body, dateline.end(), end)
        if not result or all(x.boilerplate for x in result):
            wire = WIRE_DATELINE.search(body, start, min(end, start + HEADLINE_REACH))
            if wire is not None and wire.end() < end:
                if wire.start() > start:
                    h_start, h_end = _strip(body, start, wire.start())
                    result.append(Sentence(Span(h_start, h_end), boilerplate=True))
                result.append(Sentence(Span(wire.start(), wire.end()), boilerplate=True))
                start, end = _strip(body, wire.end(), end)
        # "ERBIL (Kurdistan 24) – A Turkish drone ...", "BEIRUT: Air strikes ...": another outlet's dateline opening a
        # paragraph is furniture; its city is where the reporter filed from, never a place of the sentence's events
        opening = paragraph_dateline(body, start, end)
        if opening is not None:
            result.append(Sentence(Span(start, opening.end()), boilerplate=True))
            start, end = _strip(body, opening.end(), end)
        credit = TRAILING_CREDIT.search(body, start, end)
        if credit:
            end = credit.start()
        parts = [
            piece
            for s, e in _split_line(body, start, end)
            for t_start, t_end in _after_tags(body, s, e)
            for piece in _bounded(body, t_start, t_end)
        ]
        # An author bio spreads over the rest of its line ("X is a young writer... She has...").
        bio = any(BIO.search(body[s:e]) for s, e in parts)
        after_furniture = False
        for s_start, s_end in parts:
            text = body[s_start:s_end]
            tag = None if bio else AGENCY_CAPTION.search(text)
            if tag is not None and tag.start() > 0 and tells_a_strike(text[: tag.start()]):
                # "regime artillery bombarded the enclave on Friday [AFP] |": the picture's strike is news, its tag not
                c_start, c_end = _strip(body, s_start, s_start + tag.start())
                result.append(Sentence(Span(c_start, c_end), boilerplate=False))
                result.append(Sentence(Span(*_strip(body, s_start + tag.start(), s_end)), boilerplate=True))
                after_furniture = False
                continue
            furniture = bio or is_boilerplate(text)
            # A list of linked headlines runs on after "Related": Title Case fragments are part of it, and so are
            # fragments of links set apart by bars ("37th Istanbul Film Festival Egon Schiele | Episode | Showcase")
            if not furniture and after_furniture and (is_title_case(text) or " | " in text):
                furniture = True
            # a photo credit ends a caption, not a list of linked headlines: what follows is the text
            after_furniture = furniture and not BRACKET_CREDIT.fullmatch(text)
            result.append(Sentence(Span(s_start, s_end), boilerplate=furniture))
        if credit:
            c_start, c_end = _strip(body, credit.start(), credit.end())
            result.append(Sentence(Span(c_start, c_end), boilerplate=True))
    return result


# Words a run of page tags never holds but a sentence does ("Tags Syria Homs Napalm Jets thought to belong to ..."):
# the lead starts at the last capitalised word before the first of them.
_FUNCTION_WORDS = frozenset(
    {"in", "a", "an", "of", "to", "on", "at", "by", "for", "from", "with", "and", "were", "was", "have", "has", "had",
     "is", "are", "after", "that", "said", "says", "say"}
)  # fmt: skip
# A count before the lead's first capitalised word belongs to it ("At least 70 Syrian regime and rebel fighters").
_COUNT_WORDS = frozenset(
    {"at", "least", "more", "than", "some", "over", "nearly", "about", "around", "up", "to", "one", "two", "three",
     "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
     "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "dozens", "scores"}
)  # fmt: skip
_TAGS = re.compile(r"Tags\s+(?=[A-Za-z])")
_WORD = re.compile(r"[\w'’-]+")


def _after_tags(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of page tags with the lead sentence glued to it (no stop between them: "Tags Aleppo Syria Russia At least
    16 people were killed ..."), split into the tags and the lead; any other sentence as it is."""
    if not _TAGS.match(body, start):
        return [(start, end)]
    words = list(_WORD.finditer(body, start + 4, end))
    first = None
    for i, w in enumerate(words):
        if w.group(0) not in _FUNCTION_WORDS:
            continue
        # "Observatory for Human Rights", "Organisation of the Islamic ...": a connector inside a tag's name
        named = i > 0 and words[i - 1].group(0)[:1].isupper()
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        nxt = words[i + 2].group(0) if nxt == "the" and i + 2 < len(words) else nxt
        if w.group(0) in ("of", "for") and named and nxt[:1].isupper():
            continue
        first = i
        break
    if first is None:
        return [(start, end)]
    lead = next((j for j in range(first - 1, -1, -1) if words[j].group(0)[:1].isupper()), None)
    if lead is None or lead == 0:
        return [(start, end)]
    while lead > 1 and (words[lead - 1].group(0).lower() in _COUNT_WORDS or words[lead - 1].group(0).isdigit()):
        lead -= 1
    cut = words[lead].start()
    return [_strip(body, start, cut), (cut, end)]


def without_abbreviation_dot(gap: str, name: str) -> str:
    """The text after a name without the last dot of an abbreviation the name's span leaves out ("U.N. says").

    >>> without_abbreviation_dot(". says", "U.N"), without_abbreviation_dot(". It", "Syria")
    (' says', '. It')
    """
    return gap[1:] if gap.startswith(".") and "." in name else gap


def is_title_case(text: str) -> bool:
    """Whether most longer words are capitalised, as in a headline ("Daesh Shells Deir ez-Zor Injures 10 People").

    >>> is_title_case("Daesh Shells Syrias Deir ez-Zor Injures 10 People"), is_title_case("Jets struck the old town.")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# A name's word after an article or particle: "al-Tabqa", "ez-Zor", "as-Suwayda".
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")
# Capitalised words that open a sentence before a name ("The Syrian government said").
_OPENERS = frozenset({"The", "A", "An", "This", "In", "On", "At"})


def _caption_end(body: str, start: int, end: int) -> int:
    """Where a Title Case caption headline run into the text ends: before the capitalised word that opens the next
    sentence, the last one before the first lower-case word ("… Near al-Tabqa The coalition is probing")."""
    last_capital = start
    before = ""  # the capitalised word before the last one (with any small words after it), and where it starts
    before_at = start
    for word in re.finditer(r"\S+", body[start:end]):
        text = word.group(0)
        if text[:1].isupper() or text[:1].isdigit() or _PARTICLE_NAME.match(text):
            before, before_at = body[last_capital : start + word.start()], last_capital
            last_capital = start + word.start()
        elif text.lower() not in _SMALL_WORDS and text not in _HEADLINE_DASHES:
            # "... Military Source The Syrian government said", "... Palmyra In the Syrian desert rebels": an article or
            # a preposition opens the sentence before the name
            return before_at if before.split()[:1] and before.split()[0] in _OPENERS else last_capital
    return end


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with whitespace."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


# Longer than any sentence of the corpora (the longest FA-KES one has 586 characters): text with no stops (OCR, a
# list, a page dump) is read in pieces, as the rules' cost grows with the square of a sentence's trigger words.
MAX_SENTENCE_CHARS = 2000


def _bounded(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at spaces into pieces of at most MAX_SENTENCE_CHARS characters (a word longer than that stays
    whole)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = body.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        if cut <= start:
            cut = body.find(" ", start + MAX_SENTENCE_CHARS)
            if cut == -1 or cut >= end:
                break
        pieces.append(_strip(body, start, cut))
        start, _ = _strip(body, cut, end)
    pieces.append((start, end))
    return [(s, e) for s, e in pieces if s < e]


def _split_line(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one line into sentence spans, skipping stops after abbreviations and initials."""
    cuts: list[int] = []
    for match in INLINE_FURNITURE.finditer(body, start, end):
        cuts.append(match.start())
        if "Related" in match.group() and (lead := RELATED_LEAD.search(body, match.end(), end)) is not None:
            cuts.append(lead.start())  # the story's lead after the linked headlines is no furniture
    for match in INLINE_SEGMENT.finditer(body, start, end):
        cuts.extend((match.start(), match.end()))
    for match in PHOTO_CREDIT.finditer(body, start, end):
        cuts.extend((match.start(), _caption_end(body, match.end(), end)))
    for match in _END.finditer(body, start, end):
        if body[match.start()] == "." and _is_abbreviation(body, start, match.start()):
            continue
        if _inside_open_bracket(body, start, match.start()):
            continue
        cuts.append(match.end())
    for match in _GLUED.finditer(body, start, end):
        cuts.append(match.end())
    for match in POST_SIGNATURE.finditer(body, start, end):
        cuts.append(match.end())  # the embedded post ends with its signature
    spans: list[tuple[int, int]] = []
    pos = start
    for cut in sorted(set(cuts)):
        s, e = _strip(body, pos, cut)
        if s < e:
            spans.append((s, e))
        pos = cut
    s, e = _strip(body, pos, end)
    if s < e:
        spans.append((s, e))
    return spans


def _is_abbreviation(body: str, line_start: int, stop: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviation or an initial rather than a sentence."""
    word_start = stop
    while word_start > line_start and (body[word_start - 1].isalnum() or body[word_start - 1] == "."):
        word_start -= 1
    word = body[word_start:stop]
    if not word:
        return False
    if word.lower().strip(".") in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S", "U.N".
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word))


def _inside_open_bracket(body: str, line_start: int, stop: int) -> bool:
    """Whether a stop falls inside an unclosed (short) parenthesis or square bracket on the line."""
    before = body[max(line_start, stop - 120) : stop]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")
