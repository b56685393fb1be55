"""Places read by the thirty-seventh session's transliteration variants (helper spell37): sentences written for these
tests, never copied from a corpus."""

from __future__ import annotations

import pytest

from bench.adversarial import QUARTERS37_TEXTS, VARIANT37_TEXTS, searched
from loaders.gazetteer import Gazetteer
from loaders.transliterations import _QUARTERS_OF, variant, vowels_agree
from tests.written import mention_keys


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # "e" for the fatha, one "f" for two, "-eh" for "-ah": Abu Laffah, placed by its own phrase in Hama
        (
            "Army shells fell on the village of Abu Lefeh in the eastern countryside of Hama province on Friday.",
            "Abu Lefeh",
            "place/abu-laffah-1243358575",
        ),
        # "ouei" for "u`ay", the ayn dropped: An Nu`aymah of Daraa
        (
            "Two fighters died as rockets hit al-Noueima town in the countryside of Daraa overnight.",
            "al-Noueima",
            "place/an-nu-aymah-1327326177",
        ),
        # "u" for a fatha is no transliteration of Laffah: the name stays a local place
        (
            "Army shells fell on the village of Abu Lufeh in the eastern countryside of Hama province on Friday.",
            "Abu Lufeh",
            "place/local/abu-lufeh",
        ),
    ],
)
def test_a_transliteration_of_one_settlement_where_its_phrase_puts_it_is_that_settlement(
    gazetteer: Gazetteer, text: str, name: str, key: str
) -> None:
    assert mention_keys(text, gazetteer, "place")[name] == key


def test_the_variant_evens_out_how_writers_spell_vowels_glides_and_ghayn() -> None:
    assert variant("Maaret Alartiq") == variant("Magharat al Artiq")
    assert variant("Housis") == variant("Huwaysis")
    assert variant("Joban Bai") == variant("Tchoban Bey")
    assert variant("al-Rashdiyeh") != variant("Ar Rushdi")  # "iyeh" keeps its consonant y
    assert not vowels_agree("Abdun", "Abdin")


def test_adversarial_runs_read_one_list_of_quarters_and_shrink_under_the_variant() -> None:
    # the bench's inputs: only the run of names is a list of quarters; the variant never grows a name
    found = [searched(_QUARTERS_OF)(t) is not None for t in QUARTERS37_TEXTS]
    assert found == [True, False, False, False, False]
    assert all(len(variant(t)) <= len(t) for t in VARIANT37_TEXTS)
    assert variant("a" * 5000) == variant("a")
