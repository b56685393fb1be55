"""battles30: a participle of taking going on from the main clause is its subject's ("rebels massed, scoring gains")."""

from __future__ import annotations

import pytest

from bench.adversarial import OFFENSIVE30_TEXTS, PARTICIPLE30_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.on_the_offensive import _ON_THE
from loaders.participle_takers import _ING, _PREPOSITION_BEFORE
from tests.written import types_attackers as _told

_REBELS = ("actor/syrian-rebels",)
_SOHR = "actor/syrian-observatory-for-human-rights"


@pytest.mark.parametrize(
    "text",
    [
        "About 900 rebels have gathered along the southern edge of Hama since Monday scoring quick gains in the"
        " Kafr Nabudah area.",
        "Hundreds of rebels massed along the western front of Hama on Sunday scoring rapid gains in Kafr Nabudah.",
    ],
)
def test_participle_gain_is_the_main_subjects(text: str, gazetteer: Gazetteer) -> None:
    assert ("non-state-actor-overtakes-territory", _REBELS) in _told(text, gazetteer)


def test_a_reported_main_clause_gives_no_taker(gazetteer: Gazetteer) -> None:
    text = "The Syrian Observatory for Human Rights said on Monday rebels had massed near Hama scoring quick gains in"
    text += " Kafr Nabudah."
    told = _told(text, gazetteer)
    assert [t for t, _ in told] == ["non-state-actor-overtakes-territory"]  # the gain is still told
    assert all(_SOHR not in attackers for _, attackers in told)


def test_gerund_after_a_noun_phrase_gives_no_taking(gazetteer: Gazetteer) -> None:
    text = "Rebels shelled army positions in Hama on Monday. The Syrian army released footage on Tuesday showing the"
    text += " operation of seizing two villages near Hama."
    told = _told(text, gazetteer)
    assert ("shelling", _REBELS) in told  # the article's engagement is read
    assert [t for t, _ in told] == ["shelling"]


def test_participle_patterns_on_adversarial_texts() -> None:
    # no word end in a run of letters, no blank after the last preposition of a run: neither pattern matches
    assert [_ING.match(t) for t in PARTICIPLE30_TEXTS] == [None] * 3
    assert [_PREPOSITION_BEFORE.search(t) for t in PARTICIPLE30_TEXTS] == [None] * 3
    assert _ING.match("scoring gains") and not _ING.match("gains")
    assert _PREPOSITION_BEFORE.search("footage of ") and not _PREPOSITION_BEFORE.search("massed on Sunday ")


# --- a side "on the offensive" ---


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Government forces were on a wide offensive on the eastern suburbs of Damascus.", ("actor/syrian-arab-army",)),
        ("Rebels went on the offensive in Hama on Monday.", _REBELS),
    ],
)
def test_side_on_the_offensive_attacks(text: str, attackers: tuple[str, ...], gazetteer: Gazetteer) -> None:
    assert ("armed-clash", attackers) in _told(text, gazetteer)


def test_side_on_the_move_is_not_the_offensives(gazetteer: Gazetteer) -> None:
    text = "Rebels shelled Hama on Monday. Thousands of rebels were on the move as the army offensive reached Hama on"
    text += " Tuesday."
    told = _told(text, gazetteer)
    assert ("armed-clash", ("actor/syrian-arab-army",)) in told  # the offensive is still told, as the army's
    assert all(attackers != _REBELS for kind, attackers in told if kind == "armed-clash")


def test_on_the_offensive_pattern_on_adversarial_texts() -> None:
    assert [_ON_THE.search(t) for t in OFFENSIVE30_TEXTS] == [None] * 3
    assert _ON_THE.search(" were on a wide ") and not _ON_THE.search(" were on the move as the ")
