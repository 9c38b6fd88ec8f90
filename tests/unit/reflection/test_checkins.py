"""Check-ins: scales, gentle words, validation and when grounding is offered."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from companion.errors import InvalidInputError
from companion.reflection.checkins import (
    FEELING_WORDS,
    MOOD_WORDS,
    CheckIn,
    energy_word,
    mood_word,
    should_offer_grounding,
)

NOW = datetime(2026, 5, 4, 21, 15)


def test_a_full_check_in_is_kept_tidy():
    checkin = CheckIn(
        NOW, mood=2, distress=6, energy=3, present=["tired", "tense", "tired"], note="  long day \n", entry_id=7
    )
    assert checkin.present == ("tired", "tense")
    assert checkin.note == "long day"
    assert checkin.mood_word == "low"
    assert checkin.energy_word == "some"
    assert CheckIn(NOW, mood=3, distress=0, note="   ").note is None
    assert CheckIn(NOW, mood=3, distress=0, present={"tense", "calm"}).present == ("calm", "tense")


def test_mood_words_are_gentle_and_complete():
    assert [mood_word(level) for level in range(1, 6)] == ["really hard", "low", "okay-ish", "fairly good", "good"]
    assert set(MOOD_WORDS) == {1, 2, 3, 4, 5}
    assert energy_word(1) and energy_word(5)
    assert len(FEELING_WORDS) == len(set(FEELING_WORDS)) >= 20
    with pytest.raises(InvalidInputError):
        mood_word(0)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"mood": 0}, "Mood must be a whole number from 1 to 5."),
        ({"mood": True}, "Mood must be"),
        ({"mood": 2.5}, "Mood must be"),
        ({"distress": 11}, "Distress must be a whole number from 0 to 10."),
        ({"distress": -1}, "Distress must be"),
        ({"energy": 6}, "Energy must be"),
        ({"present": ["fine"]}, "not one of the feeling words"),
        ({"present": "calm"}, "list of words"),
        ({"note": "x" * 2001}, "longer than 2,000 characters"),
        ({"created_at": date(2026, 5, 4)}, "date and time"),
        ({"entry_id": 0}, "positive whole number"),
    ],
)
def test_invalid_check_ins_are_refused_with_one_sentence(fields, message):
    values = {"created_at": NOW, "mood": 3, "distress": 4} | fields
    with pytest.raises(InvalidInputError, match=message) as caught:
        CheckIn(**values)
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)


def test_grounding_is_offered_from_the_threshold_up():
    assert not should_offer_grounding(CheckIn(NOW, mood=2, distress=6))
    assert should_offer_grounding(CheckIn(NOW, mood=2, distress=7))
    assert should_offer_grounding(CheckIn(NOW, mood=4, distress=10))
    assert should_offer_grounding(CheckIn(NOW, mood=3, distress=5), threshold=5)
    with pytest.raises(InvalidInputError):
        should_offer_grounding(CheckIn(NOW, mood=3, distress=5), threshold=11)
