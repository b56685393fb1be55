"""Names after a locative that no spelling linked, kept as local places by their shape or by how prose uses them."""

from __future__ import annotations

import re

from loaders.bearing_names import after_a_part_noun, followed_by_bearing
from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.name_words import NOT_PLACE_NAMES, TITLE_WORDS
from loaders.place_lists import LANDMARK_NOUNS
from loaders.timex import MONTHS, WEEKDAYS

# A compound Arabic name, a word and a word its article opens ("Karam al-Luz", "Badiyeh al-Qarbi"), right after "in",
# "at", "near", "into", "towards", "around" or "<direction> of": the shape of a place's name, where "from" and "to" may
# also take a person ("a statement from Ahmad al-Zuhur"). The article may be title-cased, as the Observatory's and other
# outlets' English often writes it inside a name ("in Sahl Al-Ghab"; twenty-second session, helper outplace8).
_COMPOUND = re.compile(r"[A-Z][a-z]+\s+(?:al|el|ad|ar|as|ash|at|az|Al|El)-[A-Z][a-z]+")
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|into|towards?|around|of)\s+$")


def compound_names(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], unlinked: set[str]
) -> list[str]:
    """The names after a locative that no spelling linked but whose shape is a place's: kept as local places
    (thirteenth session)."""
    return [
        m.key
        for found in per_sentence
        for m in found
        if m.key in unlinked
        and _COMPOUND.fullmatch(label := local_entities[m.key][1])
        # "in Operation al-Fajr": a noun of operations, units or assemblies opens no place's name
        and label.split()[0] not in NO_PLACE_WORDS
        # "near Khaled al-Hamad farm", "at Bashar Al-Jaafari residence": a given name opens a person's name
        and label.split()[0] not in GIVEN_NAMES
        and _WHERE_BEFORE.search(body, max(0, m.span.start - 12), m.span.start)
    ]


# A name after a locative in running prose: the word before the locative is in lower case (a capitalised one puts the
# locative inside a Title Case headline or name: "Killed in Clashes", "Aid to the Church in Need").
_PROSE_LOCATIVE = re.compile(
    r"(?:^|[.!?]\s+|(?<![\w'’-])[a-z][\w'’-]*\s+)"
    r"(?:in|at|on|near|into|towards?|around|(?:north|south|east|west)\s+of)\s+$"
)
# where statements are published ("published on Twitter"), not where anything happens
_PLATFORMS = frozenset({"Twitter", "Facebook", "Telegram", "YouTube", "Youtube", "Instagram", "WhatsApp", "Skype"})
# After a verb or noun of publishing, "in" or "on" names where it appeared: a newspaper, a channel, a platform ("the
# report was published in Haaretz", "described in Newsweek as", "an interview on Alikhbaria"); after a verb of
# speaking, "on" does ("said on al-Manar", "speaking on Rudaw").
_PUBLISHED_IN = re.compile(
    r"\b(?:(?:published|printed|wrote|written|quoted|cited|posted|broadcast|aired|tweeted|described|appeared|article|"
    r"column|editorial|interview|op-ed|report)\s+(?:in|on)|(?:said|says|spoke|speaking|talking)\s+on)\s+$"
)
# Closed classes that follow "in" or "on" and name no place: feasts of the calendar ("on Christmas", "in Ramadan"),
# languages with no "-ic" or "-ish" ("said in Farsi"), and the capitalised nouns of operations, units and assemblies
# ("in Operation Olive Branch", "in Division Thirteen areas", "in Parliament"); fifteenth session's review.
NO_PLACE_WORDS = frozenset(
    """Ramadan Eid Adha Fitr Ashura Muharram Mawlid Hajj Christmas Easter Lent Passover Nowruz Newroz Persian Farsi
    Pashto Dari Urdu Hebrew French German English Russian Turkmen Kurmanji Sorani Aramaic Syriac Armenian Circassian
    Chinese Spanish Italian Greek Operation Operations Division Parliament Congress Senate Conference Summit Islam
    Christianity Judaism Sharia Quran Koran""".split()  # noqa: SIM905
)
# Men's given names that open a person's "Given al-Surname" as the news spells it, never a Syrian place's compound
# name, whose first word is a feature or a kind ("Tal", "Kafr", "Wadi", "Sahl"): a closed class of common names, not a
# list of the corpus's persons. The title-cased article read inside names since this session ("Sahl Al-Ghab") made
# "in Bashar Al-Jaafari residence" read as one place more (twenty-second session, helper review11).
GIVEN_NAMES = frozenset(
    """Mohammed Mohammad Muhammad Mohamed Ahmad Ahmed Ali Omar Umar Khaled Khalid Bashar Hassan Hasan Hussein Husayn
    Ibrahim Mahmoud Mahmud Mustafa Abdullah Abdallah Youssef Yousef Yusuf Salih Saleh Jamal Rami Samir Maher Fadi Walid
    Nabil Ziad Riad Adnan Hafez Hamza Anas Bilal Tariq Tarek Osama Ammar Faisal Fares Majid Nasser Sami Suheil Issam
    Imad Karim Kamal Marwan Nizar Qassem Rafiq Salim Salem Samer Talal Wael Yasser Yasin Yassin Zaid Ghassan Haitham
    Hisham Iyad Jamil Khalil Mazen Radwan Raed Rashid Salman Yahya Zakaria""".split()  # noqa: SIM905
)
# the people of a faith or a nation, in the plural ("attacks on Alawites", "on Shiites", "pressure on Iranians")
_PEOPLES = NOT_PLACE_NAMES | TITLE_WORDS | NO_PLACE_WORDS
_LONE = re.compile(r"(?:(?:al|el)-)?[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{2,})?")
# A common noun right after the name makes the name its modifier, not the head of the locative's phrase ("on Grad
# rockets", "on Alikhbaria television", "comments on Zakharovas remarks"): the word after it is none of the words that
# may follow a place (a function word, a time word, a number, a verb, an adverb in -ly, a participle in -ing, the
# place's kind or a site in it), nor the subject of a verb of saying, FA-KES's lost comma ("killed in Qurnain residents
# said").
_NEXT_NOUN = re.compile(r"\s+([a-z]+)(?![\w'’-])(?!(?:\s+[a-z]+){0,2}\s+(?:said|say|says|told|reported|added)\b)")
_AFTER_PLACE = frozenset(
    """the a an of in for from at on to and or but nor as by with near after before during since until till amid
    among between against across along around over under into towards toward through within without about while
    where which who whom whose that when is was were are be been being has have had will would could can may might
    must shall should did do does it its their his her this these those than then there yesterday today tonight
    overnight earlier later last next early late recently also not now again still too alone itself so where
    city town village district neighbourhood neighborhood quarter suburb camp area areas region countryside
    province governorate outskirts barrens plain plains desert valley hills heights mountains front axis road
    highway said says told tells left fell took came went saw hit struck began broke rose held made gave kept lost met
    led set got drew brought caught sent spread ran shot one two three four five six seven eight nine ten dozens
    hundreds thousands several many some more most all both each no checkpoint checkpoints market farms junction dam
    base crossroads entrance military""".split()  # noqa: SIM905
).union(LANDMARK_NOUNS)  # a site named by its town keeps the town: "shells fell on Qurnain checkpoint"


def lone_names(
    body: str,
    per_sentence: list[list[Mention]],
    local_entities: dict[str, tuple[str, str]],
    unlinked: set[str],
    gazetteer: Gazetteer,
) -> list[str]:
    """The names after a locative in prose, linked by no spelling, to keep as local places (fifteenth session)."""
    # not a calendar, language or common word, a surname, a noun's modifier, or where a text was published
    lower = set(re.findall(r"(?<![\w-])[a-z]+", body))
    name_ends = _name_ends(body, per_sentence)
    return [
        m.key
        for found in per_sentence
        for m in found
        if m.key in unlinked
        and _LONE.fullmatch(label := local_entities[m.key][1])
        and (
            _PROSE_LOCATIVE.search(body, max(0, m.span.start - 40), m.span.start)
            or followed_by_bearing(body, m.span.end)
            or after_a_part_noun(body, m.span.start)
        )
        and not _common_word(label, lower, gazetteer)
        and label not in name_ends
        and label.removesuffix("s") not in name_ends
        and (followed_by_bearing(body, m.span.end) or not _modifies_a_noun(body, m.span.end))
        and not _PUBLISHED_IN.search(body, max(0, m.span.start - 20), m.span.start)
    ]


def _modifies_a_noun(body: str, end: int) -> bool:
    """Whether the name that ends at `end` is followed by a common noun it modifies ("on Grad rockets")."""
    after = _NEXT_NOUN.match(body, end)
    return after is not None and after.group(1) not in _AFTER_PLACE and not after.group(1).endswith(("ed", "ly", "ing"))


def _name_ends(body: str, per_sentence: list[list[Mention]]) -> set[str]:
    """The last words of the article's actors named by two capitalised words or more: persons' surnames."""
    # "Rex Tillerson ... the attack on Tillerson", "Maria Zakharova ... commented on Zakharovas remarks"
    ends = set()
    for found in per_sentence:
        for m in found:
            words = m.span.text(body).split()
            if m.kind == "actor" and len(words) > 1 and not any(w.islower() for w in words):
                ends.add(words[-1])
    return ends


def _common_word(label: str, lower: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a name is a word of the calendar or of common English rather than a place's."""
    # a day, month, feast, language, faith, platform, noun of an operation, unit or assembly, people in the plural,
    # English word the article also writes in lower case, name the gazetteer has for an actor ("outlawed in Russia"),
    # or known name with a possessive "s" whose apostrophe was lost ("Moscows")
    if gazetteer.lookup(label) is not None:
        return True
    for word in label.split():
        bare = word.lower().removesuffix("s")
        if word.lower() in lower or bare in MONTHS or bare in WEEKDAYS or word.endswith(("ic", "ish")):
            return True
        if word in _PLATFORMS or word in NO_PLACE_WORDS or word.removesuffix("s") in _PEOPLES:
            return True
        if word.endswith("s") and gazetteer.lookup(word[:-1]) is not None:
            return True
    return False
