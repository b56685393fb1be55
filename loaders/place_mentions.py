"""Place passes over a sentence's mentions: the names of a list ("the villages of A B and C"), names after a
locative the gazetteer missed, and the second chance that links such names to a gazetteer place by their spelling
(docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from loaders import facility_towns, fuzzy_places, namesakes, open_province, own_phrase
from loaders.bearing_names import PART_OF, named_by_bearing
from loaders.gazetteer import Gazetteer
from loaders.listed_together import listed_together
from loaders.local_places import local_place, with_new_places
from loaders.located_lists import MIN_KNOWN_WITHOUT_AND, before_a_person, located_lists
from loaders.model import Mention, Span, overlapping
from loaders.name_matcher import MIN_VILLAGE_LETTERS
from loaders.name_words import CONTROLLED, CREDIT_WORDS, NOT_PLACE_NAMES, PLACE_NAME, TITLE_WORDS
from loaders.numbered_places import NUMBERED_NAME
from loaders.place_lists import OPENERS, WHICH_ONE, list_places, province
from loaders.region_lists import listed_in_a_region, lists_before_regions
from loaders.run_splits import split_mention, split_runs
from loaders.set_off_places import counted_lists
from loaders.unlinked_names import compound_names, lone_names


def _covered(body: str, start: int, end: int, inside: list[Mention]) -> bool:
    """Whether place mentions fill body[start:end] with nothing but spaces between them."""
    pos = start
    for m in sorted(inside, key=lambda m: m.span.start):
        if m.kind != "place" or body[pos : m.span.start].strip():
            return False
        if pos > start and WHICH_ONE.match(body[pos : m.span.end].strip()):
            return False  # "Aleppo al-Jadida": the side or age says which one, a name of its own (New Aleppo)
        pos = m.span.end
    return not body[pos:end].strip()


_ARTICLE_WORD_AFTER = re.compile(r"\s+(?P<name>(?:al|el|Al|El)-[A-Z][\w'’-]*)")


def with_place_lists(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """Each name of a list after "the villages of" / "the provinces of" is a place (docs/extraction.md)."""
    text = body[span.start : span.end]
    out = list(found)
    known = _known(gazetteer, body, found)
    pieces = [*list_places(text, known), *counted_lists(text, known)]
    pieces += _located_list_pieces(text, span.start, found, gazetteer, known)
    for piece, kind in pieces:
        start, end = span.start + piece.start, span.start + piece.end
        # a local place minted across two names of the list ("Akhtarin Turkmen" of "Akhtarin Turkmen Bari and
        # Dabiq") gives way to the list's own cut
        out = [m for m in out if not (_minted_across(m, start, end) and _within_pieces(m, span.start, text, pieces))]
        inside = overlapping(out, start, end)
        if _opened_by_place_word(body, start, inside):
            # "the villages of Souran Tal Alam": "Alam" after "Tal" is a hill's name, not the outlet Al-Alam
            out = [m for m in out if m not in inside]
            inside = []
        if any(m.kind == "actor" or m.span.start < start or m.span.end > end for m in inside):
            continue  # an actor, or a name reaching out of the piece: the piece was cut wrong
        label = body[start:end]
        if kind == "province":
            key = province(gazetteer, label)
            if key is None:
                continue
            mention = Mention(Span(start, end), key, "place")
        elif inside and all(m.span == Span(start, end) for m in inside):
            continue  # the gazetteer already has the whole name
        elif len(inside) == 1 and inside[0].span.start == start and body[inside[0].span.end : end] in ("s", "'s", "’s"):
            continue  # "areas of Syrias Aleppo": the gazetteer's Syria with FA-KES's possessive, no new place
        elif len(inside) > 1 and _covered(body, start, end, inside):
            continue  # "Salah-Eddin al-Zahraa": two names the gazetteer knows, the comma between them dropped
        elif (
            len(inside) == 1
            and inside[0].span.start == start
            and inside[0].kind == "place"
            and body[start : inside[0].span.end].lower() not in OPENERS  # "Tadmur al-Bayarat" is one name
            and (rest := _ARTICLE_WORD_AFTER.fullmatch(body, inside[0].span.end, end)) is not None
            and not WHICH_ONE.match(rest.group("name"))  # "Aleppo al-Jadida" is New Aleppo, one name
        ):
            # "Salah-Eddin al-Zahraa and al-Akramiya neighborhoods": a quarter the gazetteer knows, then another
            # opened by its article (FA-KES dropped the comma between them)
            name_start = inside[0].span.end + rest.start("name") - rest.start()
            mention = local_place(local_entities, Span(name_start, end), rest.group("name"))
            out = sorted([*out, mention], key=lambda m: m.span.start)
            continue
        elif any(w in CREDIT_WORDS for w in label.split()):
            continue  # "Syrias Aleppo Monitor": a headline's credit, not the next place of a list
        else:
            mention = local_place(local_entities, Span(start, end), label)
        out = sorted([*(m for m in out if m not in inside), mention], key=lambda m: m.span.start)
    return out


def _located_list_pieces(
    text: str, offset: int, found: list[Mention], gazetteer: Gazetteer, known: Callable[[str], int]
) -> list[tuple[Span, str]]:
    """The new names of comma-less lists after a locative in which the gazetteer knows a place exactly: pieces with no
    mention inside, or only the known word that opens them ("Tadmur al-Bayarat"), and no title, day or month word
    ("in Douma and Harasta Friday")."""
    exact = {(m.span.start - offset, m.span.end - offset) for m in found if m.kind == "place" and m.linked}
    out = []
    for listed in [*located_lists(text, known), *lists_before_regions(text, offset, found, gazetteer, known)]:
        pieces = before_a_person(text, listed)
        if not pieces:
            continue
        if re.search(r"\band\b", text[pieces[0].start : pieces[-1].end]):
            if not any((p.start, p.end) in exact for p in pieces) and not listed_in_a_region(
                text, pieces, found, offset, gazetteer
            ):
                continue
        else:
            # no "and": a list only when several of its pieces are whole names of gazetteer places, and only up to the
            # last of them (what follows may be the next sentence, its full stop lost: "in Aleppo Homs Abu Ahmad said")
            places = [i for i, p in enumerate(pieces) if known(text[p.start : p.end])]
            if len(places) < MIN_KNOWN_WITHOUT_AND:
                continue
            pieces = pieces[: places[-1] + 1]
        for piece in pieces:
            words = text[piece.start : piece.end].split()
            inside = [m for m in found if m.span.start < offset + piece.end and offset + piece.start < m.span.end]
            opener = [(piece.start, piece.start + len(words[0]))] if words[0].lower() in OPENERS else []
            if [(m.span.start - offset, m.span.end - offset) for m in inside] in ([], opener) and not any(
                w in TITLE_WORDS for w in words
            ):
                out.append((piece, "settlement"))
    return out


def _whole_name(gazetteer: Gazetteer, name: str) -> bool:
    """Whether a name is the whole name of a gazetteer settlement, district, governorate or country (however small
    the village: the gazetteer's search refuses a small village beside other capitalised words); not a word in
    capitals, an outlet or a dateline ("SANA")."""
    if name.isupper() or (" " not in name and len(name) < MIN_VILLAGE_LETTERS):
        return False
    entity = gazetteer.lookup(name, kind="place")
    return entity is not None and entity.cls in ("Settlement", "District", "Governorate", "Country")


def _known(gazetteer: Gazetteer, body: str, found: list[Mention]) -> Callable[[str], int]:
    """How well a list's piece is known: 2 a place the gazetteer's search found in the sentence, 1 `_whole_name`."""
    seen = {body[m.span.start : m.span.end] for m in found if m.kind == "place" and m.linked}

    @lru_cache(maxsize=256)
    def known(name: str) -> int:
        return 2 if name in seen else int(_whole_name(gazetteer, name))

    return known


def _opened_by_place_word(body: str, start: int, inside: list[Mention]) -> bool:
    """Whether a list's piece opens with a word that opens place names ("Tal", "Abu", "Deir") and the names the
    gazetteer found in it are actors after that word: the actor's name is the place's second word."""
    opener = re.match(r"[A-Za-z]+(?=\s)", body[start : start + 12])
    return (
        opener is not None
        and opener.group(0).lower() in OPENERS
        and bool(inside)
        and all(m.kind == "actor" and m.span.start > start for m in inside)
    )


def _minted_across(mention: Mention, start: int, end: int) -> bool:
    """Whether a local place overlaps [start, end) and reaches out of it."""
    overlaps = mention.span.start < end and start < mention.span.end
    reaches_out = mention.span.start < start or mention.span.end > end
    return mention.kind == "place" and not mention.linked and overlaps and reaches_out


def _within_pieces(mention: Mention, text_start: int, text: str, pieces: Sequence[tuple[Span, str]]) -> bool:
    """Whether a mention lies inside two neighbouring pieces of one list (nothing but a space, a comma or "and"
    between them); `text` is the sentence the pieces were cut from, starting at `text_start` in the body."""
    for (first, _), (second, _) in pairwise(pieces):
        joined = re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", text[first.end : second.start]) is not None
        if joined and text_start + first.start <= mention.span.start and mention.span.end <= text_start + second.end:
            return True
    return False


# A capitalised name after a locative ("outskirts of Qardaha", "in al-Qameshli city") that the gazetteer missed is a
# place only if it turns out to be a spelling of one the gazetteer has near the places the article names.
TENTATIVE = "tentative-place"
_LOCATED = re.compile(
    rf"\b(?:in|on|at|to|from|near|{PART_OF}|east\s+of|west\s+of|north\s+of|south\s+of|around|towards|into|between|"
    # "in Mheimideh village and Sfeira Tahtani": a list of places named once with their kind goes on after "and"
    r"(?:village|town|city|area|district|neighbou?rhood)\s+and|"
    # a verb of striking or taking whose object is where: "air strikes hit Sarakeb", "shelled Jindires"; not after "to"
    # (an aim or a retrospect: "tried to capture ...", "the first attack to hit ... since 2011"; `_located_names`
    # checks "to" before it across any run of blanks)
    r"(?<!\bto\s)(?P<verb>hit|struck|shelled|bombed|pounded|targeted|stormed|captured|recaptured|seized|besieged|raided))\s+"
    rf"(?P<name>{PLACE_NAME})(?=\s+(?:city|town|village|countryside|area|district|neighbou?rhood)\b|[\s.,;]|$)"
)
# "to" ending the text before a verb of `_LOCATED` ("tried to  capture"), searched from two before the blanks' start
_TO_END = re.compile(r"\bto\Z")
# A name before the kind of place it is, whatever comes before it: "to the east of Jazal field and Um al-Tababeer
# area".
_NAMED_KIND = re.compile(rf"(?<![\w-])(?P<name>{PLACE_NAME})\s+(?:village|town|area|district|neighbou?rhood)\b")
# The two ends of a road or front line, joined by a hyphen: "the road of Salamyieh-Khneifes", "the Khan Tuman-Zerbeh
# highway". An end the gazetteer lacks beside one it knows is looked up like a name after a locative.
_END = r"(?:(?:al|el)-)?[A-Z][a-z]+(?:\s+(?:(?:al|el)-)?[A-Z][a-z]+)?"
_ROAD_ENDS = re.compile(
    rf"(?<![\w-])(?P<a>{_END})[-–](?P<b>{_END})(?=\s+(?:road|highway|motorway|axis|route|front|line)\b)"
    rf"|\b(?:road|highway|motorway|axis|route)\s+(?:of|between|linking)\s+(?P<c>{_END})[-–](?P<d>{_END})(?![\w-])"
)


def _road_ends(text: str, offset: int, found: list[Mention]) -> list[tuple[int, int]]:
    """The unknown end of a road whose other end is a place the gazetteer knows ("Salamyieh-Khneifes")."""
    ends = []
    for match in _ROAD_ENDS.finditer(text):
        pair = [match.span(g) for g in "abcd" if match.group(g)]
        known = [
            any(m.kind == "place" and m.linked and m.span.start < offset + e and offset + s < m.span.end for m in found)
            for s, e in pair
        ]
        if any(known):
            ends += [end for end, is_known in zip(pair, known, strict=True) if not is_known]
    return ends


def _located_names(text: str) -> list[tuple[int, int]]:
    """The spans of `_LOCATED`'s names, but none after "to" and its verb ("tried to capture"), whatever the blanks."""
    names = []
    pos = 0
    while (match := _LOCATED.search(text, pos)) is not None:
        if match.group("verb"):
            stripped = text[: match.start()].rstrip()
            if len(stripped) < match.start() and _TO_END.search(stripped, max(0, len(stripped) - 2)):
                pos = match.start() + 1  # (as the lookbehind did: the search goes on from the next character)
                continue
        names.append((match.start("name"), match.end("name")))
        pos = match.end()
    return names


def with_located_names(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]]
) -> list[Mention]:
    """Names after a locative that no rule took: kept (as TENTATIVE) only if `link_local_places` links them."""
    text = body[span.start : span.end]
    names = _located_names(text)
    names += _road_ends(text, span.start, found)
    names += [(m.start("name"), m.end("name")) for m in _NAMED_KIND.finditer(text)]
    names += named_by_bearing(text)
    spans = [(Span(span.start + s, span.start + e), text[s:e]) for s, e in sorted(names)]
    return with_new_places(found, spans, local_entities, _not_located, TENTATIVE)


def _not_located(label: str) -> bool:
    """Whether a name after a locative holds a title, a word that names no place or a holder's compound."""
    return any(w in TITLE_WORDS or w in NOT_PLACE_NAMES for w in label.split()) or CONTROLLED.search(label) is not None


def link_local_places(
    body: str,
    per_sentence: list[list[Mention]],
    local_entities: dict[str, tuple[str, str]],
    gazetteer: Gazetteer,
    only: set[str] | None = None,
    villages_only: bool = False,
    refused: Mapping[str, str] | None = None,
) -> list[list[Mention]]:
    """Local places that are spellings of a gazetteer place in a governorate the article names become that place
    (`only`: just these local keys; `villages_only`: only small villages, not a well-known place such as a city's
    quarter elsewhere: "the areas of al-Midan and al-Muhafaza in Aleppo city" are not Damascus's Midan; `refused`:
    local key -> the gazetteer place a reading of the article refused for it, which it does not become again)."""
    # "al-Mazzeh 86", "Dummar 1": a numbered part of a town is no gazetteer place, nor the town its name begins
    labels = {
        key: label
        for key, (kind, label) in local_entities.items()
        if kind in ("place", TENTATIVE) and (only is None or key in only) and not NUMBERED_NAME.search(label)
    }
    if not labels:
        return facility_towns.linked_sites(per_sentence, local_entities, gazetteer)
    context = {m.key for found in per_sentence for m in found if m.kind == "place" and m.linked}
    # a piece kept only if linked ("Khrab" of "Khrab al-Shahm town") is too short a name for a three-consonant skeleton
    sure = {k for k in labels if local_entities[k][0] == "place"}
    resolved = fuzzy_places.resolve(gazetteer, labels, context, sure)
    # a name the text calls a place ("shells fell on Hama, Quseir and Zabadany") that one known town's spelling owns is
    # that town, as the matcher reads it after "in"; a reading in the article's context goes first (places34)
    spelt = {k: gazetteer.town_spelt(labels[k]) for k in sure if k not in resolved}
    resolved |= {k: town for k, town in spelt.items() if town is not None}
    # a name's own phrase outranks the article: "al-Msheirfeh east of Homs city" is Homs's, though Aleppo is named
    own_anchors = own_phrase.anchors(per_sentence, body, gazetteer)
    # a province that sets the sentence's scene links but never refuses: it is weaker than a name's own phrase
    for local, land in open_province.scene_anchors(per_sentence, body, gazetteer).items():
        if local not in labels or local in own_anchors:
            continue
        own = fuzzy_places.resolve(gazetteer, {local: labels[local]}, [land], sure).get(local)
        own = own or own_phrase.own_reading(gazetteer, labels[local], land, shortest=open_province.MIN_SOUNDED)
        if own is not None:
            resolved[local] = own
    for local, (land, bearing) in own_anchors.items():
        if local not in labels:
            continue
        own = fuzzy_places.resolve(gazetteer, {local: labels[local]}, [land], sure).get(local)
        own = own or own_phrase.own_reading(gazetteer, labels[local], land, bearing)
        if own is not None:
            resolved[local] = own
        elif local in resolved and own_phrase.outside(gazetteer, resolved[local], land):
            # a namesake elsewhere is refused, the name kept a local place as its phrase shows it is one
            del resolved[local]
            local_entities[local] = ("place", labels[local])
    resolved = {k: v for k, v in resolved.items() if (refused or {}).get(k) != v}
    if len(resolved) > 1:
        resolved = _with_linked_neighbours(gazetteer, labels, context, resolved)
    resolved |= _beside_linked_neighbours(gazetteer, labels, context, resolved, refused or {})
    # the pieces of a list confirm each other's spellings where the article names no governorate around them
    # ("Tel Ahmar", a hill's name, is a local facility until a list places it)
    rest = {
        k: label
        for k, (kind, label) in local_entities.items()
        if kind in ("place", "facility")
        and k not in resolved
        and (only is None or k in only)
        and not NUMBERED_NAME.search(label)
    }
    listed = listed_together(body, per_sentence, rest, gazetteer, resolved) if rest else {}
    listed = facility_towns.towns_named(gazetteer, rest, context) | listed
    resolved.update({k: v for k, v in listed.items() if (refused or {}).get(k) != v})
    # "Dourin al-Mugheiriyeh": two names of a comma-less list, kept as one local place by the list cutters
    # (local places only: a tentative name after a locative is kept only if linked whole)
    minted = {k: v for k, v in labels.items() if local_entities[k][0] == "place"}
    splits = split_runs(gazetteer, minted, context, resolved) if only is None else {}
    # "al-Khalediya neighborhood in Aleppo city" is a quarter, not the village of al-Khalidiyah out of town
    quarters = namesakes.called_quarters(body, per_sentence)
    resolved = {k: v for k, v in resolved.items() if k not in quarters or town_of(v, gazetteer) is not None}
    if villages_only:
        # a place with a QID is a town of the news too
        resolved = {
            k: v
            for k, v in resolved.items()
            if not namesakes.well_known(gazetteer.get(v)) and gazetteer.get(v).qid is None
        }
    unlinked = {key for key, (kind, _) in local_entities.items() if kind == TENTATIVE and key not in resolved}
    for key in compound_names(body, per_sentence, local_entities, unlinked):
        local_entities[key] = ("place", local_entities[key][1])
        unlinked.discard(key)
    for key in lone_names(body, per_sentence, local_entities, unlinked, gazetteer):
        local_entities[key] = ("place", local_entities[key][1])
        unlinked.discard(key)
    for key in [*resolved, *unlinked]:
        del local_entities[key]
    if not resolved and not unlinked and not splits:
        return per_sentence
    out = [
        [
            piece
            for m in found
            if m.key not in unlinked
            for piece in (
                split_mention(body, m, splits[m.key])
                if m.key in splits
                else [Mention(m.span, resolved[m.key], m.kind) if m.key in resolved else m]
            )
        ]
        for found in per_sentence
    ]
    kept = {m.key for found in out for m in found}
    for key in splits.keys() - kept:  # a run every mention of which was split is no local place any more
        local_entities.pop(key, None)
    return out


def _with_linked_neighbours(
    gazetteer: Gazetteer, labels: dict[str, str], context: set[str], resolved: dict[str, str]
) -> dict[str, str]:
    """Each place linked by its spelling read again with the others so linked as context too: "the villages of Habreh
    al-Qarbi and Rasm Hamideh" lie together. A place the wider context leaves undecided keeps its first reading."""
    out = {}
    for key, first in resolved.items():
        others = context | {v for k, v in resolved.items() if k != key}
        out[key] = fuzzy_places.resolve(gazetteer, {key: labels[key]}, others).get(key, first)
    return out


def _beside_linked_neighbours(
    gazetteer: Gazetteer,
    labels: dict[str, str],
    context: set[str],
    resolved: dict[str, str],
    refused: Mapping[str, str],
) -> dict[str, str]:
    """The places still unlinked read again with those linked by their spelling as context: "al-Latamneh" linked to
    al-Lataminah names its district, where "M’aarkbeh" is Ma'arrkabah (twenty-first session, helper outlets2)."""
    rest = {k: v for k, v in labels.items() if k not in resolved}
    if not resolved or not rest:
        return {}
    again = fuzzy_places.resolve(gazetteer, rest, context | set(resolved.values()))
    return {k: v for k, v in again.items() if refused.get(k) != v}


def town_of(key: str, gazetteer: Gazetteer) -> str | None:
    """The town or city a gazetteer place lies inside (a quarter's, a square's, a building's), or None."""
    return next((a for a in gazetteer.ancestors(key) if gazetteer.get(a).cls == "Settlement"), None)
