"""The headline and the datelines of an article: which sentence repeats the title, a wire header read as the headline,
and the places, outlets and date a dateline names (docs/extraction.md, "Sentences and boilerplate")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from loaders.gazetteer import Gazetteer
from loaders.local_places import local_place
from loaders.model import Mention, Sentence, Span
from loaders.paragraph_datelines import PARAGRAPH_DATELINE, dateline_city
from loaders.timex import find_time

# A title this short ("Syria") may open any sentence: it does not tell a header.
HEADLINE_MIN_WORDS = 3


def title_index(body: str, mined: Sequence[Sentence], title: str | None) -> int | None:
    """The index of the sentence that repeats the headline, if one of the first sentences does."""
    if not title:
        return None
    wanted = {_normal(title), _normal(_SITE_SUFFIX.split(title)[0]), *title_without_figure(title)}
    for i, sentence in enumerate(mined[:3]):
        if _normal(sentence.span.text(body)) in wanted:
            return i
    return None


def title_without_figure(title: str) -> list[str]:
    """The title without its leading figure, as FA-KES repeats some titles in the body ("100 ISIL Terrorists Killed in
    Kobani" opens "ISIL Terrorists Killed in Kobani."); nothing for a title with no figure first, or too short then
    (a short rest, "Killed in Homs", may open any sentence)."""
    words = _normal(_SITE_SUFFIX.split(title)[0]).split()
    if len(words) <= HEADLINE_MIN_WORDS + 1 or not words[0].isdigit():
        return []
    return [" ".join(words[1:])]


# "... Monitor - Region - World - Ahram Online", "... | Jordan Times": a page title's site suffix.
_SITE_SUFFIX = re.compile(r"\s+[-|]\s+")


def with_headline(body: str, split: Sequence[Sentence], title: str | None) -> list[Sentence]:
    """The sentences, with a header set aside as furniture before a wire dateline ("Syria regime bombing kills 21
    Syrian regime bombardment and air strikes killed ... AFP Friday 10 Oct 2014") read again when it opens with the
    title: the headline is then a sentence of its own, mined as the headline, and the standfirst after it another."""
    wanted = re.findall(r"\w+", _SITE_SUFFIX.split(title or "")[0].lower())
    for i, sentence in enumerate(split[:2]):
        if not sentence.boilerplate:
            break
        if len(wanted) < HEADLINE_MIN_WORDS or i + 1 >= len(split) or not split[i + 1].boilerplate:
            continue  # a header is followed by its wire dateline
        words = list(re.finditer(r"\w+", sentence.span.text(body)))
        if [w.group(0).lower() for w in words[: len(wanted)]] != wanted:
            continue
        head = sentence.span
        cut = head.start + words[len(wanted) - 1].end()
        parts = [Sentence(Span(head.start, cut))]
        rest = body[cut : head.end]
        if rest.strip():
            parts.append(Sentence(Span(cut + len(rest) - len(rest.lstrip()), head.end)))
        return [*split[:i], *parts, *split[i + 1 :]]
    return list(split)


def _normal(text: str) -> str:
    """Lower-case words only, for comparing a headline with a sentence."""
    return " ".join(re.findall(r"\w+", text.lower()))


def dateline_mentions(
    body: str, all_sentences: Sequence[Sentence], gazetteer: Gazetteer, local_entities: dict[str, tuple[str, str]]
) -> list[Mention]:
    """The outlet and place a dateline names ("BEIRUT (Reuters) -", "AFP Thursday 2 Jun 2016"): mentions of the article,
    though the dateline is never mined for claims. A city dateline may stand mid-text too ("... said. MOSCOW (Sputnik)
    According to ..."); its city, when the gazetteer does not know it, is a local place."""
    found: list[Mention] = []
    for index, sentence in enumerate(all_sentences):
        if not sentence.boilerplate:
            continue
        text = sentence.span.text(body)
        city = _CITY_DATELINE.search(text)
        if city is not None:
            start = sentence.span.start + city.start("city")
            at = Span(start, sentence.span.start + city.end("city"))
            places = [m for m in gazetteer.find(body, at) if m.kind == "place"]
            if not places:
                # "... Golan Heights - IDF MOSCOW (Sputnik)": a headline's last acronym is no part of the city
                words = city.group("city").split()
                while len(words) > 1 and gazetteer.lookup(words[0], "actor") is not None:
                    start += len(words.pop(0)) + 1
                name = " ".join(words)
                # the label in title case ("Moscow"), the key from the same letters
                places = [local_place(local_entities, Span(start, at.end), name.title())]
            found += places + [m for m in gazetteer.find(body, sentence.span) if m.kind == "actor"]
            continue
        opening = PARAGRAPH_DATELINE.fullmatch(text)
        if opening is not None:
            # another outlet's dateline ("ERBIL (Kurdistan 24) –"): its city, when the gazetteer knows it, is a place
            # of the article as a wire's is, and no outlet or acronym is read as a city
            c_start, c_end = dateline_city(opening)
            at = Span(sentence.span.start + c_start, sentence.span.start + c_end)
            found += [m for m in gazetteer.find(body, at) if m.kind == "place"]
            continue
        if index >= DATELINE_SENTENCES or any(not s.boilerplate for s in all_sentences[:index]):
            continue
        when = find_time(text, 0, None)
        # "Last updated at Nov 272017 BEIRUT": a glued date no parser reads, then the city in capitals
        if _WIRE.search(text) or (when is not None and when.precision == "day") or _CAPITALS_LAST.search(text):
            found += gazetteer.find(body, sentence.span)
    return found


# A leading dateline is one of the first sentences, all furniture so far.
DATELINE_SENTENCES = 3
# "MOSCOW (Sputnik)", "BEIRUT (Reuters) -": a city in capitals and the wire that files from it.
_CITY_DATELINE = re.compile(
    r"(?<![\w-])(?P<city>[A-Z]{3,}(?: [A-Z]{2,}){0,2})\s+\((?:Sputnik|Reuters|AFP|AP|SANA|TASS)\)"
)


_CAPITALS_LAST = re.compile(r"\d\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*[-–—]*\s*$")
_WIRE = re.compile(r"\((?:Reuters|AFP|AP|SANA|Sputnik|TASS)\)|^(?:AFP|Reuters|AP|DPA|Xinhua)\s")


def dateline_date(body: str, all_sentences: Sequence[Sentence]) -> date | None:
    """The date of a leading dateline ("Wed 05 Apr 2017", or a wire dateline after the repeated headline): the
    article's own date, which wins over metadata."""
    for sentence in all_sentences[:3]:
        if not sentence.boilerplate:
            return None
        when = find_time(sentence.span.text(body), 0, None)
        if when is not None and when.precision == "day" and when.earliest is not None:
            return when.earliest
    return None
