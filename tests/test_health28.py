"""The one home of minting local places (`loaders.local_places`), and the left-out scoring of a place the gazetteer
has under another spelling (`graph.leave_out.spelled_otherwise`; twenty-eighth session, helper health28)."""

from __future__ import annotations

from loaders.local_places import local_key, local_place, with_new_places
from loaders.model import Mention, Span


def test_a_local_key_is_the_slug_of_the_label() -> None:
    assert local_key("Bab al-Hawa") == "place/local/bab-al-hawa"
    assert local_key("BAB AL-HAWA") == local_key("Bab al-Hawa")  # a dateline's capitals name the same place


def test_a_minted_place_is_an_unlinked_mention_and_an_entry() -> None:
    entries: dict[str, tuple[str, str]] = {}
    mention = local_place(entries, Span(3, 10), "Tal Ward")
    assert mention == Mention(Span(3, 10), "place/local/tal-ward", "place", linked=False)
    assert entries == {"place/local/tal-ward": ("place", "Tal Ward")}
    # a rule that reads the place again overwrites the entry; one that only adds names beside others keeps it
    local_place(entries, Span(3, 10), "Tal Ward", "facility")
    assert entries["place/local/tal-ward"] == ("facility", "Tal Ward")
    local_place(entries, Span(3, 10), "Tal Ward", "place", keep=True)
    assert entries["place/local/tal-ward"] == ("facility", "Tal Ward")


def test_new_places_skip_overlapping_and_unfit_names() -> None:
    body = "Shells hit Kafr Dael and Tal Ward and Minister Ali."
    found = [Mention(Span(11, 20), "place/kafr-dael", "place")]
    names = [
        (Span(16, 20), "Dael"),  # inside a mention already found
        (Span(25, 33), "Tal Ward"),
        (Span(27, 33), "l Ward"),  # overlaps the name added before it
        (Span(38, 49), "Minister Ali"),  # unfit
    ]
    entries: dict[str, tuple[str, str]] = {}
    out = with_new_places(found, names, entries, lambda label: label.startswith("Minister"))
    assert [(m.span.text(body), m.key) for m in out] == [
        ("Kafr Dael", "place/kafr-dael"),
        ("Tal Ward", "place/local/tal-ward"),
    ]
    assert entries == {"place/local/tal-ward": ("place", "Tal Ward")}
    assert with_new_places(found, [], entries) is found
