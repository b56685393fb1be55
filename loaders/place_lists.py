"""Lists of places after "the villages of", "the districts of", "the area of", "the provinces of" (or before
"villages"): split into names, even without commas.

FA-KES removed every comma, so "the villages of Rasm Hamideh Jubb Habal Abu Qatour and Sharifeh" is one run of
capitalised words. The gazetteer refuses a small village inside such a run (it could be part of a longer unknown
name), so the run is split here by the shape of Syrian place names: a name word with the article words hyphenated to
it ("Habreh al-Sharqi"), after a word that always opens a longer name ("Abu", "Jubb", "Tal", "Khan", "Kafr") or a
side word ("Western Qasr al-Hayyar"). Each piece is a place; those the gazetteer lacks become local places, which
`fuzzy_places` may still link to a spelling the gazetteer has. After "the provinces of", each piece is a governorate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from loaders.demonyms import DEMONYMS
from loaders.gazetteer import Gazetteer
from loaders.glued_list_words import tied_back
from loaders.model import Span
from loaders.name_words import SET_OFF_SPACED_ARTICLE, TITLE_WORDS

# A list of settlements (or of provinces) follows these words. Two kinds of place joined by "and" head one list:
# "villages and towns", "villages and hilltops including Beit Khadour ...".
_SETTLEMENT_NOUNS = (
    r"villages|towns|localities|hamlets|settlements|areas|neighbou?rhoods|districts|quarters|suburbs|regions"
)
_HEAD = re.compile(
    rf"\b(?:(?P<settlements>(?:{_SETTLEMENT_NOUNS})(?:\s+and\s+(?:{_SETTLEMENT_NOUNS}|hills|hilltops|heights|farms))?|"
    r"area|region)|(?P<provinces>provinces|governorates))(?:\s+(?:of|like|such\s+as|including)|"
    # the plural noun's instances in apposition, after a focusing adverb (twentieth session): "several towns most
    # notably Sraqb Sarmin and Ariha", "the villages, especially A and B". Not after a singular "area" or "region",
    # which ends a phrase more often than it heads one: "Rebels in the area, most notably Ahrar al-Sham" lists the
    # rebels (twentieth session, helper review9)
    r"(?<!area)(?<!region),?\s+(?:most\s+)?(?:notably|especially|particularly|chiefly|mainly|namely))\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The article hyphenated to its word ("al-Matrah"), or spaced as the gazetteer's own transliterations write it ("Ard al
# Matrah", "Bayt ad Dibs"); spaced, only forms that are no English word ("as", "at", "an" are).
# (a space may be typed after the hyphen: "the villages of al- Kharbah and al- Sahwah"; twenty-first session, outlets2)
_ARTICLE = rf"(?:{SET_OFF_SPACED_ARTICLE}|(?:al|el|as|ash|ad|ar|at|az|an|ez)[-‐]|(?:al|el|ash|ad|ar|az|ez)\s+(?=[A-Z]))"
_WORD = rf"(?:{_ARTICLE})?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
# A word of a run, or the words that join its names; read with this many characters after the run, where a spaced
# article's name shows what sets it off (`name_words.SET_OFF_SPACED_ARTICLE`).
_RUN_WORD = re.compile(rf"{_WORD}|\band\b|,")
_SET_OFF_CHARS = 8
# The run: capitalised words (hyphenated articles inside), joined by spaces, commas or "and".
NAME_RUN = re.compile(rf"{_WORD}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+){_WORD})*")
# A list before its plural noun, as news agencies write it: "shells fell on al-Qusour and al-Joura neighborhoods"; or
# opening the sentence, a place the gazetteer knows among its names ("Al Fatira, Kafr Aweed, ... and Balion villages in
# the south of Idlib are ..."; twenty-second session, helper outplace8).
# Any word in lower case may open it, a verb as well as a locative ("captured Harbiyat and Anbaj villages", "between
# A and B towns"): what ends the run on its left is a word no name has (twentieth session). Not "and" or "or", which
# join a run's names: tried from each of them, a long run of "A and B and ..." took quadratic time.
_TAIL = re.compile(
    rf"(?:(?<![\w'’-])(?!(?:and|or)\s)[a-z]+\s+(?:the\s+)?|\A)(?P<run>{NAME_RUN.pattern})\s+"
    r"(?:neighbou?rhoods|villages|towns|areas|districts|suburbs|settlements|localities|hamlets|quarters|"
    # fields named for their places: "near the Mahr and Shaar oil and gas fields"
    r"(?:(?:oil|gas)\s+(?:and\s+gas\s+)?)?fields)\b"
)
# A front named by the place it runs through, in lower case after the name ("the Jamiyat al-Zahra frontline", "on the
# Kafr Nabuda and Hamameyat fronts"); a capitalised "Front" names a group ("the Levant Front"), so it is left out
# (twentieth session).
_FRONT = re.compile(rf"(?<![\w'’-])the\s+(?P<run>{NAME_RUN.pattern})\s+(?:front\s?lines?|fronts?|axis|axes)\b")
# Provinces listed before their plural noun: "bombardment in Daraa Hama Idlib and Homs provinces". The noun is found
# first and the run read back from it, in a bounded window: matched from every capitalised word, a long run of them
# with no such noun after took time quadratic in its length.
_PROVINCE_NOUN = re.compile(r"\s+(?:provinces|governorates)\b")
_RUN_TO_END = re.compile(rf"(?<![\w-])(?P<run>{NAME_RUN.pattern})\Z")
PROVINCE_RUN_CHARS = 300
# Syria's peoples and faiths, named before a noun of places or after "of": "Sunni and Alawite villages", "the villages
# and farms of the Kurds" are whose the places are, not their names (nineteenth session, helper review5).
_PEOPLES = frozenset(
    """Sunni Sunnis Shia Shiite Shiites Alawite Alawites Christian Christians Druze Kurdish Kurds Arab Arabs Turkmen
    Armenian Armenians Assyrian Assyrians Yazidi Yazidis Ismaili Ismailis Circassian Circassians Bedouin""".split()  # noqa: SIM905
)
# Words that open a longer name: the next word belongs to the same name ("bu" is "Abu" with its article: "al-Bu Kamal").
OPENERS = frozenset(
    """abu umm um jubb rasm tal tall tell tel kafr kfar kafar kefr deir dayr der ain ayn ein khan beit bayt bait bir
    ras khirbet khirbat arab qasr jabal jebel wadi marj maarat maaret maarrat hayy shaykh sheikh mazraat qalaat
    qalat tadmur bab nahr sahl hay jub jeb jib hosh housh hawsh burj nabi nebi mazraa qaryat zawiyat turkmen
    turkman bu""".split()  # noqa: SIM905
)
# Nouns that end a landmark's name ("Nile Street", "Saadallah al-Jabiri Square"): the name stops after them.
LANDMARK_NOUNS = frozenset(
    "street square road roundabout bridge hospital mosque hill college academy airport airbase".split()  # noqa: SIM905
)
# (the compass points too: "East and West Aleppo neighbourhoods"; twentieth session, helper review9)
SIDES = frozenset("western eastern northern southern east west north south upper lower greater new old".split())  # noqa: SIM905
MAX_WORDS = 4
MAX_LIST_WORDS = 40
# How well a name is known as the whole name of a place: 0 not, 1 a name of the gazetteer, 2 a name its search found in
# the sentence.
Known = Callable[[str], int]
# Article words that tell one place of a name from another: sides, size, age.
# An article word that says which one of a name: a side, a size, an age ("al-Sharqiyeh", "al-Kubra", "al-Jadida").
WHICH_ONE = re.compile(
    rf"{_ARTICLE}(?:sharq|gharb|shamal|janoub|janub|kubr|kabir|sughr|saghir|wust|jadid|qadim|fawq|foq|tahtan)\w*$",
    re.IGNORECASE,
)


def list_places(text: str, known: Known | None = None) -> Iterator[tuple[Span, str]]:
    """(span relative to text, "settlement" or "province") of each name in the place lists of a text.

    >>> [(text[s.start:s.end], k) for text in ["IS hit the villages of Rasm Hamideh Jubb Habal and Sharifeh on Monday"]
    ...  for s, k in list_places(text)]
    [('Rasm Hamideh', 'settlement'), ('Jubb Habal', 'settlement'), ('Sharifeh', 'settlement')]
    >>> text = "Jets bombed Daraa Hama and Deir Ezzor provinces"
    >>> [(text[s.start:s.end], k) for s, k in list_places(text)]
    [('Daraa', 'province'), ('Hama', 'province'), ('Deir Ezzor', 'province')]
    >>> text = "rounds hit the neighborhoods of al-Khalidiye Nile Street al-Faid and al-Salihin"
    >>> [text[s.start:s.end] for s, _ in list_places(text)]
    ['al-Khalidiye', 'Nile Street', 'al-Faid', 'al-Salihin']
    >>> text = "Shells fell on al-Qusour and Old Joura neighborhoods"
    >>> [text[s.start:s.end] for s, _ in list_places(text)]
    ['al-Qusour', 'Old Joura']
    """
    for head in _HEAD.finditer(text):
        run = NAME_RUN.match(text, head.end())
        if run is None:
            continue
        kind = "province" if head.group("provinces") else "settlement"
        for run_start, run_end in [run.span(), *_placed_groups(text, run.end())]:
            for start, end in name_pieces(text, run_start, run_end, known):
                if not names_a_people(text[start:end]):  # "the area of the Syrian Quneitra province"
                    yield Span(start, end), kind
    for tail in _province_tails(text):
        if re.search(r"\band\b|,", tail.group("run")):
            for start, end in name_pieces(text, tail.start("run"), tail.end("run"), known):
                yield Span(start, end), "province"
    for front in _FRONT.finditer(text):
        for start, end in _front_pieces(text, front, known):
            if not _no_place_name(text[start:end]) and not _named_for_no_place(text[start:end], known):
                yield Span(start, end), "settlement"
    for tail in _TAIL.finditer(text):
        if re.search(r"\band\b|,", tail.group("run")):  # a list: "in Aleppo neighborhoods" is one city's parts
            pieces = list(name_pieces(text, tail.start("run"), tail.end("run"), known))
            if any(_body_word(text[start:end], known) for start, end in pieces):
                continue  # "shelled Government and Opposition areas": the areas of sides, not of places
            if tail.start("run") == 0 and not (known and any(known(text[start:end]) for start, end in pieces)):
                continue  # opening the sentence, with no word before to say where: a known place must vouch for it
            for start, end in pieces:
                if not _no_place_name(text[start:end]):  # "Sunni and Alawite villages", "Western and Eastern Ghouta"
                    yield Span(start, end), "settlement"


# A list's names grouped by where they lie, each group closed by "in" and its region, then a comma and the next
# group: "the villages of A, B in Jabal al-Zawiya, C, D in southern Idlib, E and F in Sahl al-Ghab" (twenty-third
# session, helper places23). The region (a side word, up to four capitalised words) is read by the other rules.
_GROUP_REGION = re.compile(rf"\s+in\s+(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}},\s+(?:and\s+)?")
# the next group's region: a name after a side word or "the" ("in southern Idlib"), not "in a statement"; closed as
# a list's group is, by a comma, the sentence's end, "and" or the next locative ("..., E and F in Sahl al-Ghab in
# western Hama."), not by a verb, whose subject the group is ("..., Reuters in London reported"; review23)
_IN_NEXT = re.compile(
    rf"\s+in\s+(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}"
    r"(?:\s*(?:[,.;:]|\Z)|\s+(?:and|in|on|at|near)\b)"
)


def _placed_groups(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The runs (start, end) of a list's later groups after its first run ends at `end`: each after "in <region>, "
    and itself followed by "in" and a name, which closes it with its own region ("..., E and F in Sahl al-Ghab")."""
    while (region := _GROUP_REGION.match(text, end)) is not None:
        run = NAME_RUN.match(text, region.end())
        if run is None or _IN_NEXT.match(text, run.end()) is None or _titled(run.group()):
            return
        yield run.span()
        end = run.end()


def _titled(run: str) -> bool:
    """Whether a run has a title, day, month or body's word: "January in Hama", "The Observatory in Britain"."""
    return any(w in TITLE_WORDS for w in re.findall(r"[\w'’]+", run))


def _front_pieces(text: str, front: re.Match[str], known: Known | None) -> Iterator[tuple[int, int]]:
    """The names of a front's run: a list cut as any list, a run with no "and" one name ("the Dahret Sweid front")."""
    start, end = front.span("run")
    if len(front.group("run").split()) > MAX_LIST_WORDS:
        return  # a page of capitalised words, no front's name
    if re.search(r"\band\b|,", front.group("run")) or len(front.group("run").split()) > MAX_WORDS:
        yield from name_pieces(text, start, end, known)
    else:
        yield start, end


def _no_place_name(piece: str) -> bool:
    """Whether a list's piece is a people's name, a side alone ("Western" of "Western and Eastern Ghouta towns") or a
    name made an adjective by a participle ("the Iranian-backed axis", "Kurdish-held and Arab villages")."""
    return names_a_people(piece) or piece.lower() in SIDES or _PARTICIPLE_ENDED.search(piece) is not None


# A name hyphenated to a participle describes, it does not name: "Turkish-backed", "Kurdish-held", "Saudi-led"
# (twentieth session, helper review9)
_PARTICIPLE_ENDED = re.compile(r"-(?:[a-z]+ed|held|run)$")


# Two names hyphenated: the ends of a road or a pact ("the Homs-Hama front", "the Tehran-Damascus axis")
_TWO_ENDS = re.compile(r"[A-Z][\w'’]*-(?!(?:al|el|[EAU]d)[-\w])[A-Z]")


def _named_for_no_place(piece: str, known: Known | None) -> bool:
    """Whether a front's name is no place's: the whole Levant ("the Levant front"), a body's word ("the Islamic
    front") or two places' ends ("the Homs-Hama front"), unless the gazetteer knows it whole (twentieth session)."""
    if _WIDE_REGION.search(piece):
        return True
    return _body_word(piece, known) or (_TWO_ENDS.search(piece) is not None and not (known and known(piece)))


# The whole eastern Mediterranean (Arabic al-Sham) is no line a front runs along: "the Levant front", "the Levant
# Conquest front" name groups (al-Jabha al-Shamiya, Jabhat Fath al-Sham; twenty-first session, helper places9)
_WIDE_REGION = re.compile(r"\b(?:Levant|(?:[Aa][ls][- ])?Sham)\b")


def _body_word(piece: str, known: Known | None) -> bool:
    """Whether a piece is one of the shared `TITLE_WORDS` ("Islamic", "Government"), not a side ("Western"), and no
    place the gazetteer knows ("Homs" is in that list too; twentieth session, helper review9)."""
    return piece in TITLE_WORDS and piece.lower() not in SIDES and not (known is not None and known(piece))


def names_a_people(piece: str) -> bool:
    """Whether a list's piece is a nationality or one of Syria's peoples or faiths, whose the places are."""
    return piece in DEMONYMS or piece in _PEOPLES


def _province_tails(text: str) -> Iterator[re.Match[str]]:
    """Runs of capitalised words right before "provinces" or "governorates", left to right, none overlapping."""
    done = 0
    for noun in _PROVINCE_NOUN.finditer(text):
        run = _RUN_TO_END.search(text, max(done, noun.start() - PROVINCE_RUN_CHARS), noun.start())
        if run:
            done = noun.end()
            yield run


def name_pieces(text: str, start: int, end: int, known: Known | None = None) -> Iterator[tuple[int, int]]:
    """Split a run of capitalised words into place names by their shape, and by the names `known` says are whole
    names of places when it is given."""
    # read in the text, not a slice of it: a spaced article looks at the list's words around its name
    around = _RUN_WORD.finditer(text, start, min(len(text), end + _SET_OFF_CHARS))
    words = [(m.start(), m.end(), m.group(0)) for m in around if m.end() <= end]
    # the known names cut a list's run; a longer run is no list (a page of capitalised words) and keeps the shape
    ends = _best_cut(text, words, known) if known is not None and len(words) <= MAX_LIST_WORDS else None
    cut: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if words[i][2] in {"and", ","}:
            i += 1
            continue
        j = ends[i] if ends is not None else _shape_end(words, i)
        cut.append((i, j))
        i = j
    for i, j in cut if known is None else tied_back(text, words, cut, known):
        if not _lone_opener(words[i:j], known):
            yield words[i][0], words[j - 1][1]


def _lone_opener(piece: list[tuple[int, int, str]], known: Known | None) -> bool:
    """Whether a piece is one word that opens longer names and names no place alone ("Tel" of "Tel alKhadar", the run
    cut at a word it cannot read): no place of its own; "Tadmur", a name of the tables, is one."""
    return len(piece) == 1 and piece[0][2].lower() in OPENERS and (known is None or not known(piece[0][2]))


def _best_cut(text: str, words: list[tuple[int, int, str]], known: Known) -> dict[int, int]:
    """The end of the piece that starts at each word, cutting the run into the names that cover most of it with
    whole names of known places (longer ones first), the shape of names deciding the rest."""
    n = len(words)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        if words[i][2] in {"and", ","}:
            best[i] = (best[i + 1][0], i + 1)
            continue
        shape = _shape_end(words, i)
        options = [(best[shape][0] - 1, shape)]
        if i > 0 and words[i - 1][2] == "and" and shape == _item_end(words, i):
            best[i] = options[0]  # an item after "and" is all of it: "... and Qastal Harami"
            continue
        for j in range(i + 1, min(n, i + MAX_WORDS) + 1):
            if not _joins(words, j - 1):
                break
            # a known name takes no word its last word ties to it, unless a known name starts there: "Daret Ezza
            # al-Mansoura" is two villages
            free = not _joins(words, j) or _free_before(words, j) or _known_from(text, words, j, known, found=True)
            if free and known(text[words[i][0] : words[j - 1][1]]):
                options.append((best[j][0] + 10 * (j - i) - 1, j))
        for m in range(i + 1, shape):
            # a shape piece cut short before a known name, where no word ties the two: "Rahbet Maarata"
            if _free_before(words, m) and _known_from(text, words, m, known):
                options.append((best[m][0] - 2, m))
        best[i] = max(options, key=lambda o: o[0])  # max keeps the first on ties: the shape's cut
    return {i: best[i][1] for i in range(n)}


def _known_from(text: str, words: list[tuple[int, int, str]], m: int, known: Known, found: bool = False) -> bool:
    """Whether a known name (one the gazetteer's search found in the sentence, if `found`) starts at word m."""
    ends = range(m + 1, min(len(words), m + MAX_WORDS) + 1)
    least = 2 if found else 1
    return any(_joins(words, k - 1) and known(text[words[m][0] : words[k - 1][1]]) >= least for k in ends)


def _free_before(words: list[tuple[int, int, str]], m: int) -> bool:
    """Whether a name may start at word m: the word before opens no name and the word is no article word tied to it."""
    before = re.sub(rf"^{_ARTICLE}", "", words[m - 1][2].lower())
    return before not in OPENERS and before not in SIDES and not re.match(_ARTICLE, words[m][2])


def _shape_end(words: list[tuple[int, int, str]], i: int) -> int:
    """The end (exclusive word index) of the name that starts at word i, by the shape of Syrian place names."""
    w = words[i][2]
    j = i + 1
    lower = re.sub(rf"^{_ARTICLE}", "", w.lower())
    if (lower in SIDES or lower in OPENERS) and _joins(words, j):
        if lower in SIDES and re.sub(rf"^{_ARTICLE}", "", words[j][2].lower()) in OPENERS and _joins(words, j + 1):
            j += 1  # "Western Qasr al-Hayyar"; "Eastern al-Bab" at the end of a run is two words
        j += 1
    opened = j  # the end of the name's opening: its first word, with the word an opener takes
    named = any(_names_with_article(words[k][2]) for k in range(i, j))
    while j < len(words) and j - i < MAX_WORDS and re.match(_ARTICLE, words[j][2]):
        # "al-Shaar al-Ansari" are two quarters: a name that opens with its article takes no second article word
        # unless that word says which one ("al-Hamra al-Sharqiyeh"); nor after an opener and its word ("al-Sheikh
        # Taha al-Sulaimaniah" are two quarters)
        if (re.match(_ARTICLE, w) or _HELD_ARTICLE.search(w)) and j == opened and not WHICH_ONE.match(words[j][2]):
            break
        if named and _names_with_article(words[j][2]):
            break  # one article word names, the next opens a name: "Bustan al-Qasr al-Kallaseh" are two quarters
        named = named or _names_with_article(words[j][2])
        j += 1  # "Habreh al-Sharqi": the article ties the word to the name before it
        if WHICH_ONE.match(words[j - 1][2]):
            break  # a side ends the name: "Habreh al-Sharqi al-Hamra" is two places
    if i > 0 and words[i - 1][2] == "and" and _item_end(words, i) - i <= MAX_WORDS:
        # the last item of a list is the rest of it: "... and Qastal Harami"; an item between two "and"s is all the
        # words between them, no name holding "and" ("al-Mazzeh and Ruken Eddin and al-Mazra")
        j = _item_end(words, i)
    nouns = [k for k in range(i, j + 1) if k < len(words) and words[k][2].lower() in LANDMARK_NOUNS]
    if nouns:
        j = nouns[0] + 1  # "Nile Street al-Faid": the street's name ends with "Street"
    return j


# A name hyphenated round an article merged with its word already holds its article ("Salah-Eddin", "Nour-Eddin"):
# like a name that opens with one, it takes no second article word ("Salah-Eddin al-Zahraa" are two quarters;
# twentieth session).
_HELD_ARTICLE = re.compile(r"[A-Za-z]-(?:[EAU](?:dd|d-))")


def _names_with_article(word: str) -> bool:
    """Whether a word is an article word that names ("al-Qasr"), not one that says which one ("al-Sharqi")."""
    return bool(re.match(_ARTICLE, word)) and not WHICH_ONE.match(word)


def _item_end(words: list[tuple[int, int, str]], i: int) -> int:
    """The index of the first "and" or comma from the i-th word on, or the run's end."""
    return next((k for k in range(i, len(words)) if not _joins(words, k)), len(words))


def _joins(words: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the j-th word exists and is a name word, not "and" or a comma."""
    return j < len(words) and words[j][2] not in {"and", ","}


def province(gazetteer: Gazetteer, name: str) -> str | None:
    """The key of the governorate a name in a list of provinces stands for, or None."""
    entity = gazetteer.lookup(f"{name} province", kind="place")
    return entity.key if entity is not None and entity.cls == "Governorate" else None
