"""The shallow clause chunker (`loaders.clauses`) and the roles read through it (`loaders.clause_roles`), on sentences
written for these tests (twentieth session, helper clauses)."""

from __future__ import annotations

import pytest
from sides_check import HEZ, IS, SAA, sides_told

from bench.adversarial import CHUNKER_TEXTS
from loaders.clauses import Clause, acting_subject, chunk, clause_at
from loaders.gazetteer import Gazetteer


def _told(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each clause's kind, verb and subject, as text."""

    def part(c: Clause, span: tuple[int, int] | None) -> str | None:
        return text[span[0] : span[1]].strip() if span else None

    return [(c.kind, part(c, c.verb), part(c, c.subject)) for c in chunk(text)]


def test_a_verb_after_and_shares_the_subject_before() -> None:
    assert _told("The army killed 70 fighters and destroyed a tank near Homs.") == [
        ("main", "killed", "The army"),
        ("coordinate", "destroyed", None),
    ]


def test_and_before_a_subject_of_its_own() -> None:
    told = _told("Government forces backed by Russian jets stormed the village and the rebels withdrew.")
    assert told == [
        ("main", "stormed", "Government forces backed by Russian jets"),
        ("coordinate", "withdrew", "the rebels"),
    ]


def test_and_between_two_subjects_is_no_clause() -> None:
    assert [k for k, _, _ in _told("Rebels and government forces clashed near Hama on Monday.")] == ["main"]


def test_subordinate_clause_with_a_subject() -> None:
    told = _told("Rebels shelled the town after the army seized a hill, killing five civilians.")
    assert told == [
        ("main", "shelled", "Rebels"),
        ("subordinate", "seized", "the army"),
        ("participle", None, None),
    ]


def test_after_as_a_preposition_opens_no_clause() -> None:
    assert [k for k, _, _ in _told("Rebels shelled the town after the fall of the hill to the army.")] == ["main"]


def test_relative_clause_and_the_clause_it_interrupted() -> None:
    text = "Jihadist fighters who had captured the town were driven out by the army on Monday."
    told = _told(text)
    assert told[1] == ("relative", "had captured", None)
    assert told[2] == ("resumed", "were driven", "Jihadist fighters")
    assert chunk(text)[2].passive


def test_relative_clause_running_on_after_but() -> None:
    told = _told("The alliance which consists of Kurdish units but also includes Arab tribes launched an offensive.")
    assert [k for k, _, _ in told] == ["main", "relative", "relative-and", "resumed"]
    assert told[-1] == ("resumed", "launched", "The alliance")


def test_fronted_clause_hangs_from_the_main_clause() -> None:
    clauses = chunk("After seizing the dam, the alliance attacked the city.")
    assert clauses[0].kind == "subordinate" and clauses[0].host == 1
    assert clauses[1].verb is not None


def test_that_clause_after_a_speech_verb() -> None:
    told = _told("The monitor said that jets bombed the town while rebels fired rockets on the city.")
    assert told == [
        ("main", "said", "The monitor"),
        ("that", "bombed", "jets"),
        ("subordinate", "fired", "rebels"),
    ]


def test_leading_adverbs_are_no_subject() -> None:
    assert _told("Meanwhile the army also shelled the town.")[0] == ("main", "shelled", "the army")


def test_subject_shared_along_a_chain_of_joined_verbs() -> None:
    text = "Kurdish units are pressing on in the north and are advancing on the town and seized two silos."
    clauses = chunk(text)
    last = clause_at(clauses, text.index("seized"))
    assert last is not None
    span = acting_subject(clauses, last)
    assert span is not None and text[span[0] : span[1]].strip() == "Kurdish units"


def test_a_passive_host_lends_no_doer() -> None:
    text = "Two soldiers were killed near the town and buried the next day."
    clauses = chunk(text)
    joined = clause_at(clauses, text.index("buried"))
    assert joined is not None and acting_subject(clauses, joined) is None


@pytest.mark.parametrize(("text", "clauses"), list(zip(CHUNKER_TEXTS, [1, 1, 500, 1], strict=True)))
def test_chunker_reads_adversarial_text(text: str, clauses: int) -> None:
    # its speed on these is timed by make bench-patterns (bench/adversarial.py)
    found = chunk(text)
    assert len(found) == clauses
    assert found[0].start == 0 and found[-1].end == len(text)


# The roles: a verb after "and"/"but" with no subject of its own is done by the subject of the clause it is joined to,
# wherever that subject stands in the sentence.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Army units continued to advance towards Palmyra in Homs countryside and established control over three"
            " hills east of the town.",
            dict(A={SAA}),
        ),
        (
            "On Monday morning government forces regrouped in the desert south of Raqqa and retook the Thawra oil"
            " field.",
            dict(A={SAA}),
        ),
        (
            "While rebels held Aleppo, the army regrouped in the south and retook two hills near Khan Tuman.",
            dict(A={SAA}),
        ),
        (
            "Hezbollah fighters moved through the mountains near Zabadani and overran a rebel post on Sunday.",
            dict(A={HEZ}),
        ),
        (
            "After weeks of calm, Islamic State fighters gathered near Deir ez-Zor and overran an army post on Sunday.",
            dict(A={IS}),
        ),
    ],
)
def test_joined_verb_done_by_the_subject_before(text: str, want: dict[str, set[str]], gazetteer: Gazetteer) -> None:
    assert sides_told(text, want, gazetteer)  # type: ignore[arg-type]
