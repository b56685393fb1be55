"""One vocabulary instead of copies (twenty-second session, helper shared-words): the aircraft words, the speech verbs
and the sentence heads live in `aircraft_words`, `speech_verbs` and `sentence_heads`, and every reader takes the shared
core. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import HEAD_TEXTS
from loaders import actor_mentions, attribution, clauses, nearest_actors, our_forces, timex
from loaders.aircraft_named import _AIRCRAFT_ONLY, _DOWNED_AIRCRAFT
from loaders.aircraft_words import CORE, ENDS_IN_SUBJECT, PLURALS, STRIKING, SUBJECT
from loaders.ceased_strikes import _DEFINITE_HEAD as _CEASED_HEAD
from loaders.ceased_strikes import ceased_strike
from loaders.denied_and_remarked import _DEFINITE_HEAD as _REMARKED_HEAD
from loaders.denied_and_remarked import _REMARK_VERB, remarked_on
from loaders.engagement_roles import _OWNED_NOUN
from loaders.engagement_triggers import TYPES, trigger_matches
from loaders.from_the_air import _OWNS_AIRCRAFT
from loaders.spoken_of import _JUDGED_HEAD, _JUDGEMENT
from loaders.state_forces import _FORCE_AFTER
from loaders.trigger_guards import _COVER_MEANS

# every spelling of the core words, in both numbers
CORE_FORMS = [
    "warplane", "warplanes", "war planes", "jet", "jets", "helicopter", "helicopters", "aircraft", "aircrafts",
]  # fmt: skip
STRIKING_FORMS = ["warplanes", "war planes", "fighter jet", "fighter jets", "jets", "helicopter", "helicopters"]
SUBJECT_FORMS = [*CORE_FORMS, "planes", "drones", "bombers", "air force"]
PLURAL_FORMS = ["warplanes", "war planes", "jets", "aircraft", "aircrafts", "planes", "helicopters"]


@pytest.mark.parametrize("word", CORE_FORMS)
def test_every_core_aircraft_word_is_read_as_aircraft_by_each_reader(word: str) -> None:
    assert re.fullmatch(CORE, word, re.I)
    assert actor_mentions._AIRCRAFT.fullmatch(word)  # an air actor: "Russian warplanes" are the air force
    assert _COVER_MEANS.match(word)  # an air means: "under the cover of Russian jets"
    assert _OWNS_AIRCRAFT.match(f" {word}")  # "the army helicopters": the army owns them
    assert _OWNED_NOUN.fullmatch(word)  # "aircraft of the coalition": the owner acts
    assert ENDS_IN_SUBJECT.search(f"the Russian {word}")  # the subject whose verb may deny or end a strike
    assert _DOWNED_AIRCRAFT.match(word)  # what may crash or be shot down


@pytest.mark.parametrize("word", STRIKING_FORMS)
def test_the_striking_words_are_air_strike_triggers_and_aircraft_alone(word: str) -> None:
    sentence = f"Government {word} pounded the town on Monday."
    first = trigger_matches(sentence)[0]
    assert first.group(0) == word and TYPES[int((first.lastgroup or "t0")[1:])] == "air-strike"
    assert _AIRCRAFT_ONLY.fullmatch(word)


@pytest.mark.parametrize("word", SUBJECT_FORMS)
def test_every_subject_word_names_an_air_actor_and_ends_a_subject(word: str) -> None:
    assert re.fullmatch(SUBJECT, word, re.I)
    assert actor_mentions._AIRCRAFT.fullmatch(word)
    assert ENDS_IN_SUBJECT.search(f"long-range {word}")


@pytest.mark.parametrize("word", PLURAL_FORMS)
def test_a_sides_own_plural_aircraft_are_its_air_arm_in_every_reader(word: str) -> None:
    assert re.fullmatch(PLURALS, word)
    assert _FORCE_AFTER.match(f"s {word}").group("air")  # "the regimes warplanes"
    assert actor_mentions._POSSESSIVE_FORCE.fullmatch(f"Russias {word}")


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("jet", STRIKING),  # a lone "jet" is no strike: "a passenger jet landed"
        ("jet fuel", STRIKING),
        ("war", CORE),
        ("plane", SUBJECT),  # a subject in the plural only
        ("planetary", SUBJECT),
    ],
)
def test_near_misses_are_no_aircraft(text: str, pattern: str) -> None:
    assert re.fullmatch(pattern, text, re.I) is None


@pytest.mark.parametrize("text", ["the airplanes", "a helicopter pad", "the jetty", "the air forces chief", "dronesx"])
def test_a_subject_ends_only_in_a_whole_aircraft_word(text: str) -> None:
    assert ENDS_IN_SUBJECT.search(text) is None


@pytest.mark.parametrize("verb", ["said", "says"])
def test_every_reader_of_speech_takes_the_shared_verbs(verb: str) -> None:
    assert verb in clauses._SPEECH
    assert attribution._SPEECH.search(f"the minister {verb} that")
    assert attribution._PRONOUN.search(f"Later he {verb} it")
    assert attribution._IT.search(f"it {verb} in a statement")
    assert nearest_actors._SPEECH.search(f" {verb} ")
    assert our_forces._SPOKE.fullmatch(f" spokesman {verb} ")
    assert timex._SPEECH_BEFORE.search(f"the monitor {verb} ")
    assert timex._SPEAKER_AFTER.match(f" the Observatory {verb} that")


@pytest.mark.parametrize("text", ["unsaid ", "sayings ", "the saying ", "reportedly ", "Saidnaya "])
def test_near_misses_are_no_speech(text: str) -> None:
    assert attribution._SPEECH.search(text) is None
    assert nearest_actors._SPEECH.search(text) is None
    assert timex._SPEECH_BEFORE.search(text) is None


def test_the_three_readers_share_one_head_with_the_demonstratives() -> None:
    for head in ("The attacks ", "The increased fighting ", "Rebels withdrew. The shelling ", '"The attack '):
        assert _JUDGED_HEAD.search(head) and _REMARKED_HEAD.search(head) and _CEASED_HEAD.search(head)
    for head in ("These attacks ", "Such attacks ", "This bombing ", "Rebels withdrew. That attack "):
        assert _JUDGED_HEAD.search(head) and _REMARKED_HEAD.search(head) and _CEASED_HEAD.search(head)
    assert _JUDGED_HEAD.pattern == _REMARKED_HEAD.pattern == _CEASED_HEAD.pattern


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck a market in the town of Ariha on Monday. That attack underlined how exposed the province remains.",
        "Shells hit the old quarter of the city of Daraa on Friday. This shelling stopped after the truce took effect.",
    ],
)
def test_an_engagement_taken_up_by_a_demonstrative_and_remarked_on_or_ended_is_none_new(text: str) -> None:
    second = text.index(". ") + 2
    trigger = re.compile(r"attack|shelling").search(text, second)
    assert trigger is not None
    assert remarked_on(text, trigger) or ceased_strike(text, trigger)


@pytest.mark.parametrize(
    "head",
    [
        "Rebels said the attack ",  # "the" inside the sentence
        "Yesterday, the bombing ",  # after a comma
        "Theresa ",  # a name, no determiner
        "Then the shelling ",  # a word before "the"
        "The very heavy renewed fighting ",  # three modifiers
    ],
)
def test_near_misses_are_no_sentence_head(head: str) -> None:
    assert _JUDGED_HEAD.search(head) is None and _REMARKED_HEAD.search(head) is None


def test_the_judgement_and_the_remark_read_the_same_place_phrases() -> None:
    for phrase in (" on Idlib", " in the town", " near Aleppo", " around Aleppo", " against civilians"):
        assert _JUDGEMENT.match(f"{phrase} were a war crime")
        assert _REMARK_VERB.match(f"{phrase} raised fears")
    assert _JUDGEMENT.match(" across Aleppo were a war crime") is None  # "across" is no phrase they read


@pytest.mark.parametrize(("text", "head"), list(zip(HEAD_TEXTS, [None, ". The ", None, None, None], strict=True)))
def test_the_heads_and_phrases_read_adversarial_text(text: str, head: str | None) -> None:
    # a run of "The" has no opening before its last one; only ". The" at the very end heads a sentence
    found = _JUDGED_HEAD.search(text)
    assert (found and found.group()) == head
    assert _JUDGEMENT.match(text) is None and _REMARK_VERB.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said this attack reflected a change of tactics.",  # the demonstrative inside the sentence
        "This attack killed 12 people in the village of Kafr Nabl.",  # the head acts: an engagement told
        "This weeks heavy renewed attack reflected the new tactics.",  # three modifiers: no head
        "That attack on the market in the old city near the river came as talks opened.",  # three phrases
        "Those who fled the attack raised fears of hunger.",  # the head is the people, not the attack
    ],
)
def test_a_demonstrative_head_fires_only_on_the_engagement_it_takes_up(text: str) -> None:
    trigger = re.compile(r"attack").search(text)
    assert trigger is not None
    assert not remarked_on(text, trigger) and not ceased_strike(text, trigger)
