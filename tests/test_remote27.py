"""Strikes and shelling told after a "to" that is a preposition ("injured due to rocket attacks"), which the infinitive
guard had blocked (twenty-seventh session, helper remote27; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import pytest

from bench.adversarial import TO_PREPOSITION27_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.to_as_preposition import TO_AS_PREPOSITION, to_as_preposition
from tests.written import types_attackers as engagements


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Two children were wounded on Monday due to rocket attacks by rebels on the town of Jableh.", "shelling"),
        ("Two children were wounded on Monday due to an attack by rebels on the town of Jableh.", "armed-clash"),
        ("Four farmers were hurt in Jableh on Monday owing to airstrikes by Russian jets.", "air-strike"),
    ],
)
def test_a_noun_of_violence_after_due_to_is_told(text: str, etype: str, gazetteer: Gazetteer) -> None:
    found = engagements(text, gazetteer)
    assert [e[0] for e in found] == [etype]
    assert found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # "due to" before a verb's bare form schedules the attack: an infinitive, still blocked
        "The army is due to attack Jableh on Monday.",
        # an aim after another verb stays an aim
        "Rebels vowed to attack the town of Jableh on Monday.",
    ],
)
def test_an_infinitive_after_to_is_still_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert engagements(text, gazetteer) == []


def test_only_a_noun_form_or_an_article_makes_to_a_preposition() -> None:
    assert to_as_preposition("injured due to ", "attacks")
    assert to_as_preposition("killed owing to the ", "attack")
    assert not to_as_preposition("the army is due to ", "attack")
    assert not to_as_preposition("rebels vowed to ", "attacks")


def test_adversarial_inputs_read_as_expected() -> None:
    found = [m.group() if (m := TO_AS_PREPOSITION.search(text)) else None for text in TO_PREPOSITION27_TEXTS]
    assert found == [None, None, None, "due to ", None]
