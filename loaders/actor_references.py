"""Actor references: "the army", "the government", "Red Crescent", "the coalition" and bare surnames as mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.actor_mentions import HOME_ARMY
from loaders.engagement_roles import SITE_NOUNS
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Sentence, Span, overlapping
from loaders.name_words import TITLE_WORDS
from loaders.person_names import KIND_AFTER, village_reading
from loaders.state_forces import another_states_government, home_government
from loaders.timex import MONTH, WEEKDAY

LOCAL_CLASSES = {
    "actor": "Person",
    "place": "Settlement",
    "facility": "Facility",
    "force": "StateForce",
    "group": "NonStateArmedGroup",
}


# A named armed unit not in the gazetteer: capitalised words ending in a unit noun ("Sultan Murad Brigade").
_GROUP_HEAD = re.compile(r"\b(?:Brigades?|Battalions?|Front|Movement|Corps|Division|Regiment|Legion|Army|Group)$")


# "the army", "the army troops": the army the article last named ("the Syrian army ... the army men stormed").
_THE_ARMY = re.compile(
    r"\b[Tt]he\s+(?P<name>army(?:['’]?s(?=\s))?(?:\s+(?:troops|men|units|forces|soldiers))?)\b"
    # "the Army and Armed Forces established control": the state agency's capitalised name for the article's army
    r"|\b[Tt]he\s+(?P<agency>Army\s+and\s+(?:the\s+)?Armed\s+Forces?)\b"
    # "Army units killed 20", "an army unit destroyed": an agency's way of naming the article's army
    r"|(?<![Tt]he\s)\b(?P<unit>[Aa]rmy\s+units?)\b"
    # "a suffocating army siege", "areas under army siege", "an abortive army offensive": whose siege or offensive
    # ("an army attack on Hama": leftopen33, as "an army assault" was read)
    r"|(?<![Tt]he\s)\b(?P<owner>army)(?=\s+(?:siege|blockade|offensive|assault|attacks?|shelling|bombardment|advance|"
    r"operations?|"
    # "a suicide bomber blew himself up at an army outpost": the army's post, a target
    rf"{SITE_NOUNS})\b)"
    # "Earlier Wednesday troops fighting in the Qalamun region seized the town": troops nobody's name qualifies
    r"|(?<![\w.-])(?P<troops>[Tt]roops)\b"
    # "Rebels killed 12 soldiers in Homs": read as an army the article named before (`_SOLDIERS_BEFORE`; leftopen33)
    r"|(?<![\w.-])(?P<soldiers>[Ss]oldiers)\b"
    # "a missile fired by the military", "the military said": "military" as a noun, not before the noun it qualifies
    # ("the military council", "the military-run airport"), is the army (seventeenth session)
    r"|\b[Tt]he\s+(?P<military>military)(?![-\w])(?=\s*(?:[,.;:!?)]|$)|\s+(?:has|have|had|is|was|were|said|says|"
    r"also|then|later|would|will|could|did|does|and|or|in|on|at|near|into|around|against|to|for|from|with|by|that|"
    r"which|who|after|before|since|during|hit|struck|shot|took|fought|overran|retook|[a-z]+ed)\b)"
)
# A word before "troops" that says whose they are: "Turkish troops", "US troops", "Iran-backed troops"; a state sending
# troops is sending its own ("Ankara sent tanks troops", "sending in troops on the ground"); "troops of" names whose.
_WHOSE_TROOPS = re.compile(
    # "Erdogan's troops": a named owner's (fifteenth session's third review; the home state's leader's are read by
    # loaders/state_forces.py); the lookbehind before "-backed" keeps a long word from being retried at each of its
    # letters (gaps32)
    r"(?:[A-Z][\w.]*(?:['’]s)?|(?<![\w-])[\w-]+-(?:backed|led|allied)|foreign|coalition|allied|peacekeeping|"
    r"\b(?:sen[dt]|sending|deploy\w*|dispatch\w*)\s+(?:in\s+)?(?:\w+\s+)?|"
    # "Turkey denied that its troops had set up a base": the possessive's owner's, named before (gaps32)
    r"\b(?:its|their)\s+(?:own\s+)?)\s*$"
)
_TROOPS_OF = re.compile(r"\s+(?:and\s+\w+\s+)?of\b")
# Bare "soldiers", counted or with "the" or "of" only before them ("killed 12 soldiers", "a convoy of soldiers"): no
# word says whose or what kind ("rebel soldiers", "child soldiers", "Turkish soldiers" are not read); they are the army
# the article named before, on the text's own ground, never the home army by default (thirty-third session, helper
# leftopen33, written-sentence probe)
_SOLDIERS_BEFORE = re.compile(
    # (the sentence's start takes no blank: the text before a sentence-initial "Soldiers" is empty; reread33)
    r"(?:^\s*|\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|scores\s+of|"
    r"hundreds\s+of|several|many|some|more|the|these|those|of|and)\s+)$",
    re.IGNORECASE,
)
_WEEKDAY_OR_MONTH = re.compile(rf"(?:{WEEKDAY}|{MONTH}|Earlier|Meanwhile|Later|Elsewhere)\s+$")


# The war this project covers: an article set in Syria that says "the army" before naming one means Syria's.
_ARMY_LABEL = re.compile(r"\b(?:Army|Armed Forces|Defen[cs]e Forces)\b")


def with_army_references(
    body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]], gazetteer: Gazetteer, at_home: bool
) -> list[list[Mention]]:
    """Add a mention of the army named last for "the army" (an article names its army once, then says "the army");
    before any is named, the home country's in an article set there (`at_home`)."""
    army = gazetteer.lookup(HOME_ARMY, "actor")
    last = army.key if army is not None and at_home else None
    named = None  # the army the article named, for bare "soldiers"
    out: list[list[Mention]] = []
    for sentence, found in zip(mined, per_sentence, strict=True):
        added: list[Mention] = []
        text = sentence.span.text(body)
        events: list[tuple[int, Mention | re.Match[str]]] = [(m.span.start, m) for m in found]
        events += [(sentence.span.start + a.start(a.lastgroup or "name"), a) for a in _THE_ARMY.finditer(text)]
        for start, item in sorted(events, key=lambda e: e[0]):
            if isinstance(item, Mention):
                entity = gazetteer.get(item.key) if item.kind == "actor" and item.linked else None
                if entity is not None and entity.cls == "StateForce" and _ARMY_LABEL.search(entity.label):
                    last = named = item.key
                continue
            end = sentence.span.start + item.end(item.lastgroup or "name")
            kind = item.lastgroup or "name"
            if kind in ("troops", "soldiers") and (
                (
                    _WHOSE_TROOPS.search(text, 0, item.start(kind))
                    and not _WEEKDAY_OR_MONTH.search(text, 0, item.start(kind))
                )
                or _TROOPS_OF.match(text, item.end(kind))
            ):
                continue  # "Turkish troops": the demonym names them
            side = named if kind == "soldiers" else last
            if kind == "soldiers" and not _SOLDIERS_BEFORE.search(text, 0, item.start(kind)):
                continue  # "rebel soldiers", "child soldiers": a word says whose or what kind
            if side is not None and not overlapping(found, start, end):
                added.append(Mention(Span(start, end), side, "actor"))
        added += other_units(text, sentence.span.start, [*found, *added], gazetteer)
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out


# "Army units targeted gatherings in Bosra while other units destroyed a bulldozer in al-Nueima": "other units" after
# an army's units in the sentence are more of that army's (twenty-first session, helper outrecall8); not "other units
# of the Free Syrian Army", which names whose they are
_OTHER_UNITS = re.compile(r"\b(?:[Aa]nother|[Oo]ther)\s+(?P<units>units?)\b(?!\s+of\b)")


def other_units(text: str, base: int, found: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions of the army for "other units" in a sentence whose subject, its first actor, is an army."""
    out = []
    for match in _OTHER_UNITS.finditer(text):
        start, end = base + match.start("units"), base + match.end("units")
        # the sentence's subject, its first actor: "Rebel units attacked army posts while other units ..." are rebels
        first = next((m for m in found if m.kind == "actor" and m.span.end <= base + match.start()), None)
        if first is not None and _is_army(first, gazetteer) and not overlapping(found, start, end):
            out.append(Mention(Span(start, end), first.key, "actor"))
    return out


def _is_army(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is of a state's army (a force labelled Army, Armed Forces or Defence Forces)."""
    if mention.key not in gazetteer:
        return False
    entity = gazetteer.get(mention.key)
    return entity.cls == "StateForce" and _ARMY_LABEL.search(entity.label) is not None


# "the government", "government barrel bombs", "the government of Bashar al-Assad": in an article set in Syria, the
# Syrian state; not another's ("the government of Turkey"), not a plural or a kind ("governments", "interim
# government", "local government").
_THE_GOVERNMENT = re.compile(
    r"(?<!\binterim\s)(?<!\btransitional\s)(?<!\blocal\s)(?<!\bopposition\s)(?<!\bnew\s)(?<!\bunity\s)"
    r"(?<![-\w])(?:[Tt]he\s+)?(?P<name>[Gg]overnment)\b(?![-\w])(?!\s+of\s+(?!Bashar|President|Syria\b|Assad)[A-Z])"
)


def with_government_references(
    body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]], gazetteer: Gazetteer, at_home: bool
) -> list[list[Mention]]:
    """Add a mention of the home state for "the government" in an article that names a place of the home country."""
    home = home_government(gazetteer)
    if home is None or not at_home:
        return per_sentence
    added = with_references(body, mined, per_sentence, _THE_GOVERNMENT, home)
    return [
        [m for m in found if m in before or not another_states_government(body, found, m, gazetteer)]
        for found, before in zip(added, per_sentence, strict=True)
    ]


# "a Red Crescent staff member", "a UN-Arab Red Crescent aid convoy": in an article set in Syria, the Syrian Arab Red
# Crescent; not another country's ("the Qatar Red Crescent Society", "the Turkish Red Crescent") nor the federation
# ("the International Federation of Red Cross and Red Crescent Societies").
_RED_CRESCENT = re.compile(r"(?<!\w)(?P<name>(?:Arab\s+)?Red\s+Crescent)\b(?!\s+Societ)")
_WORD_BEFORE_NAME = re.compile(r"([\w-]+)\s+$")
HOME_RED_CRESCENT = "Syrian Arab Red Crescent"
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})


def with_red_crescent(
    body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]], gazetteer: Gazetteer, at_home: bool
) -> list[list[Mention]]:
    """Add a mention of the home Red Crescent for "Red Crescent" that no other country's name qualifies."""
    society = gazetteer.lookup(HOME_RED_CRESCENT, "actor")
    if society is None or not at_home:
        return per_sentence
    out: list[list[Mention]] = []
    for sentence, found in zip(mined, per_sentence, strict=True):
        added = []
        for match in _RED_CRESCENT.finditer(body, sentence.span.start, sentence.span.end):
            start, end = match.span("name")
            before = _WORD_BEFORE_NAME.search(body, max(sentence.span.start, start - 40), start)
            word = before.group(1) if before else ""
            # "Qatar Red Crescent", "Red Cross and Red Crescent"; not a capitalised article opening the sentence
            if word == "and" or (word[:1].isupper() and not word.endswith("-") and word not in _DETERMINERS):
                continue
            if not overlapping(found, start, end):
                added.append(Mention(Span(start, end), society.key, "actor"))
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out


# "the coalition" alone, once the article has named the US-led coalition: that coalition ("The coalition conducted a
# strike on a vehicle"). Not a coalition of something ("a coalition of rebels"), not one a word qualifies ("the
# opposition coalition", "the Saudi-led coalition", "the Syrian Coalition").
THE_COALITION = re.compile(
    r"(?<![-\w])(?:[Tt]he\s+"
    # "a coalition raid on Manbij", "coalition aircraft targeted": the coalition named as what flies
    r"|(?<!-led\s)(?=[Cc]oalition\s+(?:air\s*)?(?:raids?|strikes?|airstrikes?|warplanes?|jets|aircrafts?|planes|"
    r"bombing)\b))(?P<name>[Cc]oalition)\b(?![-\w])(?!\s+of\b)"
)
COALITION = "actor/us-led-coalition"


def with_references(
    body: str,
    mined: Sequence[Sentence],
    per_sentence: list[list[Mention]],
    pattern: re.Pattern[str],
    key: str,
    once_named: bool = False,
) -> list[list[Mention]]:
    """Add a mention of `key` for each free match of `pattern`'s "name" group ("the government"); with `once_named`,
    only after a sentence has named `key` itself ("the coalition" after "the US-led coalition")."""
    named = not once_named
    out: list[list[Mention]] = []
    for sentence, found in zip(mined, per_sentence, strict=True):
        added = []
        if named:
            for match in pattern.finditer(sentence.span.text(body)):
                start, end = sentence.span.start + match.start("name"), sentence.span.start + match.end("name")
                if not overlapping(found, start, end):
                    added.append(Mention(Span(start, end), key, "actor"))
        named = named or any(m.key == key for m in found)
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out


def set_at_home(per_sentence: Sequence[Sequence[Mention]], gazetteer: Gazetteer) -> bool:
    """Whether the article names a place in the home country (the war this project covers)."""
    return any(in_syria(m, gazetteer) for found in per_sentence for m in found)


def with_surnames(
    body: str,
    mined: Sequence[Sentence],
    per_sentence: list[list[Mention]],
    local_entities: dict[str, tuple[str, str]],
    gazetteer: Gazetteer,
) -> list[list[Mention]]:
    """After "Laurent Fabius said", a bare "Fabius" is the same person (a speaker unknown to the gazetteer)."""
    surnames: dict[str, str] = {}
    for key, (kind, label) in local_entities.items():
        words = label.split()
        if kind == "actor" and local_class(key, local_entities) == "Person" and len(words) >= 2:
            last = words[-1].split("-")[-1]
            if len(last) >= 4 and last[0].isupper() and last not in TITLE_WORDS:
                surnames[last] = key if last not in surnames else ""  # two persons of one surname: neither
    surnames = {name: key for name, key in surnames.items() if key}
    if not surnames:
        return per_sentence
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w-])")
    named: set[str] = set()
    out: list[list[Mention]] = []
    for sentence, found in zip(mined, per_sentence, strict=True):
        added = []
        for match in pattern.finditer(body, sentence.span.start, sentence.span.end):
            key = surnames[match.group(0)]
            start, end = match.start(), match.end()
            before = body[max(sentence.span.start, start - 2) : start]
            if key not in named or KIND_AFTER.match(body, end):
                continue  # "Junaynat village was hit": the village, though no rule read it at the sentence's start
            village = village_reading(found, start, end, body, gazetteer)
            if overlapping(found, start, end) != ([village] if village else []):
                continue
            if re.search(r"[A-Z][\w-]*\s$", body[max(0, start - 30) : start]) and before != "\n":
                continue  # "Pierre Fabius": another name that ends the same
            found = [m for m in found if m is not village]  # "Ahmad Hassan said ... Hassan added": not the village
            added.append(Mention(Span(start, end), key, "actor", linked=False))
        named.update(m.key for m in found if m.key in surnames.values())
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out


def in_syria(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a linked place in Syria ("fighters based in Eastern Ghouta" is a place of the news)."""
    return mention.kind == "place" and mention.linked and mention.key in gazetteer and gazetteer.in_syria(mention.key)


def local_class(key: str, local_entities: dict[str, tuple[str, str]]) -> str:
    """The class assumed for a local entity: a named unit is an armed group, a speaker a person, a place a town."""
    kind, label = local_entities.get(key, ("actor", ""))
    if kind == "outlet":
        return "MediaOutlet"
    if kind == "organisation":
        return "Organisation"
    if kind == "actor" and _GROUP_HEAD.search(label):
        return "NonStateArmedGroup"
    return LOCAL_CLASSES[kind]
