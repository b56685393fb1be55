"""Speaker subjects: the actor named before a verb of saying ("X said"), past the appositives, relative clauses,
roles and places news prose puts between a speaker and its verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.text import without_abbreviation_dot

# Between a subject and its verb: auxiliaries, adverbs, time words ("has", "also", "on Friday", "in a statement").
_GAP = re.compile(
    # "SANAs correspondent said": FA-KES dropped the apostrophe of the possessive.
    r"^(?:s\b)?(?:\s|'s\b|’s\b|\b(?:has|have|had|also|later|previously|earlier|then|again|repeatedly|reportedly|meanwhile|"
    r"however|"
    r"officially|on|in|a|an|the|its|his|her|their|statement|spokesman|spokeswoman|spokesperson|"
    r"\w+day|today|yesterday|late|early|just|recently|already|which|who|would|will|is|was|were|are|"
    # the kind of speaker after its name: "the Al-Manar TV channel reported", "SOHR monitoring group confirmed"
    r"tv|television|channel|newspaper|daily|website|news|agency|radio|network|monitoring|group|watchdog|monitor|"
    # whose outlet it is: "Syrias SANA state news agency reported", "SANA regime news agency reported"
    r"state|official|regime|"
    # what kind of group: "The Islamic State (IS) militant group said", "the Jaish al-Islam rebel faction said"
    r"militant|jihadist|terrorist|extremist|rebel|armed|faction|"
    # "SANA reporter in Homs said", "an AFP correspondent said", "the Hezbollah military media unit said"
    r"reporter|correspondent|correspondents|journalist|journalists|photographer|cameraman|crew|military|media|unit|"
    r"office|based|headquartered|"
    # "Syrian officials say", "Government sources said", "the UNs top aid official said": who speaks for the body
    r"officials?|sources?|senior|top|aid|security|humanitarian|"
    # any adverb: "has strongly denied", "had categorically rejected"
    r"(?!(?:ally|allies|family|rally|assembly|supply|monopoly)\b)[a-z]+ly)\b)*$",
    re.IGNORECASE,
)
# "The representative of X said": the speaker is X.
# "The Observatory [SOHR] said": some outlets bracket an abbreviation in square brackets.
_APPOSITIVE = re.compile(r"\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s|\s*\([^()]{1,80}\)|\s*\[[^\[\]]{1,80}\]|,[^,]{1,60},")


def mention_start(mention: Mention) -> int:
    """Sort key: where a mention starts."""
    return mention.span.start


def subject(actors: Sequence[Mention], text: str, base: int, cue_start: int) -> Mention | None:
    """The actor that is the subject of the cue verb at `cue_start` (text offset), or None."""
    before = text[:cue_start]
    representative = _REPRESENTATIVE_SUBJECT.search(before)
    if representative:
        # "The representative of the Russian group in the Syrian Arab Republic said": the group speaks.
        start = base + representative.end()
        inside = [
            m for m in sorted(actors, key=mention_start) if m.span.start >= start and m.span.end <= base + cue_start
        ]
        if inside and _REPRESENTED_GAP.fullmatch(text, inside[0].span.end - base, cue_start):
            return inside[0]
    headed = _headed_by_relative(actors, text, base, cue_start)
    if headed is not None:
        return headed
    for mention in sorted(actors, key=mention_start, reverse=True):
        if mention.span.end > base + cue_start:
            continue
        short = _abbreviation(text, mention, base)
        gap = text[mention.span.end - base + (1 if short else 0) : cue_start]  # past a short name's closing bracket
        gap = without_abbreviation_dot(
            gap, text[mention.span.start - base : mention.span.end - base]
        )  # "The U.N. says"
        gap = _APPOSITIVE.sub(" ", gap)
        if not _OWN_SUBJECT.search(gap):
            gap = _RELATIVE.sub(" ", gap)  # "the Observatory which relies on activists on the ground says"
        gap = _BARE_APPOSITIVE.sub(" ", gap)  # "The Observatory a British-based war monitor said" (no commas)
        gap = _ROLE_APPOSITIVE.sub(" ", gap)  # "Ayman Saleh a member of the local council said"
        gap = _WHERE.sub(" ", gap)  # "SANA reporter in Homs said"
        gap = _NOT_BUT.sub(" ", gap)  # "SANA did not give a death toll but said"
        if _GAP.match(gap):
            aside = _inside_appositive(text, mention.span.start - base, cue_start)
            if aside and not short:
                continue
            named = _named_before(actors, mention, text, base)  # "the head of the Observatory (SOHR)": its name
            title = _WHO_HEADS.search(text, 0, named.span.start - base) or _OF_ROLE.search(
                text, 0, named.span.start - base
            )
            if title and any(m.span.end <= named.span.start for m in actors):
                # the body in a speaker's title ("Rami Abdurrahman who heads ... the Observatory said", "Hadi
                # al-Bahra president of the Syrian Coalition warns"): the speaker, named before it, says it
                continue
            if _NOT_THEIR_VOICE.search(text[: mention.span.start - base]):
                return None  # "Opponents of Assad said": unnamed speakers, not Assad
            if _SOURCE_OF_ITS_OWN.search(text, mention.span.end - base, cue_start) and _CLOSING_VERB.match(
                text, cue_start
            ):
                return None  # "killed the commander Abu Taha the source said.": the unnamed source speaks
            own = _OWN_SUBJECT.search(text[mention.span.end - base : cue_start])
            if own and _OBJECT_OF.search(text, 0, mention.span.start - base):
                return None  # "the town held by the IS group a monitoring group said": the monitor speaks
            return mention
        # Only the nearest candidates count: stop at a clause break.
        if re.search(r"[.;:\"“”]", gap):
            return None
    return None


# A comma-less appositive with a relative clause between a body and its verb: "the Palmyra Coordination Committee a
# local group that supports protest against the government reported" (the government is inside the clause).
_HEADED_RELATIVE = re.compile(
    r"\s+(?:however\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,4}?(?:group|organi[sz]ation|body|network|committee|"
    r"monitor|charity|ngo|association|outlet|website|agency|coalition|alliance|collective)\s+(?:of\s+[\w-]+\s+"
    r"(?:[\w-]+\s+)?)?(?:that|which|who)\s+(?:is\s+|are\s+|was\s+|has\s+|have\s+)?[a-z]+(?:s|ed)\b"
    r"[^.;:\"“”,]{0,100}",
    re.IGNORECASE,
)


def _headed_by_relative(actors: Sequence[Mention], text: str, base: int, cue_start: int) -> Mention | None:
    """The body before an appositive with a relative clause that runs up to the cue, if any."""
    for mention in sorted(actors, key=mention_start, reverse=True):
        if mention.span.end > base + cue_start:
            continue
        gap = text[mention.span.end - base : cue_start]
        if re.search(r"[.;:\"“”,]", gap) or len(gap) > 180:
            return None
        if _HEADED_RELATIVE.fullmatch(gap) and not _OWN_SUBJECT.search(gap):
            return mention
    return None


# What a speaker did not say, before what it did: "X did not give a death toll for the ambush but said".
_NOT_BUT = re.compile(
    r"\s(?:did|does|do|has|have|had|would|could)\s+(?:not|never)\s+[^.;:\"“”]{1,120}?\s+but\s+(?=(?:\w+\s+)?$)",
    re.IGNORECASE,
)

# A speaker of its own closing a relative clause: "rebels that had hit the capital a monitoring group said".
_OWN_SUBJECT = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:group|monitor|watchdog|observatory|ministry|agency|sources?|officials?|"
    r"activists|residents|witnesses|media|television|tv)\s*$",
    re.IGNORECASE,
)
# A relative clause between a subject and its verb ("X which closely monitors the fighting said").
# "that" only as a subject ("El-Dorar that is affiliated to the opposition said"), not "reports that Assad said".
_RELATIVE = re.compile(
    r"^\s*(?:,\s*)?(?:which|who|that(?=\s+(?:is|was|are|were|has|have|had|[a-z]+s)\b))\s+[^.;:\"“”,]{1,90}$",
    re.IGNORECASE,
)
# An appositive without commas (FA-KES removed them): "X a British-based war monitor said".
_BARE_APPOSITIVE = re.compile(
    # "X an NGO however has put", "X however a Beirut-based NGO has put", "X another monitoring group says"
    r"^\s+(?:however\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,4}?(?:collective|group|monitor|organi[sz]ation|network|agency|outlet|website|"
    r"channel|newspaper|body|watchdog|ngo|charity|official|spokes(?:man|woman|person)|commander|activist|source)\b",
    re.IGNORECASE,
)
# An actor that is the object of a preposition ("held by the extremist IS group"), so no subject of a verb after it.
_OBJECT_OF = re.compile(r"\b(?:by|of|in|from|against|on|with|at|to|for)\s+(?:[a-z][\w-]*\s+){0,2}$")
# A role with what it is of, between a person and the verb: "Ayman Saleh a member of the FSA southern command said".
# What a person named with a role is: "Ayman Saleh a member of ...", "Hadi al-Bahra president of ..." (also used by
# `extract` to mint such speakers).
SPEAKER_ROLES = (
    r"(?:member|commander|spokes(?:man|woman|person)|official|activist|resident|leader|doctor|nurse|director|head|"
    r"chief|journalist|lawyer|researcher|analyst|medic|volunteer|fighter|witness|president|minister|chairman|"
    r"governor|mayor)"
)

_ROLE_APPOSITIVE = re.compile(
    # "Ayman Saleh a member of the council said", "Mowafaq Jomah the president of ...", "Mohammad al-Shaar Syrias
    # interior minister told", "Hadi al-Bahra president of the Coalition warns"
    r"^\s+(?:(?:(?:a|an|one\s+of\s+the)\s+|[A-Z][a-z]+s\s+)(?:[\w'’-]+\s+){0,3}?"
    rf"{SPEAKER_ROLES}s?\b(?:\s+(?:of|for|in|at|with|within|from|based)\b[^.;:\"“”]{{0,70}})?"
    # "the president of", "president of": without "a", only a role of something is an apposition
    rf"|(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{SPEAKER_ROLES}\s+(?:of|at)\b[^.;:\"“”]{{0,70}})\s*$",
    re.IGNORECASE,
)
# An actor inside "who heads / who leads / who runs ..." describes the one named before it.
_WHO_HEADS = re.compile(
    r"\bwho\s+(?:heads|leads|runs|directs|chairs|founded|commands|works\s+for|speaks\s+for)\s+(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
# An actor after "<role> of" belongs to the speaker's title: "Hadi al-Bahra president of the Syrian Coalition".
_OF_ROLE = re.compile(rf"\b{SPEAKER_ROLES}\s+of\s+(?:the\s+)?(?:[\w]+-[a-z][\w-]*\s+){{0,3}}$", re.IGNORECASE)
# Where a speaker is, between its name and its verb: "SANA reporter in Hasaka province said".
_WHERE = re.compile(
    # "the Local Coordination Committee of Deir al-Adas said": where the body sits, a name of one or two words
    r"\b(?:in|from|of)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w-]*)?"
    r"(?:\s+(?:province|city|countryside|governorate))?|"
    r"(?:town|city|village|area|region|province|capital|north|south|east|west))\b"
)
# A source with its own article between a name and a verb closing the sentence is the speaker, not the name: FA-KES
# lost the full stop or comma after the name ("killed a leader nicknamed Abu Moussa the source confirmed").
# "Government sources said", "SANAs source said" have no article of their own.
_SOURCE_OF_ITS_OWN = re.compile(r"\s(?:the|a|an)\s+(?:[\w-]+\s+)?sources?\s+(?:also\s+)?$", re.IGNORECASE)
# The verb closes the sentence: "An army unit the source said targeted ..." is an aside inside the army's clause.
_CLOSING_VERB = re.compile(r"[a-z]+\s*(?:[.\"”]|$)")
# Speakers named by their relation to an actor who is not speaking: "opponents of Bashar al-Assad said".
_NOT_THEIR_VOICE = re.compile(
    r"\b(?:opponents|critics|enemies|rivals|foes|adversaries|victims|detractors)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# Between the body a representative speaks for and the verb: where, a name, no clause ("A commander of al-Qaeda's
# Nusra Front was killed in clashes ... FNA reports" is no representative's statement).
_REPRESENTED_GAP = re.compile(r"[^.;:\"“”]{0,80}")
# A subject that names a speaker by role and the body they speak for.
_REPRESENTATIVE_SUBJECT = re.compile(
    r"(?:^|[\"”’.,]\s*)(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:representative|representatives|spokesman|spokeswoman|"
    r"spokesperson|official|officials|source|sources|commander|envoy|statement|bulletin|chairman|chairwoman|chair|"
    r"head|director|chief|coordinator|founder)\s+(?:of|for|from|at)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def _abbreviation(text: str, mention: Mention, base: int) -> bool:
    """Whether a mention is alone in brackets: the short name of the body named before it ("the UN Children's agency
    (UNICEF) said"), which speaks."""
    start, end = mention.span.start - base, mention.span.end - base
    return start > 0 and end < len(text) and text[start - 1] in "([" and text[end] in ")]"


def _named_before(actors: Sequence[Mention], mention: Mention, text: str, base: int) -> Mention:
    """For a short name in brackets, the mention of the full name right before it; otherwise the mention itself."""
    if not _abbreviation(text, mention, base):
        return mention
    before = sorted((m for m in actors if m.span.end <= mention.span.start - 1), key=mention_start)
    if before and not text[before[-1].span.end - base : mention.span.start - base - 1].strip():
        return before[-1]
    return mention


def _inside_appositive(text: str, start: int, cue_start: int) -> bool:
    """Whether a mention sits inside a dash- or bracket-enclosed aside that closes before the cue."""
    return any(match.start() <= start < match.end() for match in _APPOSITIVE.finditer(text[:cue_start]))
