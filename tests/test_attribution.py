"""Attribution: who says what, found with the real gazetteer on sentences written for the test."""

from __future__ import annotations

import pytest
from sides_check import SAA

from bench.adversarial import BLANKS
from loaders.attribution import attribute_article
from loaders.gazetteer import Gazetteer
from loaders.speaker_subjects import _RELATIVE
from loaders.text import sentences


def attribute(body: str, gazetteer: Gazetteer) -> list[list[tuple[str, str, str]]]:
    """Per sentence: (claimant key, cue, evidence text) of each attribution."""
    spans = [s.span for s in sentences(body)]
    mentions = gazetteer.find(body)
    classes = {m.key: gazetteer.get(m.key).cls for m in mentions}
    return [
        [(a.claimant.key, a.cue, a.evidence.text(body)) for a in found]
        for found in attribute_article(body, spans, mentions, classes)
    ]


SOHR = "actor/syrian-observatory-for-human-rights"
MINISTRY = "actor/ministry-of-defence-of-the-russian-federation"
COALITION = "actor/national-coalition-for-syrian-revolutionary-and-opposition-forces"


@pytest.mark.parametrize(
    ("body", "claimant", "cue"),
    [
        ("Jets struck a market in Idlib, the Syrian Observatory for Human Rights said.", SOHR, "said"),
        ("Jets struck a market in Idlib the Syrian Observatory for Human Rights said on Monday.", SOHR, "said"),
        ("Three people were killed in Idlib said the Syrian Observatory for Human Rights.", SOHR, "said"),
        ("According to the Syrian Observatory for Human Rights, jets struck a market.", SOHR, "according to"),
        ("Reuters reported today that jets struck a market in Idlib.", "actor/reuters", "reported"),
        ("Russia claimed its jets only hit militants.", "actor/russia", "claimed"),
        ("The Islamic State announced the capture of the town.", "actor/islamic-state", "announced"),
        ("A commander quoted by Reuters denied the report.", "actor/reuters", "quoted by"),
        ("Turkey has confirmed the deaths of two soldiers.", "actor/turkey", "confirmed"),
        ("Russia stressed that its jets had hit only militants.", "actor/russia", "stressed"),
        ("Turkey emphasized that the border would stay closed.", "actor/turkey", "emphasized"),
        ("The director of the Syrian Observatory for Human Rights Omar Haddad told reporters 9 died.", SOHR, "told"),
        ("The head of the Syrian Observatory for Human Rights said 9 people died.", SOHR, "said"),
        ("The Syrian Arab News Agency meanwhile reported that jets struck Idlib.", "actor/sana", "reported"),
        ("Damascus has refuted the allegations about the strike on Idlib.", "actor/baathist-syria", "refuted"),
        ("The Syrian Observatory for Human Rights published the names of the dead.", SOHR, "published"),
        (
            "The Local Coordination Committee of Tal Rifaat said shelling forced rebels out.",
            "actor/local-coordination-committees",
            "said",
        ),
    ],
)
def test_claimant_and_cue(body: str, claimant: str, cue: str, gazetteer: Gazetteer) -> None:
    (found,) = attribute(body, gazetteer)
    assert found[0][:2] == (claimant, cue)
    assert found[0][2] == body


def test_the_subject_wins_over_an_actor_in_an_aside(gazetteer: Gazetteer) -> None:
    body = "On Monday, Russia - Iran's ally - said the talks would go on."
    assert attribute(body, gazetteer)[0][0][0] == "actor/russia"


def test_a_sentence_without_attribution_has_none(gazetteer: Gazetteer) -> None:
    assert attribute("Jets struck a market in Idlib on Monday.", gazetteer) == [[]]


def test_a_negated_cue_is_not_an_attribution(gazetteer: Gazetteer) -> None:
    assert attribute("Russia did not say which agent was used.", gazetteer) == [[]]


def test_a_speaker_must_be_an_actor(gazetteer: Gazetteer) -> None:
    # "Aleppo" is a place: a place does not speak.
    assert attribute("Aleppo said goodbye to its old market.", gazetteer) == [[]]


def test_he_said_resolves_to_the_one_person_named_before(gazetteer: Gazetteer) -> None:
    body = "Sergey Lavrov met the envoy in Geneva. The talks were useful, he said."
    per_sentence = attribute(body, gazetteer)
    assert per_sentence[1][0][:2] == ("actor/sergey-lavrov", "said")


def test_he_said_stays_unresolved_when_two_persons_were_named(gazetteer: Gazetteer) -> None:
    body = "Sergey Lavrov met John Kerry in Geneva. The talks were useful, he said."
    assert attribute(body, gazetteer)[1] == []


def test_a_quotation_followed_by_x_said_belongs_to_x(gazetteer: Gazetteer) -> None:
    body = '"The strikes destroyed 40 depots." The representative of the Russian Defence Ministry said.'
    per_sentence = attribute(body, gazetteer)
    ministry = "actor/ministry-of-defence-of-the-russian-federation"
    assert per_sentence[0] == [(ministry, "said", '"The strikes destroyed 40 depots."')]
    assert per_sentence[1][0][0] == ministry


def test_it_says_is_the_organisation_named_before(gazetteer: Gazetteer) -> None:
    body = "Amaq News Agency posted a video of what it says are captured soldiers."
    assert attribute(body, gazetteer)[0][0][:2] == ("actor/amaq-news-agency", "says")


def test_the_monitor_is_the_one_monitor_named_before(gazetteer: Gazetteer) -> None:
    body = "The Syrian Observatory for Human Rights counted the dead. Jets struck again on Monday, the monitor said."
    assert attribute(body, gazetteer)[1][0][:2] == (SOHR, "said")


def test_the_monitor_stays_unresolved_when_two_monitors_were_named(gazetteer: Gazetteer) -> None:
    body = (
        "The Syrian Observatory for Human Rights and Human Rights Watch counted the dead. "
        "Jets struck again on Monday, the monitor said."
    )
    assert attribute(body, gazetteer)[1] == []


@pytest.mark.parametrize(
    "body",
    [
        "It said rebels attacked the base with two car bombs.",
        "Activists said that the Islamic State attacked the base.",
        "The opposition told the United Nations that talks were premature.",
    ],
)
def test_an_actor_after_the_verb_is_not_always_the_speaker(body: str, gazetteer: Gazetteer) -> None:
    assert attribute(body, gazetteer) == [[]]


def test_told_an_outlet_by_an_unresolved_pronoun_is_the_articles_own_voice(gazetteer: Gazetteer) -> None:
    # twenty-fourth session: the outlet told only carried it (no half-A gold credits an outlet told); "he" unresolved
    body = '"There is no fuel left" he told Reuters.'
    assert attribute(body, gazetteer) == [[]]


def test_an_inverted_speaker_may_carry_a_title(gazetteer: Gazetteer) -> None:
    body = '"Thirty children were killed" said Observatory director Rami Abdel Rahman.'
    assert attribute(body, gazetteer)[0][0][1] == "said"


def test_he_told_an_outlet_is_the_person_when_one_was_named(gazetteer: Gazetteer) -> None:
    body = 'Sergey Lavrov met the envoy. "The talks were useful" he told Reuters.'
    assert attribute(body, gazetteer)[1][0][:2] == ("actor/sergey-lavrov", "told")


@pytest.mark.parametrize(
    ("body", "claimant", "cue"),
    [
        ("Jets hit a market in Idlib the Al-Manar TV channel reported Friday.", "actor/al-manar", "reported"),
        ("The Syrian Observatory for Human Rights monitoring group confirmed the toll.", SOHR, "confirmed"),
        ("SANA quoted a military source on Wednesday as saying the army retook the hills.", SAA, "quoted"),
        (
            "Local media reported the strike on the base citing an NDF official.",
            "actor/national-defence-forces",
            "citing",
        ),
        ("The Syrian Coalition condemned the airstrikes on Idlib.", COALITION, "condemned"),
    ],
)
def test_speakers_named_with_their_kind_or_quoted_by_an_outlet(
    body: str, claimant: str, cue: str, gazetteer: Gazetteer
) -> None:
    assert attribute(body, gazetteer)[0][:1] == [(claimant, cue, body)]


@pytest.mark.parametrize(
    "body",
    [
        "Opponents of Bashar al-Assad said 300 people were killed.",
        "Sources close to the group told Reuters that the town had fallen.",
        "Forty men were shot an activist in the town who spoke on condition of anonymity told Reuters.",
        "The house was hit twice a relative of the victims told AFP.",
        "The mosque was struck at dawn a witness told Reuters.",
        '"Our street was shelled all night" she told AFP.',
    ],
)
def test_unnamed_speakers_name_no_claimant(body: str, gazetteer: Gazetteer) -> None:
    assert attribute(body, gazetteer) == [[]]


def test_a_monitor_is_the_monitor_the_article_names_later(gazetteer: Gazetteer) -> None:
    body = "IS killed 20 people in Hama a monitor said. The Syrian Observatory for Human Rights said 8 were children."
    assert [found[0][0] for found in attribute(body, gazetteer)] == [SOHR, SOHR]


def test_it_said_and_the_source_added_speak_for_who_spoke_before(gazetteer: Gazetteer) -> None:
    body = "The Observatory said five died in Homs. The attack was carried out by rebels it said."
    assert [found[0][0] for found in attribute(body, gazetteer)] == [SOHR, SOHR]
    body = "A military source told SANA that jets struck Hama. The source added that 12 militants were killed."
    assert [found[0][0] for found in attribute(body, gazetteer)] == [SAA, SAA]


def test_he_said_is_the_person_who_spoke_last_when_several_were_named(gazetteer: Gazetteer) -> None:
    body = "Sergey Lavrov met John Kerry in Geneva. Lavrov said the talks went well. He added that aid would flow."
    assert attribute(body, gazetteer)[2] == [("actor/sergey-lavrov", "added", "He added that aid would flow.")]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The Observatory which relies on activists on the ground says 12 people were killed.", SOHR),
        ("The Observatory a British-based war monitor said jets struck the town.", SOHR),
        (
            "The Russian defense ministry said the convoy was hit.",
            "actor/ministry-of-defence-of-the-russian-federation",
        ),
    ],
)
def test_a_subject_with_an_unmarked_aside_or_in_lower_case_still_speaks(
    body: str, claimant: str, gazetteer: Gazetteer
) -> None:
    assert attribute(body, gazetteer)[0][0][0] == claimant


def test_the_britain_based_group_is_the_monitor_and_the_group_is_who_spoke_before(gazetteer: Gazetteer) -> None:
    body = "The Syrian Observatory for Human Rights said 30 died. The Britain-based group said 9 were children."
    assert [found[0][0] for found in attribute(body, gazetteer)] == [SOHR, SOHR]
    body = "The Observatory said 30 died in Homs. The group said nine of them were children."
    assert [found[0][0] for found in attribute(body, gazetteer)] == [SOHR, SOHR]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("SANA reporter in Hama province said rockets fell on the city.", "actor/sana"),
        ("SANAs correspondent said rockets fell on the city.", "actor/sana"),
        ("A car bomb killed 20 people near Deir al-Zor Syrias SANA state news agency reported.", "actor/sana"),
        ("The Islamic State (IS) militant group said one of its fighters blew himself up.", "actor/islamic-state"),
        (
            "Rami Abdel Rahman the head of the London-based so-called Syrian Observatory for Human Rights said it.",
            "actor/rami-abdulrahman",
        ),
        ("Five fled the head of the Britain-based monitor Rami Abdel Rahman told AFP.", "actor/rami-abdulrahman"),
        ("Rockets fell on the market an AFP photographer said.", "actor/agence-france-presse"),
        ("Russia has categorically denied any role in the raid.", "actor/russia"),
        ("Glass covered the street after the attack an AFP correspondent said.", "actor/agence-france-presse"),
        ("The Hezbollah military media unit said its fighters took the hill.", "actor/hezbollah"),
        ("Rami Abdul-Rahman said five people were killed.", "actor/rami-abdulrahman"),
    ],
)
def test_reporters_units_and_spelling_variants_of_a_speaker(body: str, claimant: str, gazetteer: Gazetteer) -> None:
    assert attribute(body, gazetteer)[0][0][0] == claimant


def test_where_a_speaker_is_based_does_not_speak(gazetteer: Gazetteer) -> None:
    from loaders.extract import extract
    from loaders.model import Article

    body = "The Syrian Observatory for Human Rights based in Britain said nine children were killed in Idlib."
    x = extract(Article("test", "t", body), gazetteer)
    assert [c.claimant for c in x.claims] == [SOHR] and "actor/united-kingdom" not in {m.key for m in x.mentions}


def test_an_ally_between_a_name_and_its_verb_is_no_adverb(gazetteer: Gazetteer) -> None:
    assert attribute("The staunch Assad ally insisted the jets hit a depot.", gazetteer) == [[]]


def test_a_toll_claimed_is_not_a_statement(gazetteer: Gazetteer) -> None:
    body = "An airstrike of the US-led coalition has claimed the lives of eight civilians in Tabqa."
    assert attribute(body, gazetteer) == [[]]
    body = "The US-led coalition claimed 20 militants were killed in Tabqa."
    found = [[(k, cue) for k, cue, _ in s] for s in attribute(body, gazetteer)]
    assert found == [[("actor/us-led-coalition", "claimed")]]


def test_who_heads_describes_the_person_who_speaks() -> None:
    from loaders.extract import extract
    from loaders.model import Article

    gaz = Gazetteer.load()
    body = "Rami Abdurrahman who heads the Syrian Observatory for Human Rights said the plane crashed in Ariha."
    assert [c.claimant for c in extract(Article("t", "t", body), gaz).claims] == ["actor/rami-abdulrahman"]
    body = "The raids hit three buildings after midnight AFPs correspondent in the town said."
    assert [c.claimant for c in extract(Article("t", "t", body), gaz).claims] == ["actor/agence-france-presse"]
    body = "Several ISIL members were killed in the bombardments FNA reported."
    assert [c.claimant for c in extract(Article("t", "t", body), gaz).claims] == ["actor/fars-news-agency"]
    body = "Syrian state TV reported that jets struck Idlib."
    assert "actor/local/tv" not in {c.claimant for c in extract(Article("t", "t", body), gaz).claims}


def test_putting_the_toll_at_is_a_statement_and_however_no_break() -> None:
    from loaders.extract import extract
    from loaders.model import Article

    gaz = Gazetteer.load()
    body = "The Syrian Center for Policy Research however has put the death toll from the war at as high as 470000."
    claims = extract(Article("t", "t", body), gaz).claims
    assert [(c.claimant, [f.low for f in c.figures]) for c in claims] == [
        ("actor/syrian-center-for-policy-research", [470000])
    ]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # a comma-less appositive with a relative clause: the actor inside the clause does not speak
        ("Jets hit Idlib the Observatory a British group that tracks Syrian army losses reported on Monday.", SOHR),
        ("Jets hit Idlib the Syrian Observatory for Human Rights that is run by exiled activists said.", SOHR),
        ("The Observatory another monitoring group says the Syrian army shelled Hama.", SOHR),
        ("The Observatory an NGO however has put the toll at 20.", SOHR),
        ("The Observatory however a London-based watchdog has put the toll at 20.", SOHR),
    ],
)
def test_appositives_and_relative_clauses_between_a_body_and_its_verb(
    body: str, claimant: str, gazetteer: Gazetteer
) -> None:
    assert attribute(body, gazetteer)[0][0][0] == claimant


def test_a_speaker_closing_a_relative_clause_speaks(gazetteer: Gazetteer) -> None:
    body = "Jets hit the Syrian army that had shelled Idlib a monitoring group said."
    assert [a[0] for a in attribute(body, gazetteer)[0]] != [SAA]


def test_an_abbreviation_in_square_brackets_is_an_aside(gazetteer: Gazetteer) -> None:
    body = "Jets struck Idlib the Syrian Observatory for Human Rights [SOHR] said on Monday."
    assert attribute(body, gazetteer)[0][0][:2] == (SOHR, "said")


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "Doctors Without Borders released a statement saying four clinics in Idlib were bombed.",
            "actor/medecins-sans-frontieres",
        ),
        ("The Islamic State group has released a new video showing the fall of the airbase.", "actor/islamic-state"),
        ("Footage released by the Syrian Observatory for Human Rights showed the ruins.", SOHR),
        # the outlet that carries it speaks, not the group it serves
        ("Footage released by IS-linked news agency Amaq showed the ruins.", "actor/amaq-news-agency"),
    ],
)
def test_what_a_body_releases_it_states(body: str, claimant: str, gazetteer: Gazetteer) -> None:
    assert attribute(body, gazetteer)[0][0][0] == claimant


def test_released_captives_are_no_statement(gazetteer: Gazetteer) -> None:
    assert attribute("The Islamic State group released 20 captives on Monday.", gazetteer) == [[]]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "Moscow stood by Damascus with President Vladimir Putin warning against a rush to judgement.",
            "actor/vladimir-putin",
        ),
        ("Damascus denied it with a Syrian army source telling reporters that no gas was used.", SAA),
    ],
)
def test_with_a_speaker_and_a_participle_of_saying(body: str, claimant: str, gazetteer: Gazetteer) -> None:
    assert claimant in [a[0] for a in attribute(body, gazetteer)[0]]


def test_what_a_speaker_did_not_say_stands_between_it_and_what_it_said(gazetteer: Gazetteer) -> None:
    body = "The Syrian Observatory for Human Rights did not give a toll for the raid but said the army lost a tank."
    assert attribute(body, gazetteer)[0][0][:2] == (SOHR, "said")
    assert attribute("The Syrian Observatory for Human Rights did not say who fired.", gazetteer) == [[]]


def test_giving_a_toll_is_a_statement(gazetteer: Gazetteer) -> None:
    body = "Jets struck Idlib and the Syrian Observatory for Human Rights gave a death toll of 12."
    assert attribute(body, gazetteer)[0][0][:2] == (SOHR, "gave")


def test_an_actor_after_a_preposition_yields_to_a_speaker_named_by_kind(gazetteer: Gazetteer) -> None:
    body = "The Syrian Observatory for Human Rights counts the dead. "
    body += "Jets bombed a town held by the Islamic State group a monitoring group said."
    assert attribute(body, gazetteer)[1][0][0] == SOHR
    body = "Jets bombed Raqqa killing 12 in strikes the Syrian Observatory for Human Rights a monitoring group said."
    assert attribute(body, gazetteer)[0][0][0] == SOHR


def test_a_representative_far_from_the_verb_does_not_speak(gazetteer: Gazetteer) -> None:
    body = (
        "A senior commander of the Islamic State group was killed in clashes with the Syrian army near "
        "the town of Palmyra on Monday SANA reports."
    )
    assert attribute(body, gazetteer)[0][0][:2] == ("actor/sana", "reports")
    body = "The spokesman of the Islamic State group in Raqqa said the town had fallen."
    assert attribute(body, gazetteer)[0][0][0] == "actor/islamic-state"


def test_a_short_name_in_brackets_speaks_for_its_body(gazetteer: Gazetteer) -> None:
    body = "The UN childrens fund (UNICEF) said on Monday a school in Idlib was hit."
    assert attribute(body, gazetteer)[0][0][:2] == ("actor/unicef", "said")
    body = "Rami Abdel Rahman the head of the Syrian Observatory for Human Rights (SOHR) said the town fell."
    assert attribute(body, gazetteer)[0][0][0] != SOHR  # the body in a speaker's title does not speak


def test_he_is_not_a_person_named_before_someone_else_spoke(gazetteer: Gazetteer) -> None:
    body = (
        "Rebels shelled a district loyal to Bashar al-Assad. "
        "An official at the governors office said ten rockets hit the stadium. "
        "He said the blasts wounded 30 people."
    )
    assert attribute(body, gazetteer)[2] == []
    body = "Bashar al-Assad said the army would retake Aleppo. He said the rebels had lost."
    assert attribute(body, gazetteer)[1][0][0] == "actor/bashar-al-assad"


def test_a_relative_clause_gap_of_blanks_is_left_as_it_was() -> None:
    # review2: "^\s*,?\s*" split a run of blanks every way before failing (quadratic; timed by make bench-patterns)
    blanks = BLANKS[0]
    assert _RELATIVE.sub(" ", blanks) == blanks
    assert _RELATIVE.sub(" ", " , which monitors the war ") == " "
