"""Triggers that sum engagements up rather than report one: habits, history, counts since a date, campaigns begun."""

from __future__ import annotations

import re

from loaders.grown_since import COMPARISON
from loaders.recent_gains import recent_gains
from loaders.timex import FULL_MONTHS, WEEKDAY

# The superlatives of grown_since and "latest": what compares one engagement with the others of a span.
_SUPERLATIVE_WORD = rf"(?:{COMPARISON}|latest)"

# Habit and history, within the trigger's clause: "is targeted regularly", "has seen several rounds of fighting",
# "has been carrying out air strikes since last September" sum up many engagements, they report none.
HABITUAL = re.compile(
    r"\b(?:regularly|repeatedly|frequently|routinely|often|periodically|constantly|continuously|time\s+and\s+again|"
    r"usually|typically|normally|habitually|customarily|"
    r"more\s+than\s+once|(?:has|have|had)\s+previously|at\s+times|from\s+time\s+to\s+time|every\s+now\s+and\s+then|"
    r"in\s+the\s+past(?!\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?|[\d-]+\s*hours?)\b)|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?(?:months|years)|"
    r"in\s+recent\s+(?:days|weeks|months|years)|whenever|lately)\b"
    # "has conducted frequent air raids", "have carried out regular strikes": many, summed up
    r"|\b(?:frequent|regular|repeated|routine|numerous|countless)\s+(?:[\w-]+\s+)?$"
    # few, too, when the perfect tells them done over time ("has also carried out rare strikes in the province"; not
    # "after several days of rare clashes", a fight told; missiles37)
    r"|\b(?:has|have)\s+(?:also\s+)?(?:carried\s+out|conducted|launched)\s+(?:rare|occasional)\s+(?:[\w-]+\s+)?$"
    # "locked in a cycle of tit-for-tat attacks", "a spiral of violence": a pattern of many (precision23)
    r"|\b(?:cycles?|spirals?)\s+of\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
OVER_MONTHS = re.compile(
    r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?(?:months|years)\b"
    # a tally over weeks (fp27): "has executed 700 members of a tribe during the past two weeks"
    r"|\b(?:over|during|throughout)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?weeks\b"
    r"|\bin\s+recent\s+(?:months|years)\b",
    re.I,
)
HABIT_AFTER = re.compile(
    r"\b(?:every\s+now\s+and\s+then|from\s+time\s+to\s+time|time\s+and\s+again|on\s+a\s+daily\s+basis|almost\s+daily|"
    # the whole war as the span: "has bombed hospitals throughout the war" (precision23)
    r"(?:throughout|over\s+the\s+course\s+of)\s+(?:the|this|Syria['’]?s?)\s+(?:\w+[\s-]+){0,2}"
    r"(?:war|conflict|uprising|revolution|crisis)(?![\w-]))\b",
    re.IGNORECASE,
)
# A relative clause or an infinitive between the trigger and the span of the war: the span is that clause's ("bombed
# the last hospital to stay open throughout the war", "attacked the base, which had held out throughout the
# conflict"), not the trigger's (twenty-third session, helper review23e).
_OTHER_CLAUSE = re.compile(r"\b(?:which|that|who|whose|where|to)\s", re.IGNORECASE)


def habit_after(text: str, start: int, end: int) -> bool:
    """Whether a span of habit or of the whole war after the trigger (from start to the clause's end) sums it up."""
    habit = HABIT_AFTER.search(text, start, end)
    return habit is not None and _OTHER_CLAUSE.search(text, start, habit.start()) is None


ONGOING = re.compile(
    # "is conducting airstrikes ground-based and rocket-propelled artillery fire": each of the means it lists
    r"\b(?:is|are)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:conducting|carrying\s+out|waging|launching)\s+(?:[\w-]+\s+){0,4}$"
    # "are also being targeted by airstrikes": a campaign going on, not one strike
    r"|\b(?:is|are)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?being\s+(?:\w+ed\s+by\s+)?$",
    re.I,
)
# "Latakia has seen heavy fighting", "an area that witnessed fighting between ...": what a place has been through
_HAS_SEEN = re.compile(
    r"\b(?:has|have|had|(?:that|which)(?:\s+(?:has|have|had))?)\s+(?:seen|saw|witnessed)\s+(?P<gap>(?:[\w-]+\s+){0,5})$",
    re.IGNORECASE,
)
# "an offensive which saw rebels seize five villages": a subject and a bare verb after "saw" tell the event itself
_SAW_DO = re.compile(r"(?i)(?:that|which)\s+(?:saw|witnessed)\s+(?!(?:an?|the|some|several|heavy|fierce)\s)\S")
# a verb's bare form, the trigger's first word ("seize", "take two villages"; not "clashes", "fighting", "shelling")
_BARE_VERB = re.compile(r"(?i)[a-z]+(?<!ing)(?<!s)(?<!ed)(?<!ion)(?<!ment)\b")
_ONGOING_SINCE = re.compile(r"\b(?:has|have)\s+been\s+\w+ing\b[^.]*\bsince\b", re.IGNORECASE)
# Attacks counted since a date are many summed up: "its strikes in Syria and Iraq since 2014", "has documented
# heavy shelling on the town since early July" (a siege is one state that lasts; "the heaviest since 2012" is one).
SINCE_AFTER = re.compile(
    r"[^.;,:]{0,50}?\bsince\s+(?:(?:early|mid|late|the\s+start\s+of)\s+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:19|20)\d\d|last\s+(?:week|month|year))\b"
)
# ... or since a campaign began (sixteenth session): "killed in coalition air raids since the offensive against Manbij
# began", "865 killed since strikes began": a toll summed over the campaign's many strikes.
# unless a superlative, or "latest", compares it: "the deadliest (latest) attack since the offensive began" is one.
_COMPARED_BEFORE = re.compile(rf"\b{_SUPERLATIVE_WORD}\b", re.IGNORECASE)
# A day of its own told for the trigger: "on Monday", "yesterday", "on March 3".
_DAY_TOLD = re.compile(rf"\b(?:{WEEKDAY}|yesterday|today|on\s+(?-i:[A-Z])[a-z]+\s+\d)", re.IGNORECASE)
_SINCE_CAMPAIGN = re.compile(
    r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:offensive|campaign|operation|strikes|raids|"
    r"air\s*strikes|bombing|intervention|assault|battle)\s+(?:[\w-]+\s+){0,2}?(?:began|started|was\s+launched)\b",
    re.IGNORECASE,
)
# The start of a long state of affairs: "divided since 2012 when rebels seized its east" is history, not news. Not a
# month with no year, one of the year before the article: "barred from entering eastern Aleppo since July when regime
# troops seized the last access route" tells a recent taking, the state it began still news (standing35)
SINCE_WHEN = re.compile(
    rf"\bsince\s+(?!(?:(?:early|mid|late)[\s-]+)?(?-i:{FULL_MONTHS})\s+when\b)[^.;,]{{1,30}}?\s+when\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
SUPERLATIVE = re.compile(rf"\b{_SUPERLATIVE_WORD}\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
BEGAN_WHEN = re.compile(r"\b(?:after|since|before|when)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)
BEGAN_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:began|started|was\s+launched|erupted|broke\s+out)\s+(?:in|on|last)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d|year|month|week|spring|summer|autumn|fall|winter)\b"
)
# When a campaign began, not an engagement: "Russia began carrying out strikes in Syria in September 2015", "started
# bombing IS targets in Syria in September", "began air strikes last September", "began an offensive on Palmyra in
# March" (a month or a year, not a day).
CAMPAIGN_BEGAN = re.compile(
    r"\b(?:began|begun|started)\s+(?:(?:carrying\s+out|conducting|launching)\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
IN_MONTH_OR_YEAR = re.compile(
    r"[^.;,]{0,50}?\b(?:in|last|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:19|20)\d\d)\b"
)
# The same after a trigger that is the subject: "Russian warplanes began carrying out strikes in Syria in 2015".
BEGAN_NEXT = re.compile(r"\s+(?:have\s+|had\s+)?(?:began|begun|started)\b")
STATE_OF_AFFAIRS = re.compile(
    r"\bcontinu(?:e|es|ed|ing)\s+to\s+(?:face|suffer|endure|live\s+under|be\s+under)\s+(?:[\w-]+\s+){0,2}$"
    # "before it was engulfed by fighting in 2012"
    r"|\bengulfed\s+(?:by|in)\s+(?:the\s+)?$",
    re.I,
)
# Thirtieth session (dup30): a noun of attack whose predicate is how often it comes tells a condition, not one event:
# "the shelling is daily and intense", "air strikes have been constant", "the bombardment is almost daily".
HOW_OFTEN_AFTER = re.compile(
    r"\s{1,3}(?:is|are|was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been|remains?|remained)\s{1,3}"
    r"(?:now\s{1,3}|still\s{1,3})?(?:almost\s{1,3}|nearly\s{1,3}|near-)?"
    r"(?:daily|nightly|constant|continuous|incessant|relentless|non-?stop|unceasing|ceaseless|unrelenting|routine|"
    r"a\s{1,3}daily\s{1,3}occurrence|an?\s{1,3}(?:everyday|daily)\s{1,3}(?:event|reality))\b",
    re.I,
)
# "the group is under attack in its remaining strongholds": a side's plight ("the town is under siege" is a siege)
UNDER_ATTACK = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?under\s+$", re.I)
# "is battling for survival on two fronts": what a side's war has come to, not one battle
FOR_SURVIVAL = re.compile(r"\s+for\s+(?:its\s+|their\s+)?survival\b", re.I)
# A campaign begun on a weekday began days ago, and is news: "since the rebel assault began on Sunday".
_BEGUN_THIS_WEEK = re.compile(rf"\s+(?:on\s+|last\s+)?(?:{WEEKDAY}|yesterday)\b", re.IGNORECASE)


def seen_there(before: str, word: str) -> bool:
    """Whether a trigger is what a place has seen ("a town that witnessed fierce fighting"), not an event told with
    a subject after "saw" ("an offensive which saw rebels seize five villages")."""
    seen = _HAS_SEEN.search(before)
    if seen is None:
        return False
    return not (seen.group("gap") and _SAW_DO.match(seen.group(0)) and _BARE_VERB.match(word))


def since_campaign(text: str, end: int) -> bool:
    """Whether the trigger ending at `end` is counted since a campaign began, in its own clause, 50 characters on."""
    since = _SINCE_CAMPAIGN.search(text, end, min(len(text), end + 200))
    if since is None or since.start() - end > 50:
        return False
    # "killed 20 in Manbij, the highest toll since the campaign began": one engagement measured against the campaign;
    # "struck Raqqa on Monday, the tenth day since ...": one engagement, its own day told
    between = text[end : since.start()]
    return not re.search(r"[.;,:]", between) and not (_COMPARED_BEFORE.search(between) or _DAY_TOLD.search(between))


def begun_campaign(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the campaign whose start a "since" tells ("since the offensive against Manbij began"),
    begun before this week."""
    window = max(0, match.start() - 60)
    return any(
        since.start() < match.start() < since.end() and not _BEGUN_THIS_WEEK.match(text, since.end())
        for since in _SINCE_CAMPAIGN.finditer(text, window, min(len(text), match.end() + 80))
    )


def ongoing_since(text: str, start: int, end: int, at: int) -> bool:
    """Whether the clause [start, end) tells something going on since a time, the trigger at `at` before its "since":
    "has been shelling the hills since last spring"; not "have been living in fear since fighting surged in late
    June", where the fighting is what began it."""
    ongoing = _ONGOING_SINCE.search(text, start, end)
    return ongoing is not None and ongoing.end() > at


# A habit told of the subject in a relative clause of its own: "Rebels who usually operate in the north", "jets
# which often fly from Hmeimim" (the relative pronoun, at most "also" or "still", the habit adverb, then the clause's
# own verb in the present).
# ("that" is left out: "said that over the past months al-Nusra had attacked" opens a reported clause, no relative)
_RELATIVE_HABIT = re.compile(r"(?i)\b(?:who|which)\s+(?:(?:also|still)\s+)?$")
_PRESENT_VERB = re.compile(r"\s+(?!(?:has|have|had|is|are|was|were|be|been|being)\b)[a-z]+(?<!ed)(?=\s)")
# The main verb told in the past after it: "... shelled the town", "... struck", "... attacked".
_PAST_VERB = re.compile(r"(?i)[a-z]+ed$|struck|shot|hit|fought|took|overran|seized|blew\s+up")

# A cycle or round that broke out is one round fought, not the pattern (twenty-third session, helper review23e).
_CYCLE = re.compile(r"(?i)(?:cycles?|spirals?)\s")
_BROKE_OUT = re.compile(r"\s+(?:(?:again|also|then)\s+)?(?:erupted|broke\s+out|flared|raged)\b", re.IGNORECASE)


def habitual_before(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a habit word between start and the trigger sums the trigger up; a habit of a relative clause in the
    present does not reach a main verb in the past ("Rebels who usually operate in the north shelled the town")."""
    for habit in HABITUAL.finditer(text, start, match.start()):
        if _BROKE_OUT.match(text, match.end()) and _CYCLE.match(habit.group(0)):
            continue  # "a new cycle of clashes broke out in Qamishli": one round fought (review23e)
        if recent_gains(habit, match):
            continue  # "in recent days rebels have captured villages": one push's gains (engbattles35)
        verb = _PRESENT_VERB.match(text, habit.end())
        if not (
            habit.group(0).isalpha()  # one adverb ("usually"), not a span of time ("over the past months")
            and _RELATIVE_HABIT.search(text, max(0, habit.start() - 40), habit.start())
            and verb
            and verb.end() < match.start()
            and _PAST_VERB.fullmatch(match.group(0))
        ):
            return True
    return False


# A strike campaign launched in an ally's support, dated by a month or year: "Russia launched air strikes in support
# of the Damascus regime in September", "after Russia launched air strikes in support of Assads forces last year". The
# start of an intervention, not one strike (a day told, "on Monday", is one; twenty-first session, helper outprec6).
_LAUNCHED_BEFORE = re.compile(r"\blaunch(?:ed|ing)\s+(?:(?:its|their|a|an)\s+)?(?:[\w-]+\s+)?$", re.I)
_IN_SUPPORT_DATED = re.compile(
    r"(?:\s+(?:in|on|against|across)\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+))?\s+in\s+support\s+of\s+"
    # the ally named, no place: "in support of the army near Palmyra in March" is strikes there
    r"(?:(?!(?:near|around|outside|at|on|against|in|north|south|east|west)\b)[\w'’-]+\s+){1,6}?"
    r"(?:(?:in|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:19|20)\d\d)|last\s+year)\b"
)


def campaign_launched(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is strikes launched in an ally's support, dated by a month or year: a campaign begun."""
    return bool(
        re.search(r"(?i)strikes|raids|campaign|bombing|operations", match.group(0))
        and _LAUNCHED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        and _IN_SUPPORT_DATED.match(text, match.end())
    )
