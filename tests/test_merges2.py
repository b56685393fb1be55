"""One engagement told twice, and what its retelling hosts: rules of the twentieth session (helper merges2)."""

from __future__ import annotations

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

# Four sentences of other matters between the first report and its retelling: beyond the figure-hosting window.
_ASIDE = (
    " The governor visited a school in Homs. He met local officials there. Residents said prices had risen. Farmers"
    " complained about the drought."
)


def _fatalities(body: str, gazetteer: Gazetteer) -> list[tuple[str | None, int]]:
    """The fatality figures of an article's claims, with the engagement each counts."""
    x = extract(Article("test", "t", body), gazetteer)
    return [(c.engagement, f.low) for c in x.claims for f in c.figures if f.kind == "fatalities"]


def test_a_toll_after_a_retelling_counts_the_engagement_it_joined(gazetteer: Gazetteer) -> None:
    # "Meanwhile army units destroyed ..." joins the clash told five sentences before: the toll after it is its dead
    body = (
        "Government troops clashed with militants in the city of Deir Ezzor on Monday." + _ASIDE + " Meanwhile army"
        " units destroyed a weapons depot of the militants in Deir Ezzor. Dozens of them were killed."
    )
    assert _fatalities(body, gazetteer) == [("armed-clash@0", 12)]


def test_a_toll_after_the_attack_referred_to_does_not_reach_back(gazetteer: Gazetteer) -> None:
    # "The clashes in Deir Ezzor were fierce" speaks of the clash without telling it again: the window is not moved
    body = (
        "Government troops clashed with militants in the city of Deir Ezzor on Monday." + _ASIDE + " The clashes in"
        " Deir Ezzor were fierce. Dozens of them were killed."
    )
    assert _fatalities(body, gazetteer) == []
