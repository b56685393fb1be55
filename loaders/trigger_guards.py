"""Whether an engagement trigger tells news: not negated, future, hypothetical, a purpose, background or a
description (the guards `engagements.find_engagements` asks of every trigger; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

from loaders.aims_after import aim_after
from loaders.aircraft_named import aircraft_without_strike
from loaders.aircraft_words import CORE, DRONES, FIGHTER_JETS
from loaders.backdrops import war_backdrop
from loaders.bare_verbs import GONE_ON_TO, before_going_on
from loaders.besieged_nouns import besieged_describes
from loaders.ceased_strikes import ceased_strike
from loaders.conquests_summed import conquest_summed_up
from loaders.deals_unmade import deal_unmade
from loaders.decided_not_done import decided_not_done
from loaders.denied_and_remarked import NONE_TOLD, NOT_ONLY
from loaders.described_fighters import describes_fighters
from loaders.fought_since import fought_since_day
from loaders.grown_since import grown_since
from loaders.heard_only import only_heard
from loaders.joined_infinitives import joined_to_infinitive
from loaders.killed_people import ONE_KILLING
from loaders.launched_offensives import launched_at
from loaders.military_drills import in_drills
from loaders.opening_blows import opening_blow
from loaders.other_senses import in_other_sense
from loaders.past_deeds import told_as_history
from loaders.pictured_scenes import pictured
from loaders.practices_named import named_generically, years_after
from loaders.repelled_attacks import TRIED_TO_REPEL
from loaders.spoken_of import spoken_of
from loaders.standing_support import standing_support
from loaders.summed_up import (
    BEGAN_AFTER,
    BEGAN_NEXT,
    BEGAN_WHEN,
    CAMPAIGN_BEGAN,
    FOR_SURVIVAL,
    HOW_OFTEN_AFTER,
    IN_MONTH_OR_YEAR,
    ONGOING,
    OVER_MONTHS,
    SINCE_AFTER,
    SINCE_WHEN,
    STATE_OF_AFFAIRS,
    SUPERLATIVE,
    UNDER_ATTACK,
    begun_campaign,
    campaign_launched,
    habit_after,
    habitual_before,
    ongoing_since,
    seen_there,
    since_campaign,
)
from loaders.tallied_attacks import tallied
from loaders.times_counted import counted_in_times
from loaders.timex import WEEKDAY
from loaders.to_as_preposition import to_as_preposition
from loaders.trapped_people import no_way_shut
from loaders.truce_made import BREACH, MADE_BEFORE, MADE_BY, TOOK_EFFECT, TRUCE_MADE, TRUCE_WORD
from loaders.truce_words import BODY_FOR_TRUCE, MAKERS_AFTER
from loaders.unarmed_fights import fights_no_foe

# Future, conditional and hedged statements, and negation, within the trigger's clause.
_HEDGE = re.compile(
    # "may" only in lower case: "in May" is the month, not a hedge
    r"\b(?:will|would|could|should|might|(?-i:may)|if|unless|expected|expects|plans?|planning|threaten(?:s|ed)?|vow(?:s|ed)?|"
    r"aims?\s+to|seeks?\s+to|intends?\s+to|ready\s+to|prepar(?:e|es|ing)\s+(?:to|for)|warn(?:s|ed)?\s+of|"
    r"planned|possible|potential|imminent|looks?\s+to|hopes?\s+to|in\s+order\s+to|to\s+stop|to\s+prevent|"
    # "is yet to be confirmed" hedges; in "the biggest setbacks yet to a coalition" "yet" is "so far" (guards25)
    r"yet\s+to(?!\s+(?:a|an|the|this|that|these|those|its|their|his|her|our|date)\b)|"
    r"to\s+repel|repel|to\s+counter|to\s+fend\s+off|to\s+lessen|believes?|predicts?|"
    # "jets believed to be Russian struck", "an attack believed to have been carried out by IS": who, not whether
    r"believed(?!\s+to\s+(?:be|have\s+been)\s+(?:carried\s+out\s+by\s+|behind\s+|by\s+)?(?:the\s+)?[A-Z]|"
    r"\s+to\s+belong\s+to|\s+to\s+have\s+been\s+carried\s+out\s+by))\b",
    re.IGNORECASE,
)
# "predicted" hedges only what it takes as object, after it: "the minister predicted a tough battle"; after the trigger
# it tells the event came as foretold ("the offensive on Aleppo on Monday that the minister predicted") (review6).
_FORETOLD = re.compile(r"\bpredicted\b", re.IGNORECASE)
# Purpose and accusation: only what comes after them is unreal ("an offensive aimed at regaining the heights" is an
# offensive; the regaining is its aim; "accused of attacking" reports an accusation, not an attack).
_PURPOSE = re.compile(
    r"\b(?:aim(?:ed|ing)\s+(?:at|to)|in\s+a\s+bid\s+to|so\s+as\s+to|designed\s+to|accus(?:ed|es|ing|ations?)\s+of|"
    r"plann(?:ed|ing)\s+to|plans?\s+to|intend(?:s|ed)?\s+to|sought\s+to|seek(?:s|ing)?\s+to|"
    r"charged\s+with|suspected\s+of|on\s+charges\s+of)\b",
    re.IGNORECASE,
)
# A relative pronoun opens a clause of its own: what it says is no aim of the purpose before it.
_RELATIVE = re.compile(r"\b(?:which|who|whom|where)\b", re.IGNORECASE)
# "a pilot they captured", "the soldiers whom the group had seized": the captives come before the verb.
_PEOPLE = (
    r"(?:soldiers|troops|fighters|militants|rebels|pilots?|civilians|men|women|members|officers|hostages|prisoners|"
    r"people|journalists|children|terrorists?|jihadists|insurgents|gunmen|militiamen|extremists)"
)
_PEOPLE_TAKEN_BEFORE = re.compile(
    rf"\b{_PEOPLE}\s+(?:(?:who|whom|that)\s+)?(?:they|it|he|the\s+\w+)\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE
)
# People named right before a participle with no object: "Syrian soldiers captured while fleeing" were taken.
_PEOPLE_BEFORE = re.compile(rf"\b{_PEOPLE}\s+(?:(?:were|was|have\s+been|had\s+been|being)\s+)?$", re.IGNORECASE)
_SAID_THAT = re.compile(r"\b(?:said|says|reported|added|stated|confirmed)\s+(?:\w+\s+){0,3}?that\s+(?:[\w-]+\s+){0,5}$")
# Territory is taken, people are not: "captured soldiers", "seized two fighters" (captives: no territory changed hands).
_PEOPLE_TAKEN = re.compile(
    rf"\s+(?:(?!(?:by|from|it|them|control|back|over)\b)\w+\s+){{0,2}}?(?:{_PEOPLE}|terrorists)\b"
    # "seized the militants positions" (FA-KES drops the apostrophe) takes the positions
    r"(?![’'-]|\s+(?:positions?|posts?|bases?|strongholds?|headquarters|checkpoints?|areas?|territory|villages?|"
    r"towns?|hills?|depots?|barracks|airport|camp))",
    re.IGNORECASE,
)
# Who people were before the news: "residents who had lived under siege", "villagers who had fought to defend their
# homes" describe them; the engagement, if any, is told elsewhere.
_WHO_HAD = re.compile(r"\bwho\s+had\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# unless the trigger is its verb and its object is dated, which tells one engagement: "rebels who had stormed the
# town on Monday were driven back" (not "families who had endured a siege arrived on Sunday": the date is the arrival's)
_DATED_NEXT = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+on\s+{WEEKDAY}\b")
_MAY_BE_THE_MOST = re.compile(
    r"\b(?:may|might|could|would)\s+(?:well\s+|also\s+)?(?:be|have\s+been)\s+(?:the|one\s+of\s+the)\s+"
    r"(?:\w+est|worst|most\s+\w+)\b",
    re.IGNORECASE,
)
# "in what they believed were regime airstrikes": what it was is believed ("believed to be" is no hedge already).
_WHAT_IT_WAS = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,2}?believed\s+(?:was|were)\b", re.IGNORECASE)
# What is called for, investigated or asked about: "called for an end to the bombing", "pauses in the fighting",
# "an investigation to determine whether its strikes killed civilians".
_NOT_HAPPENING = re.compile(
    r"\b(?:an?\s+end\s+to|a\s+halt\s+to|a\s+stop\s+to|pauses?\s+in|whether)\s+(?:[\w-]+\s+){0,3}$"
    # "a ceasefire has had little impact on fighting": what a truce or a move bore on, not a battle told
    r"|\b(?:impacts?|effects?|bearing)\s+on\s+(?:the\s+)?$"
    # "deals to ease the fighting between rebels and the government": what a deal is for, not a battle
    r"|\b(?:ease|end|stop|halt|reduce|calm|curb|lift)\s+the\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "hasn't" has no word boundary before its "n't"; FA-KES stripped apostrophes, leaving "hasnt", "didnt", "wasnt"
_NEGATION = re.compile(
    r"(?:\b(?:not|no|never|without|denied|deny|denies)|n['’]t|"
    r"\b(?:is|are|was|were|do|does|did|has|have|had|could|would|should|ca|wo)nt)\s+"
    # "have not only bombed IS but also ...": more told, nothing denied (eighteenth session, helper review3)
    rf"(?!{NOT_ONLY})(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)
_SUPPORT_MEANS = re.compile(
    r"\b(?:backed|supported|aided|assisted|covered)\s+by\s+(?:[\w'’-]+\s+){0,4}?(?:and|with)\s+(?:[\w'’-]+\s+)?$", re.I
)
# "pushing ahead in their offensive under the cover of U.S.-led coalition airstrikes": an ally's strikes or guns are
# how an offensive advances, no strike of their own (not "under cover of darkness rebels attacked"; outprec6)
_UNDER_COVER = re.compile(
    r"\bunder\s+(?:the\s+)?(?:air\s+)?cover\s+of\s+(?!(?:the\s+)?(?:night|darkness|dark|fog|smoke|dawn)\b)"
    r"(?:[\w'’.-]+\s+){0,4}?$",
    re.I,
)
# (the core aircraft, fighter jets and drones, and the strikes, shells and guns an advance goes under)
_COVER_MEANS = re.compile(rf"air|{CORE}|{FIGHTER_JETS}|{DRONES}|artillery|shell|strikes?|raids?|bomb|sorties", re.I)
_NO_CLAIM = re.compile(r"\bno\s+(?:\w+\s+){0,2}claim\s+of\s+responsibility\s+for\s+(?:\w+\s+){0,3}$", re.I)
# "to attack", and "pledged to keep fighting", "called to stop the bombing": an aim, not an engagement
_INFINITIVE = re.compile(r"\bto\s+(?:(?:keep|continue|resume|start|begin|stop|end|halt)\s+(?:the\s+)?)?$", re.I)
# "claimed to have seized", "managed to push them back", "were able to retake": done, not intended.
_CLAIMED_TO = re.compile(
    r"\b(?:claim(?:s|ed)?|manag(?:ed|es)|succeeded|(?:was|were|has\s+been|have\s+been)\s+able)\s+to\s+(?:have\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s|\b(?:but|while|whereas|although|as|after|before|when)\b")
# "IS militants killed in the offensive", "70 IS terrorists killed and many injured in airstrikes": the victims.
AFTER_NO_OBJECT = r"(?:in|by|during|on|at|when|while|near|as|after|since)"
NO_OBJECT = re.compile(
    rf"\s+(?:and\s+(?:[\w-]+\s+){{0,3}}?(?:injured|wounded|hurt)\s+)?{AFTER_NO_OBJECT}\b"
    r"(?!\s+(?:least|most)\b)",  # "killed at least 43 people": a count, its object
    re.IGNORECASE,
)
# A participle right after a determiner and before a noun describes the noun ("the shelled district").
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!by\b|in\b|on\b|at\b|near\b|with\b|from\b|and\b|or\b|during\b|since\b|to\b|of\b|for\b)[a-z][\w-]*"
)
# "two years of", "months of", "after years of": a duration summed up (days and weeks of fighting are still news).
_YEARS_OF = re.compile(
    r"\b(?:years|months|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+(?:years?|months?))"
    r"\s+of\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Eastern Ghouta has endured years of siege": a siege lasting yet, told in the present perfect of what a place has
# been through (not "returned to regime control after two years of bombardment and siege": ended, summed up)
ENDURED_YEARS = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:endured|suffered|lived\s+through|faced|withstood|been\s+under)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|some)\s+)?" + _YEARS_OF.pattern,
    re.IGNORECASE,
)
_SIEGE_WORD = re.compile(r"(?i)sieges?\b|blockades?\b")
# How far (in characters) a clause reaches either side of its trigger at most.
CLAUSE_REACH = 120
# Sixteenth session (from the sample read outside the gold set). Fighting people flee, or leave to avoid (dupl32),
# is why they left, not a battle reported: "civilians trying to flee heavy fighting", "fled their houses to avoid the
# battles raging in the vicinity". The words between are the fighting's own ("heavy", "the"), never a conjunction
# opening a clause of its own: "civilians fled as fighting raged between rebels and the army" reports the fighting.
_FLED_FROM = re.compile(
    r"\b(?:flee|flees|fled|fleeing|escape|escapes|escaped|escaping|avoid|avoided|avoiding)\s+(?:from\s+)?(?:the\s+)?"
    r"(?:(?!(?:as|when|while|after|before|because|since|until|and|but|or)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def blocked(text: str, match: re.Match[str], attempt: bool = False) -> bool:
    """Whether a trigger sits in a negated, future, hypothetical or purpose clause, or only describes a place."""
    before = text[: match.start()]
    word = match.group(0).lower()
    if no_way_shut(text, match):
        return True  # "fighting intensified, trapping 5,000 civilians": no road cut, no siege told
    if besieged_describes(text, match):
        return True  # "the besieged town", "relieve two besieged villages": which places, no siege told
    if decided_not_done(text, match):
        return True  # "voted against bombing Syria", "declared the ceasefire over": a decision, no engagement
    if counted_in_times(text, match):
        return True  # "hit by rockets more than 70 times this year": many attacks summed up, none reported
    if in_other_sense(text, match):
        return True  # "hanged himself", "slaughtered sheep", "the decision fell to Russia": no engagement told
    if fights_no_foe(text, match):
        return True  # "help firefighters battle the blaze", "battling a cholera outbreak": no armed foe fought
    if any(told(text, match) for told in NONE_TOLD):
        return True  # "Russian planes had not struck", "denied it had shelled", "such attacks", "as X continue": none
    if pictured(text, match):
        return True  # "This photo ... shows smoke after the explosion": a picture described, no engagement told
    if opening_blow(text, match.start()):
        return True  # "the offensive began with a suicide attack": how the offensive told opened
    if in_drills(text, match):
        return True  # "fired at targets during military drills": no engagement fought
    if only_heard(text, match):
        return True  # "explosions were heard in Homs": a sound, no act told
    if spoken_of(text, match) or named_generically(text, match) or deal_unmade(text, match):
        return True  # "the chances of a truce", "called the bombing an aggression", "proposed a deal": none reported
    if told_as_history(text, match):
        return True  # "has carried out several bombings in the past", "since the battle for Aleppo last year": history
    if grown_since(text, match):
        return True  # "fighting has intensified in Aleppo since mid-2012": the war's course, not one engagement
    if war_backdrop(text, match):
        return True  # "a militant fighting to unseat the government", "are currently fighting IS": no battle told
    if ceased_strike(text, match):
        return True  # "the air forces had stopped bombing Aleppo": a halt, not a strike
    if tallied(text, match):
        return True  # "at least three attacks in 2014 and 2015": a tally over years, no one engagement
    if re.match(r"(?i)fight|clash|battl|violence", word) and _FLED_FROM.search(before[-60:]):
        return True  # "civilians trying to flee heavy fighting": why they fled, not a battle reported
    if conquest_summed_up(text, match):
        return True  # "the swathes of territory it seized in 2014", "55 percent of the country": not one place taken
    # (not an acronym that ends so: "an IED targeted a patrol", "a VBIED struck")
    if (
        word.endswith("ed")
        and not match.group(0).isupper()
        and _DETERMINER.search(before)
        and _NOUN_AFTER.match(text, match.end())
    ):
        return True  # "the bombed hospital", "the targeted bus": a participle describing a thing
    if _YEARS_OF.search(before) and not (_SIEGE_WORD.match(word) and ENDURED_YEARS.search(before)):
        return True  # "after two years of bombardment and siege": a long period summed up, not one engagement
    if describes_fighters(text, match):
        return True  # "forces fighting alongside them", "monitors the fighting": who they are or the war, no battle
    # (people taken hostage are the abduction itself: "took 30 villagers hostage")
    if re.match(r"(?i)(?!.*hostage)(?:seiz|captur|took|over(?:ran|run))", word) and (
        _PEOPLE_TAKEN.match(text, match.end())
        or _PEOPLE_TAKEN_BEFORE.search(before)
        or (
            _PEOPLE_BEFORE.search(before)
            and NO_OBJECT.match(text, match.end())
            # "a hill that Al-Nusra Front jihadist rebels seized on October 5": the object went before, the verb acts
            and not (
                re.search(r"\b(?:that|which)\s+(?:[\w-]+\s+){0,5}$", before)
                # "said on Thursday that Syrian soldiers captured while fleeing ...": what was said, no relative clause
                and not _SAID_THAT.search(before)
            )
        )
    ):
        # "captured soldiers", "a pilot they captured", "soldiers captured while fleeing": captives, not territory
        return True
    if aircraft_without_strike(text, match):
        return True  # "the warplane crashed", "the roar of fighter jets", "a downed pilot": aircraft named, no strike
    if _UNDER_COVER.search(before[-120:]) and _COVER_MEANS.match(word):
        return True  # "advancing under the cover of coalition airstrikes": the ally's means, not an engagement
    if _SUPPORT_MEANS.search(before) or standing_support(text, match.start(), match.end()):
        return True  # "rebels backed by Turkish tanks and air strikes": how an ally helps, not an engagement of its own
    if CAMPAIGN_BEGAN.search(before) and IN_MONTH_OR_YEAR.match(text, match.end()):
        return True  # "Russia began carrying out strikes in Syria in September 2015": when a campaign began
    if (began := BEGAN_NEXT.match(text, match.end())) and IN_MONTH_OR_YEAR.match(text, began.end()):
        return True  # "Russian warplanes began carrying out strikes in Syria in 2015": the same, told by its subject
    if BEGAN_WHEN.search(before) and BEGAN_AFTER.match(text, match.end()):
        return True  # "reports emerged after the offensive on the city began in late June": when, not what
    if (
        STATE_OF_AFFAIRS.search(before)
        or FOR_SURVIVAL.match(text, match.end())
        or HOW_OFTEN_AFTER.match(text, match.end())
        or (word.startswith("attack") and UNDER_ATTACK.search(before))
    ):
        return True  # "civilians continue to face relentless bombardment": a condition, not one engagement
    if (
        TRUCE_WORD.match(word)
        and re.search(r"(?i)\bdespite\b[^.;]{0,60}$", before)
        and not MAKERS_AFTER.match(text, match.start())
    ):
        # "despite the implementation of the truce zone": the truce is named, not made; but "despite a de-escalation
        # agreement backed by the regime and its allies" tells the truce with its makers (broken later)
        return True
    if TRUCE_WORD.match(word) and BODY_FOR_TRUCE.search(before[-100:]):
        return True  # "the Russian Center for monitoring the cessation of hostilities said": a body's name, no truce
    if _NEGATION.search(before) or _NO_CLAIM.search(before) or _NEGATION.search(before_going_on(before)):
        return True  # "no immediate claim of responsibility for the attack": the attack is told elsewhere
    if (
        re.match(r"(?i)kill", word)
        and re.search(r"(?i)\bthe\s+$", before)
        and not ONE_KILLING.match(text, match.start())
    ):
        return True  # "the names of the killed": the dead, not a killing
    if (
        (SINCE_AFTER.match(text, match.end()) or since_campaign(text, match.end()))
        and not re.match(r"(?i)besieg|sieges?|encircle|surrounded|under$|controlled|held", word)  # sieges, holds last
        and not SUPERLATIVE.search(before)
        and not fought_since_day(text, match)
    ):
        return True  # "its strikes since 2014": a count of many, not one engagement
    if SINCE_WHEN.search(before):
        return True  # "a battleground since 2012 when rebels seized the east": how a state of affairs began
    if campaign_launched(text, match):
        return True  # "Russia launched air strikes in support of the regime in September": an intervention begun
    if begun_campaign(text, match):
        return True  # "killed in air raids since the offensive against Manbij began": the campaign as a time, no event
    if _WHO_HAD.search(before[-80:]) and not (before.endswith("had ") and _DATED_NEXT.match(text, match.end())):
        return True  # "people who had lived under siege left the towns": who they are, not what happened
    if seen_there(before, word) or _NOT_HAPPENING.search(before):
        return True  # "Latakia has seen heavy fighting", "called for an end to the bombing": no one engagement
    if (
        _INFINITIVE.search(before)
        and not _CLAIMED_TO.search(before)
        and not GONE_ON_TO.search(before)
        and not to_as_preposition(before, word)
        and not attempt
    ):
        return True  # "vowed to attack"; but "injured due to attacks" tells them (`to_as_preposition`)
    if joined_to_infinitive(before, word) and not attempt:
        return True  # "waiting for the army to save them and liberate their areas": a wish, like its first verb
    start, end = clause_span(text, match.start(), match.end())
    # A purpose or plan reaches to the end of its clause, however long the comma-less clause is.
    clause_start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
    clause = text[start:end]
    # Only a habit said before the trigger: "beheaded them in a method often employed by IS" is one beheading.
    if habitual_before(text, start, match) or ongoing_since(text, start, end, match.start()):
        return True
    if (
        OVER_MONTHS.search(text, match.end(), end)
        or habit_after(text, match.end(), end)
        or years_after(text, match, end)
        or ONGOING.search(text, start, match.start())
    ):
        return True  # "numerous executions over the past months", "is conducting airstrikes": many, summed up
    if TRUCE_WORD.match(word) and (
        (
            BREACH.search(clause)
            and not (MADE_BY.match(text, match.start()) or MADE_BEFORE.search(before))
            and not TOOK_EFFECT.search(text, max(0, match.start() - 80), match.end() + 80)
        )
        or not TRUCE_MADE.search(text, max(0, match.start() - 80), match.end() + 80)
    ):
        # a truce broken, or only named: no truce made in this sentence; but one told with who made it or when is
        # the truce itself, broken later ("a truce agreed by Russia and the United States in February has been
        # violated")
        return True
    # "people will be moved out of the towns which are surrounded by the army": a hedge before a relative pronoun is
    # another clause's
    start = _past_relative(text, start, match.start())
    clause = text[start : aim_after(text, match.end(), end)]  # "pounded them to prevent an advance": the aim's hedge
    if re.search(r"(?i)deals?|agreements?|^agree", word):  # (and "agreed to stop fighting": its "to stop" agreed)
        clause = text[start : match.start()]  # "a deal that will see 150 rebels leave": made now, kept later
    # "Airstrikes on a school ... may be the deadliest attack on a school": a judgement of what happened, no hedge of it
    clause = _MAY_BE_THE_MOST.sub(" ", clause)
    # "killed in what they believed were regime airstrikes": what it was is believed, not whether it happened
    clause = _WHAT_IT_WAS.sub(" ", clause)
    # "failed to repel an IS attack": the attack was made; only a defence was attempted
    clause = TRIED_TO_REPEL.sub(" ", clause)
    # "raids aimed at weakening IS around the airbase which the group has besieged": a relative clause tells a fact
    aim_start = _past_relative(text, clause_start, match.start())
    foretold = _FORETOLD.search(text, start, match.start()) is not None
    # "started an operation aimed to liberate Raqqa": the aim of an offensive launched is its battle, no plan
    launched = launched_at(text, match.start()) if attempt else None
    aim_end = match.start() if launched is None else launched
    return bool(_HEDGE.search(clause) or foretold or _PURPOSE.search(text, aim_start, aim_end))


def _past_relative(text: str, start: int, end: int) -> int:
    """Where the last relative clause opened between start and end begins its own words, else start."""
    return max((r.end() for r in _RELATIVE.finditer(text, start, end)), default=start)


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by commas, brackets, dashes and conjunctions."""
    left = 0
    for brk in _CLAUSE_BREAK.finditer(text, 0, start):
        left = brk.end()
    right_match = _CLAUSE_BREAK.search(text, end)
    right = right_match.start() if right_match else len(text)
    # Text without commas (FA-KES) has long clauses: a hedge far from the trigger is about something else.
    return max(left, start - CLAUSE_REACH), min(right, end + CLAUSE_REACH)
