"""Casualty figures stated in a text: how many were killed or wounded, the bounds, and who.

Conventions (DESIGN.md, ACLED): a vague count gives its lower bound and no upper bound ("at least 135" is
135..None, "more than 40"/"over 40" is 41..None, "dozens" 12, "tens" 10, "hundreds" 100, "scores" 20,
"thousands" 1000); an exact count gives low == high; "between 10 and 15" and "10 to 15" give 10..15;
"up to 20" gives 1..20 (some died, at most 20); "about/nearly/some 50" gives 50..None.
"""

from __future__ import annotations

import re

from loaders.casualties_together import harm_joined_after, harm_joined_before
from loaders.counts import AMOUNT, NUMBER
from loaders.figure_bounds import bounds
from loaders.model import Figure, Span
from loaders.part_tolls import OF_THE_DEAD

_KILL_ACTIVE = (
    r"kill(?:ed|ing|s)?|neutrali[sz](?:ed|ing|es)?|eliminat(?:ed|ing|es)|execut(?:e|ed|ing|es)|behead(?:ed|ing|s)?|"
    r"decapitat(?:ed|ing|es)|(?:the\s+)?killing\s+of|"
    # twenty-fourth session: the noun of dying before whom it took, "the deaths of 43 people"
    r"(?:the\s+)?deaths?\s+of|"
    r"massacr(?:ed|ing|es)|los(?:ing|t|e|es)|(?:claim(?:ed|ing)|cost|costing)\s+(?:the\s+)?lives\s+of|le(?:ft|aving)"
)
_WOUND_ACTIVE = r"wound(?:ed|ing|s)?|injur(?:ed|ing|es)|(?:the\s+)?(?:injury|injuring|wounding)\s+of"
_KILL_PASSIVE = (
    r"killed|dead|died|perished|deaths|executed|slain|lost\s+their\s+lives|neutrali[sz]ed|fatalities|martyrs|"
    r"martyred|beheaded"
)
_WOUND_PASSIVE = (
    r"wounded|injured|hurt|injuries|received\s+wounds|sustained\s+(?:\w+\s+)?(?:wounds|injuries)|"
    r"suffer(?:ed|s)?\s+(?:from\s+)?(?:suffocation|injuries|wounds|burns|breathing\s+(?:difficulties|problems))|"
    # (thirty-fifth session, figures35: the participle after "left / saw N", and a gas attack's "respiratory problems"
    # or "symptoms": "left hundreds suffering symptoms", "dozens more suffered respiratory problems"; review35c: not a
    # state, "are suffering", nor the symptoms of an illness or of hunger, "suffering symptoms of malnutrition")
    r"(?:suffered|(?<!\bare\s)(?<!\bis\s)suffering)\s+(?:from\s+)?(?:suffocation|injuries|wounds|burns|"
    r"(?:breathing|respiratory)\s+(?:difficulties|problems)|"
    r"symptoms(?!\s+of\s+(?!(?:exposure|poison\w*|gas|chemicals?|nerve|chlorine|sarin|toxic|asphyxiation)\b)))|"
    # a gas attack's hurt: "were treated for asphyxiation", "experienced breathing difficulties"
    r"(?:treated|received\s+treatment)\s+for\s+(?:asphyxiation|suffocation|breathing\s+(?:difficulties|problems)|"
    r"convulsions|injuries|wounds)|experienced\s+breathing\s+(?:difficulties|problems)"
)

# Nouns naming who, mapped to a victim category (None: people, not said which).
_WHO = {
    "troops": "troops", "soldiers": "troops", "soldier": "troops", "servicemen": "troops", "officers": "troops",
    "personnel": "troops", "conscripts": "troops", "policemen": "troops", "guards": "troops",
    "civilians": "civilians", "civilian": "civilians", "children": "civilians", "child": "civilians",
    "residents": "civilians", "women": "civilians", "students": "civilians", "schoolchildren": "civilians",
    "patients": "civilians", "worshippers": "civilians", "villagers": "civilians", "kids": "civilians",
    "refugees": "civilians", "infants": "civilians", "pupils": "civilians", "family": "civilians",
    "fighters": "militants", "militants": "militants", "jihadists": "militants", "terrorists": "militants",
    "guerrillas": "militants", "rebels": "militants", "insurgents": "militants", "gunmen": "militants",
    "extremists": "militants", "militiamen": "militants", "mercenaries": "militants", "members": None,
    "people": None, "persons": None, "men": None, "others": None, "other": None, "individuals": None,
    "victims": None, "bodies": None, "citizens": "civilians", "evacuees": "civilians", "worshipers": "civilians",
    "medics": "civilians", "doctors": "civilians", "nurses": "civilians", "journalists": "civilians",
    "volunteers": "civilians", "pilgrims": "civilians", "passengers": "civilians", "farmers": "civilians",
    "protesters": "civilians", "demonstrators": "civilians", "babies": "civilians", "boys": "civilians",
    "girls": "civilians", "displaced": "civilians", "combatants": "militants", "commanders": None,
    "recruits": "militants", "operatives": "militants", "jihadis": "militants", "paramilitaries": "militants",
    "loyalists": None, "workers": None,
    # FA-KES outlets often write the singular after a number ("33 Fateh Al Sham Terrorist")
    "terrorist": "militants", "militant": "militants", "fighter": "militants", "jihadist": "militants",
    "insurgent": "militants", "forces": None,
    # thirty-fifth session (figures35): the crew of a downed aircraft, "Two Russian airmen were killed"
    "airmen": "troops", "pilots": "troops",
}  # fmt: skip
_ADJ = (
    r"(?:other|more|further|another|pro-government|government|regime|syrian|rebel|opposition|is|isis|isil|daesh|"
    r"army|kurdish|turkish|russian|iranian|iraqi|jihadist|armed|militia|allied|islamic|state|nusra|civilian|"
    r"innocent|unarmed|young|local|foreign|loyalist|security|police|hezbollah|popular|group|"
    r"[a-z]+-(?:backed|led|held|linked|armed)|"
    r"(?-i:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)|(?-i:(?:al|el)-[A-Z][a-z]+)|(?-i:[A-Z]{2,5}))"
)
# A capitalised plural naming who ("young Assyrians"), not a quantity or a casualty word of a headline ("35 Dead Dozens
# Wounded").
_CASUALTY_WORD = r"(?i:dead|killed|wounded|injured|martyrs)\b"
_GROUP_PLURAL = r"(?!(?:Dozens|Hundreds|Thousands|Scores|Tens|Others|Dead|Martyrs)\b)(?-i:[A-Z][a-z]+s)"
_WHO_WORDS = "|".join(sorted(_WHO, key=len, reverse=True))
# "rebels and jihadists": two nouns of one count keep the first as who.
_VICTIMS = rf"(?:(?:{_ADJ})(?:\s+and\s+(?:{_ADJ}))?\s+){{0,3}}(?P<who>{_WHO_WORDS})\b(?:\s+and\s+(?:{_WHO_WORDS})\b)?"

# "five women and a child": one more of the dead, named after the count.
_ONE_MORE = (
    r"(?P<plus>\s+and\s+(?:a|an|one)\s+(?:woman|man|child|boy|girl|baby|civilian|soldier|fighter|teenager)\b"
    r"(?!\s+(?:was|were|has|had|is)\b))?"
)
_ACTIVE_KILL = re.compile(
    rf"\b(?P<verb>{_KILL_ACTIVE}|{_WOUND_ACTIVE})\s+(?:a\s+total\s+of\s+|another\s+|at\s+once\s+|all\s+|a\s+confirmed\s+)?{AMOUNT}"
    rf"(?:\s+(?:of\s+(?:(?:its|their|his|the)\s+)?)?(?:{_VICTIMS}{_ONE_MORE}|of\s+them|others))?",
    re.IGNORECASE,
)
_RELATIVE = r"(?:who|whom|which|that|where)\b"
# a finite verb inside the group is a clause of its own ("including the general were captured and two died")
_FINITE = r"(?:were|was|have|had|has|are|is)\b"
# "98 evacuees from the towns of Fuaa and Kafraya were killed": who they were, before the verb (no digits, no clause).
_FROM = (
    # "among them eight children and six women", "including four women": the same dead, counted again
    # (set off by commas where the outlet keeps them: "Thirteen people, including five children, were killed";
    # twenty-first session, helper outlets2)
    # (not a relative clause inside: "Six people, including two who were wounded, fled" counts no wounded six)
    rf"(?:,?\s+(?:among|including)\s+(?:(?!{_RELATIVE}|{_FINITE})[A-Za-z0-9'-]+\s+){{0,7}}?(?!{_RELATIVE})[A-Za-z'-]+,?"
    # twenty-fourth session: or the verb itself, "At least 87 people including 31 children died" (the total, not the 31)
    r"(?=\s+(?:were|was|have|had|has|died|perished)\b)"
    # "19 fighters from the group and four civilians were killed": two counts, not one
    rf"|\s+(?:from|of|in|belonging\s+to|with)\s+(?:(?!and\s+{NUMBER})[A-Za-z0-9'-]+\s+){{0,7}}?"
    r"[A-Za-z'-]+(?=\s+(?:were|was|have|had|has)\b))"
)
# Where an aside on who the counted were ends: at the passive verb of their death.
_ASIDE_ENDS = r"\s+(?:(?:were|have|had)\s+(?:so\s+far\s+)?been\s+|were\s+)?(?:killed|died|wounded|injured)\b"
# A word of the aside: not a speaker's verb or a new clause ("... two of them children said they were killed").
# (nor a finite verb: "captured three soldiers, one of them was killed" is one killed, not three; gaps32)
_ASIDE_WORD = r"\s+(?!(?:said|say|says|told|they|who|which|that|was|is)\b)[\w'-]+"
_PASSIVE_KILL = re.compile(
    rf"(?<!\bnot\s)(?<![\w-]){AMOUNT}(?:\s+(?:of\s+(?:the\s+)?)?(?:{_VICTIMS}|(?:(?!{_CASUALTY_WORD}){_ADJ}\s+){{0,2}}{_GROUP_PLURAL}){_FROM}?)?(?:\s+(?:-|—|–)\s+[^-—–.]{{1,60}}\s+(?:-|—|–))?"
    # "125 terrorists at least were killed"; "73 civilians mostly women and children were killed"
    r"(?P<plus>\s+and\s+(?:a|an|one)\s+(?:woman|man|child|boy|girl|baby|civilian|soldier|fighter|teenager))?"
    # twenty-fourth session: "... mostly women and children have so far been killed", "... two of them children died"
    rf"(?:\s+(?P<q2>at\s+least))?(?:\s+(?:mostly|mainly|largely)(?:{_ASIDE_WORD}){{1,4}}?(?={_ASIDE_ENDS}))?"
    # "23 people most of them from the Ahrar al-Sham militant group were killed"
    # (thirty-second session, gaps32: or set off by commas, "Three soldiers, one of them an officer, were killed")
    rf"(?:,?\s+(?:some|many|most|several|all|{NUMBER})\s+of\s+(?:them|whom)(?:{_ASIDE_WORD}){{1,6}}?,?(?={_ASIDE_ENDS}))?"
    rf"(?:\s+(?:were|was|have\s+been|had\s+been|has\s+been|have|has|had|been|are|being|got|reportedly|reported|"
    rf"confirmed|recorded|left|also|later|so\s+far|of\s+them|people|"
    rf"others|other|more|in\s+total)){{0,4}}\s+(?P<pverb>{_KILL_PASSIVE}|{_WOUND_PASSIVE})\b",
    re.IGNORECASE,
)
# "killing three militants and 13 civilians": a second count joined to the first shares its verb.
# "killing 14 jihadists from the Islamic State group and five civilians": whose the first were, then the second count;
# twenty-fourth session: "from rebel groups" too, and "killed five of Al-Nusra and allied militants as well as six
# militants" (the first count's people after a bare "of", read by `_ACTIVE_KILL`).
_AND_MORE = re.compile(
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?\s+groups?)?"
    rf"\s*,?\s+(?:and|as\s+well\s+as|along\s+with)\s+(?P<more>{AMOUNT}\s+{_VICTIMS})",
    re.IGNORECASE,
)
_ALONG_WITH = re.compile(rf"\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s+(?P<more>{AMOUNT}\s+{_VICTIMS})",
                         re.IGNORECASE)  # fmt: skip
_COUNT_OF_OTHERS = re.compile(
    rf"\s+(?:others?\s+|people\s+|more\s+)?(?:were\s+|have\s+been\s+)?(?:{_KILL_PASSIVE}|{_WOUND_PASSIVE})\b",
    re.IGNORECASE,
)
# "claimed 20 lives", "claimed more than 100 civilian lives".
# (thirty-fifth session, figures35: a vague count takes "of", "claimed hundreds of civilian lives")
_LIVES = re.compile(
    rf"\bclaim(?:ed|ing|s)?\s+{AMOUNT}\s+(?:of\s+)?(?:(?:civilian|more|other)\s+)?lives\b", re.IGNORECASE
)
# "At least 11 children were among the dead": that many of the dead were of that kind.
_AMONG_DEAD = re.compile(
    rf"(?<![\w-]){AMOUNT}\s+(?:of\s+)?{_VICTIMS}\s+(?:were|are)\s+among\s+(?:the\s+dead|the\s+killed|the\s+victims|"
    r"those\s+killed)\b",
    re.IGNORECASE,
)
# One of the people the plural nouns count ("a citizen was injured", SANA's word for a civilian; "one person was
# killed"): the singular of the plurals `_WHO` knows.
_ONE_OF_THEM = r"person|citizen|student|villager|worker|farmer|patient|volunteer|passenger|worshipper"
# "a woman was killed", "a soldier was wounded": one person.
_ONE_PERSON = re.compile(
    # (not after "not": "not one citizen was injured" counts none; eighteenth session, helper review3)
    rf"(?<!\bnot\s)\b(?:a|an|one|another)\s+(?:{_ADJ}\s+){{0,2}}(?P<who>woman|man|child|boy|girl|civilian|soldier|fighter|militant|rebel|"
    rf"officer|policeman|journalist|doctor|nurse|medic|teenager|baby|resident|{_ONE_OF_THEM})\s+"
    rf"(?:was|has\s+been|had\s+been)\s+"
    rf"(?:also\s+)?(?P<pverb>{_KILL_PASSIVE}|{_WOUND_PASSIVE})\b",
    re.IGNORECASE,
)
# "killed a soldier", "wounded a child", "killed a two-day-old baby": one person, after the verb.
_KILLED_ONE = re.compile(
    r"\b(?P<pverb>kill(?:ed|ing|s)?|shot\s+dead|shooting\s+dead|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\s+"
    r"(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?P<who>woman|man|child|boy|girl|civilian|soldier|fighter|militant|rebel|"
    rf"officer|policeman|journalist|doctor|nurse|medic|teenager|baby|resident|pilot|{_ONE_OF_THEM})\b"
    r"(?!\s+and\s+(?:\d|a|an|one)\b)",
    re.IGNORECASE,
)
# "a man and a woman were killed", "a mother and her child died": two people.
# (thirty-fifth session, figures35: not two of a count named before, "seven civilians including a child and a woman
# were killed" is seven; and the second told with its age, "a man and his young daughter")
_TWO_PERSONS = re.compile(
    r"(?<!including\s)(?<!among\sthem\s)"
    r"\b(?:a|an|one|another)\s+(?P<who>woman|man|child|boy|girl|mother|father|civilian|soldier)\s+and\s+"
    r"(?:a|an|one|her|his|their)\s+(?:(?:young|little|infant|baby|teenage|[\w]+-year-old)\s+)?(?:woman|man|child|boy|girl|son|daughter|baby|civilian|soldier)\s+"
    rf"(?:(?:were|have\s+been|had\s+been|have|had)\s+(?:also\s+)?)?(?P<pverb>{_KILL_PASSIVE}|{_WOUND_PASSIVE})\b",
    re.IGNORECASE,
)
_ONE_WHO = {"woman": "civilians", "man": None, "child": "civilians", "boy": "civilians", "girl": "civilians",
            "civilian": "civilians", "soldier": "troops", "fighter": "militants", "militant": "militants",
            "rebel": "militants", "officer": "troops", "policeman": "troops", "journalist": "civilians",
            "doctor": "civilians", "nurse": "civilians", "medic": "civilians", "teenager": "civilians",
            "baby": "civilians", "resident": "civilians", "mother": "civilians", "father": "civilians",
            "pilot": "troops", "person": None, "citizen": "civilians", "student": "civilians",
            "villager": "civilians", "worker": None, "farmer": "civilians", "patient": "civilians",
            "volunteer": "civilians", "passenger": "civilians", "worshipper": "civilians"}  # fmt: skip
# "6 Lebanese martyrs", "12 dead": the noun says they died.
_DEAD_NOUN = re.compile(rf"(?<![\w-]){AMOUNT}\s+(?:{_ADJ}\s+){{0,2}}(?:martyrs|fatalities)\b", re.IGNORECASE)
# "causing no injuries", "no one was killed": a count of zero.
_NONE = re.compile(
    r"\b(?:caus(?:ing|ed)|with|leaving|left|were|was|reported)\s+no\s+(?P<what>injuries|deaths|fatalities)\b|"
    r"\bno\s+(?:one|body|civilians?|people)\s+(?:was|were|has\s+been|have\s+been)\s+(?P<verb>killed|injured|wounded|hurt)\b",
    re.IGNORECASE,
)
# "65 bodies of civilians found", "the bodies of 12 soldiers were recovered": that many dead.
_BODIES = re.compile(rf"(?<![\w-]){AMOUNT}\s+bodies\b", re.IGNORECASE)
_BODIES_OF = re.compile(rf"\bbodies\s+of\s+{AMOUNT}\s+{_VICTIMS}", re.IGNORECASE)
# "30 regime and 39 rebel fighters were killed": the first count shares the second's noun and verb.
# "Some 120 Islamic State group fighters and 60 foreign mercenaries were killed": the first count and noun too.
_FIRST_OF_PAIR = re.compile(
    rf"(?<![\w-]){AMOUNT}\s+(?:{_VICTIMS}|{_ADJ})(?:\s+(?:from|of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){{0,2}}?)?\s+and\s+$",
    re.IGNORECASE,
)
# A bare toll that is no count of the dead: "the toll road", "the toll of wounded".
_OTHER_TOLL = (
    r"(?:[\s-]+(?:roads?|gates?|booths?|plazas?|bridges?|highways?|stations?|fees?|charges?|free)"
    r"|\s+(?:of|among)\s+(?:the\s+)?(?:wounded|injured))\b"
)
_TOLL = re.compile(
    # a bare "toll" is the dead too when "the" makes it the one told of ("the toll from the strikes rose to 15")
    rf"\b(?:(?:death|casualty|civilian)\s+toll|the\s+(?:(?:overall|final|latest|new|total)\s+)?toll(?!{_OTHER_TOLL}))\b[^.;]{{0,80}}?\b(?:to|at|of|reached|hit|stands\s+at|is|was|be)\s+"
    # "put the death toll at as high as 470000", "the death toll may be as high as 400000"
    rf"(?:at\s+)?(?:as\s+high\s+as\s+)?{AMOUNT}",
    re.IGNORECASE,
)
# "This was later updated to 82": a toll revised, after the sentence that gave it.
_TOLL_REVISED = re.compile(rf"\b(?:updated|revised|raised)\s+to\s+{AMOUNT}", re.IGNORECASE)
# "The number of fighters killed in battles ... has risen to 39": a count of the dead that grew.
_TOLL_RISEN = re.compile(
    rf"\b(?:killed|dead|deaths|died)\b[^.;]{{0,120}}?\b(?:has|have|had)\s+(?:risen|climbed|jumped|increased)\s+to\s+"
    rf"{AMOUNT}",
    re.IGNORECASE,
)
# "The number of people killed in the air strikes on Saraqeb rose to 21": the Observatory's running toll in the
# simple past; its subject is "the number of" the dead, and no wounded share the count ("the number of dead and
# wounded rose to 50" is no toll of the dead).
_NUMBER_ROSE = re.compile(
    rf"\bnumber\s+of\s+(?:(?:{_WHO_WORDS}|those)\s+)?(?:(?:who|that)\s+(?:were|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|deaths|martyrs|fatalities)\b(?:(?!\b(?:wounded|injured|hurt|casualties)\b)[^.;]){0,120}?"
    rf"\b(?:rose|climbed|jumped|increased)\s+to\s+{AMOUNT}",
    re.IGNORECASE,
)


# The Observatory's verb-first toll, Arabic word order kept in translation: "it rose to 9, including a girl, the number
# of people who were killed in the bombing" (twenty-first session, helper outlets2). The count's own "the number of"
# comes right after it, or after an aside of who they were; a "number of" or toll before the verb is the usual order,
# which `_TOLL_RISEN` reads.
_TOLL_INVERTED = re.compile(
    rf"\b(?:rose|risen|increased|climbed|jumped)\s+to\s+{AMOUNT}\b(?=(?:,?\s+(?:including|among)\s+[^.;,]{{1,60}})?,?\s+the\s+number\s+of\s+"
    rf"(?:(?P<who>{_WHO_WORDS})\s+|those\s+)?(?:(?:who|that)\s+(?:were|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|deaths|martyrs|fatalities)\b(?!\s+(?:rose|has|had|have|increased|climbed|jumped|reached)\b))",
    re.IGNORECASE,
)
_COUNT_BEFORE_VERB = re.compile(r"\b(?:number\s+of|toll)\b[^.;]*$", re.IGNORECASE)


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """Casualty figures in the text, in order; spans are shifted by `offset` (the text's start in the body).

    >>> [(f.kind, f.low, f.high, f.who) for f in find_figures("The raid killed 15 troops and wounded 30.")]
    [('fatalities', 15, 15, 'troops'), ('wounded', 30, 30, None)]
    >>> [(f.low, f.high) for f in find_figures("At least 135 people were killed, more than 40 injured.")]
    [(135, None), (41, None)]
    >>> find_figures("Rebels hold 80 percent of the city and 4 km of road.")
    []
    """
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], kind: str, start: int | None = None) -> None:
        begin = match.start() if start is None else start
        if any(begin < e and s < match.end() for s, e in taken):
            return
        told = bounds(match)
        if told is None:
            return
        low, high = told
        who = match.groupdict().get("who")
        category = _WHO.get(who.lower()) if who else None
        plus = match.groupdict().get("plus")
        one = _ONE_WHO.get(plus.split()[-1].lower()) if plus else None  # "17 militants and a child": two groups
        taken.append((begin, match.end()))
        if plus and category and one and one != category:
            # "killed 17 militants and a child": two groups of the dead, two figures
            end = match.start("plus")
            found.append(Figure(kind, low, high, category, Span(offset + begin, offset + end)))
            found.append(Figure(kind, 1, 1, one, Span(offset + match.start("plus"), offset + match.end())))
            return
        if plus:
            low, high = low + 1, None if high is None else high + 1
        found.append(Figure(kind, low, high, category, Span(offset + begin, offset + match.end())))

    for match in (*_TOLL.finditer(text), *_TOLL_REVISED.finditer(text)):
        add(match, "fatalities")
    for match in (*_TOLL_RISEN.finditer(text), *_NUMBER_ROSE.finditer(text)):
        add(match, "fatalities", start=match.start("n") if match.group("n") else None)
    for match in _TOLL_INVERTED.finditer(text):
        if not _told_before_its_verb(text, match.start()):
            add(match, "fatalities", start=match.start("n") if match.group("n") else None)
    for match in _DEAD_NOUN.finditer(text):
        add(match, "fatalities")
    for match in _NONE.finditer(text):
        word = (match.group("what") or match.group("verb")).lower()
        kind = "fatalities" if word in ("deaths", "fatalities", "killed") else "wounded"
        if not any(match.start() < e and s < match.end() for s, e in taken):
            taken.append((match.start(), match.end()))
            found.append(Figure(kind, 0, 0, None, Span(offset + match.start(), offset + match.end())))
    for match in _LIVES.finditer(text):
        add(match, "fatalities")
    for match in OF_THE_DEAD.finditer(text):
        add(match, "fatalities")
    for match in (*_BODIES.finditer(text), *_BODIES_OF.finditer(text)):
        add(match, "fatalities")
    for match in _AMONG_DEAD.finditer(text):
        # "Twelve children and 11 fighters were among the dead": the first count shares the phrase
        first = _FIRST_OF_PAIR.search(text, max(0, match.start() - 80), match.start())
        if first is not None:
            add(first, "fatalities")
        add(match, "fatalities")
    for count, pattern in ((2, _TWO_PERSONS), (1, _ONE_PERSON), (1, _KILLED_ONE)):
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            verb = match.group("pverb").lower()
            wounded = re.fullmatch(_WOUND_PASSIVE, verb) or re.match(_WOUND_ACTIVE, verb)
            taken.append((match.start(), match.end()))
            who = _ONE_WHO[match.group("who").lower()]
            found.append(
                Figure(
                    "wounded" if wounded else "fatalities",
                    count,
                    count,
                    who,
                    Span(offset + match.start(), offset + match.end()),
                )
            )
    for match in _ACTIVE_KILL.finditer(text):
        verb = match.group("verb").lower()
        if verb.startswith(("le", "los")) and not match.group("who"):
            continue  # "left 3" / "lost 2" without victims is not a casualty count
        if verb.startswith("le"):
            continue  # "left 70 dead" is caught by the passive pattern instead
        kind = "wounded" if re.match(_WOUND_ACTIVE, verb) else "fatalities"
        unnamed = not match.group("who") or match.group("who").lower() in {"others", "other", "more"}
        if unnamed and _COUNT_OF_OTHERS.match(text, match.end()):
            continue  # "20 civilians killed 30 injured": the 30 belong to the verb after them
        if harm_joined_before(text, match.start()):
            continue  # "killing and wounding dozens": the dead and the hurt together
        add(match, kind)
        more = _AND_MORE.match(text, match.end())
        if more is not None and match.group("who"):
            add(more, kind, start=more.start("more"))
    for match in _PASSIVE_KILL.finditer(text):
        verb = match.group("pverb").lower()
        kind = "wounded" if re.fullmatch(_WOUND_PASSIVE, verb) else "fatalities"
        if harm_joined_after(text, match.end()):
            continue  # "dozens were killed or injured": the dead and the hurt together
        first = _FIRST_OF_PAIR.search(text, max(0, match.start() - 80), match.start())  # ends where the match starts
        if first is not None:
            add(first, kind)
        add(match, kind)
        # "29 fighters were killed along with six Nusra terrorists": the second count shares the verb.
        more = _ALONG_WITH.match(text, match.end())
        if more is not None:
            add(more, kind, start=more.start("more"))
    found.sort(key=lambda f: f.span.start if f.span else 0)
    return found


def _told_before_its_verb(text: str, verb: int) -> bool:
    """Whether a "number of" or toll stands before the rising verb in its sentence: the usual order."""
    return _COUNT_BEFORE_VERB.search(text, max(0, verb - 160), verb) is not None
