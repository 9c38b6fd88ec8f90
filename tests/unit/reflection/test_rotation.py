"""Prompt of the day: stable within a day, skip gives another, long gaps before any repeat."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.errors import InvalidInputError
from companion.reflection.prompts import Prompt, load_prompt_library
from companion.reflection.rotation import (
    MIN_COVERAGE,
    PromptEvent,
    RotationSettings,
    eligible_prompts,
    prompt_of_the_day,
)

DAY = date(2026, 3, 14)


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return list(load_prompt_library().prompts)


def test_stable_within_a_day_with_and_without_recording(prompts):
    first = prompt_of_the_day(DAY, prompts, [])
    assert first is not None
    assert prompt_of_the_day(DAY, prompts, []) == first
    assert prompt_of_the_day(DAY, list(reversed(prompts)), []) == first  # order of the list does not matter
    history = [PromptEvent(DAY, first.id, "shown")]
    assert prompt_of_the_day(DAY, prompts, history) == first
    history.append(PromptEvent(DAY, first.id, "used"))
    assert prompt_of_the_day(DAY, prompts, history) == first


def test_skip_gives_another_prompt_for_the_same_day(prompts):
    first = prompt_of_the_day(DAY, prompts, [])
    assert first is not None
    history = [PromptEvent(DAY, first.id, "shown"), PromptEvent(DAY, first.id, "skipped")]
    second = prompt_of_the_day(DAY, prompts, history)
    assert second is not None and second != first
    history.append(PromptEvent(DAY, second.id, "shown"))
    assert prompt_of_the_day(DAY, prompts, history) == second  # and it then stays
    history.append(PromptEvent(DAY, second.id, "skipped"))
    third = prompt_of_the_day(DAY, prompts, history)
    assert third not in (first, second, None)


def test_everything_skipped_today_offers_nothing_more():
    few = [Prompt("rest-a", "rest", "A?"), Prompt("rest-b", "rest", "B?")]
    history = [PromptEvent(DAY, "rest-a", "skipped"), PromptEvent(DAY, "rest-b", "skipped")]
    assert prompt_of_the_day(DAY, few, history) is None
    assert prompt_of_the_day(DAY + timedelta(days=1), few, history) is not None


def test_turned_off_gives_none(prompts):
    assert prompt_of_the_day(DAY, prompts, [], RotationSettings(enabled=False)) is None
    every = RotationSettings(excluded_categories=frozenset(load_prompt_library().categories[i].id for i in range(9)))
    assert prompt_of_the_day(DAY, prompts, [], every) is None


def test_content_noted_prompts_need_opting_in(prompts):
    default = eligible_prompts(prompts, RotationSettings())
    assert default and not any(p.content_note for p in default)
    opted_in = eligible_prompts(prompts, RotationSettings(include_content_notes=True))
    assert len(opted_in) == len(prompts)
    only_noted = [p for p in prompts if p.content_note]
    assert prompt_of_the_day(DAY, only_noted, []) is None
    assert prompt_of_the_day(DAY, only_noted, [], RotationSettings(include_content_notes=True)) is not None


def test_excluded_categories_are_never_chosen(prompts):
    setting = RotationSettings(excluded_categories={"after_group", "preparing_to_share"})
    history: list[PromptEvent] = []
    for offset in range(60):
        day = DAY + timedelta(days=offset)
        chosen = prompt_of_the_day(day, prompts, history, setting)
        assert chosen is not None and chosen.category not in {"after_group", "preparing_to_share"}
        history.append(PromptEvent(day, chosen.id, "shown"))


def _simulate(prompts, setting, days, skip_every=0):
    history: list[PromptEvent] = []
    start = date(2026, 1, 1)
    for offset in range(days):
        day = start + timedelta(days=offset)
        chosen = prompt_of_the_day(day, prompts, history, setting)
        assert chosen is not None
        history.append(PromptEvent(day, chosen.id, "shown"))
        if skip_every and offset % skip_every == 0:
            history.append(PromptEvent(day, chosen.id, "skipped"))
            chosen = prompt_of_the_day(day, prompts, history, setting)
            assert chosen is not None and chosen.id != history[-1].prompt_id
            history.append(PromptEvent(day, chosen.id, "shown"))
        elif offset % 3 == 0:
            history.append(PromptEvent(day, chosen.id, "used"))
        assert prompt_of_the_day(day, prompts, history, setting) == chosen  # stable once recorded
    return history


def _min_others_between_repeats(history: list[PromptEvent]) -> tuple[int, int]:
    """Smallest number of distinct other prompts seen between two showings of one prompt; and repeat count."""
    seen_at: dict[str, int] = {}
    worst, repeats = math.inf, 0
    shown = [e for e in history if e.action == "shown"]
    for index, event in enumerate(shown):
        if event.prompt_id in seen_at:
            repeats += 1
            between = {e.prompt_id for e in shown[seen_at[event.prompt_id] + 1 : index]}
            worst = min(worst, len(between - {event.prompt_id}))
        seen_at[event.prompt_id] = index
    return int(worst) if repeats else -1, repeats


@pytest.mark.parametrize("skip_every", [0, 5])
def test_no_repeat_before_most_prompts_were_seen_over_a_simulated_year(prompts, skip_every):
    setting = RotationSettings(seed="vault-1")
    history = _simulate(prompts, setting, 365, skip_every)
    eligible = len(eligible_prompts(prompts, setting))
    worst, repeats = _min_others_between_repeats(history)
    assert repeats > 100  # a year is several full rounds, so the rule was really exercised
    assert worst >= math.ceil(MIN_COVERAGE * eligible) - 1  # other prompts, plus the one repeated
    assert (worst + 1) / eligible >= MIN_COVERAGE
    # The first round covers every eligible prompt before anything repeats.
    first_round = [e.prompt_id for e in history if e.action == "shown"][:eligible]
    assert len(set(first_round)) == eligible


def test_seed_changes_the_order_but_stays_deterministic(prompts):
    one = prompt_of_the_day(DAY, prompts, [], RotationSettings(seed="a"))
    assert one == prompt_of_the_day(DAY, prompts, [], RotationSettings(seed="a"))
    picks = {prompt_of_the_day(DAY, prompts, [], RotationSettings(seed=str(n))) for n in range(10)}
    assert len(picks) > 1


def test_history_events_are_checked_and_datetimes_accepted():
    assert PromptEvent(datetime(2026, 1, 2, 9, 30), "x", "shown").day == date(2026, 1, 2)
    with pytest.raises(InvalidInputError):
        PromptEvent(DAY, "x", "liked")


def test_future_events_and_unknown_ids_are_ignored(prompts):
    base = prompt_of_the_day(DAY, prompts, [])
    noise = [PromptEvent(DAY + timedelta(days=3), base.id, "shown"), PromptEvent(DAY, "deleted-prompt", "shown")]
    assert prompt_of_the_day(DAY, prompts, noise) == base


@settings(max_examples=40, deadline=None, database=None)
@given(
    count=st.integers(min_value=1, max_value=30),
    days=st.integers(min_value=1, max_value=90),
    seed=st.text(max_size=5),
)
def test_property_always_a_prompt_and_no_repeat_within_the_window(count, days, seed):
    prompts = [Prompt(f"rest-{n}", "rest", f"Prompt {n}?") for n in range(count)]
    setting = RotationSettings(seed=seed)
    history: list[PromptEvent] = []
    start = date(2025, 12, 1)
    for offset in range(days):
        day = start + timedelta(days=offset)
        chosen = prompt_of_the_day(day, prompts, history, setting)
        assert chosen is not None
        history.append(PromptEvent(day, chosen.id, "shown"))
    worst, repeats = _min_others_between_repeats(history)
    if repeats:
        assert worst >= min(count - 1, count - max(1, math.floor(count * (1 - MIN_COVERAGE))))
