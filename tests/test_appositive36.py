"""Thirty-sixth session (helper appositive36): the subject before an appositive with a relative clause acts. Texts
written for the tests."""

from __future__ import annotations

from bench.adversarial import APPOSITIVE36_TEXTS, OPEN_END36_TEXTS
from loaders.appositive_subjects import _APPOSITIVE_CLAUSE, _OPEN_END
from loaders.gazetteer import Gazetteer
from tests.written import types_sides as _sides

# --- "X an alliance that includes Y began its assault": X acts, Y is only named in the clause ---


def test_a_side_included_by_a_comma_less_appositive_is_no_attacker(gazetteer: Gazetteer) -> None:
    text = "The Army of Conquest an opposition coalition that includes al-Nusra Front began its assault on Idlib."
    assert [a for _, a, _ in _sides(text, gazetteer)] == [("actor/jaysh-al-fatah",)]


def test_the_comma_appositive_before_a_verb_and_its_noun_gives_the_subject(gazetteer: Gazetteer) -> None:
    text = "The Army of Conquest, an alliance that includes al-Nusra Front, began its assault on Idlib."
    assert [a for _, a, _ in _sides(text, gazetteer)] == [("actor/jaysh-al-fatah",)]


def test_a_comma_relative_clause_before_a_verb_and_its_noun_gives_the_subject(gazetteer: Gazetteer) -> None:
    text = "The Army of Conquest, which includes al-Nusra Front, began its assault on Idlib."
    assert [a for _, a, _ in _sides(text, gazetteer)] == [("actor/jaysh-al-fatah",)]


# --- "X a group that is backed by Y attacked": the clause runs up to the verb, its side left out (probe) ---


def test_a_comma_less_appositive_running_up_to_the_verb_leaves_its_subject_the_doer(gazetteer: Gazetteer) -> None:
    text = "The SDF a Kurdish-led alliance that is backed by the United States attacked Raqqa on Monday."
    assert [a for _, a, _ in _sides(text, gazetteer)] == [("actor/syrian-democratic-forces",)]


# --- the patterns on their own, and on their adversarial inputs ---


def test_the_appositive_clause_needs_a_determiner_or_a_comma_before_its_pronoun() -> None:
    assert _APPOSITIVE_CLAUSE.fullmatch(" an opposition coalition that includes ")
    assert _APPOSITIVE_CLAUSE.fullmatch(", which includes ")
    assert not _APPOSITIVE_CLAUSE.fullmatch(" which includes ")  # the comma-less bare clause is read elsewhere
    assert [bool(_APPOSITIVE_CLAUSE.fullmatch(t)) for t in APPOSITIVE36_TEXTS] == [False] * 5


def test_an_auxiliary_or_adverb_leaves_the_clause_open() -> None:
    assert _OPEN_END.search(" a group that was ")
    assert not _OPEN_END.search(" a group that is backed by the United States ")
    assert [bool(_OPEN_END.search(t)) for t in OPEN_END36_TEXTS] == [False, False, False]
