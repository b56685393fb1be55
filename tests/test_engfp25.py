"""Twenty-fifth session (helper engfp25): false engagements of half a. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BODY_FOR_TRUCE_TEXTS, OWN_HIT_TEXTS, SUN_ARTICLE_TEXTS, _group
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.headlines import title_index
from loaders.local_place_names import SUN_ARTICLE, sun_articles_raised
from loaders.model import Article, Sentence, Span
from loaders.owners_hit import _APPOSITIVE, _SAID_OWN_HIT
from loaders.text import sentences
from loaders.truce_words import BODY_FOR_TRUCE
from tests.written import types as _types
from tests.written import written

# --- the title repeated without its leading figure is the headline ---

_LEAD = "Syrian troops killed 100 ISIL terrorists in clashes near Palmyra on Friday."


def _title_at(title: str, body: str) -> int | None:
    mined = [s for s in sentences(body) if not s.boilerplate]
    return title_index(body, mined, title)


def test_a_title_repeated_without_its_leading_figure_is_the_headline() -> None:
    body = f"ISIL Terrorists Killed Near Palmyra.\n{_LEAD}"
    assert _title_at("100 ISIL Terrorists Killed Near Palmyra", body) == 0


def test_the_headline_without_its_figure_adds_no_engagement_of_its_own(gazetteer: Gazetteer) -> None:
    body = f"ISIL Terrorists Killed Near Palmyra.\n{_LEAD}"
    x = extract(Article("test", "t", body, title="100 ISIL Terrorists Killed Near Palmyra"), gazetteer)
    assert [(e.type, e.attackers) for e in x.engagements] == [("armed-clash", ("actor/syrian-arab-army",))]


@pytest.mark.parametrize(
    ("title", "first"),
    [
        # a first word that is no figure is never dropped
        ("Syrian Troops Kill 100 ISIL Terrorists Near Palmyra", "Troops Kill 100 ISIL Terrorists Near Palmyra."),
        # too short once the figure is gone: two words may open any sentence
        ("3 killed in Homs", "Killed in Homs."),
        ("12 dead", "Dead."),
        # a sentence that only opens with the rest of the title is not the headline
        ("100 ISIL Terrorists Killed Near Palmyra", "ISIL Terrorists Killed Near Palmyra were buried on Sunday."),
        # the figure inside the title, not first, is kept
        ("Jets Kill 12 Near Idlib", "Jets Kill Near Idlib."),
        # a long capitalised run that shares the title's words in another order
        ("100 ISIL Terrorists Killed Near Palmyra", "Near Palmyra ISIL Terrorists Killed."),
    ],
)
def test_only_a_leading_figure_may_be_missing_from_the_repeated_title(title: str, first: str) -> None:
    assert _title_at(title, f"{first}\n{_LEAD}") is None


def test_the_title_with_its_figure_is_still_the_headline() -> None:
    body = f"100 ISIL Terrorists Killed Near Palmyra.\n{_LEAD}"
    assert _title_at("100 ISIL Terrorists Killed Near Palmyra", body) == 0
    assert title_index(body, [Sentence(Span(0, len(body)))], None) is None


# --- a state's ministry that declares a truce is its party ---

_MOD = "actor/ministry-of-defence-of-the-russian-federation"


def _truces(body: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    return [e.attackers for e in written(body, gazetteer).engagements if e.type == "ceasefire"]


@pytest.mark.parametrize(
    "body",
    [
        "On Wednesday the Russian Defense Ministry declared a 48-hour truce in Aleppo.",
        "The Russian Defence Ministry announced a three-day humanitarian ceasefire in Aleppo on Monday.",
    ],
)
def test_a_ministry_that_declares_a_truce_is_its_party(body: str, gazetteer: Gazetteer) -> None:
    assert _truces(body, gazetteer) == [(_MOD,)]


@pytest.mark.parametrize(
    "body",
    [
        # the ministry reports who broke a truce: no party
        "The Russian Defense Ministry said rebels violated the truce in Aleppo on Monday.",
        # it reports that another declared one: that one is the party
        "The Russian Defense Ministry said the Syrian army declared a 48-hour truce in Aleppo.",
        # it welcomes or rejects a truce others made
        "The Russian Defense Ministry welcomed the truce agreed in Aleppo on Monday.",
        # a plan, not a truce declared
        "The Russian Defense Ministry will declare a truce in Aleppo next week.",
        # the ministry is named away from the verb
        "The Russian Defense Ministry spokesman who met reporters in Moscow declared a truce in Aleppo.",
    ],
)
def test_a_ministry_that_only_speaks_of_a_truce_is_no_party(body: str, gazetteer: Gazetteer) -> None:
    assert all(_MOD not in parties for parties in _truces(body, gazetteer))


# --- a body that says its own place was hit is the one hit ---


def _targets(body: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    return [e.targets for e in written(body, gazetteer).engagements]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "The White Helmets a group of rescue workers in rebel-held areas said on Twitter one of their buildings "
            "in Kafr Nabl in the Idlib countryside was hit by an air strike on Sunday.",
            "actor/white-helmets",
        ),
        (
            "MSF said one of its hospitals in Idlib was struck by a barrel bomb on Monday.",
            "actor/medecins-sans-frontieres",
        ),
    ],
)
def test_a_body_that_says_its_own_place_was_hit_is_the_target(body: str, key: str, gazetteer: Gazetteer) -> None:
    assert _targets(body, gazetteer) == [(key,)]


@pytest.mark.parametrize(
    "body",
    [
        # the body tells of another's place hit
        "MSF said a hospital in Idlib was struck by a barrel bomb on Monday.",
        # its place is named but not hit: the clause turns before the passive
        "MSF said one of its hospitals in Idlib was full and that a market was struck by a barrel bomb on Monday.",
        # its own people did the hitting, active voice
        "The army said one of its units struck rebel positions in Idlib with artillery on Monday.",
        # "their" is the people it speaks of, after another subject
        "MSF said the rebels told it one of their bases in Idlib was hit by an air strike on Monday.",
        # a negated hit
        "MSF said none of its hospitals in Idlib was struck by the barrel bombs dropped on Monday.",
    ],
)
def test_a_body_that_speaks_of_other_places_hit_is_no_target(body: str, gazetteer: Gazetteer) -> None:
    assert all("actor/medecins-sans-frontieres" not in targets for targets in _targets(body, gazetteer))


def test_the_speakers_own_hit_patterns_read_nothing_on_adversarial_input() -> None:
    assert [_SAID_OWN_HIT.fullmatch(text) for text in OWN_HIT_TEXTS] == [None] * 4
    assert [_group(_APPOSITIVE.match(text)) for text in OWN_HIT_TEXTS] == ["", "", "", None]


# --- a body named for the truce it watches makes no truce ---


@pytest.mark.parametrize(
    "body",
    [
        "The Russian Center for coordinating and monitoring the cessation of hostilities agreement said on Friday that "
        "rebels shelled the al-Midan neighborhood of Aleppo.",
        "The Joint Committee for monitoring the ceasefire agreement said on Friday that rebels shelled the al-Midan "
        "neighborhood of Aleppo.",
    ],
)
def test_a_body_named_for_a_truce_makes_no_truce(body: str, gazetteer: Gazetteer) -> None:
    assert _types(body, gazetteer) == ["shelling"]


@pytest.mark.parametrize(
    "body",
    [
        # a body that declares a truce, whatever its name
        "The Russian Centre for Reconciliation announced a 48-hour truce in Aleppo on Monday.",
        # a truce it reports others agreed
        "The Russian Centre for Reconciliation said rebels and the army agreed a ceasefire in Daraa on Monday.",
        # "for" after a body noun that names no body: a call for a truce made by the parties
        "Rebels and the army agreed a ceasefire in Daraa on Monday after the UN called for an end to the fighting.",
        # a centre named after the truce word, not for it
        "The regime and the rebels agreed a truce in Daraa on Monday near the town's medical centre.",
        # a long capitalised run before the truce
        "Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh said the regime and the rebels agreed a ceasefire in Daraa on Monday.",
    ],
)
def test_a_truce_made_near_a_body_noun_is_still_a_truce(body: str, gazetteer: Gazetteer) -> None:
    assert "ceasefire" in _types(body, gazetteer)


def test_the_body_for_a_truce_pattern_reads_nothing_on_adversarial_input() -> None:
    assert [BODY_FOR_TRUCE.search(text) for text in BODY_FOR_TRUCE_TEXTS] == [None] * 4


# --- a landmark's name runs through an assimilated article ---


def _places(body: str, gazetteer: Gazetteer) -> set[str]:
    return {m.key for m in written(body, gazetteer).mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("body", "site"),
    [
        ("Jets struck near the Deir ez-Zor airport on Monday killing 12 soldiers.", "place/local/deir-ez-zor-airport"),
        ("IS shelled the Deir ez-Zor military airport on Monday.", "place/local/deir-ez-zor-military-airport"),
    ],
)
def test_a_site_named_after_a_town_spelt_with_an_assimilated_article(
    body: str, site: str, gazetteer: Gazetteer
) -> None:
    assert {"place/deir-ez-zor-421202167", site} <= _places(body, gazetteer)


@pytest.mark.parametrize(
    "body",
    [
        # no kind of site after the name
        "Jets struck Deir ez-Zor on Monday killing 12 soldiers.",
        # the kind is a word of another phrase
        "Jets struck Deir ez-Zor on Monday and the airport was closed.",
        # a lower-case word after the article is no name
        "Jets struck the ez-zor airport on Monday.",
        # "ad-hoc" is no article before a name
        "Jets struck an ad-hoc airport near Deir ez-Zor on Monday.",
        # a long capitalised run
        "Aaa Bbb Ccc Ddd Eee ez-Fff Ggg struck Deir ez-Zor on Monday.",
    ],
)
def test_an_assimilated_article_alone_makes_no_site(body: str, gazetteer: Gazetteer) -> None:
    assert not any("airport" in key or "fff" in key for key in _places(body, gazetteer))


def test_the_assimilated_article_pattern_reads_only_articles_before_capitals() -> None:
    assert [len(SUN_ARTICLE.findall(text)) for text in SUN_ARTICLE_TEXTS] == [714, 0, 0, 0]
    assert sun_articles_raised("Deir ez-Zor and as-Safa") == "Deir Ez-Zor and As-Safa"
