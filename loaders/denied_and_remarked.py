"""Triggers that tell no engagement of their own: aircraft that, by the sentence, did not strike ("Russian planes had
not carried out air strikes on Idlib"), and an engagement already told that a sentence only remarks on ("The
increased fighting has raised concerns for civilians", "The explosions reflected the see-saw nature of the war")
(eighteenth session, helper outprec3; docs/extraction.md, "Engagements"), an act whose object is denied ("executed no
prisoners") and the crime of a verdict ("sentenced for the murder of") (thirty-second session, helper fixes32)."""

from __future__ import annotations

import re

from loaders.aircraft_words import ENDS_IN_SUBJECT
from loaders.any_determined import any_determined
from loaders.carried_on import carried_on
from loaders.measure_causes import measure_cause
from loaders.remits import remit_named
from loaders.sentence_heads import DEFINITE, DEMONSTRATIVE, PHRASE_PREPOSITIONS, head_before, phrases_after
from loaders.such_kinds import kind_named
from loaders.who_benefits import gained_by
from loaders.whole_people import whole_people

# The aircraft that stand for a strike as the subject of its verb (engagement_triggers), so the verb's negation
# denies the strike; an event noun's negated verb does not ("the attack did not kill anyone" still happened).
# (the trigger's last word: "fighter jets", "long-range bombers", "Russian planes")
_AIRCRAFT = ENDS_IN_SUBJECT
# "planes had not carried out", "jets did not bomb", "warplanes never struck": the subject's own verb group negated,
# "not only", "not just", "not merely" add to what is told and deny nothing (eighteenth session, helper review3); one
# pattern for the negations here and in `trigger_guards._NEGATION`
NOT_ONLY = r"(?:only|just|merely)\b"
# at most two words after the aircraft, none a relative pronoun ("helicopters that had not been seen before dropped
# barrels": the negation is the relative clause's)
# (a bare "never" only right after the aircraft or an adverb: "jets struck villages never held by IS" negates the
# villages' description, not the strike; eighteenth session, helper review3)
_NEGATED_VERB = re.compile(
    r"\s+(?:(?:\w+ly\s+)?never|(?:(?!(?:that|which|who|whose|and|or|but|while|as)\b)[\w-]+\s+){0,2}?"
    r"(?:(?:had|has|have|did|do|does|was|were|is|are|could|would|will|can)\s+(?:not|never)|"
    r"(?:had|has|have|did|do|does|was|were|is|are|could|would|wo|ca)n['’]?t))\b"
    # "jets have not only bombed IS but also struck rebels": more told, nothing denied (review3)
    rf"(?!\s+{NOT_ONLY})",
    re.IGNORECASE,
)
# the same negated verb group after any engagement's noun, for a reader that asks it of its own trigger
# ("similar bombing did not occur": `similar_attacks`)
NEGATED_VERB = _NEGATED_VERB
# An engagement named with "the" (and at most two modifiers) at the head of its sentence, then at most a place or time
# phrase: "The increased fighting", "The explosions in Homs", "The attack on Tuesday".
# "The", "This", "That", "These", "Those", "Such": a demonstrative refers back as plainly as "the" (twenty-second
# session, one head with `spoken_of`)
_DEFINITE_HEAD = head_before(DEFINITE + DEMONSTRATIVE)
_PHRASES = phrases_after(PHRASE_PREPOSITIONS)
# What it means, not what it did: a verb of remark or significance ("raised concerns", "reflected", "underscored",
# "highlighted", "illustrated", "marked a turn"); no place, toll or side is told of it that was not told before.
_REMARK_SOURCE = (
    r"(?:(?:has|have|had)\s+|also\s+|only\s+)?"
    r"(?:raised\s+(?:\w+\s+)?(?:concerns?|fears?|alarm|questions|worries)|rais(?:es|e)\s+(?:\w+\s+)?"
    r"(?:concerns?|fears?|alarm|questions|worries)|reflect(?:s|ed)?|underscor(?:es|ed)|underlin(?:es|ed)|"
    r"highlight(?:s|ed)?|illustrat(?:es|ed)|exemplif(?:y|ies|ied)|demonstrat(?:es|ed)|signal(?:s|led|ed)|"
    # "The strikes benefit Kurdish groups": who gains by it, a remark on its use (prec30)
    r"benefit(?:s|t?ed)?|"
    # "The attack marks the deadliest since 2013", "ISIS's push marks its biggest advance since August": where it
    # stands in the war's record, a remark on an engagement told before (prec31)
    r"mark(?:s|ed)\s+(?:the|its|their|a|an)\b|"
    # "The attack was similar to one on Douma in April", "The assault echoed the 2016 offensive": likened to an
    # earlier engagement, whose place is not its own (quiet31, written-sentence probe)
    r"resembl(?:es|ed)|echo(?:es|ed)|mirror(?:s|ed)|recall(?:s|ed)|brought\s+back\s+memories|"
    r"(?:is|was|are|were)\s+(?:\w+ly\s+|also\s+)?(?:similar\s+to|akin\s+to|comparable\s+to|reminiscent\s+of))\b"
)
_REMARK_VERB = re.compile(_PHRASES + _REMARK_SOURCE, re.IGNORECASE)
# A possessive names whose engagement it is as plainly as "the" refers back: "ISIS's push towards Aleppo marks its
# biggest advance", "the rebels' offensive marked a turn", also behind an opening "According to <source>," (prec31)
_POSSESSIVE_HEAD = re.compile(
    r"(?:^|[.!?]\s+|\n)[\"“]?(?:According\s+to\s+[^,.;]{3,60},\s+)?(?:(?:[Tt]he\s+)?[\w-]+(?:['’]s|s['’])|Its|Their)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# (up to four words of its own phrase before the verb, none opening a clause: "push towards Aleppo marks")
_OWN_PHRASE = r"(?:\s+(?!(?:and|but|or|while|as|which|who|that|after|before|when)\b)[\w'’-]+){0,4}?\s+"
_POSSESSIVE_REMARK = re.compile(_OWN_PHRASE + _REMARK_SOURCE, re.IGNORECASE)


# When, against what backdrop: "The bombardment came as peace talks entered a second day in Astana", "The attack came
# amid talks in Geneva". The definite head takes up an engagement told before; its verb only sets it beside another
# happening, whose places are not the engagement's (twenty-first session, helper outprec6).
_BACKDROP_VERB = re.compile(
    rf"{_PHRASES}"
    r"(?:also\s+|only\s+)?(?:came|comes|come)\s+(?:just\s+|only\s+)?(?:as|amid|while|during|at\s+a\s+time)\b"
    # "The airstrikes come a week after Obama announced", "The attack came two days after": when, beside what; only
    # right after the head, with no phrase of its own ("The IS assault on Palmyra came two weeks after" tells where,
    # and so a new engagement; twenty-ninth session, helper prec29)
    r"|\s+(?:also\s+|only\s+)?(?:came|comes|come)\s+(?:just\s+|only\s+)?"
    r"(?:(?:shortly|soon|hours|days|weeks|(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?))\s+)?(?:after|before)\b",
    re.IGNORECASE,
)


def aircraft_denied(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is aircraft whose own verb, right after, is negated ("Russian planes had not struck")."""
    return _AIRCRAFT.search(match.group(0)) is not None and _NEGATED_VERB.match(text, match.end()) is not None


def remarked_on(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger heads its sentence after "the" and its verb only remarks on it or sets it by a backdrop."""
    return (
        _DEFINITE_HEAD.search(text, max(0, match.start() - 60), match.start()) is not None
        and (_REMARK_VERB.match(text, match.end()) or _BACKDROP_VERB.match(text, match.end())) is not None
    ) or (
        _POSSESSIVE_HEAD.search(text, max(0, match.start() - 120), match.start()) is not None
        and _POSSESSIVE_REMARK.match(text, match.end()) is not None
    )


# "executed no prisoners", "killed no one", "shelled no homes": a verb in the past whose object is denied tells no act
# (thirty-second session, helper fixes32, written-sentence probe); a count ("killed no fewer than 20") is no denial,
# and only a verb: a noun takes "no one" as a relative clause ("an attack no group has claimed")
_PAST_VERB = re.compile(r"[a-z]+ed|shot|hit|struck|fought|overran|seized", re.IGNORECASE)
_NONE_AFTER = re.compile(
    r"\s+(?:no\s+(?!(?:fewer|less|more|later|sooner|earlier|longer|doubt|matter)\b)[a-z]|nobody\b|none\b|no-one\b)",
    re.IGNORECASE,
)


def none_done(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a verb in the past whose object, right after, is "no", "nobody" or "none"."""
    return _PAST_VERB.fullmatch(match.group(0)) is not None and _NONE_AFTER.match(text, match.end()) is not None


# A court's verdict about a past killing reports no new one: "was sentenced to death on Tuesday for the murder of
# civilians in Kobani", "convicted of killing two soldiers", "jailed for life over the bombing" (thirty-second session,
# helper fixes32, written-sentence probe); the crime follows "for", "of" or "over" within four words of the trigger,
# as a noun or gerund: a verb in the past is a clause of its own ("rebels jailed for years attacked the prison")
_VERDICT_FOR = re.compile(
    r"(?:\b(?:sentenced|convicted|found\s+guilty|jailed|imprisoned|on\s+trial|indicted|prosecuted)\b[^.;:!?]{0,60}?"
    r"\b(?:for|of|over)"
    # a charge or an arrest is for a past act only right before its preposition ("charged over a murder in Cologne",
    # "arrested in connection with the bombing"; "rebels charged towards the outskirts of Aleppo" is an assault)
    r"|\bcharged\s+(?:with|over)|\b(?:charged|arrested|detained)\s+in\s+connection\s+with)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def judged_for(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the crime a verdict or trial right before it is for."""
    return (
        _PAST_VERB.fullmatch(match.group(0)) is None
        and _VERDICT_FOR.search(text, max(0, match.start() - 120), match.start()) is not None
    )


# A denial reaches the act it denies past a "that" clause's subject or a gerund ("Rebels denied that they had shelled
# any homes", "The army denied carrying out the air strike", "Russia denied its jets had bombed the hospital"), where
# `trigger_guards._NEGATION` looks two words back only (thirty-third session, helper leftopen33, written-sentence
# probe). The denied act is told by whoever reports it, in a sentence of its own; the denial tells none. Up to seven
# words between, none opening a clause of its own and no punctuation: "Russia denied the report and said its jets
# struck IS in Raqqa", "denied it, saying rebels shelled the town" report an act; and not a denial undergone ("were
# denied access to the town").
_DENIAL = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:denied|denies|deny|denying)\s+"
    r"(?:(?!(?:and|but|or|while|whereas|saying|adding|claiming|insisting|instead|as|after|before|when|because|since|"
    r"although|though|which|who|where|accusing|blaming)\b)[\w'’-]+\s+){2,7}?$",
    re.IGNORECASE,
)
# Only the act itself is denied: the denied clause's own verb ("had shelled", "struck", "shelling the hospital") or an
# engagement noun it carries out ("carrying out the air strike"); a noun after "in", "for" or "of" is a happening the
# denial takes as given ("denied involvement in the strike", "denied that civilians were killed in the air strike")
_ACT_VERB = re.compile(r"(?:[a-z]+(?:ed|ing|en|wn)|struck|hit|shot|fought|overran|overrun|took|blew)\b", re.IGNORECASE)
# A toll told after it in a clause of its own happened whoever did it: "denied carrying out the chemical attack that
# killed 80 people", "denied its jets had bombed the hospital, which activists said killed 12"
_TOLL_AFTER = re.compile(
    r"[^.;!?]{0,100}?(?:\b(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?|,\s+)"
    r"(?:killed|killing|left|leaving|wounded|wounding|injured|injuring|claimed|claiming)\b",
    re.IGNORECASE,
)
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|for|of|by|during|on|to|from|with|about|over|behind)\s+(?:(?:the|a|an|any|its|their|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CARRIED_OUT = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?|stag(?:es|ed|ing)|"
    r"perpetrat(?:es|ed|ing)|commit(?:s|ted|ting)?|mount(?:s|ed|ing)?)\s+(?:(?:the|a|an|any|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _act_denied(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the act a denial before it in the same clause denies, toll or not."""
    start = match.start()
    if _DENIAL.search(text, max(0, start - 100), start) is None:
        return False
    before = text[max(0, start - 60) : start]
    if _CARRIED_OUT.search(before):
        return True
    return _ACT_VERB.match(match.group(0)) is not None and _NOUN_AFTER_PREPOSITION.search(before) is None


def denied_doing(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the act a denial before it in the same clause denies ("denied that it had shelled")."""
    return _TOLL_AFTER.match(text, match.end()) is None and _act_denied(text, match)


# Reports or claims denied, rejected or dismissed: what they tell is disputed by the sentence, not told by it ("the
# Kremlin rejected claims that its warplanes bombed a market", "the Pentagon denied reports of a coalition air strike on
# Raqqa", "the army dismissed reports that rebels had captured the town"); `_DENIAL` takes "of" after it as a happening
# granted ("denied involvement in the strike"), but a report's content is not granted (engfp37, written-sentence
# probe). At most seven words between, none opening a clause of its own; a toll after it keeps it (`_TOLL_AFTER`).
_REPORT_DENIED = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing))\s+"
    r"(?:(?:the|these|those|such|all)\s+)?(?:[\w'’-]+\s+){0,2}?(?:reports?|claims?|allegations?|accusations?|rumou?rs?)"
    r"\s+(?:that|of)\s+(?:(?!(?:and|but|or|while|saying|adding|insisting|which|who|after|when|because|as)\b)"
    r"[\w'’-]+\s+){0,7}?$",
    re.IGNORECASE,
)


def report_denied(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is told only in reports or claims that a verb of denial before it disputes."""
    return (
        _REPORT_DENIED.search(text, max(0, match.start() - 140), match.start()) is not None
        and _TOLL_AFTER.match(text, match.end()) is None
    )


# The event a toll keeps ("denied carrying out the chemical attack that killed 80 people") has no doer in the words
# before it: the denier and the denied clause's subject ("Russia denied that its jets carried out the strike") are
# the ones who say they did not do it (thirty-third session, helper fixes33, written-sentence probe)
def denied_but_told(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a denied act that a toll after it tells all the same."""
    return _TOLL_AFTER.match(text, match.end()) is not None and _act_denied(text, match)


# The readers of a trigger denied or only remarked on, asked in turn by `trigger_guards.blocked`; a kind named with
# "such", a campaign carried on in an "as" clause and a body's remit joined them in the thirty-fifth session (engfp35),
# a deed against a whole people in the thirty-sixth (engfp36), one determined by "any" in the same (ownjets36), what
# someone gains by in the thirty-seventh (engfp37).
NONE_TOLD = (
    aircraft_denied,
    remarked_on,
    none_done,
    judged_for,
    denied_doing,
    kind_named,
    carried_on,
    remit_named,
    whole_people,
    any_determined,
    gained_by,
    report_denied,
    measure_cause,
)
