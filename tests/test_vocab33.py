"""Thirty-third session (helper vocab33): the words and shapes of war reporting, checked on written sentences; every
sentence is written for the test (not taken from the corpus)."""

from __future__ import annotations

from datetime import date

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """Each engagement's type, attacker slugs and target slugs, of a one-sentence article dated 12 June 2017."""
    x = extract(Article("test", "A report", "A report\n\n" + text, published=date(2017, 6, 12)), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.attackers], [k.split("/")[-1] for k in e.targets]) for e in x.engagements
    ]


# --- a word cut at the edge of the window read around a generic trigger ---


def test_an_airport_near_an_attack_is_no_air_strike(gazetteer: Gazetteer) -> None:
    # "airport" ends 41 characters after "attacked": the window once cut it to "air"
    told = _told("Islamic State fighters attacked an army checkpoint near Deir ez-Zor airport.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], ["syrian-arab-army"])]


def test_aircraft_near_an_attack_is_still_an_air_strike(gazetteer: Gazetteer) -> None:
    told = _told("Russian aircraft attacked the town of Morek near a car repair shop on Monday.", gazetteer)
    assert [t for t, _, _ in told] == ["air-strike"]
