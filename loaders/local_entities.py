"""Local entities: the places, landmarks, outlets, bodies, groups and speakers an article names that the gazetteer
lacks, minted conservatively from the wording around them (docs/extraction.md, "Mentions"); the patterns that find
them are in `local_actor_names` and `local_place_names`."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.iris import slug
from loaders.gazetteer import Gazetteer
from loaders.local_actor_names import (
    ACRONYM_REPORTED,
    ARABIC_UNIT,
    BODY_SITE,
    CONTROLLED_BY,
    DEPARTMENT_MINISTRY,
    GENERIC_BODY_WORDS,
    GROUP_NAME,
    GROUP_STOP,
    LOCAL_BODY,
    NAMED_BODY,
    OUTLET_AFTER,
    OUTLET_BEFORE,
    OUTLET_WORDS,
    PLACE_BODY,
    PLACE_NAME_WORDS,
    POLICE,
    SAID_NAME_WITH_ROLE,
    SPEAKER_APPOSED,
    SPEAKER_NAME,
    SPEAKER_OF_BODY,
    SPEAKER_WITH_ROLE,
    STATE_MEDIA,
    TITLED_PERSON,
    WITH_ARTICLE,
    bodies_of,
    hospital_as_site,
)
from loaders.local_place_names import (
    ACADEMY,
    AL_NAME_AFTER_PLACE,
    AL_NAMES_AFTER_LOCATIVE,
    BODY_AFTER,
    FEATURE,
    KIND_AFTER,
    LANDMARK,
    LANDMARK_WORD,
    LAST_OF_LIST,
    OLD_CITY,
    OPENING_PLACE,
    PERSONS_AFTER_LIST,
    PLACE_AFTER_AND,
    PLACE_APPOSITION,
    PLACE_BEFORE,
    PLACE_OF,
    PLAIN_NAME_WORD,
    SCHOOLED,
    closed_up,
    is_city,
    list_item,
    list_words,
    site_of_a_town,
    stops_landmark,
    sun_articles_raised,
)
from loaders.model import Mention, Span, overlapping
from loaders.name_words import CONTROLLED, LANDMARK_NOUN, NOT_PLACE_NAMES, TITLE_WORDS
from loaders.nicknames import nicknamed
from loaders.place_lists import OPENERS, WHICH_ONE


def with_local_entities(
    body: str,
    span: Span,
    found: list[Mention],
    local_entities: dict[str, tuple[str, str]],
    gazetteer: Gazetteer,
    headline: bool = False,
) -> list[Mention]:
    """Add conservative local entities: a two- or three-word name right before "said", "the village of X"."""
    text = body[span.start : span.end]
    added: list[Mention] = []

    def free(start: int, end: int, beside: list[Mention]) -> bool:
        return not [m for m in overlapping([*found, *added], start, end) if m not in beside]

    def mint(start: int, end: int, kind: str, label: str, beside: list[Mention] | None = None) -> None:
        """A local entity for body[start:end], unless a mention other than those it stands `beside` covers part of
        it."""
        if free(start, end, beside or []):
            mention_kind = "place" if kind in ("place", "facility") else "actor"
            key = f"{mention_kind}/local/{slug(label)}"
            local_entities[key] = (kind, label)
            added.append(Mention(Span(start, end), key, mention_kind, linked=False))

    def mint_site(start: int, end: int, kind: str, label: str, inside: list[Mention]) -> None:
        """A local site named after the towns inside its name, kept beside them ("the Tabqa airbase")."""
        if site_of_a_town(inside, label, gazetteer):
            mint(start, end, kind, label, beside=inside)

    for match in OLD_CITY.finditer(text):
        start, end = span.start + match.start("name"), span.start + match.end("name")
        mint(start, end, "place", re.sub(r"\s+", " ", match.group("name")), beside=_inside(found, start, end))
    for match in ACADEMY.finditer(text):
        if SCHOOLED.search(text, max(0, match.start() - 40), match.start()):
            continue  # "he graduated from the Military Academy": a life story, no site of the war
        start, end = span.start + match.start("name"), span.start + match.end("name")
        mint(start, end, "facility", re.sub(r"\s+", " ", match.group("name")))
    for match in POLICE.finditer(text):
        mint(span.start + match.start("police"), span.start + match.end("police"), "force", "police")
    for match in STATE_MEDIA.finditer(text):
        # "Syrian state television reported": an outlet, not the state ("Syrian state" alone is the regime).
        start, end = span.start + match.start(), span.start + match.end()
        found = _outside(found, start, end)
        label = re.sub(r"\s+", " ", match.group(0))
        # "state television said" after "Syrian state television": the outlet the article named in full
        named = [lab for kind, lab in local_entities.values() if kind == "outlet" and lab.endswith(f" {label}")]
        mint(start, end, "outlet", named[0] if named and label[0].islower() else label)
    for match in (*OUTLET_BEFORE.finditer(text), *OUTLET_AFTER.finditer(text)):
        group = "name" if match.group("name") else "name2"
        words = match.group(group).split()
        while words and words[0] in {"The", "the"}:
            words.pop(0)
        if (
            not words
            or words[0] in OUTLET_WORDS
            or any((w in TITLE_WORDS and w not in OUTLET_WORDS) or CONTROLLED_BY.search(w) for w in words)
        ):
            continue  # "the TV channel", "the state-run Syrian TV": a kind of outlet, not a name ("al-Masdar News" is)
        label = " ".join(words)
        if gazetteer.lookup(label, "actor") is not None:
            continue  # "the news agency Reuters": the gazetteer's outlet, already found
        start = span.start + match.start(group) + match.group(group).index(words[0])
        end = start + len(match.group(group)) - match.group(group).index(words[0])
        # A place or actor inside the name is part of it ("Times of Israel", "El-Dorar Al-Shamia").
        found = _outside(found, start, end)
        mint(start, end, "outlet", label)
    for match in ACRONYM_REPORTED.finditer(text):
        # "FNA reported": an outlet the gazetteer lacks, known by its initials
        start, end = span.start + match.start("name"), span.start + match.end("name")
        name = match.group("name")
        if name in TITLE_WORDS or name in OUTLET_WORDS or gazetteer.lookup(name, "actor") is not None:
            continue  # "the monitor based in the UK reported": a known name is no unknown outlet
        mint(start, end, "outlet", name)
    for match in NAMED_BODY.finditer(text):
        start, end = span.start + match.start("name"), span.start + match.end("name")
        if any(m.span.end == end or (m.span.start < start < m.span.end) for m in found):
            continue  # the gazetteer knows the body ("the US Central Command"), or a name runs into it
        label = re.sub(r"\s+", " ", match.group("name"))
        words = label.split()
        if len(words) == 2 and (words[0] in TITLE_WORDS or words[0] in GENERIC_BODY_WORDS):
            continue  # "the General Command", "the Russian Center", "the UN Office": a kind or a part, not a name
        found = _outside(found, start, end)  # "Turkish" in its name
        mint(start, end, "organisation", label)
    for start, end in [] if headline else bodies_of(text):
        start, end = span.start + start, span.start + end
        if any(m.span.start < start < m.span.end or m.span.start < end < m.span.end for m in found):
            continue  # a known name runs into it
        if any(m.kind == "actor" and m.span.start == start and m.span.end == end for m in found):
            continue  # the gazetteer knows the whole body: "the Russian Ministry of Defence"
        if re.fullmatch(r"Ministry\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs)", body[start:end]):
            continue  # often a foreign power's, named once with its country: left, as "the defence ministry" is below
        found = _outside(found, start, end)  # "UN", "Syrian" in it
        mint(start, end, "organisation", re.sub(r"\s+", " ", body[start:end]))
    for match in DEPARTMENT_MINISTRY.finditer(text):
        label = re.sub(r"\s+", " ", match.group("name"))
        mint(span.start + match.start("name"), span.start + match.end("name"), "organisation", label)
    for match in LOCAL_BODY.finditer(text):
        words = match.group("name").split()
        while words and words[0] in {"The", "the", "A", "An"}:
            words.pop(0)
        if len(words) < 2:
            continue  # "the Command": the kind of body alone names none
        label = " ".join(words)
        if hospital_as_site(text, match.end("name") - len(label), label):
            continue  # "taken to Izraa National Hospital": the landmark rule below makes it a site
        end = span.start + match.end("name")
        start = end - len(label)
        found = _outside(found, start, end)  # "Aleppo" in its name
        mint(start, end, "organisation", label)
    for match in PLACE_BODY.finditer(text):
        if BODY_SITE.match(text, match.end()):
            continue  # "air strikes hit the Saraqeb local council building": a site in the town, which is struck
        start, end = span.start + match.start("name"), span.start + match.end("name")
        inside = [m for m in found if start <= m.span.start and m.span.end <= end]
        # a place must open it ("Local Coordination Committees" alone is the gazetteer's network), no known actor in it
        if any(m.kind == "place" for m in inside) and not any(m.kind == "actor" for m in inside):
            found = _outside(found, start, end)
            mint(start, end, "organisation", re.sub(r"\s+", " ", body[start:end]))
    for match in (
        *SPEAKER_NAME.finditer(text),
        *SPEAKER_WITH_ROLE.finditer(text),
        *SAID_NAME_WITH_ROLE.finditer(text),
        *TITLED_PERSON.finditer(text),
        *SPEAKER_OF_BODY.finditer(text),
        *SPEAKER_APPOSED.finditer(text),
        *nicknamed(text),
    ):
        group = next(g for g in ("name", "name2", "name3", "name4") if match.groupdict().get(g))
        words = match.group(group).split()
        while words and words[0] in TITLE_WORDS:
            words.pop(0)
        if len(words) < 2 or any(w in TITLE_WORDS for w in words):
            continue
        if words[0] in PLACE_NAME_WORDS or re.search(r"\bof\s+$", text[: match.start(group)]):
            continue  # "the Local Coordination Committee of Deir al-Adas said": the committee speaks, of a village
        if match.re in (SPEAKER_OF_BODY, SPEAKER_APPOSED) and _inside(
            found, span.start + match.start(group), span.start + match.end(group)
        ):
            continue  # "in Syrias Eastern Ghouta district a suburb of ...": a known name inside, no person's name
        label = " ".join(words)
        start = span.start + match.end(group) - len(label)
        end = span.start + match.end(group)
        # A place inside a speaker's name is part of it ("Mohammad al-Shaar" is no gas field), once nothing else
        # stands in the way ("in Syria Obama said": Syria is a place, Obama the speaker)
        without = [m for m in found if not (m.kind == "place" and start <= m.span.start and m.span.end <= end)]
        if not overlapping([*without, *added], start, end):
            found = without
        mint(start, end, "actor", label)
    for match in GROUP_NAME.finditer(text):
        tokens = list(re.finditer(r"\S+", match.group("name")))
        while tokens and tokens[0].group(0) in GROUP_STOP:
            tokens.pop(0)
        if len(tokens) < 2:
            continue  # "The Front": a unit word alone names no group
        start = span.start + match.start("name") + tokens[0].start()
        end = span.start + match.end("name")
        label = re.sub(r"\s+", " ", body[start:end])
        mint(start, end, "group", label)
    for match in ARABIC_UNIT.finditer(text):
        tokens = list(re.finditer(r"\S+", match.group("name")))
        kept = tokens[:1]
        for token in tokens[1:]:
            if token.group(0) in TITLE_WORDS:
                break
            kept.append(token)
            if WITH_ARTICLE.match(token.group(0)):
                break
        if len(kept) < 2:
            continue
        start = span.start + match.start("name")
        end = start + kept[-1].end()
        if any(m.kind == "actor" for m in overlapping(found, start, end)):
            continue  # the gazetteer knows the group ("Jaish al-Islam", "Jabhat al-Nusra")
        found = _outside(found, start, end)  # "Helfaya" in its name
        mint(start, end, "group", " ".join(token.group(0) for token in kept))
    for place in [m for m in found if m.kind == "place" and m.linked and span.start <= m.span.start < span.end]:
        # "the directions of Khan Touman and al-Rashedin": a name its article opens, joined to a known place
        after = AL_NAME_AFTER_PLACE.match(text, place.span.end - span.start)
        if (
            after
            and closed_up(after["name"]).split("-", 1)[1] not in NOT_PLACE_NAMES
            and not KIND_AFTER.match(text, after.end())  # "and al-Qadahat valley": the feature rule reads it
            and not PERSONS_AFTER_LIST.match(text, after.end())  # "Aleppo and al-Watan reported": an outlet
            and gazetteer.lookup(after["name"], "actor") is None
        ):
            mint(span.start + after.start("name"), span.start + after.end("name"), "place", closed_up(after["name"]))
    for match in AL_NAMES_AFTER_LOCATIVE.finditer(text):
        # "centers in al-Reshidiya al-Hamidiya and Sheikh Yassin": each name its article opens is a place
        if any(p.match(text, match.end()) for p in (PLAIN_NAME_WORD, KIND_AFTER, BODY_AFTER)):
            continue  # "in al-Rastan Dam", "in al-Qadahat valley": the name runs on, or another rule reads it
        names: list[list[re.Match[str]]] = []
        for word in list_words(text, match.start("names"), match.end("names")):
            if names and WHICH_ONE.match(word.group(0)):
                names[-1].append(word)  # "al-Samadaniyeh al-Gharbiyeh": the side says which one
            else:
                names.append([word])
        base = span.start
        for name in names:
            start, end = base + name[0].start(), base + name[-1].end()
            label = closed_up(body[start:end])
            if label.split("-", 1)[1] in NOT_PLACE_NAMES or gazetteer.lookup(label, "actor") is not None:
                continue
            mint(start, end, "place", label)
        last = LAST_OF_LIST.match(text, match.end())
        if len(names) > 1 and last and list_item(last["name"]):
            # "... al-Hamidiya and Sheikh Yassin": the last item of such a list is a place too
            mint(span.start + last.start("name"), span.start + last.end("name"), "place", last["name"])
    for match in (
        *PLACE_OF.finditer(text),
        *PLACE_BEFORE.finditer(text),
        *PLACE_AFTER_AND.finditer(text),
        *PLACE_APPOSITION.finditer(text),
        *filter(None, [OPENING_PLACE.match(text)]),
        *FEATURE.finditer(text),
    ):
        label = match.group("name")
        words = label.split()
        # "the neighbourhood of Sheikh Said": a place-name opener, not a man's title
        opener = words[0].lower() in OPENERS and len(words) > 1
        if (
            (words[0] in TITLE_WORDS and not opener)
            or any(w in NOT_PLACE_NAMES for w in words)
            or CONTROLLED.search(label)
        ):
            continue
        start, end = span.start + match.start("name"), span.start + match.end("name")
        if match.re is PLACE_OF:
            # "the district of Tariq al-Bab" is the quarter, not the town of al-Bab its article ties into the name
            # ("the neighbourhood of Zubdiya Aleppo" keeps Aleppo: FA-KES lost the comma)
            found = [
                m
                for m in found
                if not (
                    m.kind == "place"
                    and start < m.span.start
                    and m.span.end <= end
                    and re.match(r"(?:al|el|Al|El)-", body[m.span.start : m.span.end])
                )
            ]
        inside = _inside(found, start, end)
        if match.re is FEATURE and inside:
            mint_site(start, end, "place", label, inside)  # "the Tabqa dam": named after a town the gazetteer has
            continue
        mint(start, end, "place", label)
    for match in LANDMARK.finditer(sun_articles_raised(text)):
        group = match.lastgroup or "name"
        if group == "name" and headline:
            continue  # a headline capitalises every word: "Blast Kills Grand Mosque Imam" names no mosque
        words = match.group(group).split()
        while group == "name" and words and stops_landmark(words):
            words.pop(0)
        for i in range(len(words) - 1 if group == "name" else 0):  # a hill's name is read whole ("Tal al-Sheikh Ali")
            nxt = words[i + 1]
            if (
                re.match(r"(?:al|el|Al|El)-", words[i])
                and nxt[0].isupper()
                and not re.match(LANDMARK_NOUN, " ".join(words[i + 1 :]))
            ):
                # "al-Khalidiye Nile Street": an article's name does not run on into a plain name (a lost comma)
                words = words[i + 1 :]
                break
        if group == "name" and (not re.match(LANDMARK_WORD, " ".join(words)) or BODY_AFTER.match(text, match.end())):
            continue  # "the hospital", "Central Prison", "Air Base": a kind, not a name; "the Airport Front": a unit
        end = span.start + match.end(group)
        start = span.start + match.start(group) + match.group(group).index(words[0])
        inside = _inside(found, start, end)
        if inside and re.search(r"[Rr]oad$", body[start:end]):
            continue  # "the Hasakeh-Qamishli road", "the Homs road": named after towns, a way to them, no place
        if group == "hill" and inside:
            continue  # the gazetteer knows the place ("Tal Abyad", "Tell Tamer")
        if any(m.kind == "actor" or is_city(m, gazetteer) or (m.linked and m.span.start == start) for m in inside):
            # "Damascus International Airport", "Latamneh hospital", "Shayrat airfield": named after a place the
            # gazetteer has, which is what the text locates; the site may be a place beside its town ("the Tabqa
            # airbase", "the Zaara generating station")
            mint_site(start, end, "facility", re.sub(r"\s+", " ", body[start:end]), inside)
            continue
        found = [m for m in found if m not in inside]
        mint(start, end, "facility", re.sub(r"\s+", " ", body[start:end]))
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: m.span.start)


def _inside(found: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that lie inside body[start:end]."""
    return [m for m in found if start <= m.span.start and m.span.end <= end]


def _outside(found: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that do not lie inside body[start:end] (those inside become part of a name minted there)."""
    return [m for m in found if not (start <= m.span.start and m.span.end <= end)]


def sites_own_their_names(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """An unlinked place inside a local site's name is part of that name ("the nearby Hajjar oil field" once Hajjar, a
    far namesake, is undone): the town kept beside a site must be one the gazetteer has."""
    return [_without_names_of_sites(found) for found in per_sentence]


def _without_names_of_sites(found: list[Mention]) -> list[Mention]:
    """One sentence's mentions without the unlinked places that lie inside a local site."""
    sites = [m.span for m in found if m.kind == "place" and not m.linked]
    return [
        m
        for m in found
        if m.linked
        or m.kind != "place"
        or not any(s.start <= m.span.start and m.span.end <= s.end and s != m.span for s in sites)
    ]


_ARTICLE_OPENING = re.compile(r"^(?:al|el)-", re.IGNORECASE)


def one_key_per_place(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Local places an article names with and without their article ("al-Rashedin", later "Rashedin") are one place,
    keyed as first named: annotators list an entity once."""
    first: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for m in (m for found in per_sentence for m in found):
        if m.kind == "place" and not m.linked:
            bare = _ARTICLE_OPENING.sub("", m.key.removeprefix("place/local/"))
            key = first.setdefault(bare, m.key)
            if key != m.key:
                renamed[m.key] = key
    if not renamed:
        return per_sentence
    return [[replace(m, key=renamed[m.key]) if m.key in renamed else m for m in found] for found in per_sentence]
