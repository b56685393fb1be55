"""Roles of an engagement: who attacks and who is attacked, read from the words around its trigger."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.acted_on import hit_after_agent
from loaders.advanced_after import took_or_gained
from loaders.after_days_of import truce_makers_fought
from loaders.aircraft_words import AIR_FORCE, CORE, PLURALS, SUBJECT
from loaders.among_sides import fought_among
from loaders.between_sides import sides_against
from loaders.blamed_after import blamed_side
from loaders.blows_dealt import blow_roles
from loaders.clause_roles import shared_subject_agent
from loaders.clauses import PASSIVE_BEFORE
from loaders.fallen_sides import dead_after, fallen_side
from loaders.fire_sources import firer_phrase
from loaders.held_area_fire import firer_of_held_area
from loaders.joined_verbs import GERUND_NOUN, opens_the_sentence, shares_subject
from loaders.means_subjects import subject_of_means
from loaders.men_of_group import group_of_men
from loaders.model import Mention
from loaders.nearest_actors import DAY_TIME, actor_before, coordinated, coordinated_back, first_after
from loaders.our_forces import speaker_side
from loaders.passive_subjects import placed_patient
from loaders.pitted_sides import pitted_against
from loaders.relative_agents import relative_agent
from loaders.repelled_attacks import repelled_roles
from loaders.support_phrases import helper_strikes
from loaders.taken_from import TAKER_AFTER, taker_after_roles
from loaders.targeted_with_means import means_roles
from loaders.trigger_guards import AFTER_NO_OBJECT, NO_OBJECT, clause_span

# "blamed the attack on", "blaming the bombing on": the trigger after a verb of blame, its doer after "on"
_BLAMED_BEFORE = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:the\s+|this\s+|that\s+|its\s+)?$", re.IGNORECASE)
# "X whose positions have received strikes", "X whose convoy came under shelling": a relative clause telling what X's
# things underwent; X is the one hit, not the agent (seventeenth session)
_UNDERGONE = re.compile(
    r"(?:\s+(?:fighters|militants|terrorists|jihadists|rebels|members|forces|troops|gunmen))?"
    r"\s+whose\s+(?:[\w'’-]+\s+){1,3}?(?:(?:have|has|had)\s+)?(?:also\s+|just\s+|reportedly\s+)?"
    r"(?:received|receive|receives|came\s+under|come\s+under|comes\s+under|suffered|sustained|endured)\s+"
    r"(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)
_CLAIMED_BY = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|assaults?|operations?)\s+"
    # "the bombing in Homs was claimed by", "the attack on the checkpoint has been claimed by" (eighteenth session)
    r"(?:(?:in|on|at|near|against)\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:was\s+|were\s+|(?:has|have)\s+been\s+|later\s+)?(?:later\s+|quickly\s+|swiftly\s+)?claimed\s+by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_SAID_IT = re.compile(
    r"\s+(?:also\s+)?(?:said|says|claimed|announced|stated)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?",
    re.IGNORECASE,
)
# Participles sharing one auxiliary: "were rounded up and executed", "was captured and beheaded" are both passive,
# as are "were ambushed or shelled" (twenty-first session, helper limits).
_COORDINATED_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+)?\w+(?:ed|en|wn)(?:\s+(?:up|down|off|out))?\s+"
    r"(?:and|or|then|and\s+then)\s+(?:\w+ly\s+|later\s+)?$",
    re.IGNORECASE,
)
# Posts a force holds, named with their owner ("an army checkpoint", "opposition positions"): attacks on them target it.
SITE_NOUNS = r"checkpoints?|positions|posts?|outposts?|bases?|barracks|convoys?|patrols?|headquarters"
# People or posts named as belonging to a group ("ten members of", "a senior commander of the", "a headquarters of
# the"): the group is the one hit (nineteenth session, helper sides2).
MEMBERS_OF = (
    r"(?:[\w'’-]+\s+){0,2}?(?:members?|commanders?|leaders?|fighters|militants|officials?|officers|emirs?|chiefs?|"
    # "a center of the Kurdish police", "the offices of the PYD": a body's premises (remote29)
    rf"{SITE_NOUNS}|cent(?:er|re)s?|offices?)\s+of\s+"
)
# Between a trigger and its object ("ambushed Syrian soldiers", "targeted sites of the so-called Liwaa al-Islam");
# "amid" and its like end it: "bombed Saraqib amid a government offensive" does not hit the government (neutral30).
CIRCUMSTANCE = r"(?!(?:amid|amidst|during|despite|following|after|before|ahead|while|since|until)\b)"
_OBJECT_GAP = re.compile(
    rf"\s+(?:(?:{CIRCUMSTANCE}[\w'’-]+\s+){{0,3}}?(?:against|on|targeting|at|with|into|in|of)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?"
    rf"(?:{CIRCUMSTANCE}[\w'’-]+\s+){{0,3}}(?:(?:the\s+)?so-called\s+)?\(?",
    re.IGNORECASE,
)
# Verbs of fighting, and what may stand between them and "with" the other side (a time, a place, a manner).
_FOUGHT = re.compile(
    # "exchanged heavy fire with", "traded gunfire with": the other side is named after "with" as well
    r"(?i)clash(?:ed|es|ing)?|fought|battled|fighting|(?:exchang|trad)(?:ed|es|ing|e)\s+(?:\w+\s+)?(?:gun\s*|\w+\s+)?fire"
)
_WITH_OPPONENT = re.compile(r"\s+(?:[\w'’-]+\s+){0,9}?with\s+(?:the\s+)?(?=[A-Za-z])", re.IGNORECASE)
# After a noun trigger only a preposition or a verb of hitting leads to the target: "attacks on X",
# "a battle with X", "the assault took the regime by surprise".
_NOUN_OBJECT_GAP = re.compile(
    r"\s+(?:(?:against|on|targeting|with|of|took|hit|hits|struck|targeted|killed|caught|surprised)\s+"
    # "air strikes killed ten members of IS", "killed a commander of the Nusra Front": the group whose men were hit
    rf"(?:{MEMBERS_OF})?"
    # "a suicide blast near the headquarters of Ahrar al-Sham": whose site was hit
    r"|(?:near|at|outside|inside|on)\s+(?:the\s+|a\s+)?(?:headquarters|base|offices?|positions?|checkpoint|"
    r"compound|barracks)\s+of\s+)"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}\(?",
    re.IGNORECASE,
)
# "a car bomb blast on Thursday at an opposition checkpoint", "blew himself up at an army outpost": the owner of the
# site hit, after "at", "near" or "outside" (`_SITE_AFTER` must follow the owner)
_SITE_GAP = re.compile(
    rf"\s+(?:{DAY_TIME}\s+|(?:[\w'’-]+\s+){{0,3}}?)(?:at|near|outside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(rf"\s+(?:{SITE_NOUNS})\b", re.IGNORECASE)
# Nouns whose "of X" names who acts: "attacks of the army", "aircraft of the US-led coalition"; and a trigger whose
# last word names aircraft, "fighter jets", "Su-34 bombers" ("Su-34 bombers of the Russian Aerospace Forces
# destroyed", the Russian ministry's house form, had read the owner as the target; outlets34, written probes).
_OWNED_NOUN = re.compile(
    rf"(?i)attacks?|assaults?|offensives?|raids?|strikes?|air\s*strikes?|{CORE}|(?:[\w-]+\s+){{1,2}}(?:{SUBJECT})"
)
# "the massacre committed by X", "attacks carried out by (either) X": X acts, wherever the trigger is in the sentence
_DONE_BY = re.compile(r"(?i)\b(?:committed|perpetrated|carried\s+out|conducted|launched)\s+by\s+(?:either\s+|the\s+)?")
_BELONGING = re.compile(
    r"^\s+(?:(?:thought|believed|said|suspected|reported)\s+to\s+)?belong(?:ing|ed|s)?\s+to\s+(?:the\s+)?"
    # "air raids believed to be Russian": the adjective names the state's air force (extract reads it so)
    r"|^\s+(?:also\s+)?(?:thought|believed|said|suspected|reported)\s+to\s+(?:be|have\s+been)\s+(?=(?-i:[A-Z]))"
    # "Warplanes, probably Russian, bombed": a hedged adjective of whose they are, in apposition (twenty-first session)
    r"|^\s*,?\s+(?:probably|possibly|likely|apparently|presumably|most\s+likely)\s+(?=(?-i:[A-Z][a-z]+(?:,|\s+(?!or\b|and\b)[a-z])))",
    re.I,
)
# Armed people the text does not name: a subject of its own, so the sentence before is not continued.
# Counted ("30 terrorists killed") or in the passive ("terrorists have been killed") they are victims, not agents.
UNNAMED_AGENT = re.compile(
    r"(?<!\d\s)(?<!\d)\b(?:terrorists|militants|gunmen|jihadists|insurgents|extremists)\b"
    r"(?!\s+(?:were|have\s+been|had\s+been|was|are\s+being|killed)\b)",
    re.IGNORECASE,
)
# "X claimed responsibility for", "X said it was behind", "X said in a statement that one of its fighters ...": X is
# the attacker of what follows.
_RESPONSIBILITY = re.compile(
    r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:militant\s+|jihadist\s+|terrorist\s+)?group)?"
    # "the Tahrir al Sham militants reportedly claimed": the group's members, and how the claim is known
    r"\s+(?:(?:militants|fighters|jihadists)\s+)?(?:(?:reportedly|later|quickly|swiftly|officially)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:claimed\s+responsibility\s+for|"
    # "ISIL has claimed previous bombings in the city", "claimed both attacks"
    r"claimed\s+(?:(?:an?|the|both|previous|recent|several)\s+)?"
    # "IS claimed the killing of a young man", "claimed the assassination of" (twenty-third session, kills23)
    r"(?:[\w-]+\s+){0,4}?(?:attacks?|bombings?|blasts?|explosions?|assaults?|killings?|assassinations?)\b|(?:said|says)\s+(?:it|they)\s+(?:was|were)\s+"
    r"behind|(?:was|were|is|are)\s+behind|(?:was|were|is|are)\s+responsible\s+for|"
    r"(?:said|says|announced)\s+(?:in\s+a\s+statement\s+|on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?(?:one\s+of\s+|two\s+of\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?:fighters?|members?|militants?|suicide\s+bombers?|"
    # "the army said on Monday that its forces had retaken", "Russia said its jets struck": the speaker's own arm
    # acted (eighteenth session)
    rf"forces|troops|soldiers|units|{PLURALS}|artillery|{AIR_FORCE})\b"
    # not its own men as the victims: "said one of its soldiers had been killed in a car bomb", "said its soldiers
    # suffered heavy losses in an ambush", "its forces came under attack" (a verb of undergoing; helper review4)
    r"(?!\s+(?:(?:had|has|have)\s+been|was|were|died|killed\s+in|(?:(?:had|has|have)\s+)?(?:suffered|sustained|"
    r"faced|endured|lost|came\s+under|come\s+under|fell\s+into))\b))\b",
    re.IGNORECASE,
)
# "killed 70 and injured 30": a verb joined to the one before it by "and"
_AND_BEFORE = re.compile(r"\band\s+$")
# "terrorists targeted on Wednesday afternoon al-Adawi": a time between verb and object leaves the object there.
WHEN_THEN_OBJECT = re.compile(rf"\s+{DAY_TIME}\s+(?!(?:{AFTER_NO_OBJECT}|and|or)\b)(?=[A-Za-z])")
_PART_OF = re.compile(r"\bas\s+part\s+of\s+(?:the\s+|a\s+)?", re.IGNORECASE)
_CAMPAIGN = re.compile(
    r"(?:'s|’s|'|’)?\s+(?:[\w-]+\s+){0,2}?(?:onslaught|offensive|campaign|assault|operation|push|drive)\b",
    re.IGNORECASE,
)


def find_roles(
    text: str,
    base: int,
    match: re.Match[str],
    actors: Sequence[Mention],
    supporters: Sequence[str],
    fallback_agent: str | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Attackers and targets of the trigger: agent before it (or after "by"), object or "against X" after it."""
    t_start, t_end = match.start(), match.end()
    after = text[t_end:]
    attackers: list[str] = []
    targets: list[str] = []
    usable = [m for m in actors if m.key not in supporters]

    def rel(m: Mention) -> tuple[int, int]:
        return m.span.start - base, m.span.end - base

    if TAKER_AFTER.fullmatch(match.group(0)):
        return taker_after_roles(text, base, match, usable)
    repelled = repelled_roles(text, base, t_start, usable)
    if repelled is not None:
        return repelled
    # "IS targeted by rocket shells the regime positions": the weapon between the verb and its object
    targeted = means_roles(text, base, t_start, usable)
    if targeted is not None:
        return targeted
    # "killed at the hands of IS militants": the agent phrase of a passive, like "by"
    by = re.match(r"^\s+(?:\w+\s+){0,3}?(?:by|at\s+the\s+hands\s+of)\s+(?:either\s+)?(?:the\s+)?", after)
    # "have been pushing" is active: only a participle after "been" is passive
    passive = bool(
        PASSIVE_BEFORE.search(text[:t_start])
        # not "were pushed back and attacked the army": an object after the second verb makes it active
        or (_COORDINATED_PASSIVE.search(text, max(0, t_start - 60), t_start) and NO_OBJECT.match(text, t_end))
    ) and not match.group(0).split()[0].lower().endswith("ing")
    if by is None and not passive and _OWNED_NOUN.fullmatch(match.group(0)):
        by = re.match(r"^\s+(?:launched\s+|carried\s+out\s+)?(?:by|of)\s+(?:the\s+)?", after)
    if by is None and not passive:
        # "Jets thought to belong to the Syrian government struck ...": whose the aircraft are
        by = _BELONGING.match(after)
    blamed = by is None and bool(_BLAMED_BEFORE.search(text, 0, t_start))
    if blamed:
        # "blaming the attack on forces loyal to Assad": who is blamed did it
        by = re.match(r"^\s+on\s+(?:the\s+)?", after)
    if by is None:
        by = firer_phrase(match.group(0), after)  # "rocket fire from Syrian rebels", "snipers of the regime"
    if by:
        first = first_after(usable, t_end + by.end(), base, text, reach=3)
        if first is None and not blamed:
            first = group_of_men(usable, text, base, t_end + by.end())  # "by terrorists of Jaish al-Islam"
        # "blamed the attack on an army checkpoint on IS": a post named with its owner is what was attacked
        if first is not None and not (blamed and _SITE_AFTER.match(text, first.span.end - base)):
            attackers.extend(coordinated(first, usable, text, base))
            # "an assault by government forces on rebel positions": what the agent's act fell on, after the agent
            hit = hit_after_agent(usable, text, base, first) if len(attackers) == 1 else None
            targets.extend(k for k in [hit] if k is not None and k not in attackers)
    between = re.match(r"^\s+(?:[\w'’-]+\s+){0,5}?between\s+", after)
    if between is None and match.group(0).lower().endswith("between"):
        between = re.match(r"^\s*", after)
    if between is None and not attackers:
        # "clashes pitting X against Y", "clashes among X, Y and Z": its sides, named as "between" names them
        between = pitted_against(after) or fought_among(match.group(0), after)
    sides = sides_against(usable, text, base, t_end + between.end()) if between and not attackers else None
    if sides is not None:
        # "clashes between the regime forces and Hezbollah against IS": allies before "against", foes after it
        attackers.extend(sides[0])
        targets.extend(sides[1])
    elif between and not attackers:
        first = first_after(usable, t_end + between.end(), base, text, reach=30)
        if first is not None:
            group = coordinated(first, usable, text, base)
            attackers.append(group[0])
            targets.extend(group[1:])
    # A trigger inside an actor's name acts for it: "Russian warplanes", "coalition aircraft".
    for m in usable:
        if m.span.start - base <= t_start and t_end <= m.span.end - base and not attackers:
            attackers.extend(coordinated_back(m, usable, text, base))
    for m in usable:
        # "killed in an army operation": the owner opening the trigger's own words acts (twenty-sixth session); not a
        # side inside it ("drove IS out of" has its object there)
        if m.span.start - base == t_start and m.span.end - base < t_end and not attackers:
            attackers.append(m.key)
    if not attackers:
        # "with assistance from Russian airstrikes": the helper's own strikes are its act (twenty-first session)
        attackers.extend(helper_strikes(actors, supporters, text, base, match))
    # The agent (or, in the passive, the patient) just before the trigger, in the same clause.
    before_mention = actor_before(usable, text, base, t_start)
    if before_mention is None and passive:
        # "Rebel positions near Hama were shelled": the patient before where it stood (twenty-first session)
        before_mention = placed_patient(usable, text, base, t_start)
    if before_mention is not None and _UNDERGONE.fullmatch(text, before_mention.span.end - base, t_start):
        # "ISIS terrorists whose positions have received direct strikes": the owner of what was hit
        targets.append(before_mention.key)
        before_mention = None
    if before_mention is not None:
        if passive:
            targets.append(before_mention.key)
        elif not attackers:
            attackers.extend(coordinated_back(before_mention, usable, text, base))
    if not attackers and not passive:
        # "the strikes Russia has carried out", "the offensive that Syrian troops launched": the clause's subject
        attackers.extend(relative_agent(usable, text, base, t_end))
    if not attackers and not passive:
        # "A rebel commander said our fighters shelled": the speaker's side (twenty-first session)
        attackers.extend(speaker_side(usable, text, base, t_start))
    fallen = fallen_side(usable, text, base, t_start) if not attackers and _FOUGHT.fullmatch(match.group(0)) else []
    if not fallen and not attackers and _FOUGHT.fullmatch(match.group(0)):
        fallen = dead_after(usable, text, base, t_end)  # "clashes that killed 40 rebels and 12 IS fighters"
    if not attackers and not passive:
        clause_start, _ = clause_span(text, t_start, t_end)
        verbs = [
            v
            for v in re.finditer(
                r"\b(?:killed|killing|wounded|injured|targeted|hit|struck|launched|carried\s+out)\b",
                text[clause_start:t_start],
            )
            # "IS militants killed in the offensive": a participle with no object names the victims, not the agent.
            if not NO_OBJECT.match(text, clause_start + v.end()) or WHEN_THEN_OBJECT.match(text, clause_start + v.end())
        ]
        for verb in reversed(verbs):
            agent = actor_before(usable, text, base, clause_start + verb.start())
            if agent is not None:
                # "Hezbollah and regime forces targeted a funeral with mortars": the verb's whole subject fired
                attackers.extend(coordinated_back(agent, usable, text, base))
                break
            # "Troops killed 70 terrorists and injured 30 others during an offensive": the verbs share one subject
            if not _AND_BEFORE.search(text, clause_start, clause_start + verb.start()):
                break
    if not attackers and not passive:
        attackers.extend(subject_of_means(usable, text, base, match) or took_or_gained(usable, text, base, match))
    if not (attackers or targets) and (makers := truce_makers_fought(usable, text, base, match)):
        attackers, targets = makers[:1], makers[1:]  # "X and Y agreed a truce after days of clashes": they fought
    if not attackers:
        for m in usable:
            if m.span.end - base <= t_start and _RESPONSIBILITY.match(text, m.span.end - base):
                attackers.append(m.key)
                break
    if not attackers:
        # "killed two people in an attack claimed by the Islamic State group": who claimed it did it
        claimed = _CLAIMED_BY.search(text)
        if claimed is not None:
            doer = first_after(usable, claimed.end(), base, text, reach=3)
            if doer is not None:
                attackers.append(doer.key)
    if not attackers:
        # "a chemical attack blamed on government forces", "which they claimed the army was responsible for"
        attackers.extend(blamed_side(usable, text, base, t_start, t_end))  # ..., "blamed X for the attack"
    if not attackers and not passive:
        for done in _DONE_BY.finditer(text):
            doer = first_after(usable, done.end(), base, text, reach=3)
            if doer is not None:
                attackers.extend(coordinated(doer, usable, text, base))
                break
    if not attackers:
        # "shell fire as part of Damascus' huge onslaught": the campaign's owner fired.
        part_of = _PART_OF.search(text, t_end, min(len(text), t_end + 60))
        if part_of is not None:
            owner = first_after(usable, part_of.end(), base, text, reach=2)
            if owner is not None and _CAMPAIGN.match(text, owner.span.end - base):
                attackers.append(owner.key)
    if not attackers and not passive:
        # "Army units continued to advance towards X and established control over Y": the joined verb's subject
        attackers.extend(shared_subject_agent(usable, text, base, t_start))
    if (
        not attackers
        and not passive
        and fallback_agent
        and not any(m.span.end - base <= t_start for m in usable)
        # "terrorists positioned in X fired shells": a subject is there, one the gazetteer cannot name
        and not UNNAMED_AGENT.search(text, clause_span(text, t_start, t_end)[0], t_start)
    ):
        attackers.append(fallback_agent)
    if not attackers and not passive and shares_subject(text, t_start, match.group(0)):
        # "Assad's troops ... focused on Aleppo, where they have captured": "they" is the sentence's subject.
        subject = [m for m in usable if opens_the_sentence(text, m.span.start - base)]
        # "Jaish al-Islam said it had shot down a drone": the one who says "it" did it
        speaker = [m for m in usable if _SAID_IT.fullmatch(text, m.span.end - base, t_start)]
        if speaker or subject:
            attackers.append((speaker or subject)[0].key)
    if not attackers:
        # "rocket attacks struck government-held districts": the side that holds no such area fired; the last reading,
        # after the side the story goes on about ("IS shelled the town. Mortar rounds hit government-held districts")
        # and the subject "they" or "and" carries ("IS besieged the city, and they shelled government-held districts")
        attackers.extend(k for k in [firer_of_held_area(text, match)] if k is not None and k not in targets)
    # The object: "ambushed Syrian soldiers", "attacks against rebels", "a battle with anti-regime forces".
    if not passive:
        verbal = bool(re.search(r"(?i)(?:ed|ing|took|struck|fought|overran|retook|drove)$", match.group(0))) and not (
            # "in the fighting including a Hizballah ambush": a gerund after a determiner is a noun
            match.group(0).lower().endswith("ing") and GERUND_NOUN.search(text[:t_start])
        )
        gap_pattern = _OBJECT_GAP if verbal else _NOUN_OBJECT_GAP
        for m in usable:
            s, _ = rel(m)
            if s < t_end:
                continue
            if (
                gap_pattern.fullmatch(text[t_end:s])
                or (_SITE_GAP.fullmatch(text[t_end:s]) and _SITE_AFTER.match(text, m.span.end - base))
            ) and m.key not in attackers:
                targets.append(m.key)
            break
    against = re.search(r"\b(?:against|targeting)\s+(?:the\s+)?", after)
    if against and not targets:
        first = first_after(usable, t_end + against.end(), base, text, reach=25)
        if first is not None and first.key not in attackers:
            targets.append(first.key)
    # "the jihadists clashed throughout Friday night and into Saturday with the regime troops": who they fought
    fought_with = _FOUGHT.fullmatch(match.group(0)) and _WITH_OPPONENT.match(after)
    if fought_with and not targets:
        first = first_after(usable, t_end + fought_with.end(), base, text, reach=3)
        if first is not None and first.key not in attackers:
            targets.append(first.key)
    if fallen and not targets:
        # with no side named as fought, the fallen are the side hit (a target, so the fight joins the battle told with
        # its attacker elsewhere)
        targets = fallen
    elif fallen and fought_with and not attackers:
        attackers = [k for k in fallen if k not in targets]  # "soldiers were martyred in clashes with X": they fought
    if not attackers or not targets:
        # "the aircraft dealt a heavy blow to the militants in airstrikes", "IS suffered another blow in strikes"
        dealt, suffered = blow_roles(usable, text, base, t_start)
        attackers.extend(k for k in dealt if not attackers and k not in targets)
        targets.extend(k for k in suffered if not targets and k not in attackers)
    if passive:
        # "FSA fighters were executed by the militants": whoever the by-phrase's reference resolves to, the passive's
        # subject is the one it was done to
        attackers = [k for k in attackers if k not in targets]
    return tuple(dict.fromkeys(attackers)), tuple(dict.fromkeys(targets))
