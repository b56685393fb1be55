"""The adversarial inputs of the extractor's regexes and text readers, what to time on each, and its speed budget.

One list read twice: `bench/patterns.py` times every case against its budget (`make bench-patterns`), and the tests
assert what each case reads on the same inputs, with no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from loaders import (
    construct_state,
    engagement_roles,
    facility_towns,
    fired_on,
    french_spellings,
    gate_names,
    glide_spellings,
    kurdish_spellings,
    listed_together,
    local_place_names,
    local_repeats,
    located_lists,
    measure_causes,
    namesakes,
    nearest_actors,
    place_lists,
    place_mentions,
    region_lists,
    run_splits,
    side_words,
    spoken_spellings,
    stated_bearings,
    strikes_retold,
    such_kinds,
    taken_from,
    transliterations,
    unlinked_names,
)
from loaders.accused_doers import _ACT, _ACTIVE, _CHEMICAL, _OF_AFTER, _PASSIVE
from loaders.actor_mentions import _AIRCRAFT_HEDGED, _DEMONYM
from loaders.actor_references import _OTHER_UNITS, _SOLDIERS_BEFORE, _THE_ARMY, _WHOSE_TROOPS
from loaders.advanced_after import _ADVANCED, _AFTER_FIGHT, _FIGHT_WITH
from loaders.after_days_of import _AFTER_DAYS_OF, _TRUCE_AGREED
from loaders.after_days_of import _TAKING as _TAKING_VERB
from loaders.aims_after import _AIM
from loaders.aircraft_named import _AIR_ACTION, _AIRCRAFT_DID, _BY_AIRCRAFT, _CONTRAST, _DENIED_BEFORE
from loaders.aliases import tokenize
from loaders.among_sides import _AMONG
from loaders.anniversaries import (
    _ANNIVERSARY_OF,
    _DAMAGED_BY,
    _KIN_OF_KILLED,
    _REBUILT_DAMAGE,
    _REBUILT_THING,
    _YEARS_SINCE,
)
from loaders.answered_participles import _GERUND_NEXT
from loaders.any_determined import _ANY_BEFORE
from loaders.appositive_subjects import _APPOSITIVE_CLAUSE, _OPEN_END
from loaders.backdrops import _PARTNER_IN
from loaders.backer_names import BACKED
from loaders.bare_verbs import GONE_ON_TO
from loaders.battles_aside import _BROKE_OUT_BACK, _CAUSE_FOUGHT, _DAY, _DISPLACED_BY, _GOES_ON, _LULL_IN, _NOT_BEGUN
from loaders.besieged_nouns import _COMMON_NOUN_NEXT, _POSSESSIVE_AFTER_PREPOSITION
from loaders.between_sides import _BEFORE_SIDE, _ONE_SIDE_THEN_AGAINST, _UNNAMED_SIDE
from loaders.blamed_after import (
    _AIRCRAFT_BLAMED,
    _BLAME_VERB,
    _BLAMED_FOR_EVENT,
    _BLAMED_FOR_OTHER,
    _BLAMED_ON,
    _FOR_AN_EVENT,
    _FOR_THE,
    _RELATIVE_ON_NOUN,
    _RESPONSIBLE,
    _SAID_BLAMING,
    _SIDE_TAIL,
)
from loaders.blows_dealt import _DEALT, _SUFFERED
from loaders.boilerplate import _LAUNCHED, _LINKED_HEADLINE, PHOTO_CREDIT, RELATED_LEAD
from loaders.bombers_among_dead import _AMONG_DEAD, _BOMBERS
from loaders.bulletin_headings import _ITEM_OPENS
from loaders.bullets_fired import BULLETS_AT_HOMES
from loaders.campaigns_pressed import CAMPAIGN_PRESSED
from loaders.capital_coordination import _COORDINATED, _IN_BEFORE, _NOT_BARE_AFTER, _OWNER_AFTER
from loaders.capital_readings import _ITEM_ENDS, _LAND_NOUN_AFTER, _NOUN_BEFORE, _NOUN_OPENS, _REGIONS_BEFORE
from loaders.capital_references import SYRIAN_CAPITAL
from loaders.captives_taken import _NAMES_LISTED
from loaders.captives_taken import _PEOPLE_BEFORE as _CAPTIVES_BEFORE
from loaders.captors_killing import _CAPTIVES_OF, _PASSIVE_KILLING
from loaders.carried_on import _AS_CARRIED_ON, _ESCALATED_IN_CLAUSE, _ON_ARMED_FOE
from loaders.casualties_together import _JOINED_AFTER, _JOINED_BEFORE
from loaders.chained_clauses import _OWN_PASSIVE, chain_breaks, chained_on
from loaders.cited_sources import _ACCORDING_TO, _NAME_GOES_ON, _RIGHT_AFTER, _SILENT
from loaders.claimed_attacks import CLAIMED
from loaders.clauses import chunk
from loaders.comments_after import _COMMENT
from loaders.compared_events import (
    _LIKENED_TO,
    _PAST_DATE_AFTER,
    _PREVIOUS_ONE,
    _RECALLED_CLAUSE,
    _SIMILAR_ONE,
    OLD_DATE_AFTER,
)
from loaders.conquests_summed import _SHARE_AFTER
from loaders.continued_tolls import _MORE_DEAD as _MORE_DEAD_COUNTED
from loaders.deal_terms import DEAL_BY_TERMS
from loaders.deals_between_sides import DEAL_BETWEEN_SIDES, LEFT_UNDER_DEAL
from loaders.deals_unmade import _TRUCE_WORD, _UNDONE_AFTER, _UNMADE_BEFORE
from loaders.denied_and_remarked import (
    _BACKDROP_VERB,
    _CARRIED_OUT,
    _DENIAL,
    _NONE_AFTER,
    _NOUN_AFTER_PREPOSITION,
    _PAST_VERB,
    _POSSESSIVE_HEAD,
    _POSSESSIVE_REMARK,
    _REMARK_VERB,
    _REPORT_DENIED,
    _TOLL_AFTER,
    _VERDICT_FOR,
)
from loaders.engagement_roles import _DONE_BY, _NOUN_OBJECT_GAP
from loaders.engagement_triggers import trigger_matches
from loaders.engagement_types import _REBEL_WORD_BEFORE, _STATE_WORD_BEFORE, AIR_CONTEXT
from loaders.extract import extract
from loaders.fallen_sides import _DASH_ASIDE, _FELL_IN_FIGHT, _VICTIMS_END, dead_after
from loaders.fights_spoken_of import _AGENT_GAP, _DISCUSSED, _ENDED, _FEARING, _TIME_THE, _TO_BE_HALTED, _WISHED_FOR
from loaders.figure_hosts import _TRUCE_BROKEN
from loaders.figures import _ACTIVE_KILL, _AND_MORE, _LIVES, _NUMBER_ROSE, _PASSIVE_KILL, _TWO_PERSONS
from loaders.fire_sources import _BOMBARDMENT_FROM
from loaders.foreign_name_parts import _ENDS_JOIN, KUNYA_OF, ROAD_AFTER, STREET_AFTER
from loaders.foreign_namesakes import names_pattern
from loaders.fought_since import _HAD_BEEN, _SINCE_DAY
from loaders.fuzzy_places import _ARTICLE_BEFORE_PAIR
from loaders.gazetteer import Gazetteer
from loaders.going_on_words import GOES_ON
from loaders.ground import _DEAL_ONLY, _DEFIED
from loaders.ground_attacks import ON_THE_GROUND
from loaders.ground_taken import GROUND_TAKEN
from loaders.ground_words import _CAMPAIGN_BEFORE, _FROM_AFAR, _ON_FOOT
from loaders.group_references import _THE_GROUP
from loaders.harm_and_holding_words import HANDED_OVER, SHOT_INTO_HOMES, SNIPER_FIRE
from loaders.harmed_in import _HURT_IN
from loaders.heard_only import _HEARD_AFTER, _HEARD_BEFORE, _JOINED_HARM, _RELATIVE_HARM, _SHOWN_BEFORE
from loaders.held_names import HELD_NAME
from loaders.held_since import HELD_SINCE_MONTH
from loaders.joined_infinitives import joined_to_infinitive
from loaders.joined_verbs import _FRONTED_TIME, _JOINED_VERB, _PASSIVE_OR, _SIEGE_LAID
from loaders.killed_people import _BOMBER_SUBJECT, _PEOPLE_AFTER, _PEOPLE_BEFORE, ONE_KILLING
from loaders.killed_told_before import _SHARE_OF_THE_DEAD
from loaders.kurdish_police import ASAYISH, KURDISH_POLICE
from loaders.lately_made import _RECENT_BEFORE
from loaders.launched_offensives import _LAUNCHED_TO, _RELATIVE_BEFORE
from loaders.link_lists import _FIRST_LINK, LIST_HEADING
from loaders.local_actor_names import _HOSPITAL_REACHED, _SPEAKER_AT, SPEAKER_APPOSED, SPEAKER_OF_BODY
from loaders.local_place_names import FEATURE, LANDMARK, OPENING_PLACE, PLACE_BEFORE, SUN_ARTICLE
from loaders.lost_possessives import _LOST_POSSESSIVE
from loaders.men_of_group import MEN_OF
from loaders.mention_context import _BLANKS
from loaders.mention_filters import _OUTLET_AFTER
from loaders.missiles_fired import MISSILES_FIRED
from loaders.model import Article, Mention, Span
from loaders.munition_subjects import _MISSILE_BEFORE
from loaders.name_words import PLACE_NAME
from loaders.nearest_actors import (
    _ASIDE_BEFORE_VERB,
    _AT_LEAST,
    _CIVILIANS_AFTER,
    _HELP_GAP,
    _JOINED_VERB_GAP,
    _LAUNCHED_AT_END,
    _NAMING_CLAUSE,
    _NATIONALITY_AND,
    _OWN_ALLIES_GAP,
    _OWN_VERB_FIRST,
    _PROGRESSIVE_AT,
    _PUT_TO_DEATH,
    _RELATIVE_GAP,
    _VIDEO_OF_GAP,
    QUOTE_ON_MODIFIERS,
)
from loaders.nicknames import nicknamed
from loaders.numbered_places import NUMBERED, NUMBERED_NAME
from loaders.on_the_offensive import _ON_THE
from loaders.open_province import OPENING
from loaders.opening_blows import _OPENED_WITH
from loaders.other_munitions import _OPENS_ON_OTHER
from loaders.other_senses import (
    _BOMBING_WORD,
    _HARM_AFTER,
    _STOPPAGE_KEPT,
    _STRIKERS_AFTER,
    FOILED_BEFORE,
    MATERIEL_TAKEN,
    MUNITION_HELD,
    MUNITION_NOUN,
    PENALTY_BEFORE,
    STRUCK_DEAL,
    TARGETED_AUDIENCE,
)
from loaders.overflown import _DENIED_AFTER, _FLEW_OVER
from loaders.own_aircraft import _OWN_AIRCRAFT
from loaders.own_countryside import OWN_COUNTRYSIDE
from loaders.own_phrase import _KH, OWN_PHRASE
from loaders.owners_hit import _APPOSITIVE, _ARMED_OWN, _ON_OWN, _SAID_OWN_HIT, _SAID_THE
from loaders.owners_told_before import ITS_SITE
from loaders.paired_states import _ADVERB, _STATE_VERB, _WORD_BEFORE, capitals_paired_with_capitals
from loaders.paragraph_datelines import PARAGRAPH_DATELINE
from loaders.paragraph_joins import _REFERS_BACK
from loaders.part_tolls import OF_THE_DEAD
from loaders.participle_takers import _ING, _PREPOSITION_BEFORE
from loaders.party_capitals import PARTY_BEFORE
from loaders.passive_subjects import _INSIDE_SUBJECT
from loaders.past_deeds import (
    _DATED_AFTER,
    _HARMED_IN,
    _OF_YEAR,
    _PASSIVE_RELATIVE,
    _WHEN_IN_YEAR,
    _WHICH_SUBJECT,
    _YEAR_MODIFIER,
    dated_back,
    done_in_the_past,
)
from loaders.person_names import _GIVEN_BEFORE, _NISBA_AFTER, _RELATION_OF, _TITLE_BEFORE
from loaders.pictured_scenes import _PICTURE_SHOWS
from loaders.pitted_sides import _PITTING
from loaders.place_lists import _FRONT, _HEAD, _WIDE_REGION
from loaders.place_readings import _DISTRICT_BEFORE, _NEW_BEFORE, _NEW_NAME_ENDS
from loaders.placed_in import IN_LAND
from loaders.placed_subjects import SUBJECT_PLACE_GAP
from loaders.places_hit import _HIT_IN_PASSIVE
from loaders.places_of_events import _DRIVEN_OUT, _LIKE_OPENING, _OFFICIAL_HIT, _OLD_DATE_COMMA
from loaders.practices_named import (
    _AS_WEAPON,
    _DEBATE_OVER,
    _IS_A_METHOD,
    _METHOD_AFTER,
    _METHOD_OF,
    _REPUTED_FOR,
    _THOUSANDS_KILLED,
    _USE_BEFORE,
    _WAR_MARKED_BY,
    _YEARS_AFTER,
)
from loaders.practices_named import _COMPARED_BEFORE as _YEARS_COMPARED
from loaders.practices_named import _OTHER_CLAUSE as _YEARS_OTHER_CLAUSE
from loaders.pressed_offensives import _PRESSED_WITH
from loaders.protests_put_down import _WAR_BEGAN, PROTESTS_PUT_DOWN
from loaders.province_references import _SPEAKER_IN, PROVINCE_REFERENCE
from loaders.province_scenes import _IN
from loaders.provincial_capitals import CAPITAL_REFERENCE
from loaders.quarter_namesakes import QUARTER_NOUN
from loaders.reacted_events import _BLAMED_ON as _REACTED_BLAMED_ON
from loaders.reacted_events import _REACTED
from loaders.reactions import _ANSWERED, _MAIN_VERB_AFTER, _OPENS
from loaders.recent_gains import _RECENT_DAYS
from loaders.reference_cities import _INDEFINITE_BEFORE, _UNNAMED_SUBURB_AFTER
from loaders.relative_records import _PERFECT_AFTER, _RECORD_BEFORE, _RELATIVE_OPEN, _SET_OFF, _TIMED
from loaders.remits import _REMIT
from loaders.repelled_attacks import _REPELLED, _REPELLED_PASSIVE, _SUCCEEDED_IN, TRIED_TO_REPEL, _passive_phrase_at
from loaders.report_confidence import _STRIKES_ON
from loaders.scene_merges import _BY_THE
from loaders.scenes import _BREAK as _SCENE_BREAK
from loaders.sentence_mining import _THE_TOWNS
from loaders.sentence_triggers import _CAMPAIGN, LOOSE_BOMBING
from loaders.set_off_places import COUNTED, counted_lists
from loaders.short_forms import SIZE_OR_SIDE
from loaders.side_fire import SIDE_FIRE
from loaders.sides_in_cities import SIDE_AND_NAME
from loaders.sieges_held import _UNDER_SINCE
from loaders.similar_attacks import _OTHER_STRIKES, _SIMILAR_BOMBING
from loaders.sites_hit import site_hit
from loaders.speaker_subjects import _RELATIVE, _SOURCE_OF_ITS_OWN
from loaders.speakers_aircraft import _SAID_OWN_AIRCRAFT
from loaders.speaking_offices import _GROUND_BEFORE, _OFFICE_NAME, _SOURCE_AT, _SPEAKS_AFTER
from loaders.speaking_units import SPEAKS_AFTER, UNIT_NAME
from loaders.spelling_index import _GLUED_SPELT
from loaders.spelling_variants import spelling_key
from loaders.spoken_of import _FEAR_VERB, _JUDGED_HEAD, _JUDGEMENT, _PREPARED_FOR, _SUPERLATIVE_PREDICATE, _WHAT_BEFORE
from loaders.spots_added import _DEED
from loaders.state_forces import _OWNED_FORCES
from loaders.state_media_gains import _STATE_MEDIA_SAID_GROUND, _TAKEN_AT_END
from loaders.story_means import _FIGHTING
from loaders.story_turns import _SEPARATE, _TIME_OPENING, FIGHT_OPENS, FIRED_FROM, NEW_SCENE, OWN_DOER
from loaders.struck_captions import STRIKE_TOLD
from loaders.such_kinds import _SUCH_BEFORE
from loaders.summary_leads import SEVERAL_PLACES
from loaders.summed_up import _BROKE_OUT, _OTHER_CLAUSE, HABIT_AFTER, HABITUAL, HOW_OFTEN_AFTER, OVER_MONTHS, SINCE_WHEN
from loaders.support_phrases import STRIKES_LAUNCHED
from loaders.surrenders import AGREED_TO_STOP, SURRENDERED
from loaders.taking_part import _TAKING_PART
from loaders.tallied_attacks import _IN_A_YEAR, _RECORDED, _THOUSANDS, _VICTIMS_TALLY
from loaders.tallied_attacks import _SPAN as _TALLY_SPAN
from loaders.targeted_with_means import _OBJECT_GAP, _TARGETED, _USED_TO_TARGET
from loaders.the_alliance import _CALLED_ALLIANCE, _THE_ALLIANCE
from loaders.the_hit import _ONE_KILLED, _ONE_MEMBER_AFTER, _OPPOSITION_HELD, _SIEGE_BEFORE, _WERE_KILLED
from loaders.timeline_entries import _ENTRY_DATE
from loaders.timex import DAY_AFTER, find_time
from loaders.to_as_preposition import TO_AS_PREPOSITION
from loaders.told_apart import DAY_SHIFT
from loaders.told_before import (
    _DEFINITE_SUBJECT,
    _MORE_DEAD,
    _OPENS_ON_OTHER_UNITS,
    _OTHER_UNITS_CLAUSE,
    _SUBJECT_BEFORE,
    ANOTHER,
)
from loaders.tolls_after import _HIT_AT
from loaders.trapped_people import _SUBJECT_GAP, _WAY_SHUT, TRAPPING
from loaders.tribe_names import TRIBE_NAMED
from loaders.trigger_guards import _FLED_FROM, _HEDGE, _NOT_HAPPENING
from loaders.trigger_objects import _AFTER_ACTOR, _BY_AFTER, _SIDE_BEFORE, _SURROUNDED_OBJECT
from loaders.truce_made import TRUCE_MADE
from loaders.truce_parties import _AGREED_BEFORE, _AGREED_WITH, _ANNOUNCED, _BEFORE_AGREED
from loaders.truce_words import _AS_TIME, BODY_FOR_TRUCE
from loaders.unarmed_ambushed import _AMBUSHED_WHO, _KILLED_IN, _ON_THE_ARMED, _UNARMED_KILLED_AFTER
from loaders.unarmed_fights import _FIGHT_VERB, _NOT_A_FOE
from loaders.unclear_doers import _BLAST_NOUNS, _FIRE_NOUNS, _STRIKE_NOUNS, _UNCLEAR
from loaders.unnamed_doers import _BY_UNNAMED, _COUNTED, UNNAMED_KILLERS
from loaders.unnamed_gunmen import _ARMED_POST_AFTER, _ATTACK_VERB, _GUNMEN_BEFORE
from loaders.unnamed_subjects import _JOINED, _OPENS_UNNAMED
from loaders.unopposed import _UNOPPOSED_AFTER
from loaders.used_to import _DAY_AFTER, _PAST_SPAN, _USED_TO
from loaders.vague_tolls import VAGUE_TOLL
from loaders.who_benefits import _GAINED_BY
from loaders.whole_people import _WHOLE_PEOPLE

SIZE = 5000  # characters of adversarial text a new regex is checked on
REGEX_BUDGET = 0.02  # seconds a new regex may take on SIZE characters, as it is called


@dataclass(frozen=True)
class Case:
    """A pattern or reader, how it is called on each of its adversarial texts, and the seconds one call may take."""

    name: str
    call: str
    run: Callable[[str], object]
    texts: tuple[str, ...]
    budget: float = REGEX_BUDGET


def cut(*texts: str) -> tuple[str, ...]:
    """The texts cut to SIZE characters."""
    return tuple(text[:SIZE] for text in texts)


def found(pattern: re.Pattern[str]) -> Callable[[str], list[str]]:
    """Every match of the pattern in a text, as strings."""
    return lambda text: [m.group() for m in pattern.finditer(text)]


def searched(pattern: re.Pattern[str]) -> Callable[[str], str | None]:
    """The first match of the pattern in a text, or None."""
    return lambda text: _group(pattern.search(text))


def _group(match: re.Match[str] | None) -> str | None:
    """The text of a match, or None."""
    return None if match is None else match.group()


@cache
def gazetteer() -> Gazetteer:
    """The project's gazetteer, loaded once."""
    return Gazetteer.load()


def _extracted_places(text: str) -> int:
    """How many place mentions the whole extractor finds in a made-up article."""
    found = extract(Article("bench", "t", text), gazetteer())
    return sum(m.kind == "place" for m in found.mentions)


def cluster_pieces(text: str) -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, str]]:
    """A list's local pieces written "key|key key|key ...": (piece key, its villages) and piece key -> label."""
    pieces = [(f"place/local/piece-{i}", tuple(word.split("|"))) for i, word in enumerate(text.split())]
    return pieces, {key: key for key, _ in pieces}


def _fullest_readings(text: str) -> int:
    """How many pieces the fullest readings of a list of local pieces place."""
    pieces, labels = cluster_pieces(text)
    return len(listed_together._placed_in_fullest_readings(pieces, labels, gazetteer()))


def _other_units_reading(pattern: re.Pattern[str]) -> Callable[[str], tuple[list[str], list[str | None]]]:
    """The matches in the first SIZE characters, and the match at every 500th offset of the whole text."""
    return lambda text: (
        found(pattern)(text[:SIZE]),
        [_group(pattern.match(text, at)) for at in range(0, SIZE, 500)],
    )


# speaker_subjects (review2): "^\s*,?\s*" once split a run of blanks every way before failing
BLANKS = (" " * SIZE,)
# the clause chunker on runs of names, joiners and relative clauses
CHUNKER_TEXTS = cut(
    "A " + "Very Long Capitalised Name " * 200 + "attacked the town.",
    "and " * 1200 + "killed",
    "which was " * 500 + "shelled by the army",
    "after the " * 500 + "attack",
)
# the patterns of verbs joined by 'and', 'or' and ', then' (limits)
JOINING_TEXTS = cut(
    "Aa-Bb " * 850, "and " * 1250, "were wounded or " * 320, "a" * 5000, ", then " * 700, "despite the " * 420
)
# a list of places joined by blanks around one 'and' (outplace7)
JOINED_GAP = (" " * 2500 + "and" + " " * 2497 + "x",)
# the truce makers' verbs and the words before a truce word (engprec24): long runs of words and quoted words
ANNOUNCED_TEXTS = cut(
    " has unilaterally implemented " + "a " * 2500,
    " declared " + '"word ' * 900,
    " implemented " + "three-day " * 500 + '"',
)
# a speaker's own place hit (engfp25), read between the speech verb and the trigger: long runs of words with no
# passive of hitting, repeated owned nouns, and an appositive run with no speech verb after it
OWN_HIT_TEXTS = cut(
    " said one of their buildings " + "in Aaa " * 700,
    " said their " + "centres " * 600 + "was hit by ",
    " said its " + "teams were hit in " * 280,
    " Bbb" * 1250,
)
# the speaker's own people and places (roles35): runs of people nouns, of words before the trigger or the thing owned
OWN_PEOPLE35_TEXTS = cut(
    " said one of its " + "soldiers " * 600 + "were wounded in ",
    " said a " + "Aaa " * 1250,
    " on one of their " + "troops " * 700,
    " said that the " + "one of its " * 500,
)
# a possessive's own aircraft (roles35): word runs before the possessive, runs of aircraft nouns and of "and"
OWN_AIRCRAFT35_TEXTS = cut(
    " is using" * 560 + " his",
    " using his jet fighters and" * 190,
    " kept his " + "own " * 1240,
    " Aaa" * 1250,
)
# unnamed partners in the agent's gap (roles35): runs of "and its", of words before the partners' noun
OWN_ALLIES35_TEXTS = cut(
    " and its" * 620,
    " and their " + "allied " * 700,
    " and his " + "Aaa-" * 1240,
    " and its allies" * 330,
)
# "the alliance" alone (roles35): runs of "the", of "alliance", glued and hyphenated words
ALLIANCE35_TEXTS = cut(
    "the " * 1250,
    " alliance" * 560,
    "The alliance-" * 390,
    "the  alliance of" * 320,
)
# assimilated articles (engfp25): runs of them before capitals, before lower case, and glued to words
SUN_ARTICLE_TEXTS = cut("ez-Zor " * 720, "as-as-as-" * 560, "ez-zor " * 720, "Deirez-Zor " * 460)
# a body named for a truce (engfp25), searched before a truce word: repeated body nouns and "for", long word runs
BODY_FOR_TRUCE_TEXTS = cut(
    "center for " * 460, "committee for monitoring the " * 180, "Aaa " * 1250, "office for announced " * 240
)
# the side words before a taking verb (engprec24), searched in all the text before the verb: runs of side words
SIDE_WORD_TEXTS = cut("rebels " * 720, "opposition-held " * 312, "army troops " * 460, "militants," * 500)
# two hundred names joined by 'and', read by the whole extractor
JOINED_NAMES = ("Shells hit " + " ".join(["Sekeik Tamaneh and Atshan"] * 200) + ".",)
# twelve local pieces of two villages each, all within 12 km of Tumin by Hama: with a piece left out as one more
# reading, 3**12 readings, past the bound, so every piece is placed (2**12 readings of one cluster each)
_BY_TUMIN = (
    "al-ajal-al-humrat-1343649891",
    "an-nasiriyat-1259370949",
    "ard-al-bayhah-1310589359",
    "as-suwaydah-ash-sharqiyah-1226063341",
    "ash-shahf-1310293019",
    "bazbiyuq-1293179141",
    "dayr-ful-1310183323",
    "dayr-al-fardis-1243161159",
    "ghajar-amir-1310582533",
    "harbinafsah-1242956851",
    "jarjisah-1243161061",
    "jidrin-1326513877",
    "kafr-nan-1310589193",
    "khan-kafr-jali-1343935975",
    "khirbat-buzliya-1243442427",
    "khirbat-umm-sulayman-1209704813",
    "khirbat-umm-ammud-1343439177",
    "khirbat-ar-ramadi-1327122385",
    "khirbat-as-sabaliyah-1309690565",
    "murayj-ad-durr-1276429031",
    "qism-al-jidyah-1327314949",
    "qubaybat-al-asi-1209410473",
    "tall-qartal-1209504243",
    "tasnin-1226420763",
)
CLUSTER_PIECES = (" ".join(f"place/{a}|place/{b}" for a, b in zip(_BY_TUMIN[::2], _BY_TUMIN[1::2], strict=True)),)
# the fights that are not a foe's, shots into homes, bombardments from a side (outside leftovers)
LEFTOVER_TEXTS = cut(
    "Fighting " * 700,
    "the " * 1250,
    "Abc Def " * 700,
    "battle against the huge raging " * 170,
    "opened fire into rebel-held rebel-held " * 130,
    "bombardment from from " * 230,
)
# runs of spaced articles, "al- Bab" (outside outlets)
SPACED_ARTICLES = ("al- Bab " * 600 + "Al- " * 400,)
# sniper fire, and the whole trigger table tried at every word that may start a trigger (outside recall 7)
SNIPER_TEXTS = cut(
    "sniper " * 800,
    "Snipers " + "Aaaa " * 1200,
    "shot by " + "the " * 1200,
    "killed " + "many " * 1200 + "with",
    "truck " * 1000,
    "snipers fired " * 400,
)
# another unit told after one before (outside recall 8); matched at every 500th offset of the whole text too
OTHER_UNITS_TEXTS = (
    "while other " * 420,
    "other units " * 420,
    "Army Units Of The Free Syrian Army " * 150,
    "while other army army army units " * 160,
)
# lists of places, paired states, the word before a place (review 9)
REVIEW9_TEXTS = cut("Aa-Bb " * 850, "Alpha Beta Gamma " * 300, "and " * 1250, "the area " * 560, " have also " * 460,
                    "from the " * 560)  # fmt: skip
# runs of newspapers' nouns, of blanks, of "Times" before "Square" (placefp30)
OUTLET_TEXTS = cut(" Times" * 850, " " * SIZE, " Times Square" * 400, " Journalist" * 460)
# runs of the adverbs a country's verb may follow, and of their words' blanks (placefp30)
ADVERB_TEXTS = cut(" meanwhile" * 500, " in" * 1700, " for its" * 625, " " * SIZE)
# runs of capitals joined by "and", of "and", of "both" (placefp30): every capital is a mention of its place
PAIRED_CAPITALS_TEXTS = cut("Moscow and Damascus and " * 210, "Damascus " * 560, "both " * 990 + "Damascus",
                            "Damascus" + " " * 4980 + "and Moscow")  # fmt: skip
# runs of capitalised words and of article words, for the shape of two comma-less names (placelists24)
TWO_NAME_RUNS = cut("Aaa al-Bbb " * 460, "Aaa " * 1250, "al-Bbb " * 720, "Aaa" + " " * 4990 + "al-Bbb")
# a long run of capitalised words before 'tribe'
CAPITALISED_RUN = ("Aa " * 1700 + "tribe",)
# an engagement taken up at a sentence's head, then phrases of place or time (sentence_heads; shared-words)
HEAD_TEXTS = cut("The " * 1250, ". The " * 833, "in the Aa " * 500, " near Aa Bb Cc" * 360, " on the " * 630)
# "The attack came two days after": runs of the verb, of distances with no "after", of phrases before the verb
BACKDROP_TEXTS = cut(" came" * 1000, " came a few days" * 320, " in the Aa" * 500, " comes 12 days 12 weeks" * 220)
# a possessive head remarked on (prec31): runs of possessives, of an open "According to", of phrase words, of "marks"
POSSESSIVE_TEXTS = cut(
    "Aa's " * 1000, ". According to the " * 263, ". ISIS’s push " * 357, " towards Aa Bb" * 357, " marks the" * 500
)
# blasts only heard, attacks only feared (precision23): runs of noise nouns, of "heard the loud", of "feared new"
PRECISION23_TEXTS = cut(
    " and gunfire" * 420, "heard the loud " * 333, "feared new " * 454, "fear the Aa " * 416, " were also" * 500
)
# a superlative predicate (precision23): runs of "was the most", of "marks its biggest", of "is the"
SUPERLATIVE_TEXTS = cut("was the most " * 384, "marks its biggest " * 277, " is the" * 714, "the worst " * 500)
# plans prepared, the war as a span, cycles (precision23): runs of "preparing the", "throughout the", "cycle of"
PLAN_TEXTS = cut(
    "preparing the " * 357,
    "throughout the six-year " * 208,
    "gearing up for a " * 294,
    "war- " * 1000,
    "cycle of " * 555,
)
# villages a count announces, set off by a dash (unread26): runs of counts with no dash, of counted dashes, of names
COUNTED_TEXTS = cut(
    "three villages " * 340, "two towns - " * 420, "3 villages near Aa - Bb and " * 180, "Aa Bb and " * 500
)
# the lead after linked headlines (unread26): runs of counts, of counts with no auxiliary, a late auxiliary, blanks
LEAD_TEXTS = cut("a At least " * 460, "x More than 20 killed " * 230, "a Dozens of " * 416 + "were", " " * 5000)
# captives told by a pronoun (precision23): runs of "soldiers", of "after they", of people and a break
CAPTIVES_TEXTS = cut("soldiers " * 556, "soldiers after they " * 250, "men and the army " * 294, "after " * 833)
# the unarmed ambushed (precision23): runs of "killed the", of "civilians in an", of words before a bus
AMBUSH_TEXTS = cut("killed the " * 460, "killed civilians in an " * 217, " a bus carrying " * 320, " of the Aa " * 500)
# a subject with a participle inside it, hedged aircraft, aircraft that did it, a truce broken (review 10)
REVIEW10_TEXTS = cut("Aa-Bb " * 850, "by the " * 720, "fleeing " * 630, "a" * 5000, "Russian- " * 560)
# clauses chained on after a comma, ", also" (chains)
CHAIN_TEXTS = cut(", also " * 800, ", the " * 900, "Aleppo Idlib Hama " * 300, ", the warplanes " * 350)
# the weapon inside a verb of targeting, a chained clause's own passive, aircraft as the agent (outlets3)
OUTLETS3_TEXTS = cut("targeted by " * 420, "targeted the with several " * 200, "used heavy rocket " * 300,
                     ", also were " * 460, "were shelled by the " * 260, "Aa " * 1700)  # fmt: skip
# capitalised runs before a bracket or colon, counts of people, suicide bombers, "between" with no "against" (outlets4)
OUTLETS4_TEXTS = cut("ABC DEF " * 630, "Aa Bb (Cc) " * 460, "killed five five " * 300, "five people were " * 320,
                     "suicide bomber " * 340, "between the and " * 320)  # fmt: skip
# runs of the words of "on one side and" that never end the first side (no "and" after them; outlets34)
OUTLETS34_TEXTS = cut("on one side " * 420, "on the one hand , " * 280, "between on one side, " * 240)
# "struck" with no deal noun after it, and deal nouns with no "struck" after them (outlets34)
STRUCK34_TEXTS = cut("struck the town of " * 260, "deals were has been " * 250, "struck a a a a " * 330)
# runs of words before an aircraft noun that never closes them, and hyphened words (outlets34)
OWNED34_TEXTS = cut("Su-34 Su-34 " * 410, "fighter fighter jets  " * 230, "a b " * 1250)
# runs of "carried out operations" with no "against" after them, and "against" with no armed noun (outlets34)
OPERATION34_TEXTS = cut(
    "carried out intensive operations " * 150, "conducted operations against the the the " * 120, "waged an a " * 450
)
# runs of joiners between two sides' names, slashes among them, never one joiner (outlets34)
SLASH34_TEXTS = cut(" / / / " * 700, "fighters / fighters and " * 210, ", , the / " * 500)
# runs of "cleared the X of" with no armed noun after them (outlets34)
CLEARED34_TEXTS = cut("cleared the town of " * 250, "cleared of of of of " * 250, "clearing a/b of the " * 250)
# verbs of going on before an infinitive, and runs of them with no trigger (kills23)
KILLS23_TEXTS = cut(
    "continued to " * 390, "went on on on to " * 300, "began to shell " * 340, "Continued To Kill " * 280
)
# the noun of dying with no count, harms joined with no count, qualifiers and millions with no number, asides on
# the dead with no verb of harm, a first count's people with no second count (figures24)
FIGURES24_TEXTS = cut(
    "the deaths of of " * 300,
    "killed and wounded and " * 220,
    "well over upwards of 1.9.9 million " * 150,
    "Very Long Capitalised Name " * 190,
    "9 people two of them mostly were " * 150,
    " from rebel rebel " * 280,
)
# an operation launched to take ground and a partner phrase before a verb (battles26): runs of words after the launch
# verb, repeated "operation" with no aim, an aim word far after, and a partner phrase repeated with no verb at its end
BATTLES26_TEXTS = cut(
    "launched " + "the Wrath of " * 400,
    "launched an operation " * 230,
    "launched an " + "operation called " * 300 + "to seize",
    " in cooperation with " * 240,
    " in cooperation with the " + "supporting " * 480,
    " that killed " + "rebels and " * 450,
    "made quick " + "gains " * 830,
    "scored gains " + "in the talks " * 380,
    "army operation " * 340,
)
# deals between armed sides, people who left under a deal (strat27)
DEALS27_TEXTS = cut(
    "a deal between the " + "Syrian " * 700,
    "an agreement between " + "the rebels and " * 330,
    "deals between government and " + "the " * 1200,
    "evacuated " + "from the town " * 350 + "under",
    "left " * 1000,
    "were evacuated under an " + "agreed " * 700,
)
# protests put down, told by the verb, a relative clause or the passive; the war's origin told (strat29)
# bullets fired on where people live (strat30)
BULLETS30_TEXTS = cut(
    "bullets fired " * 360,
    "bullets fired by " + "terrorist " * 500,
    "bullets fired by the " * 240 + "on the neighborhoods",
    "fired explosive " * 310,
    "fired bullets on the " + "crowded " * 550,
    "explosive bullets fired on the neighborhoods " * 110,
)
# a picture that shows (caption30): runs of the opening, of picture nouns with no "shows", of words before a stop
# events only remembered (quiet30): runs of "anniversary of the", of modifiers, of "marks two years since", of words
REMEMBERED30_TEXTS = cut(
    "anniversary of the " * 263,
    "anniversary of " + "Aa " * 1660,
    "marks two years since " * 227,
    "marked 5 years since " + "Aa " * 1660,
)
# events compared or recalled (quiet31): runs of "similar to the", of modifiers after "recalled the", of "compared the",
# of a likeness verb with no head, of "was the heaviest" with no "since"
LIKENED31_TEXTS = cut(
    "similar to the " * 334,
    "recalled the " + "Aa " * 1660,
    "compared the " * 385,
    " was similar to" * 334,
    " was the heaviest fighting" * 193,
)
# a clause remembered and its old date (quiet31): runs of "recalled how", of words after it, of "marked the day", of
# words with no date after, of "in the" with no year
RECALLED31_TEXTS = cut(
    "recalled how " * 385,
    "recalled how " + "Aa " * 1660,
    "marked the day " * 334,
    " Aa" * 1666,
    " in the" * 714,
)
# an earlier event named by its order or likeness, and its past date (quiet31b): runs of "a previous", of modifiers
# after "a similar", of "on" with no date after
EARLIER31B_TEXTS = cut(
    "a previous " * 500,
    "a similar " + "Aa " * 1660,
    " on Aa" * 833,
    " on " + "Aa " * 1660,
    " in the last" * 416,
)
# an opening "Like the" phrase and its old date closed by a comma (quiet31b): runs of "Like the", of words after it, of
# "in 20" with no year, of words with no comma
LIKE_OPENING31B_TEXTS = cut(
    ". Like the" * 500,
    "Like the " + "Aa " * 1660,
    " in 20" * 833,
    " in 2016" * 625,
)
# a past harm, passive relative or year modifier before a trigger (quiet31): runs of "wounded in a", of modifiers, of
# "which was", of "the 2013"
DATED_CLAUSE31_TEXTS = cut(
    "wounded in a " * 385,
    "lost his leg in an " + "old " * 1245,
    "which was " * 500,
    "the 2013 " * 556,
    "who had been also " * 278,
    "the massacre of 2012, when " * 185,
    "a town of 2012, in which " + "Aa " * 1600,
)
# a tally's span after its attacks (quiet30): runs of "in the", of "so far this", of words with no span, of "this"
# ways of waging the war named (generic32): runs of "used", of modifiers, of "strategy of", of " of and", of "siege",
# of "debate over the", of " for many", of "thousands of", of words with no day, of blanks, of "has documented", of
# "known for the", of "war has been marked by", of a phrase before "is a", of one before "have killed"
PRACTICES32_TEXTS = cut(
    "used " * 1000,
    "used " + "Aa " * 1660,
    "strategy of " * 417,
    " of and" * 715,
    " siege" * 834,
    " as a " + "aa " * 1660,
    "debate over the " * 313,
    " for many" * 556,
    "thousands of " * 385,
    "tens of " * 625,
    " aa" * 1667,
    " " * 5000,
    "has documented " * 334,
    "known for the " * 358,
    "war has been marked by " * 218,
    " of aa is a" * 455,
    " of aa have killed" * 278,
)
TALLY_SPAN30_TEXTS = cut(" in the" * 714, " so far this" * 416, " on Aa Bb" * 555, " this" * 1000)
# unnamed doers and tallied victims (vac32): runs of the doers' modifiers, of the nouns, of "by" and "of", of counts
VAC32_TEXTS = cut(
    "unknown " * 625,
    "gunmen " * 715,
    "armed men have " * 334,
    " by unidentified masked" * 218,
    " more than 12" * 385,
    " thousands of" * 385,
    "in the " * 715,
)
# the unarmed killed after a raid's verb (vac32; benched by reread32): runs of blanks, of one long word, of objects
# cut by commas, of "and killing" with no victims, and of victims joined by "and"
UNARMED_KILLED32_TEXTS = cut(
    " " * 5000,
    " a" + "b" * 4990,
    " the village, " * 357,
    " and killing " * 384,
    " the " + "aa " * 1660 + ", killing",
    " a and killing" + " civilians and" * 357,
)
PICTURE30_TEXTS = cut(
    "This photo " * 454,
    "This " + "photo " * 830,
    "In the Aa photo taken " * 227,
    "This photo " + "taken in Aa " * 416 + "shows",
    "The picture " + "shows " * 830,
)
# a nationality's civilians after it (sides30): runs of the modifiers, of "aid", of blanks, and the nouns repeated
CIVILIANS30_TEXTS = cut(
    " " + "aid " * 1250,
    " " * 5000,
    " truck " + "relief " * 700,
    " " + "aid workers " * 420,
    "  " + "humanitarian " * 380 + "workers",
)
# a nationality joined before the coalition (sides30): runs of capitalised words, of "and", of blanks, of "Russian and"
NATIONALITY_AND30_TEXTS = cut(
    "Russian " * 625,
    " and " * 1000,
    " " * 4990 + "and the ",
    "Russian and " * 416,
    "Abcdefgh" * 625 + " and",
)
# the gap between a strike verb and its object, a circumstance word ending it (neutral30): runs of words, of the
# circumstance words, of blanks, of "in the"
OBJECT_GAP30_TEXTS = cut(
    " " + "amid " * 1000,
    " " + "heavy " * 830,
    " " * 4990 + "during",
    " " + "in the " * 715,
    " after the " * 500 + "on the",
)
# a relative pronoun and its own verb (neutral30): runs of "which", of "-ly" words, of blanks, of the verbs
RELATIVE30_TEXTS = cut(
    " " + "which " * 830,
    " which " + "mostly " * 700,
    " " * 4990 + "which is",
    " which consists " * 310,
    " fighters who " + "wholly " * 700 + "is",
)
# "pulled out of" before a pact (neutral30): runs of the verb, of words before a pact noun, of "the"
PULLED_OUT30_TEXTS = cut(
    "pulled out of " * 357,
    "pulled out of the " + "peace " * 830,
    "pulled out of " + "the " * 1240 + "talks",
    "pulled out of the council " * 192,
)
# what joins a name to the place that locates it (placectx30): runs of blanks, of the joining words, of side words,
# of "to the east of", of a kind word and a comma
OWN_PHRASE_TEXTS = cut(
    " " * 5000,
    " in the" * 720,
    " near the western part of the" * 170,
    " to the east of" * 330,
    " village, " * 500,
    " in " + "eastern " * 620,
)
# a "kh" that may stand for the Arabic h (placefn31): runs of "kh", of "skh", of "Kh" at a word's end, of blanks
KH_TEXTS = cut("kh" * 2500, "skh" * 1670, "Kh " * 1670, " " * 5000)
# a name's transliteration variant (spell37): runs of vowels, of glides, of "gh" between vowels, of doubled letters,
# of glued articles; a list of quarters up to a name: runs of names, of "and", of hyphens, of "of" with nothing after
VARIANT37_TEXTS = cut(
    "a" * 5000, "awa" * 1670, "agha" * 1250, "bb" * 2500, "tch" * 1670, "Al Alal " * 625, "ayey" * 1250, "' " * 2500
)
QUARTERS37_TEXTS = cut(
    "neighborhoods of " + "Aa " * 1660,
    "neighborhoods of " + "and " * 1240 + "x",
    "quarters of " + "al-" * 1660 + "!",
    "neighbourhoods of " * 280,
    "Aa-Bb" * 1000 + "x",
)
# a province's seat referred to by its office (placefn31): runs of "the", of a holder's compound, of blanks after the
# phrase, of a long hyphenated word, of the phrase itself
CAPITAL_REFERENCE_TEXTS = cut(
    "the " * 1250,
    "the a-held " * 455,
    "the provincial capital" + " " * 4970 + "Aa",
    "the " + "a-" * 2490 + "held",
    "the provincial capital " * 220,
)
# Syria's capital named by its office (placeref31): runs of "the Syrian", of "Syrias", of blanks after the phrase, of
# commas and blanks, of the phrase itself
SYRIAN_CAPITAL_TEXTS = cut(
    "the Syrian " * 455,
    "Syrias " * 715,
    "the Syrian capital" + " " * 4975 + "Aa",
    "Syria's capital" + ", " * 2490 + "A",
    "the Syrian capital " * 265,
)
# a city locating an unnamed suburb (suburb37): runs of "a", of lower-case words, of blanks before "suburb", of
# blanks and commas after it, of the phrase itself
SUBURB37_TEXTS = cut(
    "a " * 2500,
    "a " + "rebel-held " * 455,
    " " * 4990 + "suburb",
    " suburb" + " ," * 2490 + "A",
    " suburb " * 625,
)
# a province referred back to by its noun (placeref31): runs of "the", of blanks after the noun, of commas and blanks,
# of the phrase itself, of "sources in"
PROVINCE_REFERENCE_TEXTS = cut(
    "the " * 1250,
    "the province" + " " * 4985 + "A",
    "the province" + ", " * 2490 + "of",
    "the province " * 385,
    "sources in " * 455 + "in ",
)
# a sentence that opens with a province (placeopen30): runs of blanks, of stops, of line breaks, of lower-case words
OPENING_TEXTS = cut(
    " " * 5000,
    ". " * 2500,
    "\n" * 5000,
    ". In " + "the " * 1240,
    ". In the " + "north-western " * 350 + "Idlib",
    "\n In" * 1250,
)
# a bearing a name's own phrase states (bearing31): runs of blanks, of the joining words, of distances, of bearings
# with and without "of", of possessives before a bearing, of "from the"
BEARINGS31_TEXTS = cut(
    " " * 5000,
    " in the" * 720,
    " 20 km to the north of" * 230,
    " north-western" * 360,
    " north of" * 560,
    "'s southern" * 460,
    " village," * 560,
    "from the " * 560,
    "from the western of " * 250,
    " , and" * 830,
)
PROTESTS29_TEXTS = cut(
    "suppressed " * 900,
    "cracked down on the " + "peaceful " * 700,
    "protests " * 900,
    "protests " + "against the group " * 300 + "which",
    "protests were " + "brutally " * 700,
    "became an " + "armed " * 800,
)
# a siege laid by a participle, a time phrase before the subject (strat27)
SIEGE27_TEXTS = cut(
    "laying " * 700,
    "captured the town laying a " + "heavy " * 800,
    "last week " * 500,
    "on Sunday morning " * 280,
)
# advances made against a foe, ground wrested back or a side expelled in the passive, ground recovered (battles27):
# runs of the words the new alternatives repeat, with no foe or ground after them
BATTLES27_TEXTS = cut(
    "made major " + "advances " * 560,
    "made " + "rapid " * 830 + "advances against",
    "had been " + "wrested back " * 380,
    "were " + "expelled " * 550,
    "pushed out " * 450,
    "recovered " + "some lost " * 490,
    "recover " * 700,
)
# an offensive launched to take ground, and the relative pronoun that makes it a place's description, a side's
# advances (battles28): runs of the launch verbs, of the words between and of the pronoun, with no "to" at the end, and
# of the noun with and without its side, of "defeated" and "routed" with no fighters after them, of
# "took" with the modifiers of its ground and no ground
BATTLES28_TEXTS = cut(
    "launched " * 560,
    "began an " * 560,
    "started an operation aimed " * 190,
    "mounted a new major offensive " * 170,
    "which " * 830,
    "that the army " * 360,
    "regime advances " * 320,
    "the army's advance near " * 210,
    "advances " * 560,
    "defeated " * 560,
    "routed the " * 460,
    "took the strategically located " * 160,
)
# fought since a day (battles29): runs of the auxiliaries with no "-ing" verb after them, of "since" and a month with no
# day, of a relative clause on its present verb with no end, of the holding verbs; of state media saying with no
# ground after, of the passive "taken" going on
# "scoring gains": a run of letters with no word end, and runs of prepositions the gerund guard looks behind for
PARTICIPLE30_TEXTS = cut(
    "scoring" * 720,
    " the footage of" * 330,
    "of the " * 720,
)
# "pounded positions to prevent them": runs of words with no aim after them, of aims with no object, of "in order"
AIM31_TEXTS = cut(
    " positions" * 500,
    " near the town to prevent on" * 180,
    " in order in order" * 280,
    " to stop to stop" * 320,
)
# "were on a wide": runs of the verb and "on the" with no end at the gap's close, and of words that never close it
OFFENSIVE30_TEXTS = cut(
    " were on the" * 420,
    " were on a wide wide" * 250,
    " have been quickly on " * 230,
)
BATTLES29_TEXTS = cut(
    "had been " * 560,
    " had been" * 560,
    "since June " * 460,
    " since last " * 420,
    " who share control of " * 230,
    " forces who hold " * 290,
    "had been battling since " * 210,
    "SANA said the village of " * 200,
    "state news agency SANA said " * 180,
    "were taken " * 460,
    "was taken to " * 380,
)
# a side driven from ground behind modifiers, full control declared (timeline26)
TIMELINE26_TEXTS = cut(
    "ousted IS fighters from the " + "flashpoint " * 450,
    "drove rebels out of the " + "border " * 600,
    "declared that it has " + "full control " * 380,
    "announced they " + "have taken " * 450,
    "proclaims it " * 450,
    "launched Operation " * 270,
    "launches the military " * 230 + "Operation",
)
# dates opening a timeline entry (timeline26)
ENTRY26_TEXTS = cut(
    "March " * 840,
    "1 March " * 630,
    "2014 " * 1000,
    "March 1 2014" + " " * 4990,
)
# parts of months and years (timex28): the qualifiers, the "of"s and the months repeated, with no month or year to end
MID_JUNE = date(2016, 6, 18)  # the dateline they are read against
MONTH_PARTS28_TEXTS = cut(
    "mid-" * 1250,
    "the end of " * 460,
    "since the first week of " * 210,
    "early late mid " * 340,
    "the second half of the month of " * 160,
    "in the beginning of March " * 200,
)
# ground recovered, gatherings eliminated, a unit opening a "while" clause (taken27): the words repeated
TAKEN27_TEXTS = cut(
    "recovered " * 500,
    "recovered some lost " * 250,
    "recovered the " * 360 + "ground",
    "eliminated a number of " * 220,
    "eliminated " * 460 + "gatherings",
    "while an army army army " * 210,
    "while a " * 630 + "unit",
    "blew up " * 630,
    "blew up a big " * 360 + "tunnel",
    "detonated the " * 360,
    "tunnel " * 720,
)
# captives named before their captor, a passive killing (taken27): the words repeated, blanks
CAPTIVES27_TEXTS = cut(
    "hostages " * 560,
    "hostages held by the " * 240,
    "kidnapped kidnapped " * 250,
    "have been " * 500,
    "were " + " " * 4995,
)
# a "to" that is a preposition (remote27): runs of its lead words, of "to", of articles, of blanks
TO_PREPOSITION27_TEXTS = cut(
    "due to " * 720, "owing " * 840, "to the " * 720, " " * 4990 + "due to ", "led to a " * 560
)
# a caption that tells a strike (remote28): runs of the strike words' first parts, of blanks, one strike word last
STRUCK_CAPTION28_TEXTS = cut(
    "air " * 1250, "barrel " * 720, "bombard " * 630, " " * 4990 + "air strike", "shell-" * 840
)
# strikes launched by the subject before "in support of" (remote28): the verbs repeated, words after them, blanks
STRIKES_LAUNCHED28_TEXTS = cut(
    "launched " * 560,
    "carried out " * 420,
    "launched the big " + "big " * 1240,
    " " * 4980 + "launched raids",
    "conducted air " * 360,
)
# a wire photo's credit with its year run into the text (dup31): runs of the wire and a year, of capitals, of blanks
CREDIT31_TEXTS = cut(
    "AFP 2018 " * 560,
    "AFP " + "DELIL " * 830,
    " " * 4960 + "AFP 2018 DELIL SOULEIMAN US",
    "REUTERS 2017/ " * 360,
)
# the gap from a noun trigger to its object, premises now among the owned (remote29): runs of "centers of", of the
# verb and a premises word, of blanks
NOUN_OBJECT29_TEXTS = cut(
    " targeted " + "a center " * 560,
    " hit " + "offices of " * 500,
    " " + "centre of the " * 360,
    " " * 5000,
    " struck " + "the local " * 500,
)
# the Kurdish police (sides28): runs of "Kurdish", of "Kurdish police", of the Kurdish name's stem, blanks
KURDISH_POLICE28_TEXTS = cut(
    "Kurdish " * 630,
    "Kurdish police " * 340,
    "Asay" * 1250,
    "Kurdish" + " " * 4980 + "police",
    "Kurdish policemen " * 280,
)
# a sentence linking to the agency's next item (merge28): runs of its opening words, of "In", blanks
NEXT_ITEM28_TEXTS = cut(
    "In the same " * 420,
    "In " * 1670,
    "In a related " * 390,
    "In another " * 460,
    "In" + " " * 4998,
)
# a deed told with "also" (joins33): runs of letters that end no "ed", of "ed", of a verb, blanks
DEED33_TEXTS = cut("a" * 5000, "ed" * 2500, "attacked " * 560, "struck" + " " * 4994)
# a sentence opening on a fight (joins33): runs of its adjectives, of "the", of the noun, blanks
FIGHT33_TEXTS = cut("heavy " * 840, "the " * 1250, "fierce heavy " * 390, "fighting " * 560, " " * 5000)
# a story told apart (gaps33): runs of "In a separate", of its noun, of commas, of the pronoun, blanks
SEPARATE33_TEXTS = cut(
    "In a separate " * 357, "In a separate attack " * 238, "Separately, " * 416, "Separately," + " " * 4989 + "they"
)
# a speaker's fear (gaps33): runs of the verb and a report's verb, of "said", blanks
FEAR33_TEXTS = cut("fears said " * 454, "fears reprisals said " * 238, "said " * 1000, "fears" + " " * 4995)
# more strikes of the bombardment told (gaps33): runs of ", other ", of "and more ", of "other", blanks
OTHER33_TEXTS = cut(", other " * 625, "and more " * 555, "other" * 1000, "." + " " * 4993 + "further ")
# a site hit in a nearby town (gaps33): runs of "was hit in the nearby", of "nearby", of "neighbouring town of"
NEARBY33_TEXTS = cut(
    "was hit in the nearby " * 227,
    "nearby " * 714,
    "were hit in neighbouring town of " * 151,
    "Was Hit In Nearby " * 277,
)
# a day counted from the one told (joins33): runs of its numbers, of "days", of "the next", blanks
DAY_SHIFT33_TEXTS = cut("two " * 1250, "two days " * 560, "the next " * 560, "a day" + " " * 4995 + "later")
# an event answered (doubles34): runs of the opener, of words, of "in response", blanks before the trigger
ANSWERED34_TEXTS = cut(
    "in response to " * 340,
    "in retaliation for a " * 240,
    "word " * 1000,
    "in response" + " " * 4989,
    "to avenge" + " " * 4991,
    "to punish them " * 340,
    "retaliated for by " * 280,
)
# a fight told on the ground (merge29): the adjective repeated, with and without its noun, blanks
GROUND29_TEXTS = cut("ground " * 720, "ground forces " * 360, "Ground" + " " * 4994 + "forces", "groundground " * 390)
# a word of a ground fight (merge30): runs of "push", of "advance", of "since", of "since the army", of "air"
GROUND_WORDS30_TEXTS = cut(
    "push push " * 500, " advance advance" * 313, "since " * 834, "since the army " * 334, "air " * 1250
)
# a backer named by its country (probe30): runs of the country, of its hyphened form, of capitals, blanks
BACKER30_TEXTS = cut(
    "Turkey-backed " * 358, "Turkey-" * 715, "Ankara " * 715, "Turkey-backed rebels " * 239, " " * 5000
)
# a place handed over (probe31): runs of "handed over", of "the town of", of capitals, of "over to", blanks
HANDED31_TEXTS = cut(
    "handed over " * 417,
    "handed over the town of " * 209,
    "handed over " + "Rastan " * 712,
    "handed Rastan over to " * 228,
    " " * 5000,
)
# fighting stopped by the fighters' own act (sd32): runs of "agreed to", of "agreed to stop", of "turned themselves",
# of "surrendered to the", of capitals after "surrendered to", blanks
SURRENDERS32_TEXTS = cut(
    "agreed to " * 500,
    "agreed to stop " * 334,
    "turned themselves " * 278,
    "surrendered to the " * 264,
    "surrendered to " + "Aa " * 1662,
    " " * 5000,
)
# a truce's makers before the verb and a taking with no fight (sd32): runs of " agreed on the", of words before
# "unopposed" that never reach it, of "without", blanks, "took hold"
AGREED32_TEXTS = cut(
    " agreed on the" * 358,
    " word" * 1000,
    "without " * 625,
    " " * 5000,
    "truce took hold " * 313,
)
# a running toll in the simple past (bulletin31): runs of "number of", of the subject, of words before "rose to" with
# no count after it, of "killed rose", blanks
NUMBER_ROSE31_TEXTS = cut(
    "number of " * 500,
    "the number of people killed " * 179,
    "number of killed " + "x " * 2490 + "rose to",
    "killed rose " * 417,
    " " * 5000,
)
# a count's qualifier in the gap before a verb (bulletin31): runs of "at least", of "at most a dozen", of "at", blanks
AT_LEAST31_TEXTS = cut(
    "at least " * 556, "at most a dozen " * 313, "at " * 1667, "at least" + " " * 4992, "at least 3 " * 455
)
# a word of harm in a sentence naming aircraft (bulletin31): runs of "death", of "deaths of", of "deathly", blanks
DEATHS31_TEXTS = cut("death " * 834, "deaths of " * 500, "deathly " * 625, "deat" * 1250, " " * 5000)
# a nationality before its commandos (bulletin31): runs of "Turkish commandos", of "Turkish", of "commandos", blanks
COMMANDOS31_TEXTS = cut("Turkish commandos " * 278, "Turkish " * 625, "commandos " * 500, "Turkish" + " " * 4993)
# the Turkish ministry's kill verb (bulletin31): runs of the verb, of slashed names, of slashes, of drones, blanks
NEUTRALIZED31_TEXTS = cut(
    "neutralized " * 417,
    "neutralized PKK/YPG " * 250,
    "neutralized a/b/c/d/e " * 228,
    "Turkish drones neutralized " * 185,
    " " * 5000,
)
# the gap before the side fired on (probe31): runs of "a group of", of lowercase words, of "the", a name, blanks
FIRED_ON31_TEXTS = cut(
    " a group of" * 455, " heavy" * 834, " the" * 1250, " a group of the heavy " + "X" * 4978, " " * 5000
)
# a missile as the subject of a striking verb (fixes31): runs of "missiles", of "missile hit", of adverbs, blanks
MISSILE31_TEXTS = cut(
    "missiles " * 556, "missile hit " * 417, "missiles also " * 358, "missiles reportedly hit by " * 186, " " * 5000
)
# a drone that dropped its munition (fixes31): runs of "drone dropped", of words after "dropped", blanks
DROPPED31_TEXTS = cut("drone dropped " * 358, "drones dropped the big red " + "old " * 1250, " " * 5000)
# a weapon made a verb (fixes31): runs of the verb, of "rocketed the", of capitals, blanks
WEAPON_VERB31_TEXTS = cut("rocketed " * 556, "mortared the " * 385, "rocketing Aaaa " * 334, " " * 5000)
# a sniper's side before it, after a passive verb (fixes31): runs of "killed by rebel", of "shot dead by a", blanks
SNIPER31_TEXTS = cut("killed by rebel " * 313, "shot dead by a " * 334, "hit by the army " * 312 + "sniper", " " * 5000)
# a repelled attack told in the passive (fixes31): runs of "an attack", of words before "was repelled", blanks
REPELLED31_TEXTS = cut(
    "an attack " * 500, "an IS attack on " + "the town " * 600, "the the the attack was " * 217, " " * 5000
)
# the passive phrase read at every attack noun of a sentence (tidy33): runs of "an attack", of "an IS attack was
# repelled by", of a long word before the noun, blanks
PASSIVE_AT33_TEXTS = cut("an attack " * 500, "an IS attack was repelled by " * 173, "a" * 4990 + " attack", " " * 5000)
_ATTACK_NOUN33 = re.compile(r"(?i)\b(?:attack|offensive|assault)")


def _passive_at_each_noun(text: str) -> int:
    """How many of a text's attack nouns open a passive phrase of repelling."""
    return sum(_passive_phrase_at(text, m.start()) is not None for m in _ATTACK_NOUN33.finditer(text))


# a post blown up (fixes31): runs of "blew up", of words after it, of pronouns before it, blanks
BLOWN31_TEXTS = cut("blew up " * 625, "blew up the " + "big " * 1250, "they blew up a post " * 250, " " * 5000)
# an entry after a deal (fixes31): runs of "entered", of "entered the town after the", of "deal", blanks
DEAL_ENTRY31_TEXTS = cut("entered " * 625, "entered the town after the " * 185, "deals " * 833, " " * 5000)
# a deal defied (leftopen32): runs of the word of defiance (with and without a word after), of "in violation of",
# of short words with no end of phrase, blanks
DEFIED32_TEXTS = cut(
    "despite " * 625, "despite the " * 416 + "x", "in violation of " * 312 + "x", "a " * 2499 + "x", " " * 5000
)
# missiles intercepted (fixes31): runs of the verb, of "intercepted several", of capitals, blanks
INTERCEPTED31_TEXTS = cut(
    "intercepted " * 417, "intercepted several " * 250, "intercepted Aaaa Bbbb " * 228, " " * 5000
)
# the military's "engaged" with armed men as its object (none32): runs of the verb, of "engaged with the", of words
# before the armed noun, of "engaged rebels in", blanks
ENGAGED32_TEXTS = cut(
    "engaged " * 625,
    "engaged with the " * 295,
    "engaged with the big red " + "old " * 1250,
    "engaged rebels in " * 278,
    " " * 5000,
)
# none done (fixes32): runs of " no", of " no fewer", of letters with no blank (a past verb never closing), of blanks
NONE_DONE32_TEXTS = cut(" no" * 1667, " no fewer" * 556, "killed" * 833, " " * 5000)
# a denial (leftopen33): runs of "denied ", of "denied that it had ", of "carrying out the ", of "in the ", of
# ", which" never reaching a toll, of blanks
DENIAL33_TEXTS = cut(
    "denied " * 715,
    "denied that it had " * 264,
    "carrying out the " * 295,
    "in the " * 715,
    ", which" * 715,
    " " * 5000,
)
# aircraft that flew without striking (fixes33): runs of "without ", of "did not carry out any ", of "n't ", of
# "not and ", of blanks
FLIGHT33_TEXTS = cut("without " * 625, "did not carry out any " * 228, "n't " * 1250, "not and " * 625, " " * 5000)
# "targeted" an audience or by a penalty (fixes33): runs of "young ", of "sanctions also ", of "targeted the ", of
# words never reaching a harm word, of blanks
TARGETED33_TEXTS = cut(
    "young " * 834, "sanctions also " * 334, "targeted the " * 385, "voters queued " * 358, " " * 5000
)
# damage rebuilt (fixes33): runs of "rebuilding homes ", of "returned to the old ", of "destroyed by ", of
# "homes destroyed by regime shelling " never reaching a trigger's end, of blanks
REBUILT33_TEXTS = cut(
    "rebuilding homes " * 295,
    "returned to the old " * 250,
    "destroyed by " * 385,
    "rebuilding homes destroyed by regime shelling " * 109,
    " " * 5000,
)
# a truce as a time (fixes33): runs of "before ", of "until the ", of "ahead of ", of blanks
TRUCE_TIME33_TEXTS = cut("before " * 715, "until the " * 500, "ahead of " * 556, " " * 5000)
# kin of the dead (fixes33b): runs of "orphans of ", of "families of the old ", of words never reaching "of", blanks
KIN33_TEXTS = cut("orphans of " * 455, "families of the old " * 263, "widows " * 715, "of" + " " * 4998)
# a flight over a place with no strike (fixes33b): runs of ", but ", of "flew over ", of words never reaching a denial,
# of blanks
OVERFLOWN33_TEXTS = cut(", but " * 834, "flew low over the " * 278, "and did " * 625, "flew over" + " " * 4991)
# a sentence naming its own new doer (fixes33b): runs of lower-case words never reaching the doer, of "an ", blanks
OWN_DOER33_TEXTS = cut("a car " * 834, "an " * 1667, "suicide " * 625, " " * 4990 + "bomber")
# an attack pushed back (leftopen33): runs of "pushed back ", of "pushing back an IS " never reaching the attack, of
# "managed to push back an attack ", of blanks
PUSHBACK33_TEXTS = cut(
    "pushed back " * 417, "pushing back an IS " * 264, "managed to push back an attack " * 162, " " * 5000
)
# an army attack (leftopen33): runs of "army ", of "an army attack ", of "army attacks" with no blank between, blanks
ARMY_ATTACK33_TEXTS = cut("army " * 1000, "an army attack " * 334, "army attacks" * 417, " " * 5000)
# bare soldiers (leftopen33): runs of "12 soldiers ", of "dozens of" with no blank after, of "the" with none, of blanks
SOLDIERS33_TEXTS = cut("12 soldiers " * 417, "dozens of" * 556, "the" * 1667, " " * 5000)
# a verdict (fixes32): runs of "sentenced ", of "for the ", of "sentenced for" with no blank after, of blanks
VERDICT32_TEXTS = cut("sentenced " * 500, "for the " * 625, "sentenced for" * 385, " " * 5000)
# succeeded in (fixes32): runs of "succeeded ", of "were successful ", of "succeeded in " not at the end, blanks
SUCCEEDED32_TEXTS = cut("succeeded " * 500, "were successful " * 313, "succeeded in " * 384 + "x", " " * 5000)
# a defence told done (gaps32): runs of "managed to repel", of "were able", of "was able to repel the", blanks
REPEL_DONE32_TEXTS = cut("managed to repel " * 295, "were able " * 500, "was able to repel the " * 228, " " * 5000)
# a count's aside set off by commas (gaps32): runs of "3 soldiers, one of them", of "one of them an officer,", of
# ", ", and a count then a long aside that never reaches the verb
ASIDE32_TEXTS = cut(
    "3 soldiers, one of them " * 209,
    "one of them an officer, " * 209,
    ", " * 2500,
    "3 soldiers, one of them " + "an officer, " * 415,
)
# whose troops (gaps32): runs of "its own", of "their", of "its" with no blank between, of "Iran-", of blanks
WHOSE_TROOPS32_TEXTS = cut("its own " * 625, " their" * 834, "its" * 1667, "Iran-" * 1000, " " * 5000)
# a truce agreed with the other side (gaps32): runs of "agreed with", of "agreed with the army", of "in Daraya", of
# capitalised words, and "agreed with" before words that never reach "to stop fighting"
AGREED_WITH32_TEXTS = cut(
    "agreed with " * 417,
    "agreed with the army " * 239,
    " in Daraya" * 500,
    " Daraya" * 715,
    "agreed with " + "the big army " * 384,
)
# a siege told by "blockaded" (gaps32): runs of "blockaded", of "economic blockaded", of "blockad", of blanks
BLOCKADED32_TEXTS = cut("blockaded " * 500, "economic blockaded " * 264, "blockad" * 715, " " * 5000)
# bases set up by count (gaps32): runs of "established 12", of "set up three new", of "established twelve bases",
# of digits
BASES_COUNTED32_TEXTS = cut(
    "established 12 " * 334, "set up three new " * 295, "established twelve bases " * 200, "1" * 5000
)
# a capital named as a party (placefp32): runs of "independently of", of "at the the", of "loyal to", of "in in", blanks
PARTY32_TEXTS = cut(
    "independently of " * 295, "at the the " * 455, "loyal to " * 556, "in in coordination " * 264, " " * 5000
)
# a numbered unit that speaks (placefp32): runs of "has", of "called", of "Division 30", of blanks
SPEAKS32_TEXTS = cut(" has" * 1250, " called" * 715, " Division 30" * 417, " " * 5000)
# a village's size or side word at a name's end (placefp32): runs of "al-Kubra", of blanks, of "al-", of "kubr"
SIZE_OR_SIDE32_TEXTS = cut(" al-Kubra" * 556, " " * 5000, " al-" * 1250, " kubr" * 1000)
# a deal struck (vocab33): runs of " a new" (the determiners), of " struck", of " deal-", of blanks
STRUCK_DEAL33_TEXTS = cut(" a new" * 834, " struck" * 715, " deal-" * 834, " " * 5000)
# a swift entry (vocab33): runs of "swept", of "sweeping through", of "rolled into the", of blanks
SWEPT_INTO33_TEXTS = cut("swept " * 834, "sweeping through " * 295, "rolled into the " * 313, " " * 5000)
# a bomb planted (vocab33): runs of "planted a", of "planted bombs" with no harm after, of "planted bombs killing",
# of blanks
PLANTED33_TEXTS = cut("planted a " * 500, "planted bombs " * 358, "planted bombs killing " * 228, " " * 5000)
# one rocket or missile that hit (vocab33): runs of "rocket", of "rocket slammed", of "missile crashed into", of blanks
ROCKET_HIT33_TEXTS = cut("rocket " * 715, "rocket slammed " * 334, "missile crashed into " * 239, " " * 5000)
# a place surrounded (vocab33): runs of "surrounded", of "the rebel-held town of", of "forces have", of "have also",
# of blanks
SURROUNDED33_TEXTS = cut(
    "surrounded " * 455, " the rebel-held town of" * 218, " forces have" * 417, " have also" * 500, " " * 5000
)
# the passive's "by" after "surrounded" (reread33): a run of blanks with no "by", the same ending on "by", runs of " by"
SURROUNDED_BY33_TEXTS = cut(" " * 5000, " " * 4998 + "by", " by" * 1667)
# arms taken (vocab33): runs of "the large", of "of", of "weapons", of "weapons depots", of blanks
MATERIEL33_TEXTS = cut(" the large" * 500, " of" * 1667, " weapons" * 625, " weapons depots" * 334, " " * 5000)
# a bombing foiled (vocab33): runs of "foiled a", of "thwarted the planned car", of "suicide", of blanks
FOILED33_TEXTS = cut("foiled a " * 556, "thwarted the planned car " * 200, "suicide " * 625, " " * 5000)
# munitions held or sent (vocab33): runs of "shipments of", of "sent", of "includes" then words, of "rockets", blanks
MUNITION_HELD33_TEXTS = cut(
    "shipments of " * 385, "sent " * 1000, "includes " + "big red " * 623, "rockets " * 625, " " * 5000
)
# a share of the country told by a quantity word (vocab33): runs of "control of most of", of "the bulk", of
# "large parts", of blanks
SHARE33_TEXTS = cut(" control of most of" * 264, " the bulk" * 556, " large parts" * 417, " " * 5000)
# a name's spelling key (placefp32; tidy33 keys it by `aliases.name_key`): runs of one vowel, of one letter
# doubled, of blanks and hyphens, of "al-Hamidiyeh"
VOWEL_SHAPE32_TEXTS = cut("a" * 5000, "bb" * 2500, " -" * 2500, "al-Hamidiyeh " * 385)
# a person's relation before "of" (placefp32): runs of "colleague of", of "of", of blanks
RELATION_OF32_TEXTS = cut(" colleague of" * 385, " of" * 1667, " " * 5000)
# a title before a kunya, a nisba after it (placegaps33): runs of titles, of blanks, of "al-", of capitalised words
KUNYA_PERSON33_TEXTS = cut(" fighter" * 625, " " * 5000, " al-" * 1250, " al-Aa" * 833, "fighter" + " " * 4993)
# a street's or a road's word after a place abroad (placefp33): runs of the noun, of blanks, of "St.", of dashes,
# of "international"
STREET33_TEXTS = cut(" Street" * 715, " " * 5000, " St." * 1250, " Streets" * 625)
ROAD33_TEXTS = cut(" international" * 358, " " * 5000, " highway" * 625, " - " * 1667, "-" * 5000)
# a fighter's by-name before "of" (placefp33): runs of "Abu", of "Abu Aa al-Bb of", of "of the", of blanks
KUNYA33_TEXTS = cut("Abu " * 1250, "Abu Aa al-Bb of " * 313 + "x", " of the" * 715, "Abu" + " " * 4990 + "of")
# an official a deed fell on (probe30): runs of the verb, of words before "official", of "official in", blanks
OFFICIAL_HIT30_TEXTS = cut(
    "killed " * 715, "killed a senior " * 313, "official in " * 417, "killed a official in the " * 200, " " * 5000
)
# a lead over several places (leads30): runs of "several", of "a series of", of words between, of "across", blanks
SEVERAL_PLACES30_TEXTS = cut(
    "several " * 625,
    "a series of " * 420,
    "several big red " * 320 + "x",
    "across the rebel " * 300,
    "a" + " " * 4998 + "series",
)
# a doer left open "by either" (taken31): runs of the verb, of "by either the", of "either", blanks, of the whole
DONE_BY31_TEXTS = cut(
    "carried out " * 417, "by either the " * 358, "either " * 715, " " * 5000, "carried out by either " * 228
)
# a quarter opening its sentence (merge29): runs of names with the article, of the article, of capitals, blanks
OPENING_PLACE29_TEXTS = cut(
    "Al-Jaberiyeh " * 390,
    "Al-" * 1670,
    "Al-Jaberiyeh al-Kabir Abu " * 200 + "neighborhood",
    "Al-Jaberiyeh" + " " * 4976 + "neighborhood",
    "Al-Ab Cd Ef " * 420,
)
# the words before a hospital named as a site: prepositions, speakers' words, blanks (landmark29)
HOSPITAL29_TEXTS = cut("taken to " * 560, "a source at " * 420, "doctors " * 630 + "at ", "near" + " " * 4996)
# a two-word landmark noun after names their article opens (landmark29)
SPORTS29_TEXTS = cut("al-Nidal Sports " * 320, "Sports Club " * 420, "Al-Ab Sports Club " * 280, "al-Ab Power " * 420)
# a name after "between" or after a kind and "and" (places30): the words repeated, with names, blanks
LOCATED30_TEXTS = cut(
    "village and " * 420, "between " * 630, "village and Aa " * 340, "between Aa Bb " * 360, "area and" + " " * 4992
)
# a name after a verb of striking or taking (placegaps33): the verb repeated, after "to", with names, blanks
LOCATED33_TEXTS = cut("hit " * 1250, "to hit Aa " * 500, "shelled Aa " * 455, "struck" + " " * 4994)
# a bombing word read as a trigger (merge28): the words repeated, blanks
LOOSE_BOMBING28_TEXTS = cut("bombings " * 560, "bombardment" * 460, "bombing" + " " * 4993)
# the campaign after "bombing" (remote30): blanks with no word, a run of the word glued, blanks before a longer word
CAMPAIGN30_TEXTS = cut(" " * 5000, "campaign" * 625, " " * 4990 + "campaigner")
# a claim of responsibility (retold27): the claim verb repeated, words after "the", blanks
CLAIMED27_TEXTS = cut(
    "claimed " * 620,
    "claimed responsibility for the " * 160,
    "claimed the " + "big " * 1250,
    "claims the big big " * 260 + "x",
    "claimed" + " " * 4993,
)
# what a truce bore on (split28): the words repeated, blanks after "on"
IMPACT28_TEXTS = cut(
    "impact on " * 500,
    "little impact on the " * 240,
    "effects on the the " * 270 + "x",
    "impact on" + " " * 4991,
)
# "the towns" referring back (strat28): the article and number words repeated, blanks after them, "of" before capitals
TOWNS28_TEXTS = cut(
    "the " * 1250,
    "the two " * 630,
    "both the towns of " * 280,
    "the towns of " + "A" * 4987,
    "the" + " " * 4997,
)
# a truce's making, "unilateral" among its words (strat28): the words repeated, a truce word after a run of them
# truce28: "trapping nearly 300000 residents" (the count after the verb) and the subject of the verb before it
TRAPPED28_TEXTS = cut(
    "trapping " * 560,
    "trapping nearly " * 320,
    "trapping 1 " * 460,
    "trapping 1" + "1" * 4990,
    "trapping 1,000 thousand " * 210,
    " have has had" * 390,
    " " * 4990 + "sealed",
    "trapping about 300,000 residents " * 150,
    "sealed off the " * 330,
    "cut " * 1240 + "roads",
)
TRUCE28_TEXTS = cut(
    "unilateral " * 460,
    "unilaterally truce " * 270,
    "truce with " * 460,
    "truce between " * 360,
    "unilateral" + " " * 4990,
)
# a share of the dead opening a sentence (strat28): the share words repeated, "of the" runs, blanks after "were"
SHARE28_TEXTS = cut(
    "most " * 1000,
    "most of the " * 420,
    "many of them were " * 280,
    "all were reportedly reportedly " * 170,
    "most were" + " " * 4991,
)
# a beginning in the present before an infinitive (timeline26): the verbs repeated, blanks after "to"
BEGINS26_TEXTS = cut("begins to " * 500, "starts " * 720, "begins to" + " " * 4991)
# nationalities joined before shared ground and air nouns, quote marks opening word runs (engroles24)
ENGROLES24_TEXTS = cut(
    "Russian and Syrian ground ground " * 160,
    "Syrian air forces air air " * 200,
    ' "word "word-word ' * 280,
    "it was lost to lost to were lost " * 152,
    "Very Long Capitalised Name " * 190,
    "Russian Syrian Turkish regime and " * 150,
)
# the noun of one killing with no count after it, and singular victims with no noun (kills23)
KILLING_TEXTS = cut(
    "killing of of " * 360, "killing of a young young " * 200, " of a an one " * 385, "a young old " * 420
)
# relatives with no verb of harm, names listed with no end, "what" runs, cycles never breaking out (review23e)
REVIEW23E_TEXTS = cut(
    "that which that " * 320,
    "Aa Bb and Cc, " * 360,
    "in what what " * 384,
    " and also and " * 360,
    " again also " * 420,
    "missile rocket gas cylinder " * 180,
)
# "wrested back" with nothing around it, the passive with "from" over and over, "back" repeated before "control", and
# "in the" repeated (engrecall24)
ENGRECALL24_TEXTS = cut(
    "wrested back " * 400,
    "had been wrested back from " * 200,
    "gained back back full control " * 180,
    "In the in the " * 360,
)
# words of fighting cut short and run together, and long capitalised runs (engtypes24)
ENGTYPES24_TEXTS = cut(
    "clashe fightin battl groun " * 200, "clashesclashes fightingfighting " * 150, "Very Long Capitalised Name " * 190
)
# passive auxiliaries with no "hit" after them, and "hit" with no preposition (kills23)
HIT_AT_TEXTS = cut("were were also " * 330, "has been has been " * 280, "was also hit hit " * 290, "Were Hit In " * 410)
# persons' names of the speakers by their body or apposition, before a verb of saying that never comes (actclaim24)
SPEAKER_TEXTS = cut(
    "Omar Haddad of the " * 270,
    "Aa Bb Cc Dd " * 420,
    "said Omar Haddad a " * 270,
    "Omar Haddad a writer " * 240,
    "Aa Bb of Cc Dd of " * 280,
    "Omar Haddad WFP regional director for " * 130,
)
# kunyas after nickname phrases and roles, names before them, and sources before a verb that never comes (actors24b)
KUNYA_TEXTS = cut(
    "known as Abu Omar " * 280,
    "Aa Bb Cc also known as " * 220,
    "commander Abu Abu Abu " * 230,
    "the source the source " * 230,
    "Abu Omar al-Homsi " * 280,
    "Assads Assads " * 360,
    "Bashar al-Assad's forces " * 200,
)
# munitions before a verb of flight that never comes, and launch verbs before cylinders that never come (kills23)
FLIGHT_TEXTS = cut(
    "missiles " * 560, "two missiles launched " * 230, "launched the explosive " * 220, "propane explosive " * 280
)
# "similar" opening a clause before a bombing (outlets3)
SIMILAR_TEXTS = cut(", similar " * 500, "meanwhile also similar " * 220, "similar " * 625)
# "yet to" before a determiner, repeated, and "yet" alone (guards25)
HEDGE_TEXTS = cut("yet to " * 720, "yet to the " * 460, "yet " * 1250, "Yet To A " * 560)
# "air" before the words of a ground site (outlets3)
AIR_SITE_TEXTS = cut("air " * 1250, "air force " * 500, "air force air defence " * 230)
# "air" hyphened to the words of a ground site; a drone hit by something (review11)
AIR_HYPHEN_TEXTS = cut("air-defence " * 420, "air- " * 1000, "air-force-base " * 340)
DRONE_TEXTS = cut("drones hit by " * 360, "drone on last this " * 265, "drones " * 715)
# nouns shared by a list, 'new X', states negated, the Levant (places9; the whole text, as the test had it)
SHARED_NOUN_TEXTS = ("Aa " * 1700, "and new " * 650, "of the " * 700, "province of " * 450, "did not " * 650,
                     "Sham " * 1000)  # fmt: skip
# a district named before its seat (placefp37): runs of "the district of", of blanks after "the", of "district of"
DISTRICT37_TEXTS = cut("the district of " * 313, "the" + " " * 4997, " district of" * 417, "the district" + " " * 4988)
# a governorate's office (placefp37): runs of capitalised words, of "Governorate", of "source at the", of blanks
OFFICE37_TEXTS = cut(
    "Aa " * 1667, " Governorate" * 417, "source at the " * 358, " " * SIZE, " in the" * 715, "Aa Governorate" * 358
)
# a side of a city before a governorate's noun: blanks, the noun repeated, a name repeated (capital25)
# an outlet's launch in its blurb (places26): capitalised words, blanks, "in" repeated after the opening
LAUNCHED_TEXTS = cut(
    "Launched in " + "Aa-Bb " * 833, "Launched in Aa" + " " * 4990, "Launched in Aa Bb " + "in " * 1660, "A" * 5000
)
# a linked headline's label (articles34): runs of "Related", of "see also" with no colon, of blanks before a colon
LINKED34_TEXTS = cut("Related " * 625, "See also " * 555, " " * 4999 + ":", "Related" + " " * 4992 + ":")
# a place phrase between a subject and its verb (articles34): runs of "in", of "in the", of blanks, of capitalised words
SUBJECT_PLACE34_TEXTS = cut(" in" * 1667, " in the" * 715, " " * SIZE, " in Aa" * 834, " in the Aa fired" * 313)
# a source's blame closing a sentence (articles34): runs of "said ,", of "said, blaming the", of blanks, of commas
BLAMING34_TEXTS = cut("said , " * 715, " said, blaming the" * 278, " " * SIZE, "said," * 1000, "said, blaming " * 358)
# an unnamed subject opening a sentence, a joined verb (articles34): runs of "the", of "on Monday", of blanks, of "and"
UNNAMED34_TEXTS = cut("the " * 1250, "on Monday, " * 455, " " * SIZE, " , and" * 834, "the armed " * 500)
# a comma aside before a verb of firing (articles34): runs of ", a,", of "fired", of blanks, of commas
ASIDE34_TEXTS = cut("a, b, " * 834, " fired" * 834, " " * SIZE, "," * SIZE, "x, which y, fired a b c d " * 200)
# a munition told by where it was fired from (articles34): runs of "rocket fired from", "fired", "missiles launched"
FLIGHT34_TEXTS = cut("rocket fired from " * 280, "a rocket " + "fired " * 830, "missiles launched " * 280)
# a body's noun after a name (placefp31): runs of the nouns with no name before them, of "party" glued, of blanks
BODY_AFTER31_TEXTS = cut(" partyparty" * 500, " Fronts" * 800, " " * SIZE, " TVTV" * 1000)
# a given name or a kunya before a one-word name (placefp31): runs of "Abu", of capitalised words, of blanks, of kunyas
GIVEN_BEFORE31_TEXTS = cut("Abu " * 1250, "Aa " * 1700, " " * SIZE, "Abu Aa " * 720)
# a relative pronoun before a verb of diplomacy (placefp31): runs of "which", of "which have", of "who" before no verb
STATE_VERB31_TEXTS = cut(" which" * 834, " which have" * 455, " who who whom" * 385)
# "regions" before a list of capitals (placefp31): runs of "regions", of "regions of", of blanks
REGIONS31_TEXTS = cut("regions " * 625, " " * 4989 + "regions of ", " " * SIZE)
# a deed told as history (fp27): runs of the perfect, of "in the", of blanks, of "over the past" and "weeks"
# "since the battle for Aleppo last year": runs of time words and "the", of phrase words with no year, of years
DATED_BACK_TEXTS = cut(
    "during the " * 455,
    " for the aa bb" * 358,
    " in 2014 in" * 455,
    " since the final " * 295,
)
# "which regime forces recaptured in March" (prec31): runs of "which", of subject words, of "in March", of "back"
TAKEN_IN_RELATIVE_TEXTS = cut(
    "which " * 833,
    "which aa " + "bb " * 1664,
    " captured in March" * 277,
    " back" * 1000,
    " in early March 2015" * 250,
)
PAST_DEEDS_TEXTS = cut(
    "has " * 1250,
    "has aa " + "in the " * 714,
    " " * 2500 + "has bombed" + " " * 2490,
    "over the past " * 358,
    "during the last " + "weeks " * 830,
)
# an infinitive's verb joined by "and", "after N days of", a truce agreed, "lift the" (bnone28): runs of "to", of
# "and", of the words the patterns repeat, of blanks
BNONE28_TEXTS = cut(
    "to " * 1700,
    "to save " + "them " * 1000 + "and ",
    "waiting for " * 400 + "to save them and ",
    "after " + "days of " * 624,
    "agreed a truce " + "x" * 4900,
    "lift the " * 555,
    " " * 5000,
)
# what opens a bulletin's item after its heading (places29): runs of blanks, of tabs, of the words it reads
HEADING29_TEXTS = cut(" " * 5000, " An" * 1700, " \t" * 2500, " Army" * 1000, " The " * 1000, " Units" * 850)
# a source cited by "according to" (dup29): runs of the phrase, of capitalised words, of blanks
CITED29_TEXTS = cut("according to " * 385, "According to the Aa Bb " * 218, " Aa" * 1667, " " * 5000, "to the " * 715)
# a blast a picture shows (dup29): runs of "showed", of words after "scenes of", of qualifiers, of blanks
SHOWN29_TEXTS = cut("showed " * 715, "shows scenes of " + "aa " * 1661, "showing " + "a huge " * 713, " " * 5000)
# "at its headquarters" after a trigger (sides29): runs of "at its", of a word between, of blanks, a noun far off
ITS_SITE29_TEXTS = cut(" at its" * 715, " at its " + "aa " * 1664, " " * 4990 + "its bases", " on their" * 556)
# silence over a deed (dup29): runs of "silence of", of "of the", of words after the phrase, of blanks
SILENT29_TEXTS = cut("silence of " * 455, "silence of the " + "of the " * 712, "silence of " + "aa " * 1663, " " * 5000)
# how often a strike comes (dup30): runs of "is", of "has been now still", of "almost", of blanks, "daily" far off
HOW_OFTEN30_TEXTS = cut(
    " is" * 1667, " has been now still" * 263, " is almost" * 500, " " * 5000, " is " + " " * 4980 + "daily"
)
# a part of a definite group as a passive's subject (dup30): runs of "some of the", of "the", of words, of quotes
PART_OF30_TEXTS = cut(
    "some of the " * 417, ". the " * 834, '"Some of the aa bb cc ' + "aa " * 1660, '"' * 5000, " " * 4990 + "were"
)
# the blow an offensive began with (dup30): runs of "offensive", of "began", of "with a", of words, of blanks
OPENED_WITH30_TEXTS = cut(
    "offensive " * 500, "offensive began " + "began " * 830, "offensive " + "with a " * 713, "aa " * 1666, " " * 5000
)
# a capital's own countryside (places26): side words and "and" repeated, blanks, "city" repeated, a comma run
OWN_COUNTRYSIDE_TEXTS = cut(
    "Aa and its " + "northern and " * 385, "Aa" + " " * 4990 + "its", "Aa" + " city" * 1000, "Aa its north," * 385
)
# between a list of villages and the governorate they lie in: runs of blanks, of "in the", of side words (places27)
IN_LAND27_TEXTS = cut(" " * 5000, " in" * 1700, " in the" * 720, " in " + "eastern " * 620, "  in  the  a  " * 360)
# a number after a place's name: runs of digits, of blanks, of numbers and nouns with no name (places27)
NUMBERED27_TEXTS = cut("1" * 5000, " " * 4990 + "4 area", " 4" * 2500, " 4 \t" * 1250, "Aa 86 " * 840)
# a quarter noun after a name (unseen27): runs of blanks, of "and other", of "and", of blanks and a noun far off
QUARTER_NOUN27_TEXTS = cut(" " * 5000, " and other" * 500, "Aa and " * 715, " " * 4990 + "district")
# a compound of who lives in or holds a quarter before its name (unseen27): runs of the compound, of "the", of names
HELD_QUARTER27_TEXTS = cut(
    "the Aa-held " * 420, "the mainly Kurdish-populated " * 175, "the " * 1250, "the Aa-held Bb Cc " * 280
)
# a name after a holder's compound (unseen27): runs of the compound, of names after it, of blanks after a name
HELD_NAME27_TEXTS = cut("rebel-held " * 455, "Aa-held Bb Cc " * 360, "a-held Bb" + " " * 4990, "Aa-" * 1666)
# a country named in a story (places28): runs of the name, of its possessive, of a name cut short, of blanks
COUNTRY28_TEXTS = cut("Iraq" * 1250, "Iraqs " * 840, "Ira Iraqx " * 500, " " * 4990 + "Iraqi")
# a name and its kind after a preposition of passing (unseen27): runs of the preposition, of names after it
# a local place's name as a side of a town: runs of side words, of names, of blanks (unseeneng27)
CITY_SIDE_NAME27_TEXTS = cut("eastern " * 625, "south-west Aa " * 360, "East " + "a " * 2500, "north" + " " * 4995)
PASSING27_TEXTS = cut("through " * 625, "across Aa " * 500, "inside Aa Bb " * 385, "around al-Aa " * 385)
CITY_SIDE25_TEXTS = cut(" " * 4990 + "province", "province " * 560, "Homs " * 1000, " \n" * 2500)
# blame after an engagement noun: runs of its words, of blanks, of a relative pronoun (remote26)
BLAMED26_TEXTS = cut(
    "blamed " * 710, " was widely " * 410, " which" * 830, "was responsible " * 310, " " * 5000, "a b c, " * 710
)
# a site hit in the passive: runs of the site noun, of its auxiliary and verb, of blanks before a last "hit" (remote26)
SITES_HIT26_TEXTS = cut(
    "hospital " * 550 + "was hit", "was hit " * 620, " " * 4990 + "was hit", "hospital in the a b c " * 220 + "was hit"
)
# the air arm before a verb of destruction, and backing a subject (remote26)
AIR_FORCE26_TEXTS = cut("the air force destroyed " * 210, "backed by the air force " * 210, "air force " * 500)
# a blow dealt or suffered before a strike: runs of its adverbs, of "blow", of short words, of blanks (remote26)
BLOWS26_TEXTS = cut(
    " also" * 1000, " dealt a heavy blow to " + "the " * 1240, " suffered " + "blow " * 995, " a b c" * 833, " " * 5000
)
# a capital coordinated with provinces: blanks, commas, "and all of", "in" repeated, a possessive (capital25)
CAPITAL25_TEXTS = cut(" " * 4990 + "and all of", " ," * 2500, "and all of " * 460, "in the " * 720, "s " * 2500)
# a nationality sharing the regime's noun, men of a group named after "by": the joining words repeated (near26)
NEAR26_TEXTS = cut(
    "Russian and regime and regime " * 170,
    "Russian or government Syrian and " * 160,
    "armed terrorists of of terrorists " * 150,
    "gunmen belonging belonging to the so-called " * 115,
    "a-b-c-d " * 630,
    "siege on the siege of an " * 200,
    "opposition-opposition-held " * 185,
    " - a - b" * 625,
    " and its allies and allied forces" * 150,
    "killed including killed among them a an " * 125,
)
# the group's possessive with its apostrophe dropped: runs of the noun, of hyphened spans, of blanks (dropped26)
DROPPED26_TEXTS = cut(
    "the militant groups " * 250,
    "the militant groups a-b-c-d-e-week " * 140,
    "the militant group" + " " * 4980,
    "s " * 2500,
)
# a video of killings before the trigger: runs of its verbs, of short words, of blanks, of the noun (dropped26)
VIDEO26_TEXTS = cut(
    " released a video" * 290, " posted a a a a " + "a-b " * 1240, " " * 5000, " released the video showing the " * 150
)
# apostrophes read as an ayn inside a name (outlets2)
PLACE_NAME_TEXTS = cut("M’a’a’a’a’a’" * 400, "Ta’anouz Sa’dabeh " * 250, "A’" * 2500, "Aa’s " * 1000)
# a toponym's head before a word a person's or tribe's name follows, run on with no name after it (bounds27)
HEADED27_TEXTS = cut("Tal Abu " * 630, "Tal al-Sheikh " * 360, "Jabal Umm Bani " * 340, "Deir Bani Aa-" * 390)
# a list after a verb of bombardment, a title-cased article inside a name (outplace8)
STRUCK_LIST_TEXTS = cut("shelled " + "Aa, " * 1700, "targeting " * 600, "Aa Al-Bb " * 600, "in Aa Al-" * 600)
# spaced articles a list's words set off, a side before a name (outplace8)
SET_OFF_TEXTS = cut("of al- " * 720, "al- Aa, " * 630, "and al- Bb and " * 340, "Eastern " * 630)
# names as speech spells them: diphthongs, glides, doubled letters, one long word (places11)
SPOKEN_TEXTS = cut("ayawey" * 840, "iaiouo" * 840, "hweja " * 840, "s" * 2500 + "h" * 2500)
# a place word's glides (translit33): a long run of "y", of "ia", of consonants then "y", "bia" repeated
GLIDE_TEXTS = cut("y" * 5000, "ia" * 2500, "bcdfg" * 999 + "y", "bia" * 1666)
# a place word's French letters (places34): runs of "ch", of "ou" before a vowel, of "c" and "h", of consonants
FRENCH_TEXTS = cut("ch" * 2500, "soue" * 1250, "c" * 2500 + "h" * 2500, "bcdfg" * 999 + "oui")
# a place word's Kurdish and Turkish letters (placefix34): a run of "ş", of "c" with one "ê", of words, of "x"
KURDISH_TEXTS = cut("ş" * 5000, "c" * 4999 + "ê", "Şêx " * 1250, "x" * 4999 + "î")
# a city's possessive before its noun of quarters (places11)
QUARTER_OF_TEXTS = cut("Aas " * 1250, "A" * 4980 + "s quarter of ", "Aleppos residential " * 250, "the of " * 720)
# names read again with the feminine ending (places23): vowels, "at" repeated, a long capitalised run
CONSTRUCT_TEXTS = cut("aeaeae" * 840, "at" * 2500, "Aa Bb " * 840)
# a list's region after it (places23): side words repeated, spaces, a long word ending in "s"
REGION_TEXTS = cut(" in the " + "northern-western " * 310, " in " + " " * 4990 + "x", "Aaaaa" * 999 + "s")
# a list's groups, each closed by its region (places23): "in" repeated, capitalised words, commas
GROUP_TEXTS = cut("Aa" + " in Bb, Aa" * 500, " in the Aa Bb Cc Dd Ee " * 220, " in " * 1250, " in north-west Aa," * 280)
# a list read back from its region (places23): a long run of names and "and", commas, side words before the end
BEFORE_REGION_TEXTS = cut(
    "Aa and " * 713 + "in the ", "Aa, " * 1247 + "Bb in ", "Aa in the " + "north " * 830, "Aa-Bb " * 832 + "in"
)
# what a list before its region follows (review23): articles repeated, a verb repeated, spaces after a verb
PEOPLE_TEXTS = cut("the " * 1250, "arrested " * 555, "killed" + " " * 4994)
# lists before their plural noun, one opening the text (outplace8)
TAIL_TEXTS = cut("Aa, " * 1248 + "villages", "Aa " * 1660 + "and Bb towns", "the " * 1245 + "Aa villages")
# counts told again, "twenty more" (review 9)
MORE_DEAD_TEXTS = cut("twenty more " * 420, "another " * 630, "one two three four five " * 210)
# a definite subject before a verb (merges22): articles, long words after one, a passive's auxiliary
SUBJECT_TEXTS = cut("the " * 1250, "The Aa-Bb Cc " * 400, "the town was " * 390, "x" * 4999 + " ")

_SNIPER = re.compile(rf"\b(?:{SNIPER_FIRE})\b", re.IGNORECASE)  # as the trigger table reads it: a word either side
_SHOT_INTO_HOMES = re.compile(SHOT_INTO_HOMES, re.IGNORECASE)
_AGREED_TO_STOP = re.compile(rf"\b(?:{AGREED_TO_STOP})\b", re.IGNORECASE)  # as the trigger table reads it (sd32)
_SURRENDERED = re.compile(rf"\b(?:{SURRENDERED})\b", re.IGNORECASE)  # as the trigger table reads it (sd32)
_HANDED_OVER = re.compile(rf"\b(?:{HANDED_OVER})\b", re.IGNORECASE)  # as the trigger table reads it (probe31)
# as the trigger table reads them: a word boundary either side
_DEAL_BY_TERMS = re.compile(rf"\b(?:{DEAL_BY_TERMS})\b", re.IGNORECASE)
_CAMPAIGN_PRESSED = re.compile(rf"\b(?:{CAMPAIGN_PRESSED})\b", re.IGNORECASE)
_DEAL_BETWEEN = re.compile(rf"\b(?:{DEAL_BETWEEN_SIDES})\b", re.IGNORECASE)
_LEFT_UNDER = re.compile(rf"\b(?:{LEFT_UNDER_DEAL})\b", re.IGNORECASE)
_BULLETS_AT_HOMES = re.compile(rf"\b(?:{BULLETS_AT_HOMES})", re.IGNORECASE)
_PROTESTS_PUT_DOWN = re.compile(rf"\b(?:{PROTESTS_PUT_DOWN})\b", re.IGNORECASE)
_PLACE_NAME = re.compile(PLACE_NAME)


def body_after_at_every_offset(text: str) -> list[str]:
    """local_place_names.BODY_AFTER matched at every offset, as the landmark and al-name rules try it after a name."""
    return [m.group() for at in range(len(text)) if (m := local_place_names.BODY_AFTER.match(text, at))]


def _fullmatched(pattern: re.Pattern[str]) -> Callable[[str], str | None]:
    """The whole text if the pattern matches all of it, else None."""
    return lambda text: _group(pattern.fullmatch(text))


def _before_region(text: str) -> str | None:
    """_RUN_BEFORE_REGION searched as `region_lists.lists_before_regions` does, in its window before the text's end."""
    start = max(0, len(text) - region_lists.BEFORE_REGION_CHARS)
    return _group(region_lists._RUN_BEFORE_REGION.search(text, start, len(text)))


def munition_held_before_end(text: str) -> str | None:
    """MUNITION_HELD searched as `other_senses.in_other_sense` does, in the 80 characters before the text's end."""
    return _group(MUNITION_HELD.search(text, max(0, len(text) - 80), len(text)))


def _matched(pattern: re.Pattern[str]) -> Callable[[str], str | None]:
    """The match of the pattern at the text's start, or None."""
    return lambda text: _group(pattern.match(text))


def _middle(text: str) -> re.Match[str]:
    """A match of up to eight characters in the middle of a text, as a trigger the guards are asked about."""
    match = _MIDDLE.match(text, len(text) // 2)
    assert match is not None
    return match


_MIDDLE = re.compile(r"\S{0,8}")


def _state_verbs(text: str) -> list[str | None]:
    """_STATE_VERB matched at every offset, as paired_states tries it."""
    return [_group(_STATE_VERB.match(text, at)) for at in range(len(text))]


def outlets_at_every_offset(text: str) -> list[str]:
    """_OUTLET_AFTER matched at every offset, as mention_filters tries it after a place."""
    return [m.group(0) for at in range(len(text)) if (m := _OUTLET_AFTER.match(text, at))]


def at_every_offset(pattern: re.Pattern[str]) -> Callable[[str], list[str]]:
    """The pattern matched at every offset of a text, as a rule tries it right after each mention."""
    return lambda text: [m.group() for at in range(len(text)) if (m := pattern.match(text, at))]


def speaks_at_every_offset(text: str) -> list[str]:
    """speaking_units.SPEAKS_AFTER matched at every offset, as the rule tries it after a unit's name."""
    return [m.group() for at in range(len(text)) if (m := SPEAKS_AFTER.match(text, at))]


def adverbs_at_every_offset(text: str) -> list[str | None]:
    """_ADVERB matched at every offset, as paired_states tries it after a country."""
    return [_ADVERB.match(text, at).group(0) or None for at in range(len(text))]  # type: ignore[union-attr]


def paired_capitals(text: str) -> list[str]:
    """capitals_paired_with_capitals over every "Damascus" of the text, read as the city, as extract calls it."""
    found = [Mention(Span(m.start(), m.end()), "place/damascus-421202165", "place") for m in _DAMASCUS.finditer(text)]
    return [m.kind for m in capitals_paired_with_capitals(text, found, gazetteer())]


_DAMASCUS = re.compile(r"Damascus")


def _words_before(text: str) -> list[str | None]:
    """_WORD_BEFORE searched in the 30 characters before every 50th offset, as paired_states looks back."""
    return [_group(_WORD_BEFORE.search(text, max(0, at - 30), at)) for at in range(0, len(text), 50)]


# battles_aside (battle32): runs of the guards' own words, of blanks and of a hyphenated word
BATTLES_ASIDE32_TEXTS = cut(
    "displaced by the " * 295,
    " broke out in the " * 280,
    " the offensive " * 340,
    " has not yet" * 420,
    "a lull in the " * 360,
    " against the " * 390,
    " " * SIZE,
    "terror-" * 720,
    " continues on several" * 240,
    " raged across the " * 280,
)


# fights_spoken_of and backdrops._PARTNER_IN (notevents33): runs of the guards' own words, of blanks and of hyphens
SPOKEN_OF33_TEXTS = cut(
    "fearing the " * 420,
    "fearing new by " * 360,
    " ending the " * 460,
    "after the the " * 360,
    " clashes " * 560,
    "discussed the " * 360,
    " of the war by " * 340,
    "partner in the " * 340,
    "expect the army to " * 270,
    " " * SIZE,
    "war-" * 1250,
)


_UNITS = "finditer, match"
# fighting told as going on (dupl32): runs of ordinals, of "a second", of "day of", of blanks; "another" read before a
# trigger, its "a second day" left out: runs of "a second", of the day words, of blanks before the end
GOES_ON32_TEXTS = cut(
    "for a second " * 385,
    "their 11th " * 455,
    "a third consecutive " * 250,
    "entered its " * 420,
    "day of " * 715,
    " " * 4990 + "continued",
)
# fighting fled or avoided (dupl32): runs of the verb, of "avoid the", of words, of blanks, searched in the last 60
# characters before a trigger as the guard calls it
FLED32_TEXTS = cut(
    "avoid " * 835,
    "to avoid the " * 385,
    "heavy " * 835,
    " " * 5000,
)
ANOTHER32_TEXTS = cut(
    "a second " * 555,
    "a second day " * 385,
    "another " * 625,
    " " * 4980 + "a second day ",
)
# a strike named as what hurt people (leftopen34): runs of "wounded in the ", of "killed by the air strike ", of
# "injured in a regime raid on " with no capital after, of blanks
HARMED34_TEXTS = cut(
    "wounded in the " * 334, "killed by the air strike " * 200, "injured in a regime raid on " * 179, " " * 5000
)
# men driven out of a place (leftopen34): runs of "pushed back ", of "drove the IS ", of "expelled" with no blank, and
# of blanks
DRIVEN34_TEXTS = cut("pushed back " * 417, "drove the IS " * 385, "expelled" * 625, " " * 5000)
# a time fronted before a sentence's subject (leftopen34): runs of "12 days earlier " with no comma, of "late on ", of
# "a few ", of blanks
FRONTED34_TEXTS = cut("12 days earlier " * 313, "late on " * 625, "a few " * 834, " " * 5000)
# fixes34: a munition fired from a place, an advance after a fight, the counted dead neutralized, a side blamed for
FIRED34_TEXTS = cut("a rocket " * 556, "rockets fired " * 358, "the " * 1250, " " * 5000)
# fire named by its side (engremote35): runs of the side and "fire on", of the words before a people word, of blanks
REMOTE35_TEXTS = cut(
    "rebel fire on " * 358, "rebel fire on the " + "old " * 1250, "regime fire " * 417, " " * 5000, "fire on a " * 500
)
# (engremote36) "strikes on" at a trigger: a run of blanks after "strikes", of "strikes" with no "on", of blanks
REMOTE36_TEXTS = cut("strikes" + " " * 4993, "strikes" * 715, " " * 5000, "strikes on " * 455)
# (remote37) a possessive with its apostrophe lost: runs of a plural before no part of a town, of determiners, of
# "the villages of"
REMOTE37_OWNER_TEXTS = cut("the towns " * 500, "the " * 1250, "the villages of " * 313)
# (remote37) more dead counted: runs of "Another", of "two more", of blanks, none with a verb of harm
REMOTE37_MORE_TEXTS = cut("Another " * 625, "two more " * 556, " " * 5000)
# (review36) "strikes on" before a day or date: a run of digits, of blanks after a day's number, of "strikes on the"
REVIEW36_TEXTS = cut("strikes on " + "1" * 4989, "strikes on 12" + " " * 4987, "strikes on the " * 334)
# (review36) a deal's terms with kin before the fighters: runs of a kin word, of the kin with "of"
REVIEW36_DEAL_TEXTS = cut("deal allowing " + "families " * 554, "deal allowing the families of " * 167)
# (deals36) a deal only proposed or undone: runs of a verb and a determiner with no deal after, of modifiers, of
# "talks on the", of words with no verb of undoing after them, of "fell" and "was" with no "through" or "rejected"
DEALS36_TEXTS = cut(
    "proposed a " * 455,
    "rejected the new big " * 239,
    "failed to agree on a " * 239,
    "talks on the " * 385,
    " deal allowing the" * 278,
    " fell was" * 556,
    " " * 5000,
)
_SIDE_FIRE = re.compile(rf"\b(?:{SIDE_FIRE})\b", re.IGNORECASE)  # as the trigger table reads it: a word either side
ADVANCED34_TEXTS = cut("advanced after " * 334, "after fierce " * 385, "clashes " * 625, " " * 5000)
KILLED34_TEXTS = cut("were " * 1000, "have been " * 500, " " * 5000)
AMONG34_TEXTS = cut("including several " * 278, "among them " * 455, "of the " * 715, " " * 5000, "suicide " * 625)
BLAMED34_TEXTS = cut("blamed the " * 455, "for the attack " * 334, "blamed " * 715, " " * 5000, "a " * 2500)

# (reread34b) a verb after a list's last name: runs of blanks before no verb, of "said" with no blank, of "were" glued
# (reread34b) a glued name's opener: runs of "kfkf", of "ma'" with no "r", of "jisss"
GLUED34_TEXTS = cut("kfkf" * 1250, "ma'" * 1666, "ji" + "s" * 4998)
SUBJECT_OF34_TEXTS = cut(" " * 5000, "said" * 1250, " \t" * 2500 + "saidx", "were" * 1250)

# (reread34) "cleared ... of" armed men whose things follow: runs of "cleared the town of ISIS ", of "terrorists'" and
# of "IS booby" with no end, of blanks after "militants"
CLEARED_THINGS34_TEXTS = cut(
    "cleared the town of ISIS " * 200,
    "cleared of terrorists' " * 218,
    "cleared of IS booby " * 250,
    "militants" + " " * 4991,
)
# (reread34) a fronted dated day: runs of "On June ", of "on 3 ", of "earlier this ", of blanks after "On"
FRONTED_DATE34_TEXTS = cut("On June " * 625, "on 3 " * 1000, "earlier this " * 385, "On" + " " * 4998)
# (reread34) what a blamed side is blamed for: runs of " for its", of " - ", of blanks before "for", of " for for"
BLAMED_FOR34_TEXTS = cut(" for its" * 625, " - " * 1667, " " * 4990 + "for arming", " for for" * 625)
# (reread34) a deal struck: runs of "struck the truce zone", of "truce were struck by the" with no weapon, of blanks
STRUCK_DEAL34_TEXTS = cut("struck the truce zone " * 228, "truce were struck by the " * 200, "truce" + " " * 4995)
# (reread34) a strike that hurt people, no determiner: runs of "wounded in air ", of "killed by a b ", of "hurt in raids
# on" with no capital after
HARMED_BARE34_TEXTS = cut("wounded in air " * 334, "killed by a b " * 358, "hurt in raids on " * 295)
# (reread34) blanks between a verb and its object: runs of blanks and tabs, of no-break spaces, ending on a letter
BLANKS34_TEXTS = cut(" \t" * 2499 + "x", "\u00a0" * 4999 + "x", " " * 5000)
# a past habit told with "used to" (background34): runs of "used to ", of "used the ", of "used the the to ", of "in the
# past " with no end, of blanks
USED_TO34_TEXTS = cut("used to " * 625, "used the " * 556, "used the the to " * 313, "in the past " * 417, " " * 5000)
# a side's record in a relative clause set off by commas (background34): runs of "IS, which has ", of "jets, from which
# ", of " have also", of words with no comma, of blanks
RECORD34_TEXTS = cut("IS, which has " * 358, "jets, from which " * 295, " have also" * 500, "rebels " * 715, " " * 5000)
# a paragraph opening that points back at the one before (paras34): runs of "But, " with no word after, of "The ", of
# opening quotes, of blanks
PARAGRAPH34_TEXTS = cut("But, " * 1000, "The " * 1250, "“" * 5000, " " * 5000)
# a line that heads a list of links, or opens one (paras34): runs of "Related " with no colon, of "read also ", of
# "Read more :" with blanks, of blanks
LINKS34_TEXTS = cut("Related " * 625, "read also " * 500, "Read more " + " " * 4980 + ":", " " * 5000)
# a campaign carried on in an "as" clause (engfp35): runs of "as the " with no verb, of "as rebels continue the " with
# no trigger after, of "continue their " with no "as", of blanks
CARRIED35_TEXTS = cut("as the " * 715, "as rebels continue the " * 218, "continue their " * 334, " " * 5000)
# a kind named with "such" (engfp35): runs of "such a ", of "such as such ", of blanks
SUCH35_TEXTS = cut("such a " * 715, "such as such " * 385, " " * 5000)
# a body's remit (engfp35): runs of "in charge of ", of "oversees the " with no "operations", of blanks
REMIT35_TEXTS = cut("in charge of " * 385, "oversees the " * 385, " " * 5000)
# a deed against a whole people (engfp36): runs of "against the Syrian", of "on its own", of "people of", of blanks
PEOPLE36_TEXTS = cut("against the Syrian " * 264, " on its own " * 417, " people of" * 500, " " * 5000)
# "besieged" after a possessive (engfp36): runs of "in the citys" with no "besieged" at the end, of "citys", of blanks
BESIEGED36_TEXTS = cut("in the citys " * 385, "citys " * 834, " besieged" * 556, " " * 5000)

# (ownjets36) a speaker's own aircraft: runs of " said that" (no possessive), of " said its long-range" (no aircraft
# noun), of " said six " and of blanks
SAID_AIRCRAFT36_TEXTS = cut(" said that" * 500, " said its long-range" * 250, " said six " * 500, " " * 5000)
# (ownjets36) "any" before a trigger: runs of "any " with no end, of "any a-b " (words of kind), of blanks
ANY36_TEXTS = cut("any " * 1250, "any a-b " * 625, " " * 5000)

# (roles36) blame naming a doer: runs of "accused " (a verb with no one after it), of "were accused of using the "
# (the act never named), of "the the " (determiners with no attack noun), of blanks
ACCUSED36_TEXTS = cut("accused " * 625, "were accused of using the " * 193, "the the " * 625, " " * 5000)
# (usdoer37) a doubt of who struck and the noun it is about: runs of "it is " and "it was still " (the doubt's start
# with no word of doubt), of "is unclear " (no question word after), of "air " (no strike after), of blanks
UNCLEAR37_TEXTS = cut("it is " * 834, "it was still " * 385, "is unclear " * 455, "air " * 1250, " " * 5000)
# (missiles37) missiles fired at a site: runs of "fired" with no munition, of words before "missiles" with no
# preposition after, of "missiles at the" with no site, of blanks; the answered phrase: runs of "in response to the",
# of words with no closing word, of "blamed", of "has been"; the gerund's next word: runs of -ed words and blanks
_MISSILES37 = re.compile(rf"\b(?:{MISSILES_FIRED})\b", re.IGNORECASE)  # as the trigger table reads it
MISSILES37_TEXTS = cut(
    "fired " * 834,
    "launched big red " * 295,
    "fired missiles at the " * 228,
    "fired missiles at the old " * 193,
    " " * 5000,
    "in response to the " * 264,
    "in response to the attack " + "word " * 995,
    "blamed " * 715,
    "has been " * 556,
    "killed" * 834,
)

# (roles36) a side taking part in a fight: runs of "were also " (auxiliaries with no verb), of "engaged in the a b "
# (too many words after "in"), of blanks
TAKING_PART36_TEXTS = cut("were also " * 500, "engaged in the a b " * 264, " " * 5000)
# an appositive and its relative clause (appositive36): runs of determiners, of words before the pronoun, of commas
# and pronouns, of blanks, and a clause that never closes
APPOSITIVE36_TEXTS = cut(
    " an" * 1700,
    " an " + "opposition " * 500 + "that includes",
    ", which" * 720,
    " " * 4990 + "a that is",
    " a coalition that includes " + "al-Nusra " * 560 + ".",
)
# the clause's last word (appositive36): runs of one long word ending in "ly", of "-ly" words, of blanks after a word
OPEN_END36_TEXTS = cut("a" * 4990 + "ly x", " newly" * 830 + ".", "been" + " " * 4990 + "x")

# (roles36) a fight pitting two sides: runs of "clashes " (words with no "pit"), of "were were " (auxiliaries with no
# verb), of blanks
PITTED36_TEXTS = cut(" clashes" * 625, " were were" * 500, " " * 5000)

# (fixes34b) a launching verb closing a comma-less relative clause: runs of " fired a b c d " (too many words after it),
# of " fired" with no word after, of blanks
LAUNCHED34B_TEXTS = cut(" fired a b c d " * 334, " fired" * 834, " " * 5000)

# (fixes34b) a side's striking verb after an unclosed answered phrase: runs of blanks, of " jets jets", of " had had"
MAIN_VERB34B_TEXTS = cut(" " * 5000, " jets jets" * 500, " had had" * 625)

# (fixes34b) unnamed gunmen attacking an armed post: runs of "gunmen ", of "armed men have ", of " a b c " (too many
# words before the post), of "opened fire " with no "on", of blanks
GUNMEN34B_TEXTS = cut("gunmen " * 715, "armed men have " * 334, " a b c " * 715, "opened fire " * 417, " " * 5000)

# (fixes34b) a relative clause naming what a side is: runs of " which a b c " (words, no naming verb), of " which "
# alone, of blanks
NAMING34B_TEXTS = cut(" which a b c " * 385, " which " * 715, " " * 5000)

# (engbattles35) ground taken in recent days, a truce in effect, the misspelt siege, a comment after the trigger:
# runs of "in recent ", of "is in effect " (the lookahead tried at each), of "seige ", of "was in effect a ", of
# "a move " with no relative after it, of blanks
ENGBATTLES35_TEXTS = cut(
    "in recent " * 500, "is in effect " * 385, "seige " * 834, "was in effect a " * 313, "a move " * 715, " " * 5000
)
# (engbattles36) a deal told by its terms, a siege under which a place has been for years: runs of "deal that would
# see " with no fighters after it, of "agreement allowing the " (the terms' words tried at each), of "has been under
# siege " with no length after it, of "been under " with no siege word, of blanks
ENGBATTLES36_TEXTS = cut(
    "deal that would see " * 250,
    "agreement allowing the " * 218,
    "has been under siege " * 239,
    "been under " * 455,
    " " * 5000,
)
# (engbattles37) the sides of a fight "among" groups: runs of blanks and of "among" with no side after them
ENGBATTLES37_TEXTS = cut(
    " " * 5000,
    " among" * 834,
    " among the" * 500,
)
# (engbattles37) a side pressing ahead with its offensive: runs of the verb, of "ahead with", of words with no end
# ground taken (joins37): runs of "control", of "established control", of "control was", of blanks between the words
GROUND_TAKEN37_TEXTS = cut(
    "control " * 625,
    "established control " * 250,
    "control was has been " * 239,
    "took" + " " * 4990 + "control",
)
PRESSED37_TEXTS = cut(
    " pressed ahead with their" * 200,
    " has been pushing on with" * 200,
    " press" * 834,
    " is were been " * 360,
    " with the " + "big " * 1200,
)
# (asclause36) a campaign pressed: runs of the verb and a determiner, of modifiers with no "campaign", of "campaign
# against the" with no foe word after it
ASCLAUSE36_TEXTS = cut(
    "pressed a " * 500,
    "stepped up its new big " * 218,
    "a campaign against the " * 218,
    "press a campaign to crush the " * 167,
    "steps up a b c d " * 295,
    " on the a b" * 455,
    " " * 5000,
)
# (figures35) a part of the dead and its place before the verb, "hundreds of" lives, two persons after "including",
# "or missing", a gas attack's hurt: runs of "of the dead in", of "one of its", of "claimed hundreds of", of "a man
# and his young", of "dozens suffering respiratory" (no "problems" after it)
FIGURES35_TEXTS = cut(
    "5 of the dead in " * 295,
    "one of its " * 455,
    "claimed hundreds of " * 250,
    "including a man and his young " * 167,
    "wounded or missing " * 264,
    " " * 5000,
    "dozens suffering respiratory " * 173,
)


# (review35c) an unarmed speaker's "its soldiers": runs of "its its its " and of "their well-armed " with no noun
REVIEW35C_OWN_TEXTS = cut("its " * 1250, "their well-armed " * 295)

# (review35c) a gas attack's symptoms, not an illness's: runs of "5 are suffering symptoms of " and of "5 suffering
# symptoms of exposure of "
REVIEW35C_TEXTS = cut(
    "5 are suffering symptoms of " * 179,
    "5 suffering symptoms of exposure of " * 139,
)

# (review35) side fire onto a gathering or a day, a truce in effect before a place or a time: runs of "rebel fire on
# Monday" with no blank, of "rebel fire on a funeral ", of blanks after "was in effect", of "is in effect in effect ";
# a comment opened by "another": of "another move " with no relative after it
REVIEW35_TEXTS = cut(
    "rebel fire on Monday" * 250,
    "rebel fire on a funeral " * 209,
    "was in effect" + " " * 4987,
    "is in effect in effect " * 218,
    " " * 5000,
    "another move " * 385,
)

# (places35) a site named for its town: a run of one capitalised word with no site noun after, of "al-" articles, of
# a name and blanks before "hospital", of blanks
FACILITY35_TEXTS = cut("Latamneh" * 625, "al-" * 1667, "Latamneh" + " " * 4980 + "hospital", " " * 5000)
# (standing35) a truce told as lately made, ground held since a month: runs of "recent " (the one-word gap tried at
# each), of "recent a-b " with no truce after it, of "under a b " and "held by a b c d " with no "control since" or
# "since" after the gap, of "since May ", of "since July when " (the month's lookahead tried at each), of blanks
STANDING35_TEXTS = cut(
    "recent " * 715,
    "recent a-b " * 455,
    "under a b " * 500,
    "held by a b c d " * 313,
    "since May " * 500,
    "since July when " * 313,
    " " * 5000,
)


# (merges35) "Other shells" opening a sentence: runs of "other " (the word repeated), of "other a b c " (too many words
# before the trigger), of blanks
OTHER35_TEXTS = cut("other " * 834, "other a b c " * 417, " " * 5000)
# (review35b) the fixes of this session's rules: runs of "other said " (the saying words refused at each), of "people
# held by " (the lookbehinds tried at each "held"), of "two such " (the count before "such"), of "in the a b " and "on "
# with no "that" after (the words before the result clause), of "recent truce " (the proposal nouns refused at each), of
# "since last " with no month, of blanks
REVIEW35B_TEXTS = cut(
    "other said " * 455,
    "people held by " * 334,
    "two such " * 556,
    "in the a b " * 455,
    "on " * 1667,
    "recent truce " * 385,
    "since last " * 455,
    " " * 5000,
)

# a gate's name run into the next name (places36): the gate word repeated, with names, hyphens, blanks
LOCAL_REPEATS37_TEXTS = cut(
    "Aa" + " " * 4998 + "x", "a " * 2500, "Aa-" * 1666 + " ", " \t" * 2500 + "al-", "Homs" + " " * 4996
)
STRIKE_RETOLD37_TEXTS = cut("the strike " * 455, "the" + " " * 4994 + "strike", "the strike on the " * 277 + "a")
# (idlibtown37) a cause before a trigger: runs of "due to the " and of modifier words ending in no blank, of
# measure-like letters ("clos" with no ending), and of words with no day after
MEASURE_CAUSES37_TEXTS = cut("due to the " * 455 + "x", "closur clos suspen " * 264, " a-b" * 1250)
GATE36_TEXTS = cut("Bab " * 1250, "Bab Aa " * 715, "Bab al-Aa al-" * 385, "Bab al-" * 715, "Bab Aa" + " " * 4994 + "al")

# (ownjets37) a nationality and words of kind before aircraft: runs of "Russian long-range " and "Syrian Su-24 Su-24 "
# (kinds with no aircraft noun after), of " said two Russian" (a count whose kind is a nationality), of blanks
OWNJETS37_TEXTS = cut("Russian long-range " * 264, "Syrian Su-24 Su-24 " * 264, " said two Russian" * 295, " " * 5000)
# (engfp37) a strike kept, not launched: runs of a verb of keeping and modifiers with no "strike" after, of "went on",
# of "-day" modifiers; strikers after it: runs of "by the" and of modifiers with no strikers' word; a truce word: runs
# of its letters
ENGFP37_TEXTS = cut(
    "staged a " * 556,
    "went on " * 625,
    "held an open-ended three-day " * 173,
    " by the" * 715,
    " by the big " * 417,
    "ceaseceasefire" * 358,
    " " * 5000,
)
# (engfp37) what someone gains by: runs of "beneficiary of the", of modifiers after it, of "benefited" with no "from"
# (engfp37) reports denied: runs of "denied the reports that", of words after it with no trigger, of "rejected" alone
REPORTS37_TEXTS = cut(
    "denied the reports that " * 209, "rejected claims of big old " * 186, "rejected " * 556, " " * 5000
)
GAINED37_TEXTS = cut("beneficiary of the " * 264, "profited from the big old " * 193, "benefited " * 500, " " * 5000)
# (review37) "among" before a pronoun or the dead, a nationality hyphened to its next word, "suicide": runs of each
REVIEW37_TEXTS = cut(
    " among the them" * 334,
    " among" + " the" * 1250,
    " said its Russian-" * 278,
    " said two Syrian-made Syrian-" * 170,
    " said three suicide" * 263,
)

# (vague37) a toll told without a number: runs of "injured a number of " with no people word, of "several a b c " (too
# many words of kind), of "killing and injuring " with no amount, of blanks
VAGUE37_TEXTS = cut("injured a number of " * 250, "several a b c " * 358, "killing and injuring " * 239, " " * 5000)

CASES: tuple[Case, ...] = (
    Case("speaker_subjects._RELATIVE", "sub", lambda text: _RELATIVE.sub(" ", text), BLANKS, 0.1),
    Case("clauses.chunk", "chunk", lambda text: len(chunk(text)), CHUNKER_TEXTS, 0.5),
    Case("joined_verbs._JOINED_VERB", "search", searched(_JOINED_VERB), JOINING_TEXTS),
    Case("joined_verbs._PASSIVE_OR", "search", searched(_PASSIVE_OR), JOINING_TEXTS),
    Case("nearest_actors._JOINED_VERB_GAP", "fullmatch", _fullmatched(_JOINED_VERB_GAP), JOINING_TEXTS),
    Case("figure_hosts._TRUCE_BROKEN", "search", searched(_TRUCE_BROKEN), JOINING_TEXTS),
    Case("listed_together._JOINED", "fullmatch", _fullmatched(listed_together._JOINED), JOINED_GAP),
    Case("extract.extract", "place mentions", _extracted_places, JOINED_NAMES, 20.0),
    Case("listed_together._placed_in_fullest_readings", "readings", _fullest_readings, CLUSTER_PIECES, 0.5),
    Case("unarmed_fights._NOT_A_FOE", "finditer", found(_NOT_A_FOE), LEFTOVER_TEXTS),
    Case("unarmed_fights._FIGHT_VERB", "finditer", found(_FIGHT_VERB), LEFTOVER_TEXTS),
    Case("harm_and_holding_words.SHOT_INTO_HOMES", "finditer", found(_SHOT_INTO_HOMES), LEFTOVER_TEXTS),
    Case("fire_sources._BOMBARDMENT_FROM", "finditer", found(_BOMBARDMENT_FROM), LEFTOVER_TEXTS),
    Case("aliases.tokenize", "tokenize", lambda text: len(tokenize(text)), SPACED_ARTICLES, 0.5),
    Case("harm_and_holding_words.SNIPER_FIRE", "findall", _SNIPER.findall, SNIPER_TEXTS),
    Case("nearest_actors._CIVILIANS_AFTER", "match", _matched(_CIVILIANS_AFTER), CIVILIANS30_TEXTS),
    Case("nearest_actors._NATIONALITY_AND", "search", searched(_NATIONALITY_AND), NATIONALITY_AND30_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), SNIPER_TEXTS, 0.05),
    Case("told_before._OTHER_UNITS_CLAUSE", _UNITS, _other_units_reading(_OTHER_UNITS_CLAUSE), OTHER_UNITS_TEXTS),
    Case("told_before._OPENS_ON_OTHER_UNITS", _UNITS, _other_units_reading(_OPENS_ON_OTHER_UNITS), OTHER_UNITS_TEXTS),
    Case("actor_references._OTHER_UNITS", _UNITS, _other_units_reading(_OTHER_UNITS), OTHER_UNITS_TEXTS),
    Case("place_lists._TWO_ENDS", "finditer", found(place_lists._TWO_ENDS), REVIEW9_TEXTS),
    Case("place_lists._HEAD", "finditer", found(_HEAD), REVIEW9_TEXTS),
    Case("place_lists._FRONT", "finditer", found(_FRONT), REVIEW9_TEXTS),
    Case("paired_states._STATE_VERB", "match at every offset", _state_verbs, REVIEW9_TEXTS),
    Case("paired_states._WORD_BEFORE", "search before every 50th", _words_before, REVIEW9_TEXTS),
    Case("mention_filters._OUTLET_AFTER", "match at every offset", outlets_at_every_offset, OUTLET_TEXTS),
    Case("paired_states._ADVERB", "match at every offset", adverbs_at_every_offset, ADVERB_TEXTS),
    Case("paired_states.capitals_paired_with_capitals", "every Damascus", paired_capitals, PAIRED_CAPITALS_TEXTS, 0.1),
    Case("told_before._MORE_DEAD", "search", searched(_MORE_DEAD), MORE_DEAD_TEXTS),
    Case("told_before._SUBJECT_BEFORE", "search", searched(_SUBJECT_BEFORE), SUBJECT_TEXTS),
    Case("name_words.PLACE_NAME", "finditer", found(_PLACE_NAME), PLACE_NAME_TEXTS),
    Case("capital_readings._NOUN_OPENS", "search", searched(_NOUN_OPENS), SHARED_NOUN_TEXTS),
    Case("capital_readings._NOUN_BEFORE", "search", searched(_NOUN_BEFORE), SHARED_NOUN_TEXTS),
    Case("capital_readings._ITEM_ENDS", "search", searched(_ITEM_ENDS), SHARED_NOUN_TEXTS),
    Case("place_readings._NEW_BEFORE", "search", searched(_NEW_BEFORE), SHARED_NOUN_TEXTS),
    Case("place_readings._NEW_NAME_ENDS", "search", searched(_NEW_NAME_ENDS), SHARED_NOUN_TEXTS),
    Case("paired_states._STATE_VERB", "search", searched(_STATE_VERB), SHARED_NOUN_TEXTS),
    Case("place_lists._WIDE_REGION", "search", searched(_WIDE_REGION), SHARED_NOUN_TEXTS),
    Case("fuzzy_places._ARTICLE_BEFORE_PAIR", "search", searched(_ARTICLE_BEFORE_PAIR), SHARED_NOUN_TEXTS),
    Case("chained_clauses.chain_breaks", "whole text", lambda text: chain_breaks(text, 0, len(text)), CHAIN_TEXTS),
    Case("chained_clauses.chained_on", "at 0", lambda text: chained_on(text, 0), CHAIN_TEXTS),
    Case("passive_subjects._INSIDE_SUBJECT", "search", searched(_INSIDE_SUBJECT), REVIEW10_TEXTS),
    Case("actor_mentions._AIRCRAFT_HEDGED", "search", searched(_AIRCRAFT_HEDGED), REVIEW10_TEXTS),
    Case("aircraft_named._AIRCRAFT_DID", "search", searched(_AIRCRAFT_DID), REVIEW10_TEXTS),
    Case("figure_hosts._TRUCE_BROKEN", "search", searched(_TRUCE_BROKEN), REVIEW10_TEXTS),
    Case("tribe_names.TRIBE_NAMED", "finditer", found(TRIBE_NAMED), CAPITALISED_RUN),
    Case("located_lists._LOCATED_RUN", "finditer", found(located_lists._LOCATED_RUN), STRUCK_LIST_TEXTS),
    Case("located_lists._LOCATED_RUN", "finditer", found(located_lists._LOCATED_RUN), LOCATED33_TEXTS),
    Case("located_lists._SUBJECT_OF", "match", _matched(located_lists._SUBJECT_OF), SUBJECT_OF34_TEXTS),
    Case("spelling_index._GLUED_SPELT", "match", _matched(_GLUED_SPELT), GLUED34_TEXTS),
    Case("unlinked_names._COMPOUND", "finditer", found(unlinked_names._COMPOUND), STRUCK_LIST_TEXTS),
    Case("name_words.PLACE_NAME", "finditer", found(_PLACE_NAME), STRUCK_LIST_TEXTS),
    Case("place_lists._RUN_WORD", "finditer", found(place_lists._RUN_WORD), SET_OFF_TEXTS),
    Case("place_lists._TAIL", "finditer", found(place_lists._TAIL), TAIL_TEXTS),
    Case("local_place_names.AL_LIST_WORD", "finditer", found(local_place_names.AL_LIST_WORD), SET_OFF_TEXTS),
    Case("side_words._SIDE_FIRST", "fullmatch", _fullmatched(side_words._SIDE_FIRST), SET_OFF_TEXTS),
    Case("spoken_of._JUDGED_HEAD", "search", searched(_JUDGED_HEAD), HEAD_TEXTS),
    Case("spoken_of._JUDGEMENT", "match", lambda text: _group(_JUDGEMENT.match(text)), HEAD_TEXTS),
    Case("heard_only._HEARD_AFTER", "match", lambda text: _group(_HEARD_AFTER.match(text)), PRECISION23_TEXTS),
    Case("heard_only._HEARD_BEFORE", "search", searched(_HEARD_BEFORE), PRECISION23_TEXTS),
    Case("spoken_of._FEAR_VERB", "search", searched(_FEAR_VERB), PRECISION23_TEXTS),
    Case("spoken_of._SUPERLATIVE_PREDICATE", "search", searched(_SUPERLATIVE_PREDICATE), SUPERLATIVE_TEXTS),
    Case("spoken_of._PREPARED_FOR", "search", searched(_PREPARED_FOR), PLAN_TEXTS),
    Case("summed_up.HABIT_AFTER", "search", searched(HABIT_AFTER), PLAN_TEXTS),
    Case("summed_up.HABITUAL", "search", searched(HABITUAL), PLAN_TEXTS),
    Case("captives_taken._PEOPLE_BEFORE", "search", searched(_CAPTIVES_BEFORE), CAPTIVES_TEXTS),
    Case("unarmed_ambushed._KILLED_IN", "search", searched(_KILLED_IN), AMBUSH_TEXTS),
    Case("unarmed_ambushed._ON_THE_ARMED", "match", lambda text: _group(_ON_THE_ARMED.match(text)), AMBUSH_TEXTS),
    Case("unarmed_ambushed._AMBUSHED_WHO", "match", lambda text: _group(_AMBUSHED_WHO.match(text)), AMBUSH_TEXTS),
    Case("denied_and_remarked._REMARK_VERB", "match", lambda text: _group(_REMARK_VERB.match(text)), HEAD_TEXTS),
    Case("denied_and_remarked._BACKDROP_VERB", "match", lambda t: _group(_BACKDROP_VERB.match(t)), BACKDROP_TEXTS),
    Case("denied_and_remarked._POSSESSIVE_HEAD", "search", searched(_POSSESSIVE_HEAD), POSSESSIVE_TEXTS),
    Case(
        "denied_and_remarked._POSSESSIVE_REMARK",
        "match",
        lambda t: _group(_POSSESSIVE_REMARK.match(t)),
        POSSESSIVE_TEXTS,
    ),
    Case("targeted_with_means._TARGETED", "finditer", found(_TARGETED), OUTLETS3_TEXTS),
    Case("targeted_with_means._USED_TO_TARGET", "finditer", found(_USED_TO_TARGET), OUTLETS3_TEXTS),
    Case("targeted_with_means._OBJECT_GAP", "match", lambda text: _group(_OBJECT_GAP.match(text)), OUTLETS3_TEXTS),
    Case("chained_clauses._OWN_PASSIVE", "search", searched(_OWN_PASSIVE), OUTLETS3_TEXTS),
    Case("aircraft_named._BY_AIRCRAFT", "search", searched(_BY_AIRCRAFT), OUTLETS3_TEXTS),
    Case("scene_merges._BY_THE", "fullmatch", _fullmatched(_BY_THE), OUTLETS3_TEXTS),
    Case("engagement_types.AIR_CONTEXT", "finditer", found(AIR_CONTEXT), AIR_SITE_TEXTS),
    Case("engagement_types.AIR_CONTEXT", "finditer", found(AIR_CONTEXT), AIR_HYPHEN_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), DRONE_TEXTS, 0.05),
    Case("similar_attacks._SIMILAR_BOMBING", "search", searched(_SIMILAR_BOMBING), SIMILAR_TEXTS),
    Case("paragraph_datelines.PARAGRAPH_DATELINE", "finditer", found(PARAGRAPH_DATELINE), OUTLETS4_TEXTS),
    Case("killed_people._PEOPLE_AFTER", "finditer", found(_PEOPLE_AFTER), OUTLETS4_TEXTS),
    Case("killed_people._PEOPLE_BEFORE", "finditer", found(_PEOPLE_BEFORE), OUTLETS4_TEXTS),
    Case("killed_people._BOMBER_SUBJECT", "finditer", found(_BOMBER_SUBJECT), OUTLETS4_TEXTS),
    # read once each, right after "between" and after "against", as find_roles does
    Case("between_sides._ONE_SIDE_THEN_AGAINST", "match", _matched(_ONE_SIDE_THEN_AGAINST), OUTLETS4_TEXTS),
    Case("between_sides._ONE_SIDE_THEN_AGAINST", "match", _matched(_ONE_SIDE_THEN_AGAINST), OUTLETS34_TEXTS),
    Case("between_sides._BEFORE_SIDE", "match", _matched(_BEFORE_SIDE), OUTLETS4_TEXTS),
    Case("between_sides._UNNAMED_SIDE", "match", _matched(_UNNAMED_SIDE), OUTLETS4_TEXTS),
    Case("spoken_spellings.spoken", "sub", spoken_spellings.spoken, SPOKEN_TEXTS),
    # (the function is cached per word: time the work, not the cache)
    Case("glide_spellings.glides_written", "sub", glide_spellings.glides_written.__wrapped__, GLIDE_TEXTS),
    Case("french_spellings.english_spelt", "sub", french_spellings.english_spelt.__wrapped__, FRENCH_TEXTS),
    Case("kurdish_spellings.kurdish_read", "read", lambda text: kurdish_spellings.kurdish_read([text]), KURDISH_TEXTS),
    Case("namesakes._QUARTER_OF", "search", searched(namesakes._QUARTER_OF), QUARTER_OF_TEXTS),
    Case("construct_state.as_ta_marbuta", "sub", construct_state.as_ta_marbuta, CONSTRUCT_TEXTS),
    Case("place_lists._GROUP_REGION", "match", _matched(place_lists._GROUP_REGION), GROUP_TEXTS),
    Case("place_lists._IN_NEXT", "match", _matched(place_lists._IN_NEXT), GROUP_TEXTS),
    Case("place_lists._placed_groups", "finditer", lambda text: list(place_lists._placed_groups(text, 2)), GROUP_TEXTS),
    Case("region_lists._RUN_BEFORE_REGION", "search", _before_region, BEFORE_REGION_TEXTS),
    Case("region_lists._BEFORE_PEOPLE", "search", searched(region_lists._BEFORE_PEOPLE), PEOPLE_TEXTS),
    Case("region_lists._REGION_AFTER", "match", _matched(region_lists._REGION_AFTER), REGION_TEXTS),
    Case("region_lists._REGION_WORD", "search", searched(region_lists._REGION_WORD), REGION_TEXTS),
    Case("region_lists._ENGLISH_PLURAL", "search", searched(region_lists._ENGLISH_PLURAL), REGION_TEXTS),
    Case("bare_verbs.GONE_ON_TO", "search", searched(GONE_ON_TO), KILLS23_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), KILLS23_TEXTS, 0.05),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), FLIGHT_TEXTS, 0.05),
    Case("killed_people.ONE_KILLING", "finditer", found(ONE_KILLING), KILLING_TEXTS),
    Case("tolls_after._HIT_AT", "search", searched(_HIT_AT), HIT_AT_TEXTS),
    Case("killed_people._PEOPLE_AFTER", "finditer", found(_PEOPLE_AFTER), KILLING_TEXTS),
    Case("heard_only._RELATIVE_HARM", "match", lambda text: _group(_RELATIVE_HARM.match(text)), REVIEW23E_TEXTS),
    Case("heard_only._JOINED_HARM", "match", lambda text: _group(_JOINED_HARM.match(text)), REVIEW23E_TEXTS),
    Case("spoken_of._WHAT_BEFORE", "search", searched(_WHAT_BEFORE), REVIEW23E_TEXTS),
    Case("captives_taken._NAMES_LISTED", "search", searched(_NAMES_LISTED), REVIEW23E_TEXTS),
    Case("summed_up._OTHER_CLAUSE", "search", searched(_OTHER_CLAUSE), REVIEW23E_TEXTS),
    Case("summed_up._BROKE_OUT", "match", lambda text: _group(_BROKE_OUT.match(text)), REVIEW23E_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), REVIEW23E_TEXTS, 0.05),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ENGRECALL24_TEXTS, 0.05
    ),
    Case("province_scenes._IN", "search", searched(_IN), ENGRECALL24_TEXTS),
    Case("story_means._FIGHTING", "search", searched(_FIGHTING), ENGTYPES24_TEXTS),
    Case("local_actor_names.SPEAKER_OF_BODY", "finditer", found(SPEAKER_OF_BODY), SPEAKER_TEXTS),
    Case("local_actor_names.SPEAKER_APPOSED", "finditer", found(SPEAKER_APPOSED), SPEAKER_TEXTS),
    Case("nicknames.nicknamed", "scan", lambda text: len(nicknamed(text)), KUNYA_TEXTS),
    Case("speaker_subjects._SOURCE_OF_ITS_OWN", "search", searched(_SOURCE_OF_ITS_OWN), KUNYA_TEXTS),
    Case("state_forces._OWNED_FORCES", "fullmatch", lambda text: _group(_OWNED_FORCES.fullmatch(text)), KUNYA_TEXTS),
    Case("actor_mentions._DEMONYM", "finditer", found(_DEMONYM), ENGROLES24_TEXTS),
    Case("nearest_actors.QUOTE_ON_MODIFIERS", "sub", lambda t: QUOTE_ON_MODIFIERS.sub(" ", t), ENGROLES24_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ENGROLES24_TEXTS, 0.05
    ),
    Case("figures._ACTIVE_KILL", "finditer", found(_ACTIVE_KILL), FIGURES24_TEXTS),
    Case("figures._PASSIVE_KILL", "finditer", found(_PASSIVE_KILL), FIGURES24_TEXTS),
    Case("figures._AND_MORE", "match", lambda text: _group(_AND_MORE.match(text)), FIGURES24_TEXTS),
    Case("casualties_together._JOINED_BEFORE", "search", searched(_JOINED_BEFORE), FIGURES24_TEXTS),
    Case("casualties_together._JOINED_AFTER", "match", lambda text: _group(_JOINED_AFTER.match(text)), FIGURES24_TEXTS),
    Case("engagement_types._STATE_WORD_BEFORE", "search", searched(_STATE_WORD_BEFORE), SIDE_WORD_TEXTS),
    Case("engagement_types._REBEL_WORD_BEFORE", "search", searched(_REBEL_WORD_BEFORE), SIDE_WORD_TEXTS),
    Case("truce_parties._ANNOUNCED", "fullmatch", lambda text: _group(_ANNOUNCED.fullmatch(text)), ANNOUNCED_TEXTS),
    Case("run_splits.TWO_NAMES", "fullmatch", _fullmatched(run_splits.TWO_NAMES), TWO_NAME_RUNS),
    Case("owners_hit._SAID_OWN_HIT", "fullmatch", lambda text: _group(_SAID_OWN_HIT.fullmatch(text)), OWN_HIT_TEXTS),
    Case("owners_hit._APPOSITIVE", "match", lambda text: _group(_APPOSITIVE.match(text)), OWN_HIT_TEXTS),
    Case(
        "owners_hit._SAID_OWN_HIT", "fullmatch", lambda text: _group(_SAID_OWN_HIT.fullmatch(text)), OWN_PEOPLE35_TEXTS
    ),
    Case("nearest_actors._OWN_ALLIES_GAP", "sub", lambda text: _OWN_ALLIES_GAP.sub(" ", text), OWN_ALLIES35_TEXTS),
    Case("the_alliance._THE_ALLIANCE", "finditer", found(_THE_ALLIANCE), ALLIANCE35_TEXTS),
    Case("the_alliance._CALLED_ALLIANCE", "match", lambda text: _group(_CALLED_ALLIANCE.match(text)), ALLIANCE35_TEXTS),
    Case("own_aircraft._OWN_AIRCRAFT", "match", lambda text: _group(_OWN_AIRCRAFT.match(text)), OWN_AIRCRAFT35_TEXTS),
    Case("owners_hit._SAID_THE", "fullmatch", lambda text: _group(_SAID_THE.fullmatch(text)), OWN_PEOPLE35_TEXTS),
    Case("owners_hit._ON_OWN", "match", lambda text: _group(_ON_OWN.match(text)), OWN_PEOPLE35_TEXTS),
    Case("owners_hit._ARMED_OWN", "search", lambda text: _group(_ARMED_OWN.search(text)), OWN_PEOPLE35_TEXTS),
    Case("owners_hit._ARMED_OWN", "search", lambda text: _group(_ARMED_OWN.search(text)), REVIEW35C_OWN_TEXTS),
    Case("truce_words.BODY_FOR_TRUCE", "search", searched(BODY_FOR_TRUCE), BODY_FOR_TRUCE_TEXTS),
    Case("local_place_names.SUN_ARTICLE", "finditer", found(SUN_ARTICLE), SUN_ARTICLE_TEXTS),
    Case("trigger_guards._HEDGE", "finditer", found(_HEDGE), HEDGE_TEXTS),
    Case("capital_coordination._COORDINATED", "search", searched(_COORDINATED), CAPITAL25_TEXTS),
    Case("capital_coordination._IN_BEFORE", "search", searched(_IN_BEFORE), CAPITAL25_TEXTS),
    Case("capital_coordination._NOT_BARE_AFTER", "search", searched(_NOT_BARE_AFTER), CAPITAL25_TEXTS),
    Case("capital_coordination._OWNER_AFTER", "search", searched(_OWNER_AFTER), CAPITAL25_TEXTS),
    Case("capital_readings._LAND_NOUN_AFTER", "search", searched(_LAND_NOUN_AFTER), CITY_SIDE25_TEXTS),
    Case("actor_mentions._DEMONYM", "finditer", found(_DEMONYM), NEAR26_TEXTS),
    Case("men_of_group.MEN_OF", "finditer", found(MEN_OF), NEAR26_TEXTS),
    Case("the_hit._SIEGE_BEFORE", "search", searched(_SIEGE_BEFORE), NEAR26_TEXTS),
    Case("the_hit._OPPOSITION_HELD", "finditer", found(_OPPOSITION_HELD), NEAR26_TEXTS),
    Case("fallen_sides._DASH_ASIDE", "finditer", found(_DASH_ASIDE), NEAR26_TEXTS),
    Case("fallen_sides._FELL_IN_FIGHT", "fullmatch", _fullmatched(_FELL_IN_FIGHT), NEAR26_TEXTS),
    Case("the_hit._ONE_KILLED", "search", searched(_ONE_KILLED), NEAR26_TEXTS),
    Case("the_hit._ONE_MEMBER_AFTER", "finditer", found(_ONE_MEMBER_AFTER), NEAR26_TEXTS),
    Case("blamed_after._BLAMED_ON", "match", lambda text: _group(_BLAMED_ON.match(text)), BLAMED26_TEXTS),
    Case("blamed_after._RELATIVE_ON_NOUN", "match", lambda text: _group(_RELATIVE_ON_NOUN.match(text)), BLAMED26_TEXTS),
    Case("blamed_after._RESPONSIBLE", "search", searched(_RESPONSIBLE), BLAMED26_TEXTS),
    Case("group_references._THE_GROUP", "finditer", found(_THE_GROUP), DROPPED26_TEXTS),
    Case("nearest_actors._VIDEO_OF_GAP", "sub", lambda text: _VIDEO_OF_GAP.sub(" ", text), VIDEO26_TEXTS),
    Case("nearest_actors._PUT_TO_DEATH", "finditer", found(_PUT_TO_DEATH), VIDEO26_TEXTS),
    Case("sites_hit.site_hit", "call", lambda text: site_hit(text, len(text) - 3), SITES_HIT26_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), SITES_HIT26_TEXTS, 0.05
    ),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), AIR_FORCE26_TEXTS, 0.05
    ),
    Case("blows_dealt._DEALT", "fullmatch", lambda text: _group(_DEALT.fullmatch(text)), BLOWS26_TEXTS),
    Case("blows_dealt._SUFFERED", "fullmatch", lambda text: _group(_SUFFERED.fullmatch(text)), BLOWS26_TEXTS),
    Case("boilerplate._LAUNCHED", "match", _matched(_LAUNCHED), LAUNCHED_TEXTS),
    Case("boilerplate._LINKED_HEADLINE", "match", _matched(_LINKED_HEADLINE), LINKED34_TEXTS),
    Case("placed_subjects.SUBJECT_PLACE_GAP", "fullmatch", _fullmatched(SUBJECT_PLACE_GAP), SUBJECT_PLACE34_TEXTS),
    Case("blamed_after._SAID_BLAMING", "search", searched(_SAID_BLAMING), BLAMING34_TEXTS),
    Case("unnamed_subjects._OPENS_UNNAMED", "match", _matched(_OPENS_UNNAMED), UNNAMED34_TEXTS),
    Case("unnamed_subjects._JOINED", "match", _matched(_JOINED), UNNAMED34_TEXTS),
    Case("nearest_actors._ASIDE_BEFORE_VERB", "search", searched(_ASIDE_BEFORE_VERB), ASIDE34_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), FLIGHT34_TEXTS, 0.05),
    Case(
        "own_countryside.OWN_COUNTRYSIDE",
        "match",
        lambda text: _group(OWN_COUNTRYSIDE.match(text, 2)),
        OWN_COUNTRYSIDE_TEXTS,
    ),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), BATTLES26_TEXTS, 0.05),
    Case("placed_in.IN_LAND", "fullmatch", _fullmatched(IN_LAND), IN_LAND27_TEXTS),
    Case("own_phrase.OWN_PHRASE", "fullmatch", _fullmatched(OWN_PHRASE), OWN_PHRASE_TEXTS),
    Case("open_province.OPENING", "search", searched(OPENING), OPENING_TEXTS),
    Case("own_phrase._KH", "sub", lambda text: _KH.sub("h", text), KH_TEXTS),
    Case("transliterations.variant", "sub", transliterations.variant, VARIANT37_TEXTS),
    Case("transliterations._QUARTERS_OF", "search", searched(transliterations._QUARTERS_OF), QUARTERS37_TEXTS),
    Case("provincial_capitals.CAPITAL_REFERENCE", "finditer", found(CAPITAL_REFERENCE), CAPITAL_REFERENCE_TEXTS),
    Case("capital_references.SYRIAN_CAPITAL", "finditer", found(SYRIAN_CAPITAL), SYRIAN_CAPITAL_TEXTS),
    Case("reference_cities._INDEFINITE_BEFORE", "finditer", found(_INDEFINITE_BEFORE), SUBURB37_TEXTS),
    Case("reference_cities._UNNAMED_SUBURB_AFTER", "finditer", found(_UNNAMED_SUBURB_AFTER), SUBURB37_TEXTS),
    Case("province_references.PROVINCE_REFERENCE", "finditer", found(PROVINCE_REFERENCE), PROVINCE_REFERENCE_TEXTS),
    Case("province_references._SPEAKER_IN", "search", searched(_SPEAKER_IN), PROVINCE_REFERENCE_TEXTS),
    Case("stated_bearings.BETWEEN", "fullmatch", _fullmatched(stated_bearings.BETWEEN), BEARINGS31_TEXTS),
    Case("stated_bearings.AFTER", "match", _matched(stated_bearings.AFTER), BEARINGS31_TEXTS),
    Case("stated_bearings.RELATIVE", "search", searched(stated_bearings.RELATIVE), BEARINGS31_TEXTS),
    Case("stated_bearings.FROM_BEFORE", "search", searched(stated_bearings.FROM_BEFORE), BEARINGS31_TEXTS),
    Case("stated_bearings.LIST_JOIN", "fullmatch", _fullmatched(stated_bearings.LIST_JOIN), BEARINGS31_TEXTS),
    Case("numbered_places.NUMBERED", "finditer", found(NUMBERED), NUMBERED27_TEXTS),
    Case("numbered_places.NUMBERED_NAME", "search", searched(NUMBERED_NAME), NUMBERED27_TEXTS),
    Case("nearest_actors._HELP_GAP", "sub", lambda text: _HELP_GAP.sub(" ", text), BATTLES26_TEXTS),
    Case("fallen_sides.dead_after", "call", lambda text: dead_after([], text, 0, 0), BATTLES26_TEXTS),
    Case("fallen_sides._VICTIMS_END", "search", searched(_VICTIMS_END), BATTLES26_TEXTS),
    Case("actor_references._THE_ARMY", "finditer", found(_THE_ARMY), BATTLES26_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), BATTLES27_TEXTS, 0.05),
    Case("taken_from._TAKEN_BACK", "finditer", found(taken_from._TAKEN_BACK), BATTLES27_TEXTS),
    Case("taken_from._LOSER_AS_SUBJECT", "finditer", found(taken_from._LOSER_AS_SUBJECT), BATTLES27_TEXTS),
    Case("boilerplate.RELATED_LEAD", "search", searched(RELATED_LEAD), LEAD_TEXTS),
    Case("set_off_places.COUNTED", "finditer", found(COUNTED), COUNTED_TEXTS),
    Case("set_off_places.counted_lists", "call", lambda text: list(counted_lists(text)), COUNTED_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), TIMELINE26_TEXTS, 0.05
    ),
    Case("timeline_entries._ENTRY_DATE", "match", _matched(_ENTRY_DATE), ENTRY26_TEXTS),
    Case("bare_verbs.GONE_ON_TO", "search", searched(GONE_ON_TO), BEGINS26_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), TAKEN27_TEXTS, 0.05),
    Case("told_before._OTHER_UNITS_CLAUSE", "search", searched(_OTHER_UNITS_CLAUSE), TAKEN27_TEXTS),
    Case("captors_killing._CAPTIVES_OF", "search", searched(_CAPTIVES_OF), CAPTIVES27_TEXTS),
    Case("captors_killing._PASSIVE_KILLING", "search", searched(_PASSIVE_KILLING), CAPTIVES27_TEXTS),
    Case("deals_between_sides.DEAL_BETWEEN_SIDES", "finditer", found(_DEAL_BETWEEN), DEALS27_TEXTS),
    Case("deals_between_sides.LEFT_UNDER_DEAL", "finditer", found(_LEFT_UNDER), DEALS27_TEXTS),
    Case("protests_put_down.PROTESTS_PUT_DOWN", "finditer", found(_PROTESTS_PUT_DOWN), PROTESTS29_TEXTS),
    Case("protests_put_down._WAR_BEGAN", "search", searched(_WAR_BEGAN), PROTESTS29_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), PROTESTS29_TEXTS, 0.05
    ),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), DEALS27_TEXTS, 0.05),
    Case("joined_verbs._SIEGE_LAID", "search", searched(_SIEGE_LAID), SIEGE27_TEXTS),
    Case("joined_verbs._FRONTED_TIME", "fullmatch", lambda text: _group(_FRONTED_TIME.fullmatch(text)), SIEGE27_TEXTS),
    Case(
        "quarter_namesakes.QUARTER_NOUN",
        "match",
        lambda text: _group(QUARTER_NOUN.match(text, 2)),
        QUARTER_NOUN27_TEXTS,
    ),
    Case("local_place_names.PLACE_BEFORE", "finditer", found(PLACE_BEFORE), HELD_QUARTER27_TEXTS),
    Case("held_names.HELD_NAME", "finditer", found(HELD_NAME), HELD_NAME27_TEXTS),
    Case("local_place_names.PLACE_BEFORE", "finditer", found(PLACE_BEFORE), PASSING27_TEXTS),
    Case("past_deeds.done_in_the_past", "call", lambda text: done_in_the_past(text, _middle(text)), PAST_DEEDS_TEXTS),
    Case("past_deeds.dated_back", "call", lambda text: dated_back(text, _middle(text)), DATED_BACK_TEXTS),
    Case("past_deeds._WHICH_SUBJECT", "search", searched(_WHICH_SUBJECT), TAKEN_IN_RELATIVE_TEXTS),
    Case("past_deeds._DATED_AFTER", "match", _matched(_DATED_AFTER), TAKEN_IN_RELATIVE_TEXTS),
    Case("summed_up.OVER_MONTHS", "search", searched(OVER_MONTHS), PAST_DEEDS_TEXTS),
    Case("sides_in_cities.SIDE_AND_NAME", "fullmatch", _fullmatched(SIDE_AND_NAME), CITY_SIDE_NAME27_TEXTS),
    Case("to_as_preposition.TO_AS_PREPOSITION", "search", searched(TO_AS_PREPOSITION), TO_PREPOSITION27_TEXTS),
    Case("name_words.PLACE_NAME", "finditer", found(_PLACE_NAME), HEADED27_TEXTS),
    Case("local_place_names.LANDMARK", "finditer", found(LANDMARK), HEADED27_TEXTS),
    Case("local_place_names.FEATURE", "finditer", found(FEATURE), HEADED27_TEXTS),
    Case("claimed_attacks.CLAIMED", "search", searched(CLAIMED), CLAIMED27_TEXTS),
    Case("trigger_guards._NOT_HAPPENING", "search", searched(_NOT_HAPPENING), IMPACT28_TEXTS),
    Case(
        "joined_infinitives.joined_to_infinitive", "call", lambda t: joined_to_infinitive(t, "liberate"), BNONE28_TEXTS
    ),
    Case("after_days_of._AFTER_DAYS_OF", "search", searched(_AFTER_DAYS_OF), BNONE28_TEXTS),
    Case("after_days_of._TAKING", "finditer", found(_TAKING_VERB), BNONE28_TEXTS),
    Case("after_days_of._TRUCE_AGREED", "search", searched(_TRUCE_AGREED), BNONE28_TEXTS),
    Case("trigger_guards._NOT_HAPPENING", "search", searched(_NOT_HAPPENING), BNONE28_TEXTS),
    Case("struck_captions.STRIKE_TOLD", "search", searched(STRIKE_TOLD), STRUCK_CAPTION28_TEXTS),
    Case(
        "engagement_roles._NOUN_OBJECT_GAP",
        "fullmatch",
        lambda text: _group(_NOUN_OBJECT_GAP.fullmatch(text)),
        NOUN_OBJECT29_TEXTS,
    ),
    Case("support_phrases.STRIKES_LAUNCHED", "search", searched(STRIKES_LAUNCHED), STRIKES_LAUNCHED28_TEXTS),
    Case("sentence_mining._THE_TOWNS", "search", searched(_THE_TOWNS), TOWNS28_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), TRUCE28_TEXTS),
    Case("trapped_people.TRAPPING", "search", searched(TRAPPING), TRAPPED28_TEXTS),
    Case("trapped_people._SUBJECT_GAP", "match", _matched(_SUBJECT_GAP), TRAPPED28_TEXTS),
    Case("trapped_people._WAY_SHUT", "search", searched(_WAY_SHUT), TRAPPED28_TEXTS),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        TRAPPED28_TEXTS,
        0.05,
    ),
    Case("killed_told_before._SHARE_OF_THE_DEAD", "match", _matched(_SHARE_OF_THE_DEAD), SHARE28_TEXTS),
    Case("story_turns.NEW_SCENE", "match", _matched(NEW_SCENE), NEXT_ITEM28_TEXTS),
    Case("spots_added._DEED", "match", _matched(_DEED), DEED33_TEXTS),
    Case("told_apart.DAY_SHIFT", "match", _matched(DAY_SHIFT), DAY_SHIFT33_TEXTS),
    Case("reactions._ANSWERED", "search", searched(_ANSWERED), ANSWERED34_TEXTS),
    Case("reactions._OPENS", "match", _matched(_OPENS), ANSWERED34_TEXTS),
    Case("scenes._BREAK", "finditer", found(_SCENE_BREAK), ANSWERED34_TEXTS),
    Case("story_turns.FIGHT_OPENS", "match", _matched(FIGHT_OPENS), FIGHT33_TEXTS),
    Case("story_turns._SEPARATE", "match", _matched(_SEPARATE), SEPARATE33_TEXTS),
    Case("spoken_of._FEAR_VERB", "search", searched(_FEAR_VERB), FEAR33_TEXTS),
    Case("similar_attacks._OTHER_STRIKES", "search", searched(_OTHER_STRIKES), OTHER33_TEXTS),
    Case("tolls_after._HIT_AT", "search", searched(_HIT_AT), NEARBY33_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), NEARBY33_TEXTS, 0.05),
    Case("sentence_triggers.LOOSE_BOMBING", "fullmatch", _fullmatched(LOOSE_BOMBING), LOOSE_BOMBING28_TEXTS),
    Case("sentence_triggers._CAMPAIGN", "match", _matched(_CAMPAIGN), CAMPAIGN30_TEXTS),
    Case("kurdish_police.KURDISH_POLICE", "finditer", found(KURDISH_POLICE), KURDISH_POLICE28_TEXTS),
    Case("kurdish_police.ASAYISH", "finditer", found(ASAYISH), KURDISH_POLICE28_TEXTS),
    Case("timex.find_time", "call", lambda t: find_time(t, 0, MID_JUNE), MONTH_PARTS28_TEXTS),
    Case("launched_offensives._LAUNCHED_TO", "search", searched(_LAUNCHED_TO), BATTLES28_TEXTS),
    Case("launched_offensives._RELATIVE_BEFORE", "search", searched(_RELATIVE_BEFORE), BATTLES28_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), BATTLES28_TEXTS, 0.05),
    Case("foreign_namesakes.names_pattern", "finditer", found(names_pattern({"Iraq", "Iraqi"})), COUNTRY28_TEXTS),
    Case("fought_since._HAD_BEEN", "search", searched(_HAD_BEEN), BATTLES29_TEXTS),
    Case("participle_takers._ING", "match", _matched(_ING), PARTICIPLE30_TEXTS),
    Case("aims_after._AIM", "match", _matched(_AIM), AIM31_TEXTS),
    Case("on_the_offensive._ON_THE", "search", searched(_ON_THE), OFFENSIVE30_TEXTS),
    Case("participle_takers._PREPOSITION_BEFORE", "search", searched(_PREPOSITION_BEFORE), PARTICIPLE30_TEXTS),
    Case("fought_since._SINCE_DAY", "search", searched(_SINCE_DAY), BATTLES29_TEXTS),
    Case("nearest_actors._RELATIVE_GAP", "search", searched(_RELATIVE_GAP), BATTLES29_TEXTS),
    Case("nearest_actors._PROGRESSIVE_AT", "search", searched(_PROGRESSIVE_AT), BATTLES29_TEXTS),
    Case("state_media_gains._TAKEN_AT_END", "search", searched(_TAKEN_AT_END), BATTLES29_TEXTS),
    Case("state_media_gains._STATE_MEDIA_SAID_GROUND", "search", searched(_STATE_MEDIA_SAID_GROUND), BATTLES29_TEXTS),
    Case("ground_attacks.ON_THE_GROUND", "finditer", found(ON_THE_GROUND), GROUND29_TEXTS),
    Case("ground_taken.GROUND_TAKEN", "search", searched(GROUND_TAKEN), GROUND_TAKEN37_TEXTS),
    Case("backer_names.BACKED", "search", searched(BACKED), BACKER30_TEXTS),
    Case("places_of_events._OFFICIAL_HIT", "search", searched(_OFFICIAL_HIT), OFFICIAL_HIT30_TEXTS),
    Case("ground_words._ON_FOOT", "fullmatch", _fullmatched(_ON_FOOT), GROUND_WORDS30_TEXTS),
    Case("ground_words._FROM_AFAR", "search", searched(_FROM_AFAR), GROUND_WORDS30_TEXTS),
    Case("ground_words._CAMPAIGN_BEFORE", "search", searched(_CAMPAIGN_BEFORE), GROUND_WORDS30_TEXTS),
    Case("summary_leads.SEVERAL_PLACES", "search", searched(SEVERAL_PLACES), SEVERAL_PLACES30_TEXTS),
    Case("engagement_roles._DONE_BY", "finditer", found(_DONE_BY), DONE_BY31_TEXTS),
    Case("local_place_names.OPENING_PLACE", "match", _matched(OPENING_PLACE), OPENING_PLACE29_TEXTS),
    Case("bulletin_headings._ITEM_OPENS", "match", _matched(_ITEM_OPENS), HEADING29_TEXTS),
    Case("cited_sources._ACCORDING_TO", "search", searched(_ACCORDING_TO), CITED29_TEXTS),
    Case("cited_sources._RIGHT_AFTER", "search", searched(_RIGHT_AFTER), CITED29_TEXTS),
    Case("cited_sources._NAME_GOES_ON", "match", _matched(_NAME_GOES_ON), CITED29_TEXTS),
    Case("cited_sources._SILENT", "search", searched(_SILENT), SILENT29_TEXTS),
    Case("summed_up.HOW_OFTEN_AFTER", "search", searched(HOW_OFTEN_AFTER), HOW_OFTEN30_TEXTS),
    Case("told_before._DEFINITE_SUBJECT", "search", searched(_DEFINITE_SUBJECT), PART_OF30_TEXTS),
    Case("opening_blows._OPENED_WITH", "search", searched(_OPENED_WITH), OPENED_WITH30_TEXTS),
    Case("heard_only._SHOWN_BEFORE", "search", searched(_SHOWN_BEFORE), SHOWN29_TEXTS),
    Case("owners_told_before.ITS_SITE", "match", _matched(ITS_SITE), ITS_SITE29_TEXTS),
    Case("local_actor_names._HOSPITAL_REACHED", "search", searched(_HOSPITAL_REACHED), HOSPITAL29_TEXTS),
    Case("local_actor_names._SPEAKER_AT", "search", searched(_SPEAKER_AT), HOSPITAL29_TEXTS),
    Case("local_place_names.LANDMARK", "finditer", found(LANDMARK), SPORTS29_TEXTS),
    Case("bullets_fired.BULLETS_AT_HOMES", "finditer", found(_BULLETS_AT_HOMES), BULLETS30_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), BULLETS30_TEXTS, 0.05),
    Case("place_mentions._LOCATED", "finditer", found(place_mentions._LOCATED), LOCATED30_TEXTS),
    Case("place_mentions._LOCATED", "finditer", found(place_mentions._LOCATED), LOCATED33_TEXTS),
    Case("pictured_scenes._PICTURE_SHOWS", "match", _matched(_PICTURE_SHOWS), PICTURE30_TEXTS),
    Case("engagement_roles._OBJECT_GAP", "fullmatch", _fullmatched(engagement_roles._OBJECT_GAP), OBJECT_GAP30_TEXTS),
    Case("nearest_actors._OWN_VERB_FIRST", "match", _matched(_OWN_VERB_FIRST), RELATIVE30_TEXTS),
    Case("nearest_actors._RELATIVE_GAP", "search", searched(_RELATIVE_GAP), RELATIVE30_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), PULLED_OUT30_TEXTS, 0.05
    ),
    Case("anniversaries._ANNIVERSARY_OF", "search", searched(_ANNIVERSARY_OF), REMEMBERED30_TEXTS),
    Case("anniversaries._YEARS_SINCE", "search", searched(_YEARS_SINCE), REMEMBERED30_TEXTS),
    Case("tallied_attacks._SPAN", "match", _matched(_TALLY_SPAN), TALLY_SPAN30_TEXTS),
    Case("tallied_attacks._VICTIMS_TALLY", "match", _matched(_VICTIMS_TALLY), VAC32_TEXTS),
    Case("tallied_attacks._IN_A_YEAR", "match", _matched(_IN_A_YEAR), VAC32_TEXTS),
    Case("unnamed_doers.UNNAMED_KILLERS", "search", searched(UNNAMED_KILLERS), VAC32_TEXTS),
    Case("unnamed_doers._COUNTED", "search", searched(_COUNTED), VAC32_TEXTS),
    Case("unnamed_doers._BY_UNNAMED", "match", _matched(_BY_UNNAMED), VAC32_TEXTS),
    Case("unarmed_ambushed._UNARMED_KILLED_AFTER", "match", _matched(_UNARMED_KILLED_AFTER), UNARMED_KILLED32_TEXTS),
    Case("compared_events._LIKENED_TO", "search", searched(_LIKENED_TO), LIKENED31_TEXTS),
    Case("compared_events._RECALLED_CLAUSE", "search", searched(_RECALLED_CLAUSE), RECALLED31_TEXTS),
    Case("compared_events.OLD_DATE_AFTER", "match", _matched(OLD_DATE_AFTER), RECALLED31_TEXTS),
    Case("compared_events._PREVIOUS_ONE", "search", searched(_PREVIOUS_ONE), EARLIER31B_TEXTS),
    Case("compared_events._SIMILAR_ONE", "search", searched(_SIMILAR_ONE), EARLIER31B_TEXTS),
    Case("compared_events._PAST_DATE_AFTER", "match", _matched(_PAST_DATE_AFTER), EARLIER31B_TEXTS),
    Case("places_of_events._LIKE_OPENING", "search", searched(_LIKE_OPENING), LIKE_OPENING31B_TEXTS),
    Case("places_of_events._OLD_DATE_COMMA", "match", _matched(_OLD_DATE_COMMA), LIKE_OPENING31B_TEXTS),
    Case("past_deeds._HARMED_IN", "search", searched(_HARMED_IN), DATED_CLAUSE31_TEXTS),
    Case("past_deeds._PASSIVE_RELATIVE", "search", searched(_PASSIVE_RELATIVE), DATED_CLAUSE31_TEXTS),
    Case("past_deeds._YEAR_MODIFIER", "search", searched(_YEAR_MODIFIER), DATED_CLAUSE31_TEXTS),
    Case("past_deeds._OF_YEAR", "finditer", found(_OF_YEAR), DATED_CLAUSE31_TEXTS),
    Case("past_deeds._WHEN_IN_YEAR", "search", searched(_WHEN_IN_YEAR), DATED_CLAUSE31_TEXTS),
    Case("boilerplate.PHOTO_CREDIT", "finditer", found(PHOTO_CREDIT), CREDIT31_TEXTS),
    Case("harm_and_holding_words.HANDED_OVER", "search", searched(_HANDED_OVER), HANDED31_TEXTS),
    Case("fired_on._TO_THE_SIDE", "fullmatch", _fullmatched(fired_on._TO_THE_SIDE), FIRED_ON31_TEXTS),
    Case("local_place_names.BODY_AFTER", "match at every offset", body_after_at_every_offset, BODY_AFTER31_TEXTS),
    Case("person_names._GIVEN_BEFORE", "search", searched(_GIVEN_BEFORE), GIVEN_BEFORE31_TEXTS),
    Case("paired_states._STATE_VERB", "match at every offset", _state_verbs, STATE_VERB31_TEXTS),
    Case("capital_readings._REGIONS_BEFORE", "search", searched(_REGIONS_BEFORE), REGIONS31_TEXTS),
    Case("figures._NUMBER_ROSE", "finditer", found(_NUMBER_ROSE), NUMBER_ROSE31_TEXTS),
    Case("nearest_actors._AT_LEAST", "sub", lambda t: _AT_LEAST.sub(" ", t), AT_LEAST31_TEXTS),
    Case("aircraft_named._AIR_ACTION", "search", searched(_AIR_ACTION), DEATHS31_TEXTS),
    Case("actor_mentions._DEMONYM", "finditer", found(_DEMONYM), COMMANDOS31_TEXTS),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        NEUTRALIZED31_TEXTS,
        0.05,
    ),
    Case("munition_subjects._MISSILE_BEFORE", "search", searched(_MISSILE_BEFORE), MISSILE31_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), MISSILE31_TEXTS, 0.05),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), DROPPED31_TEXTS, 0.05),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        WEAPON_VERB31_TEXTS,
        0.05,
    ),
    Case("harm_and_holding_words.SNIPER_FIRE", "findall", _SNIPER.findall, SNIPER31_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), SNIPER31_TEXTS, 0.05),
    Case("repelled_attacks._REPELLED_PASSIVE", "search", searched(_REPELLED_PASSIVE), REPELLED31_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), BLOWN31_TEXTS, 0.05),
    Case("ground._DEAL_ONLY", "search", searched(_DEAL_ONLY), DEAL_ENTRY31_TEXTS),
    Case("ground._DEFIED", "search", searched(_DEFIED), DEFIED32_TEXTS),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        INTERCEPTED31_TEXTS,
        0.05,
    ),
    Case("surrenders.AGREED_TO_STOP", "search", searched(_AGREED_TO_STOP), SURRENDERS32_TEXTS),
    Case("surrenders.SURRENDERED", "search", searched(_SURRENDERED), SURRENDERS32_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), SURRENDERS32_TEXTS, 0.05
    ),
    Case("truce_parties._AGREED_BEFORE", "fullmatch", _fullmatched(_AGREED_BEFORE), AGREED32_TEXTS),
    Case("unopposed._UNOPPOSED_AFTER", "match", _matched(_UNOPPOSED_AFTER), AGREED32_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), AGREED32_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), STRUCK34_TEXTS),
    Case("engagement_roles._OWNED_NOUN", "fullmatch", _fullmatched(engagement_roles._OWNED_NOUN), OWNED34_TEXTS),
    Case("nearest_actors._JOINED_BACK", "fullmatch", _fullmatched(nearest_actors._JOINED_BACK), SLASH34_TEXTS),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), CLEARED34_TEXTS, 0.05),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), OPERATION34_TEXTS, 0.05
    ),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ENGAGED32_TEXTS, 0.05),
    Case("party_capitals.PARTY_BEFORE", "search", searched(PARTY_BEFORE), PARTY32_TEXTS),
    Case("speaking_units.SPEAKS_AFTER", "match at every offset", speaks_at_every_offset, SPEAKS32_TEXTS),
    Case("speaking_units.UNIT_NAME", "finditer", found(UNIT_NAME), SPEAKS32_TEXTS),
    Case("short_forms.SIZE_OR_SIDE", "sub", lambda t: SIZE_OR_SIDE.sub("", t), SIZE_OR_SIDE32_TEXTS),
    Case("spelling_variants.spelling_key", "call", spelling_key, VOWEL_SHAPE32_TEXTS),
    Case("person_names._RELATION_OF", "search", searched(_RELATION_OF), RELATION_OF32_TEXTS),
    Case("going_on_words.GOES_ON", "search", searched(GOES_ON), GOES_ON32_TEXTS),
    Case("told_before.ANOTHER", "search", searched(ANOTHER), ANOTHER32_TEXTS),
    Case("trigger_guards._FLED_FROM", "search", searched(_FLED_FROM), FLED32_TEXTS),
    Case("fights_spoken_of._FEARING", "search", searched(_FEARING), SPOKEN_OF33_TEXTS),
    Case("fights_spoken_of._TO_BE_HALTED", "search", searched(_TO_BE_HALTED), SPOKEN_OF33_TEXTS),
    Case("fights_spoken_of._TIME_THE", "search", searched(_TIME_THE), SPOKEN_OF33_TEXTS),
    Case("fights_spoken_of._ENDED", "match", _matched(_ENDED), SPOKEN_OF33_TEXTS),
    Case("fights_spoken_of._DISCUSSED", "search", searched(_DISCUSSED), SPOKEN_OF33_TEXTS),
    Case("fights_spoken_of._WISHED_FOR", "search", searched(_WISHED_FOR), SPOKEN_OF33_TEXTS),
    Case("fights_spoken_of._AGENT_GAP", "match", _matched(_AGENT_GAP), SPOKEN_OF33_TEXTS),
    Case("backdrops._PARTNER_IN", "search", searched(_PARTNER_IN), SPOKEN_OF33_TEXTS),
    Case("battles_aside._DISPLACED_BY", "search", searched(_DISPLACED_BY), BATTLES_ASIDE32_TEXTS),
    Case("battles_aside._BROKE_OUT_BACK", "search", searched(_BROKE_OUT_BACK), BATTLES_ASIDE32_TEXTS),
    Case("battles_aside._NOT_BEGUN", "search", searched(_NOT_BEGUN), BATTLES_ASIDE32_TEXTS),
    Case("battles_aside._LULL_IN", "search", searched(_LULL_IN), BATTLES_ASIDE32_TEXTS),
    Case("battles_aside._CAUSE_FOUGHT", "search", searched(_CAUSE_FOUGHT), BATTLES_ASIDE32_TEXTS),
    Case("battles_aside._GOES_ON", "search", searched(_GOES_ON), BATTLES_ASIDE32_TEXTS),
    Case("battles_aside._DAY", "search", searched(_DAY), BATTLES_ASIDE32_TEXTS),
    Case("repelled_attacks.TRIED_TO_REPEL", "finditer", found(TRIED_TO_REPEL), REPEL_DONE32_TEXTS),
    Case("denied_and_remarked._NONE_AFTER", "match", _matched(_NONE_AFTER), NONE_DONE32_TEXTS),
    Case("denied_and_remarked._PAST_VERB", "fullmatch", _fullmatched(_PAST_VERB), NONE_DONE32_TEXTS),
    Case("denied_and_remarked._VERDICT_FOR", "search", searched(_VERDICT_FOR), VERDICT32_TEXTS),
    Case("denied_and_remarked._DENIAL", "search", searched(_DENIAL), DENIAL33_TEXTS),
    Case("denied_and_remarked._CARRIED_OUT", "search", searched(_CARRIED_OUT), DENIAL33_TEXTS),
    Case(
        "denied_and_remarked._NOUN_AFTER_PREPOSITION",
        "search",
        searched(_NOUN_AFTER_PREPOSITION),
        DENIAL33_TEXTS,
    ),
    Case("denied_and_remarked._TOLL_AFTER", "match", lambda t: _group(_TOLL_AFTER.match(t)), DENIAL33_TEXTS),
    Case("repelled_attacks._SUCCEEDED_IN", "search", searched(_SUCCEEDED_IN), SUCCEEDED32_TEXTS),
    Case("repelled_attacks._REPELLED", "finditer", found(_REPELLED), PUSHBACK33_TEXTS),
    Case("actor_references._THE_ARMY", "finditer", found(_THE_ARMY), ARMY_ATTACK33_TEXTS),
    Case("actor_references._THE_ARMY", "finditer", found(_THE_ARMY), SOLDIERS33_TEXTS),
    Case("actor_references._SOLDIERS_BEFORE", "search", searched(_SOLDIERS_BEFORE), SOLDIERS33_TEXTS),
    Case("repelled_attacks.TRIED_TO_REPEL", "finditer", found(TRIED_TO_REPEL), PUSHBACK33_TEXTS),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        PUSHBACK33_TEXTS,
        0.05,
    ),
    Case("figures._PASSIVE_KILL", "finditer", found(_PASSIVE_KILL), ASIDE32_TEXTS),
    Case("actor_references._WHOSE_TROOPS", "search", searched(_WHOSE_TROOPS), WHOSE_TROOPS32_TEXTS),
    Case("surrenders.AGREED_TO_STOP", "search", searched(_AGREED_TO_STOP), AGREED_WITH32_TEXTS),
    Case("truce_parties._BEFORE_AGREED", "fullmatch", _fullmatched(_BEFORE_AGREED), AGREED_WITH32_TEXTS),
    Case("truce_parties._AGREED_WITH", "finditer", found(_AGREED_WITH), AGREED_WITH32_TEXTS),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        BASES_COUNTED32_TEXTS,
        0.05,
    ),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), BLOCKADED32_TEXTS, 0.05
    ),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        AGREED_WITH32_TEXTS,
        0.05,
    ),
    Case("practices_named._METHOD_AFTER", "match", _matched(_METHOD_AFTER), PRACTICES32_TEXTS),
    Case("practices_named._METHOD_OF", "search", searched(_METHOD_OF), PRACTICES32_TEXTS),
    Case("practices_named._USE_BEFORE", "search", searched(_USE_BEFORE), PRACTICES32_TEXTS),
    Case("practices_named._AS_WEAPON", "match", _matched(_AS_WEAPON), PRACTICES32_TEXTS),
    Case("practices_named._YEARS_AFTER", "search", searched(_YEARS_AFTER), PRACTICES32_TEXTS),
    Case("practices_named._OTHER_CLAUSE", "search", searched(_YEARS_OTHER_CLAUSE), PRACTICES32_TEXTS),
    Case("practices_named._COMPARED_BEFORE", "search", searched(_YEARS_COMPARED), PRACTICES32_TEXTS),
    Case("practices_named._DEBATE_OVER", "search", searched(_DEBATE_OVER), PRACTICES32_TEXTS),
    Case("tallied_attacks._THOUSANDS", "search", searched(_THOUSANDS), PRACTICES32_TEXTS),
    Case("timex.DAY_AFTER", "match", _matched(DAY_AFTER), PRACTICES32_TEXTS),
    Case("tallied_attacks._RECORDED", "search", searched(_RECORDED), PRACTICES32_TEXTS),
    Case("practices_named._REPUTED_FOR", "search", searched(_REPUTED_FOR), PRACTICES32_TEXTS),
    Case("practices_named._WAR_MARKED_BY", "search", searched(_WAR_MARKED_BY), PRACTICES32_TEXTS),
    Case("practices_named._IS_A_METHOD", "match", _matched(_IS_A_METHOD), PRACTICES32_TEXTS),
    Case("practices_named._THOUSANDS_KILLED", "match", _matched(_THOUSANDS_KILLED), PRACTICES32_TEXTS),
    Case("foreign_name_parts.STREET_AFTER", "match at every offset", at_every_offset(STREET_AFTER), STREET33_TEXTS),
    Case("foreign_name_parts.ROAD_AFTER", "match at every offset", at_every_offset(ROAD_AFTER), ROAD33_TEXTS),
    Case("foreign_name_parts._ENDS_JOIN", "match at every offset", at_every_offset(_ENDS_JOIN), ROAD33_TEXTS),
    Case("foreign_name_parts.KUNYA_OF", "search", searched(KUNYA_OF), KUNYA33_TEXTS),
    Case("person_names._TITLE_BEFORE", "search", searched(_TITLE_BEFORE), KUNYA_PERSON33_TEXTS),
    Case("person_names._NISBA_AFTER", "match at every offset", at_every_offset(_NISBA_AFTER), KUNYA_PERSON33_TEXTS),
    # every attack noun of the sentence read in one call, 500 on the first text (the old scan from the sentence start
    # took 3.5 s there)
    Case("repelled_attacks._passive_phrase_at", "call", _passive_at_each_noun, PASSIVE_AT33_TEXTS, 0.05),
    Case("other_senses.STRUCK_DEAL", "match", _matched(STRUCK_DEAL), STRUCK_DEAL33_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), SWEPT_INTO33_TEXTS, 0.05
    ),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), PLANTED33_TEXTS, 0.05),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ROCKET_HIT33_TEXTS, 0.05
    ),
    Case("munition_subjects._MISSILE_BEFORE", "search", searched(_MISSILE_BEFORE), ROCKET_HIT33_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), SURROUNDED33_TEXTS, 0.05
    ),
    Case("trigger_objects._SURROUNDED_OBJECT", "match", _matched(_SURROUNDED_OBJECT), SURROUNDED33_TEXTS),
    Case("trigger_objects._SIDE_BEFORE", "search", searched(_SIDE_BEFORE), SURROUNDED33_TEXTS),
    Case("trigger_objects._AFTER_ACTOR", "fullmatch", _fullmatched(_AFTER_ACTOR), SURROUNDED33_TEXTS),
    Case("trigger_objects._BY_AFTER", "match", _matched(_BY_AFTER), SURROUNDED_BY33_TEXTS),
    Case("other_senses.MATERIEL_TAKEN", "match", _matched(MATERIEL_TAKEN), MATERIEL33_TEXTS),
    Case("other_senses.FOILED_BEFORE", "search", searched(FOILED_BEFORE), FOILED33_TEXTS),
    Case("other_senses._BOMBING_WORD", "match", _matched(_BOMBING_WORD), FOILED33_TEXTS),
    Case("other_senses.MUNITION_HELD", "search", munition_held_before_end, MUNITION_HELD33_TEXTS),
    Case("other_senses.MUNITION_NOUN", "fullmatch", _fullmatched(MUNITION_NOUN), MUNITION_HELD33_TEXTS),
    Case("conquests_summed._SHARE_AFTER", "match", _matched(_SHARE_AFTER), SHARE33_TEXTS),
    Case("aircraft_named._DENIED_BEFORE", "search", searched(_DENIED_BEFORE), FLIGHT33_TEXTS),
    Case("other_senses.TARGETED_AUDIENCE", "match", _matched(TARGETED_AUDIENCE), TARGETED33_TEXTS),
    Case("other_senses.PENALTY_BEFORE", "search", searched(PENALTY_BEFORE), TARGETED33_TEXTS),
    Case("other_senses._HARM_AFTER", "match", _matched(_HARM_AFTER), TARGETED33_TEXTS),
    Case("anniversaries._REBUILT_DAMAGE", "search", searched(_REBUILT_DAMAGE), REBUILT33_TEXTS),
    Case("anniversaries._REBUILT_THING", "search", searched(_REBUILT_THING), REBUILT33_TEXTS),
    Case("anniversaries._DAMAGED_BY", "match", _matched(_DAMAGED_BY), REBUILT33_TEXTS),
    Case("truce_words._AS_TIME", "search", searched(_AS_TIME), TRUCE_TIME33_TEXTS),
    Case("story_turns.OWN_DOER", "match", _matched(OWN_DOER), OWN_DOER33_TEXTS),
    Case("anniversaries._KIN_OF_KILLED", "search", searched(_KIN_OF_KILLED), KIN33_TEXTS),
    Case("aircraft_named._CONTRAST", "finditer", found(_CONTRAST), OVERFLOWN33_TEXTS),
    Case("overflown._FLEW_OVER", "search", searched(_FLEW_OVER), OVERFLOWN33_TEXTS),
    Case("overflown._DENIED_AFTER", "match", _matched(_DENIED_AFTER), OVERFLOWN33_TEXTS),
    Case("harmed_in._HURT_IN", "finditer", found(_HURT_IN), HARMED34_TEXTS),
    Case("places_of_events._DRIVEN_OUT", "search", searched(_DRIVEN_OUT), DRIVEN34_TEXTS),
    Case("story_turns._TIME_OPENING", "match", _matched(_TIME_OPENING), FRONTED34_TEXTS),
    Case(
        "engagement_triggers.trigger_matches",
        "scan",
        lambda text: len(trigger_matches(text)),
        CLEARED_THINGS34_TEXTS,
        0.05,
    ),
    Case("story_turns._TIME_OPENING", "match", _matched(_TIME_OPENING), FRONTED_DATE34_TEXTS),
    Case("blamed_after._BLAMED_FOR_OTHER", "match", _matched(_BLAMED_FOR_OTHER), BLAMED_FOR34_TEXTS),
    Case("mention_context._BLANKS", "fullmatch", _fullmatched(_BLANKS), BLANKS34_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), STRUCK_DEAL34_TEXTS),
    Case("harmed_in._HURT_IN", "finditer", found(_HURT_IN), HARMED_BARE34_TEXTS),
    Case("story_turns.FIRED_FROM", "match", _matched(FIRED_FROM), FIRED34_TEXTS),
    Case("advanced_after._AFTER_FIGHT", "search", searched(_AFTER_FIGHT), ADVANCED34_TEXTS),
    Case("advanced_after._FIGHT_WITH", "match", _matched(_FIGHT_WITH), ADVANCED34_TEXTS),
    Case("advanced_after._ADVANCED", "finditer", found(_ADVANCED), ADVANCED34_TEXTS),
    Case("the_hit._WERE_KILLED", "search", searched(_WERE_KILLED), KILLED34_TEXTS),
    Case("blamed_after._FOR_THE", "search", searched(_FOR_THE), BLAMED34_TEXTS),
    Case("blamed_after._BLAME_VERB", "search", searched(_BLAME_VERB), BLAMED34_TEXTS),
    Case("blamed_after._SIDE_TAIL", "fullmatch", _fullmatched(_SIDE_TAIL), BLAMED34_TEXTS),
    Case("blamed_after._AIRCRAFT_BLAMED", "search", searched(_AIRCRAFT_BLAMED), BLAMED34_TEXTS),
    Case("blamed_after._FOR_AN_EVENT", "match", _matched(_FOR_AN_EVENT), BLAMED34_TEXTS),
    Case("blamed_after._BLAMED_FOR_EVENT", "search", searched(_BLAMED_FOR_EVENT), BLAMED34_TEXTS),
    Case("bombers_among_dead._AMONG_DEAD", "search", searched(_AMONG_DEAD), AMONG34_TEXTS),
    Case("bombers_among_dead._BOMBERS", "fullmatch", _fullmatched(_BOMBERS), AMONG34_TEXTS),
    Case("used_to._USED_TO", "search", searched(_USED_TO), USED_TO34_TEXTS),
    Case("used_to._PAST_SPAN", "search", searched(_PAST_SPAN), USED_TO34_TEXTS),
    Case("used_to._DAY_AFTER", "match", _matched(_DAY_AFTER), USED_TO34_TEXTS),
    Case("relative_records._RECORD_BEFORE", "search", searched(_RECORD_BEFORE), RECORD34_TEXTS),
    Case("relative_records._RELATIVE_OPEN", "search", searched(_RELATIVE_OPEN), RECORD34_TEXTS),
    Case("relative_records._PERFECT_AFTER", "match", _matched(_PERFECT_AFTER), RECORD34_TEXTS),
    Case("relative_records._SET_OFF", "match", _matched(_SET_OFF), RECORD34_TEXTS),
    Case("relative_records._TIMED", "search", searched(_TIMED), RECORD34_TEXTS),
    Case("paragraph_joins._REFERS_BACK", "match", _matched(_REFERS_BACK), PARAGRAPH34_TEXTS),
    Case("link_lists.LIST_HEADING", "fullmatch", _fullmatched(LIST_HEADING), LINKS34_TEXTS),
    Case("link_lists._FIRST_LINK", "match", _matched(_FIRST_LINK), LINKS34_TEXTS),
    Case("nearest_actors._LAUNCHED_AT_END", "search", searched(_LAUNCHED_AT_END), LAUNCHED34B_TEXTS),
    Case("reactions._MAIN_VERB_AFTER", "match", _matched(_MAIN_VERB_AFTER), MAIN_VERB34B_TEXTS),
    Case("nearest_actors._NAMING_CLAUSE", "match", _matched(_NAMING_CLAUSE), NAMING34B_TEXTS),
    Case("unnamed_gunmen._GUNMEN_BEFORE", "search", searched(_GUNMEN_BEFORE), GUNMEN34B_TEXTS),
    Case("unnamed_gunmen._ATTACK_VERB", "fullmatch", _fullmatched(_ATTACK_VERB), GUNMEN34B_TEXTS),
    Case("unnamed_gunmen._ARMED_POST_AFTER", "match", _matched(_ARMED_POST_AFTER), GUNMEN34B_TEXTS),
    Case("recent_gains._RECENT_DAYS", "fullmatch", _fullmatched(_RECENT_DAYS), ENGBATTLES35_TEXTS),
    Case("comments_after._COMMENT", "match", _matched(_COMMENT), ENGBATTLES35_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), ENGBATTLES35_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ENGBATTLES35_TEXTS, 0.05
    ),
    Case("side_fire.SIDE_FIRE", "finditer", found(_SIDE_FIRE), REMOTE35_TEXTS),
    Case("deal_terms.DEAL_BY_TERMS", "finditer", found(_DEAL_BY_TERMS), ENGBATTLES36_TEXTS),
    Case("deal_terms.DEAL_BY_TERMS", "finditer", found(_DEAL_BY_TERMS), REVIEW36_DEAL_TEXTS),
    Case("sieges_held._UNDER_SINCE", "search", searched(_UNDER_SINCE), ENGBATTLES36_TEXTS),
    Case("campaigns_pressed.CAMPAIGN_PRESSED", "finditer", found(_CAMPAIGN_PRESSED), ASCLAUSE36_TEXTS),
    Case("carried_on._ESCALATED_IN_CLAUSE", "search", searched(_ESCALATED_IN_CLAUSE), ASCLAUSE36_TEXTS),
    Case("carried_on._ON_ARMED_FOE", "match", _matched(_ON_ARMED_FOE), ASCLAUSE36_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ASCLAUSE36_TEXTS, 0.05
    ),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), ENGBATTLES36_TEXTS, 0.05
    ),
    Case("side_fire.SIDE_FIRE", "finditer", found(_SIDE_FIRE), REVIEW35_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), REVIEW35_TEXTS),
    Case("comments_after._COMMENT", "match", _matched(_COMMENT), REVIEW35_TEXTS),
    # (figures35) a count-led pattern tries every count word at each position: ~20 ms on 5000 blanks on a loaded
    # machine, as `figures._AMONG_DEAD` and `figures._DEAD_NOUN` do; linear in the length, so a budget of 40 ms
    Case("part_tolls.OF_THE_DEAD", "finditer", found(OF_THE_DEAD), FIGURES35_TEXTS, 0.04),
    Case("figures._PASSIVE_KILL", "finditer", found(_PASSIVE_KILL), FIGURES35_TEXTS, 0.04),
    Case("figures._LIVES", "finditer", found(_LIVES), FIGURES35_TEXTS),
    Case("figures._TWO_PERSONS", "finditer", found(_TWO_PERSONS), FIGURES35_TEXTS),
    Case("casualties_together._JOINED_AFTER", "match", lambda text: _group(_JOINED_AFTER.match(text)), FIGURES35_TEXTS),
    Case("figures._PASSIVE_KILL", "finditer", found(_PASSIVE_KILL), REVIEW35C_TEXTS, 0.04),
    Case("engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), REMOTE35_TEXTS, 0.05),
    Case("facility_towns._NAMED_FOR_TOWN", "fullmatch", _fullmatched(facility_towns._NAMED_FOR_TOWN), FACILITY35_TEXTS),
    Case("carried_on._AS_CARRIED_ON", "search", searched(_AS_CARRIED_ON), CARRIED35_TEXTS),
    Case("such_kinds._SUCH_BEFORE", "search", searched(_SUCH_BEFORE), SUCH35_TEXTS),
    Case("remits._REMIT", "search", searched(_REMIT), REMIT35_TEXTS),
    Case("whole_people._WHOLE_PEOPLE", "search", searched(_WHOLE_PEOPLE), PEOPLE36_TEXTS),
    Case(
        "besieged_nouns._POSSESSIVE_AFTER_PREPOSITION",
        "search",
        searched(_POSSESSIVE_AFTER_PREPOSITION),
        BESIEGED36_TEXTS,
    ),
    Case("besieged_nouns._COMMON_NOUN_NEXT", "search", searched(_COMMON_NOUN_NEXT), BESIEGED36_TEXTS),
    Case("lately_made._RECENT_BEFORE", "search", searched(_RECENT_BEFORE), STANDING35_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), STANDING35_TEXTS),
    Case("summed_up.SINCE_WHEN", "search", searched(SINCE_WHEN), STANDING35_TEXTS),
    Case("held_since.HELD_SINCE_MONTH", "search", searched(re.compile(HELD_SINCE_MONTH, re.I)), STANDING35_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), STANDING35_TEXTS, 0.05
    ),
    Case("other_munitions._OPENS_ON_OTHER", "fullmatch", _fullmatched(_OPENS_ON_OTHER), OTHER35_TEXTS),
    Case("other_munitions._OPENS_ON_OTHER", "fullmatch", _fullmatched(_OPENS_ON_OTHER), REVIEW35B_TEXTS),
    Case("such_kinds._COUNTED", "search", searched(such_kinds._COUNTED), REVIEW35B_TEXTS),
    Case("truce_made.TRUCE_MADE", "search", searched(TRUCE_MADE), REVIEW35B_TEXTS),
    # matched once, at the trigger's end, as `such_kinds.kind_named` does
    Case("such_kinds._RESULT", "match", lambda text: _group(such_kinds._RESULT.match(text)), REVIEW35B_TEXTS),
    Case("held_since.HELD_SINCE_MONTH", "search", searched(re.compile(HELD_SINCE_MONTH, re.I)), REVIEW35B_TEXTS),
    # matched once, at the trigger's start, as `report_confidence.strikes_counted` does
    Case("report_confidence._STRIKES_ON", "match", lambda text: _group(_STRIKES_ON.match(text)), REMOTE36_TEXTS),
    Case("gate_names._GATE_THEN_NAME", "finditer", found(gate_names._GATE_THEN_NAME), GATE36_TEXTS),
    Case("strikes_retold._THE_STRIKE_ON", "search", searched(strikes_retold._THE_STRIKE_ON), STRIKE_RETOLD37_TEXTS),
    Case("local_repeats._GOES_ON", "search", searched(local_repeats._GOES_ON), LOCAL_REPEATS37_TEXTS),
    Case("local_repeats._WORD_BEFORE", "search", searched(local_repeats._WORD_BEFORE), LOCAL_REPEATS37_TEXTS),
    Case("local_repeats._PEOPLE_AFTER", "search", searched(local_repeats._PEOPLE_AFTER), LOCAL_REPEATS37_TEXTS),
    # (idlibtown37) searched over the 80 characters before a trigger and the sentence before the cause, and matched
    # after the trigger, as `measure_causes.measure_cause` does
    Case("measure_causes._CAUSE_BEFORE", "search", searched(measure_causes._CAUSE_BEFORE), MEASURE_CAUSES37_TEXTS),
    Case("measure_causes._MEASURE", "search", searched(measure_causes._MEASURE), MEASURE_CAUSES37_TEXTS),
    Case("measure_causes._DATED_AFTER", "match", _matched(measure_causes._DATED_AFTER), MEASURE_CAUSES37_TEXTS),
    Case("report_confidence._STRIKES_ON", "match", lambda text: _group(_STRIKES_ON.match(text)), REVIEW36_TEXTS),
    # (roles36) each read as `accused_doers._blamed` calls it: at a mention's end, or before one
    Case("accused_doers._PASSIVE", "match", _matched(_PASSIVE), ACCUSED36_TEXTS),
    Case("accused_doers._OF_AFTER", "match", _matched(_OF_AFTER), ACCUSED36_TEXTS),
    Case("accused_doers._CHEMICAL", "match", _matched(_CHEMICAL), ACCUSED36_TEXTS),
    Case("accused_doers._ACT", "match", _matched(_ACT), ACCUSED36_TEXTS),
    Case("accused_doers._ACTIVE", "search", searched(_ACTIVE), ACCUSED36_TEXTS),
    # searched over the gap between a side and a fight's noun, as `taking_part.taking_part` does
    Case("taking_part._TAKING_PART", "search", searched(_TAKING_PART), TAKING_PART36_TEXTS),
    # matched at the fight's noun's end, as `pitted_sides.pitted_against` is
    Case("pitted_sides._PITTING", "match", _matched(_PITTING), PITTED36_TEXTS),
    # matched at the fight word's end, as `among_sides.fought_among` is
    Case("among_sides._AMONG", "match", _matched(_AMONG), ENGBATTLES37_TEXTS),
    # searched over the gap between a side and its fight's noun, as `pressed_offensives.pressed_ahead` does
    Case("pressed_offensives._PRESSED_WITH", "search", searched(_PRESSED_WITH), PRESSED37_TEXTS),
    # (deals36) searched over the words before a deal trigger, matched at its end, as `deals_unmade.deal_unmade` does
    Case("deals_unmade._UNMADE_BEFORE", "search", searched(_UNMADE_BEFORE), DEALS36_TEXTS),
    Case("deals_unmade._UNDONE_AFTER", "match", _matched(_UNDONE_AFTER), DEALS36_TEXTS),
    # (engfp37) searched over the 80 characters before a "strike", as `other_senses.in_other_sense` does
    Case("other_senses._STOPPAGE_KEPT", "search", searched(_STOPPAGE_KEPT), ENGFP37_TEXTS),
    # matched at the end of a "strike", as `other_senses.in_other_sense` does
    Case("other_senses._STRIKERS_AFTER", "match", _matched(_STRIKERS_AFTER), ENGFP37_TEXTS),
    # matched at the trigger word's start, as `deals_unmade.deal_unmade` does
    Case("deals_unmade._TRUCE_WORD", "match", _matched(_TRUCE_WORD), ENGFP37_TEXTS),
    # searched over the 100 characters before a trigger, as `who_benefits.gained_by` does
    Case("who_benefits._GAINED_BY", "search", searched(_GAINED_BY), GAINED37_TEXTS),
    # searched over the 140 characters before a trigger, as `denied_and_remarked.report_denied` does
    Case("denied_and_remarked._REPORT_DENIED", "search", searched(_REPORT_DENIED), REPORTS37_TEXTS),
    # fullmatched between the subject and the last side, as `appositive_subjects.subject_before_appositive` does
    Case("appositive_subjects._APPOSITIVE_CLAUSE", "fullmatch", _fullmatched(_APPOSITIVE_CLAUSE), APPOSITIVE36_TEXTS),
    # searched over the whole gap before a verb, as `appositive_subjects.past_appositive` does
    Case("appositive_subjects._OPEN_END", "search", searched(_OPEN_END), OPEN_END36_TEXTS),
    # matched at a speaker's end, as `speakers_aircraft._speakers_aircraft` does
    Case("speakers_aircraft._SAID_OWN_AIRCRAFT", "match", _matched(_SAID_OWN_AIRCRAFT), SAID_AIRCRAFT36_TEXTS),
    # searched over the 40 characters before a trigger, as `any_determined.any_determined` does
    Case("any_determined._ANY_BEFORE", "search", searched(_ANY_BEFORE), ANY36_TEXTS),
    Case("actor_mentions._DEMONYM", "finditer", found(_DEMONYM), OWNJETS37_TEXTS),
    Case("speakers_aircraft._SAID_OWN_AIRCRAFT", "match", _matched(_SAID_OWN_AIRCRAFT), OWNJETS37_TEXTS),
    # (usdoer37) searched over a sentence, then over the 120 characters after the doubt, as
    # `unclear_doers.doers_unclear` does
    Case("unclear_doers._UNCLEAR", "search", searched(_UNCLEAR), UNCLEAR37_TEXTS),
    Case("unclear_doers._STRIKE_NOUNS", "search", searched(_STRIKE_NOUNS), UNCLEAR37_TEXTS),
    Case("unclear_doers._FIRE_NOUNS", "search", searched(_FIRE_NOUNS), UNCLEAR37_TEXTS),
    Case("unclear_doers._BLAST_NOUNS", "search", searched(_BLAST_NOUNS), UNCLEAR37_TEXTS),
    # (remote37) searched over a sentence, as `lost_possessives.lost_possessive` does
    Case("lost_possessives._LOST_POSSESSIVE", "search", searched(_LOST_POSSESSIVE), REMOTE37_OWNER_TEXTS),
    # matched at a sentence's start, as `continued_tolls.placed_as_told_before` does
    Case("continued_tolls._MORE_DEAD", "match", _matched(_MORE_DEAD_COUNTED), REMOTE37_MORE_TEXTS),
    # searched over the words before a seat's name, as `place_readings.seats_as_districts` does
    Case("place_readings._DISTRICT_BEFORE", "search", searched(_DISTRICT_BEFORE), DISTRICT37_TEXTS),
    # fullmatched over a mention, searched before it, matched at its end, as `speaking_offices._an_office` does
    Case("speaking_offices._OFFICE_NAME", "fullmatch", _fullmatched(_OFFICE_NAME), OFFICE37_TEXTS),
    Case("speaking_offices._SOURCE_AT", "search", searched(_SOURCE_AT), OFFICE37_TEXTS),
    Case("speaking_offices._GROUND_BEFORE", "search", searched(_GROUND_BEFORE), OFFICE37_TEXTS),
    Case("speaking_offices._SPEAKS_AFTER", "match", _matched(_SPEAKS_AFTER), OFFICE37_TEXTS),
    Case("among_sides._AMONG", "match", _matched(_AMONG), REVIEW37_TEXTS),
    Case("speakers_aircraft._SAID_OWN_AIRCRAFT", "match", _matched(_SAID_OWN_AIRCRAFT), REVIEW37_TEXTS),
    # (vague37) searched over each report's sentence, as `vague_tolls.vaguely_tolled` does
    Case("vague_tolls.VAGUE_TOLL", "search", searched(VAGUE_TOLL), VAGUE37_TEXTS),
    # (missiles37) searched as the trigger table's alternative; the reading of answered events over a sentence; the
    # passive after a place matched at its end, as `places_hit.opens_on_a_place_hit` does
    Case("missiles_fired.MISSILES_FIRED", "finditer", found(_MISSILES37), MISSILES37_TEXTS),
    Case(
        "engagement_triggers.trigger_matches", "scan", lambda text: len(trigger_matches(text)), MISSILES37_TEXTS, 0.05
    ),
    Case("answered_participles._GERUND_NEXT", "match", _matched(_GERUND_NEXT), MISSILES37_TEXTS),
    Case("reacted_events._REACTED", "finditer", found(_REACTED), MISSILES37_TEXTS),
    Case("reacted_events._BLAMED_ON", "finditer", found(_REACTED_BLAMED_ON), MISSILES37_TEXTS),
    Case("places_hit._HIT_IN_PASSIVE", "match", _matched(_HIT_IN_PASSIVE), MISSILES37_TEXTS),
    Case("summed_up.HABITUAL", "search", searched(HABITUAL), MISSILES37_TEXTS),
)
