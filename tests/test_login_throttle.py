"""The delay after failed logins on a workstation: it grows, survives a restart, resets on success, is capped."""

from __future__ import annotations

import json
import os
import stat

from relais_desk.services.login_throttle import MAX_DELAY, LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_three_free_failures_then_the_delay_doubles(tmp_path):
    clock = Clock()
    throttle = LoginThrottle(tmp_path / "t.json", clock=clock)
    waits = []
    for _ in range(6):
        throttle.record_failure("Karim")
        waits.append(throttle.wait_seconds("karim"))
    assert waits == [0, 0, 0, 2, 4, 8]
    clock.now += 3
    assert throttle.wait_seconds("KARIM ") == 5
    assert throttle.wait_seconds("marie") == 0  # per username


def test_the_delay_survives_a_restart_and_the_file_is_private(tmp_path):
    clock, path = Clock(), tmp_path / "config" / "t.json"
    first = LoginThrottle(path, clock=clock)
    for _ in range(5):
        first.record_failure("karim")
    again = LoginThrottle(path, clock=clock)  # the app was restarted
    assert again.wait_seconds("karim") == 4
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "karim" in json.loads(path.read_text())["failures"]


def test_a_success_forgets_the_failures(tmp_path):
    clock = Clock()
    throttle = LoginThrottle(tmp_path / "t.json", clock=clock)
    for _ in range(6):
        throttle.record_failure("karim")
        throttle.record_failure("marie")
    throttle.record_success("Karim")
    assert throttle.wait_seconds("karim") == 0 and throttle.failures("karim") == 0
    assert throttle.wait_seconds("marie") > 0
    for _ in range(3):
        throttle.record_failure("karim")
    assert throttle.wait_seconds("karim") == 0  # three free failures again


def test_the_delay_is_capped_at_five_minutes(tmp_path):
    clock = Clock()
    throttle = LoginThrottle(tmp_path / "t.json", clock=clock)
    for _ in range(200):
        throttle.record_failure("karim")
    assert throttle.wait_seconds("karim") == MAX_DELAY == 300
    clock.now += 300
    assert throttle.wait_seconds("karim") == 0


def test_a_damaged_file_never_blocks_a_login(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("{not json")
    throttle = LoginThrottle(path, clock=Clock())
    assert throttle.wait_seconds("karim") == 0
    throttle.record_failure("karim")
    assert throttle.failures("karim") == 1


def test_the_default_file_lives_in_the_workstation_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("RELAIS_CONFIG_DIR", str(tmp_path / "poste"))
    LoginThrottle(clock=Clock()).record_failure("karim")
    assert (tmp_path / "poste" / "login-throttle.json").exists()


def test_trying_many_usernames_meets_the_delay_too(tmp_path):
    clock = [1000.0]
    throttle = LoginThrottle(tmp_path / "t.json", clock=lambda: clock[0])
    for i in range(10):  # ten different usernames, one failure each: free
        throttle.record_failure(f"nom{i}")
    assert throttle.wait_seconds("encore-un") == 0
    throttle.record_failure("nom10")
    assert throttle.wait_seconds("encore-un") == 2.0  # the workstation's eleventh failure
    throttle.record_success("nom3")  # someone who knows a password is at the desk
    assert throttle.wait_seconds("encore-un") == 0
