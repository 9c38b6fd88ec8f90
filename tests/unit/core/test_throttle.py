"""Repeated wrong passphrases slow down further attempts; a right one resets the count."""

from companion.security.throttle import UnlockThrottle, delay_after


def test_delay_grows_after_three_failures_and_caps():
    assert [delay_after(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert delay_after(50) == 60


def test_throttle_persists_and_resets(tmp_path):
    now = [1000.0]
    state = tmp_path / "attempts.json"
    throttle = UnlockThrottle(state, clock=lambda: now[0])
    for _ in range(4):
        throttle.failed()
    assert throttle.wait_seconds() == 2
    again = UnlockThrottle(state, clock=lambda: now[0] + 1.5)
    assert again.wait_seconds() == 0.5
    again.succeeded()
    assert UnlockThrottle(state, clock=lambda: now[0]).wait_seconds() == 0
