"""miss31: engagements news English tells with a purpose after them ("pounded positions to prevent an advance")."""

from __future__ import annotations

import pytest

from bench.adversarial import AIM31_TEXTS
from loaders.aims_after import _AIM, aim_after
from loaders.gazetteer import Gazetteer
from tests.written import types_attackers_places as _told

_DOUMA = "place/douma-890442375"


# --- a purpose after the trigger hedges the aim, not the act ---


@pytest.mark.parametrize(
    ("text", "etype", "attacker"),
    [
        (
            "Rebels said Russian jets pounded rebel positions near Douma on Sunday to prevent them from advancing.",
            "air-strike",
            "actor/russian-aerospace-forces",
        ),
        ("Russian jets pounded rebel positions near Douma on Sunday in order to stop an advance.", "air-strike", None),
        (
            "Syrian troops shelled rebel positions in Douma on Sunday to prevent an attack on the airport.",
            "shelling",
            "actor/syrian-arab-army",
        ),
    ],
)
def test_the_act_before_its_aim_is_told(text: str, etype: str, attacker: str | None, gazetteer: Gazetteer) -> None:
    told = [(t, a) for t, a, places in _told(text, gazetteer) if _DOUMA in places]
    assert [t for t, _ in told] == [etype]
    assert attacker is None or attacker in told[0][1]


@pytest.mark.parametrize(
    "second",
    [
        "Syrian troops could shell rebel positions in Douma on Tuesday to prevent an attack on the airport.",
        "Syrian troops plan to shell rebel positions in Douma to prevent an attack.",
        "The UN urged the shelling of Douma to stop on Tuesday.",
        "Rebels in Douma want to stop the shelling of the airport.",
    ],
)
def test_a_plan_or_a_plea_stays_untold(second: str, gazetteer: Gazetteer) -> None:
    told = _told("Rebels shelled Harasta on Monday killing two people. " + second, gazetteer)
    assert any(t == "shelling" and "actor/syrian-rebels" in a for t, a, _ in told)  # the first report is read
    assert all(_DOUMA not in places for _, _, places in told)


def test_the_aim_pattern_on_its_bench_inputs() -> None:
    assert [_AIM.match(t) is not None for t in AIM31_TEXTS] == [False, False, False, True]
    text = "jets pounded positions to prevent them from advancing"
    assert aim_after(text, len("jets pounded"), len(text)) == text.index("to prevent")
    assert aim_after("the shelling to stop now", len("the shelling"), 24) == 24  # no word between: its own verb
