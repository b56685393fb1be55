"""Thirty-sixth session (helper joins36): one event told twice, or two events told as one. Texts written for the
tests."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.probed_news import told_with_attackers as _told

# --- "The raids killed 18 in Kafr Zita and another 12 in al-Latamneh" under a lead in the province: a strike a town ---

_LEAD = "Government air strikes killed 30 people in Hama province on Sunday, a monitor said. "


def test_towns_counted_apart_under_a_province_lead_are_each_a_strike_beside_the_lead(gazetteer: Gazetteer) -> None:
    told = _told(
        _LEAD + "The raids killed 18 in the town of Kafr Zita and another 12 in the village of al-Latamneh.", gazetteer
    )
    assert [(t, places) for t, places, _ in told] == [
        ("air-strike", ["hama-governorate-85678363"]),
        ("air-strike", ["kafr-zita-1125966329"]),
        ("air-strike", ["al-lataminah-1327327459"]),
    ]


def test_one_town_told_after_a_province_lead_still_says_where_it_was(gazetteer: Gazetteer) -> None:
    # no count place by place: the detail of the lead, not a part of a sum
    told = _told(_LEAD + "The raids killed 18 in the town of Kafr Zita.", gazetteer)
    assert [(t, places) for t, places, _ in told] == [
        ("air-strike", ["hama-governorate-85678363", "kafr-zita-1125966329"])
    ]
