"""The extraction entry point: one article and the gazetteer in, everything the rules find out.

Pure: no network, clock, randomness or global mutable state; the same article gives the same extraction.
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders import capital_coordination, capital_readings, namesakes, place_readings
from loaders.abroad import with_places_abroad
from loaders.accused_doers import accused_doers
from loaders.actor_mentions import (
    with_armed_opposition,
    with_demonyms,
    with_glossed_terrorists,
    with_kurdish_forces,
    with_loyal_forces,
    with_named_forces,
    with_possessive_forces,
)
from loaders.actor_references import (
    COALITION,
    THE_COALITION,
    local_class,
    set_at_home,
    with_army_references,
    with_government_references,
    with_red_crescent,
    with_references,
    with_surnames,
)
from loaders.al_name_lists import with_al_name_lists
from loaders.another_of_kind import lent_by_the_last
from loaders.attribution import attribute_article
from loaders.backer_names import with_backer_names
from loaders.bulletin_headings import without_bulletin_headings
from loaders.capital_references import with_syrian_capital
from loaders.described_quarters import with_described_quarters
from loaders.engagement_filters import (
    by_confidence,
    clashes_with_sides,
    near_the_war,
    placed_only,
    told_who_when_or_toll,
)
from loaders.engagement_output import freeze, one_figure_each, unique
from loaders.engagement_passes import (
    HOME_COUNTRY,
    attacks_told_by_their_means,
    bombardments_told_on,
    leads_told_where,
    one_attacker_per_type,
    placed_by_next_report,
    placed_by_previous_report,
    regions_retold,
    unplaced_retellings_joined,
)
from loaders.foreign_name_parts import without_foreign_name_parts
from loaders.foreign_namesakes import namesakes_abroad
from loaders.gate_names import gates_apart
from loaders.gazetteer import Gazetteer
from loaders.glossed_places import with_glossed_places
from loaders.group_references import with_group_references
from loaders.harmed_in import harmed_in
from loaders.headlines import dateline_date, dateline_mentions, title_index, with_headline
from loaders.held_names import with_held_names
from loaders.held_sides import held_sides_of_cities
from loaders.homonym_neighbours import homonyms_by_neighbours
from loaders.kind_names import with_kind_names
from loaders.kurdish_police import with_kurdish_police
from loaders.leads_of_parts import leads_of_parts
from loaders.local_entities import (
    one_key_per_place,
    sites_own_their_names,
    with_local_entities,
)
from loaders.local_repeats import local_places_named_again
from loaders.mention_filters import gazetteer_mentions, without_outlet_names
from loaders.model import Article, Engagement, Extraction, Mention
from loaders.numbered_places import with_numbered_places
from loaders.own_aircraft import with_own_aircraft
from loaders.own_countryside import with_own_countryside
from loaders.paired_states import capitals_paired_with_capitals, states_paired_with_a_state
from loaders.party_capitals import capitals_as_parties
from loaders.person_names import without_persons_as_villages
from loaders.place_mentions import link_local_places, with_located_names, with_place_lists
from loaders.province_references import with_province_references
from loaders.provincial_capitals import with_provincial_capitals
from loaders.quarter_namesakes import quarters_of_the_last_city
from loaders.sentence_mining import Mining, mine_sentence
from loaders.sheikh_places import with_sheikh_places
from loaders.short_forms import short_forms_of_named_places
from loaders.sided_readings import sided_readings
from loaders.sides_in_cities import with_cities_of_sides
from loaders.speakers_aircraft import with_speakers_aircraft
from loaders.speaking_offices import without_speaking_offices
from loaders.speaking_units import without_speaking_units
from loaders.spelling_variants import one_key_per_spelling
from loaders.state_forces import (
    owners_of_forces,
    with_state_by_nationality,
    with_state_forces,
)
from loaders.stated_bearings import checked_by_bearings
from loaders.story_turns import bare_fights, new_scenes
from loaders.surname_bearers import without_other_bearers
from loaders.text import is_title_case, sentences
from loaders.the_alliance import with_the_alliance
from loaders.transliterations import spelt_variants
from loaders.tribe_names import without_tribes_as_places
from loaders.unclear_doers import doers_unclear
from loaders.vague_tolls import vaguely_tolled


def extract(article: Article, gazetteer: Gazetteer) -> Extraction:
    """Sentences, mentions, engagements and claims of one article, by the rules of docs/extraction.md."""
    body = article.body
    split = sentences(body)
    all_sentences = with_headline(body, split, article.title)
    mined = [s for s in all_sentences if not s.boilerplate]
    title_at = title_index(body, mined, article.title)
    local_entities: dict[str, tuple[str, str]] = {}
    per_sentence: list[list[Mention]] = []
    parties: list[Mention] = []  # capitals named as parties: actor links, no sides of events
    for index, sentence in enumerate(mined):
        found = gazetteer_mentions(body, sentence.span, gazetteer)
        found = with_described_quarters(body, sentence.span, found, gazetteer)
        found = with_demonyms(body, sentence.span, found, gazetteer)
        found = with_possessive_forces(body, sentence.span, found, gazetteer)
        found = with_loyal_forces(body, sentence.span, found, gazetteer)
        found = with_backer_names(body, sentence.span, found, gazetteer)
        found = with_named_forces(body, sentence.span, found, gazetteer)
        found = with_state_by_nationality(body, sentence.span, found, gazetteer)
        found = with_kurdish_forces(body, sentence.span, found, gazetteer)
        found = with_glossed_terrorists(body, sentence.span, found, gazetteer)
        found = with_armed_opposition(body, sentence.span, found, gazetteer)
        headline = index < HEADLINE_SENTENCES and is_title_case(sentence.span.text(body))
        found = with_local_entities(body, sentence.span, found, local_entities, gazetteer, headline)
        found = with_kurdish_police(body, sentence.span, found, local_entities)
        found = with_glossed_places(body, sentence.span, found, local_entities, gazetteer)
        found = with_kind_names(body, sentence.span, found, local_entities, gazetteer)
        found = with_held_names(body, sentence.span, found, local_entities, gazetteer)
        found = with_place_lists(body, sentence.span, found, local_entities, gazetteer)
        found = capital_readings.capitals_as_provinces(body, found, gazetteer)
        found = capital_readings.listed_capitals_as_provinces(body, found, gazetteer)
        found = capital_readings.provinces_sharing_a_noun(body, found, gazetteer)
        found = capital_coordination.capitals_coordinated_with_provinces(body, found, gazetteer)
        found = capital_coordination.capitals_among_provinces(body, found, gazetteer)
        found = place_readings.new_names_in_lower_case(body, found, gazetteer)
        found = capital_readings.city_sides_of_quarters(body, found, gazetteer)
        found = with_own_countryside(body, found, gazetteer)
        found = with_numbered_places(body, found, local_entities)
        found = with_located_names(body, sentence.span, found, local_entities)
        found = with_al_name_lists(body, sentence.span, found, local_entities, gazetteer)
        found = with_sheikh_places(body, sentence.span, found, local_entities, gazetteer)
        found = with_places_abroad(body, sentence.span, found, local_entities, gazetteer)
        found = states_paired_with_a_state(body, found, local_entities, gazetteer)
        found = capitals_paired_with_capitals(body, found, gazetteer)
        found, named_parties = capitals_as_parties(body, found, gazetteer)
        parties.extend(named_parties)
        found = without_outlet_names(body, found)
        found = without_foreign_name_parts(body, found, gazetteer)
        found = without_speaking_offices(body, found)
        per_sentence.append(found)
    per_sentence = homonyms_by_neighbours(body, [s.span for s in mined], per_sentence, gazetteer)
    per_sentence = link_local_places(body, per_sentence, local_entities, gazetteer)
    before_far = set(local_entities)
    linked = {m.span: m.key for found in per_sentence for m in found if m.kind == "place" and m.linked}
    per_sentence = namesakes.far_namesakes(body, per_sentence, local_entities, gazetteer)
    per_sentence = quarters_of_the_last_city(body, per_sentence, local_entities, gazetteer)
    per_sentence = namesakes_abroad(body, per_sentence, local_entities, gazetteer)
    # "al-Jafra village ... of Deir Ezzor" is no Al Jafrah of Aleppo, but may be the Jafrah by Deir Ezzor; never the
    # namesake just refused ("the neighborhoods of ... al-Amiriyah in Aleppo" is no village of al-Bab district)
    refused = {m.key: linked[m.span] for found in per_sentence for m in found if not m.linked and m.span in linked}
    per_sentence = link_local_places(
        body,
        per_sentence,
        local_entities,
        gazetteer,
        only=set(local_entities) - before_far,
        villages_only=True,
        refused=refused,
    )
    per_sentence = checked_by_bearings(body, per_sentence, local_entities, gazetteer)
    per_sentence = sided_readings(body, per_sentence, local_entities, gazetteer)
    per_sentence = spelt_variants(body, per_sentence, local_entities, gazetteer)
    per_sentence = [place_readings.seats_as_districts(body, found, gazetteer) for found in per_sentence]
    per_sentence = capital_readings.capitals_of_named_provinces(body, per_sentence, gazetteer)
    # after the bare capitals are read as provinces: "the provincial capital" is the city whatever else is
    per_sentence = with_provincial_capitals(body, [s.span for s in mined], per_sentence, gazetteer)
    per_sentence = held_sides_of_cities(body, per_sentence, local_entities, gazetteer)
    per_sentence = with_syrian_capital(body, [s.span for s in mined], per_sentence, gazetteer)
    per_sentence = with_province_references(body, [s.span for s in mined], per_sentence, gazetteer)
    per_sentence = without_bulletin_headings(body, mined, per_sentence, gazetteer)
    # the places are settled: whether the article is set in the war this project covers
    at_home = set_at_home(per_sentence, gazetteer)
    per_sentence = with_army_references(body, mined, per_sentence, gazetteer, at_home)
    per_sentence = with_government_references(body, mined, per_sentence, gazetteer, at_home)
    per_sentence = with_state_forces(body, per_sentence, gazetteer)
    per_sentence = with_own_aircraft(body, per_sentence, gazetteer)
    per_sentence = with_speakers_aircraft(body, per_sentence, gazetteer)
    per_sentence = with_red_crescent(body, mined, per_sentence, gazetteer, at_home)
    per_sentence = with_references(body, mined, per_sentence, THE_COALITION, COALITION, once_named=True)
    per_sentence = with_the_alliance(body, mined, per_sentence)
    per_sentence = with_group_references(body, mined, per_sentence, gazetteer)
    per_sentence = with_surnames(body, mined, per_sentence, local_entities, gazetteer)
    per_sentence = without_other_bearers(body, mined, per_sentence, gazetteer)
    per_sentence = without_persons_as_villages(body, per_sentence, gazetteer)
    per_sentence = without_speaking_units(body, per_sentence)
    per_sentence = without_tribes_as_places(body, per_sentence)
    per_sentence = gates_apart(body, per_sentence, local_entities)
    per_sentence = short_forms_of_named_places(body, per_sentence)
    per_sentence = one_key_per_spelling(body, per_sentence)
    per_sentence = one_key_per_place(sites_own_their_names(per_sentence))
    per_sentence = local_places_named_again(body, [s.span for s in mined], per_sentence)
    classes: dict[str, str] = {}
    for found in per_sentence:
        for m in found:
            classes[m.key] = gazetteer.get(m.key).cls if m.linked else local_class(m.key, local_entities)
    all_mentions = sorted(
        [*dateline_mentions(body, split, gazetteer, local_entities), *(m for found in per_sentence for m in found)],
        key=lambda m: m.span.start,
    )
    attributions = attribute_article(body, [s.span for s in mined], all_mentions, classes)
    anchor = dateline_date(body, split) or article.published
    # The UN and its agencies are International like the US-led coalition, but they never fight.
    fighting = {k: "Organisation" if _peaceful(k, gazetteer) else c for k, c in classes.items()}

    order = [i for i in range(len(mined)) if i != title_at] + ([title_at] if title_at is not None else [])
    # "the area", "the town", "those villages" refer back to the story told, not to the headline over it
    story = [[] if i == title_at else found for i, found in enumerate(per_sentence)]
    state = Mining(body, mined, per_sentence, story, fighting, gazetteer, anchor, title_at)
    for index in order:
        mine_sentence(state, index, attributions[index])

    kept, demoted = by_confidence(state.engagements)
    loose_claims = [*state.loose_claims, *demoted]
    home = gazetteer.lookup(HOME_COUNTRY, "place") if at_home else None
    turns = new_scenes(body, mined)
    engagements = placed_by_previous_report(
        one_attacker_per_type(
            doers_unclear(kept, body, mined), turns, gazetteer, bare_fights(body, mined, per_sentence, fighting)
        ),
        home.key if home else None,
        gazetteer,
    )
    engagements = regions_retold(leads_told_where(engagements, gazetteer), gazetteer)
    engagements = leads_of_parts(engagements, gazetteer)
    engagements = attacks_told_by_their_means(engagements, turns, gazetteer)
    engagements = placed_by_next_report(unplaced_retellings_joined(engagements, gazetteer), gazetteer)
    engagements = lent_by_the_last(engagements)
    engagements, unplaced = placed_only(engagements)
    harmed = harmed_in(engagements, body, mined, per_sentence) | vaguely_tolled(engagements, body)
    engagements, bare = told_who_when_or_toll(engagements, harmed)
    engagements, sideless = clashes_with_sides(engagements)
    engagements, abroad = near_the_war(engagements, gazetteer)
    # who bombarded is read once the reports are joined and the bare ones set aside: it changes no engagement's count
    engagements = bombardments_told_on(engagements, turns, gazetteer)
    engagements = accused_doers(engagements, body, mined, per_sentence, fighting)
    loose_claims += unplaced + bare + sideless + abroad
    frozen = tuple(with_cities_of_sides([freeze(e, gazetteer) for e in engagements], local_entities, gazetteer))
    claims = [part for c in [c for e in engagements for c in e.claims] + loose_claims for part in one_figure_each(c)]
    claims.sort(key=lambda c: (c.evidence.start, c.engagement or "", c.claimant or ""))
    return Extraction(
        article=article,
        sentences=tuple(all_sentences),
        mentions=tuple(sorted([*all_mentions, *owners_of_forces(body, all_mentions, gazetteer), *parties], key=_start)),
        engagements=frozen,
        claims=tuple(unique(claims)),
        local_entities=_named(local_entities, all_mentions, frozen),
    )


def _start(mention: Mention) -> int:
    """Sort key: where a mention starts."""
    return mention.span.start


def _named(
    local_entities: dict[str, tuple[str, str]], mentions: Sequence[Mention], engagements: Sequence[Engagement]
) -> dict[str, tuple[str, str]]:
    """The local entities, sorted, without the places no mention or engagement names any more (a name a later rule
    cut in two, "Akhtarin Turkmen" in a list): a curator's list of unlinked places must hold only real ones."""
    named = {m.key for m in mentions} | {k for e in engagements for k in e.places}
    # places and facilities alike: a facility renamed to the spelling named first is no entity of its own
    return {k: v for k, v in sorted(local_entities.items()) if not k.startswith("place/") or k in named}


# A Title Case sentence among the first few is the headline (FA-KES repeats it after the date line).
HEADLINE_SENTENCES = 3


def _peaceful(key: str, gazetteer: Gazetteer) -> bool:
    """An international organisation (the UN, its agencies, the Red Cross): never an attacker or a target."""
    return key in gazetteer and gazetteer.get(key).category == "international-organisations"
