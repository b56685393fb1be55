"""The thirty-second session's review (reread32): a shared day word, and a bench case for the raid on the unarmed."""

from __future__ import annotations

from bench.adversarial import UNARMED_KILLED32_TEXTS
from loaders import backdrops, battles_aside, tallied_attacks
from loaders.timex import DAY_NAMED
from loaders.unarmed_ambushed import _UNARMED_KILLED_AFTER


def test_day_named_reads_weekdays_and_relative_days() -> None:
    assert [DAY_NAMED.search(t) is not None for t in ("on Monday", "yesterday", "overnight", "Today", "monday")] == [
        True,
        True,
        True,
        True,
        False,  # a weekday only in its case, as WEEKDAY reads it
    ]


def test_day_named_is_the_one_pattern_the_summaries_use() -> None:
    # the guards of the war's state and of tallies read one day word, not copies of it
    assert battles_aside._DAY is DAY_NAMED
    assert "_DAY" not in vars(backdrops) and "_DAY" not in vars(tallied_attacks)


def test_unarmed_killed_after_bench_inputs() -> None:
    assert [_UNARMED_KILLED_AFTER.match(t) is not None for t in UNARMED_KILLED32_TEXTS] == [False] * 5 + [True]


def test_unarmed_killed_after_reads_the_raid_and_not_the_post() -> None:
    assert _UNARMED_KILLED_AFTER.match(" the village of Aa and killed 40 civilians") is not None
    assert _UNARMED_KILLED_AFTER.match(" army positions near Aa, killing 12 civilians") is None
