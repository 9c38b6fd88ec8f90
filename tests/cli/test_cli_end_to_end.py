"""The `companion` command as scripts use it: real processes, real vaults, exit codes and messages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASS = "correct horse battery staple"


class Cli:
    def __init__(self, tmp_path: Path):
        self.home = tmp_path / "home"
        self.pass_file = tmp_path / "pass.txt"
        self.pass_file.write_text(PASS + "\n")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
        self.env.update(COMPANION_HOME=str(self.home), COMPANION_KDF_TARGET_MS="1")

    def __call__(self, *args, input: str | None = None, env: dict | None = None, passphrase=True):
        argv = [sys.executable, "-m", "companion", *args]
        if passphrase:
            argv += ["--passphrase-file", str(self.pass_file)]
        proc = subprocess.run(
            argv, input=input, capture_output=True, text=True, env={**self.env, **(env or {})}, timeout=60,
            stdin=None if input is not None else subprocess.DEVNULL,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc


@pytest.fixture
def cli(tmp_path):
    c = Cli(tmp_path)
    assert c("init").returncode == 0
    return c


def test_init_refuses_existing_and_explains(cli):
    again = cli("init")
    assert again.returncode == 4
    assert again.stderr.startswith("companion: A journal already exists")
    assert len(again.stderr.strip().splitlines()) == 1


def test_add_list_show_search_edit_delete(cli):
    added = cli("add", "--title", "River", "--tag", "calm", "--date", "2026-03-01", input="The water was loud.\n")
    assert added.returncode == 0 and "Added entry 1" in added.stdout
    cli("add", "--date", "2026-03-02 08:30", input="A second morning\n")
    listed = json.loads(cli("list", "--json").stdout)
    assert [e["id"] for e in listed["entries"]] == [2, 1]
    assert set(listed["entries"][0]) == {"id", "kind", "date", "title", "preview", "tags", "pinned", "share_state",
                                         "has_content_note"}
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert (shown["title"], shown["body"], shown["tags"], shown["date"]) == (
        "River", "The water was loud.\n", ["calm"], "2026-03-01 12:00")
    found = json.loads(cli("--json", "search", "water").stdout)
    assert found["total"] == 1 and found["results"][0]["id"] == 1
    assert "\u0002water\u0003" in found["results"][0]["snippet"]
    plain = cli("search", "water")
    assert "[water]" in plain.stdout
    assert cli("edit", "1", "--title", "Riverside", "--share-state", "ready").returncode == 0
    assert json.loads(cli("show", "1", "--json").stdout)["share_state"] == "ready"
    assert json.loads(cli("list", "--share-state", "ready", "--json").stdout)["entries"][0]["title"] == "Riverside"
    assert cli("delete", "1").returncode == 0
    assert [e["id"] for e in json.loads(cli("list", "--json").stdout)["entries"]] == [2]
    assert cli("undelete", "1").returncode == 0
    assert len(json.loads(cli("list", "--json").stdout)["entries"]) == 2


def test_global_options_after_the_subcommand(cli, tmp_path):
    other = tmp_path / "other-vault"
    assert cli("init", "--vault", str(other)).returncode == 0
    cli("add", "--vault", str(other), input="elsewhere\n")
    assert json.loads(cli("list", "--json", "--vault", str(other)).stdout)["entries"][0]["preview"] == "elsewhere"
    assert json.loads(cli("list", "--json").stdout)["entries"] == []


def test_passphrase_from_environment_and_wrong_one(cli):
    ok = cli("list", passphrase=False, env={"COMPANION_PASSPHRASE": PASS})
    assert ok.returncode == 0
    wrong = cli("list", passphrase=False, env={"COMPANION_PASSPHRASE": "nope nope nope"})
    assert wrong.returncode == 3
    assert wrong.stderr == "companion: That passphrase did not unlock this journal.\n"
    missing = cli("list", passphrase=False)
    assert missing.returncode == 2 and "--passphrase-file" in missing.stderr


def test_exit_codes_for_common_mistakes(cli, tmp_path):
    assert cli("show", "42").returncode == 8
    assert cli("list", "--vault", str(tmp_path / "none")).returncode == 4
    bad = cli("frobnicate")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert cli("add", "--date", "soon", input="x").returncode == 2
    assert cli("add", input="   ").returncode == 2


def test_passwd_recovery_code_and_rekey(cli, tmp_path):
    cli("add", input="keep me\n")
    new_file = tmp_path / "new.txt"
    new_file.write_text("an entirely new passphrase\n")
    assert cli("passwd", "--new-passphrase-file", str(new_file)).returncode == 0
    assert cli("list").returncode == 3
    code = json.loads(cli("recovery-code", "create", "--json", "--passphrase-file", str(new_file),
                          passphrase=False).stdout)["recovery_code"]
    assert len(code) == 29
    rekeyed = cli("rekey", "--passphrase-file", str(new_file), passphrase=False)
    assert rekeyed.returncode == 0 and "new one" in rekeyed.stdout
    listed = cli("list", "--json", "--passphrase-file", str(new_file), passphrase=False)
    assert json.loads(listed.stdout)["entries"][0]["preview"] == "keep me"
    revoked = cli("recovery-code", "revoke", "--passphrase-file", str(new_file), passphrase=False)
    assert "revoked" in revoked.stdout


def test_remember_without_keychain_says_why(cli):
    result = cli("remember", "on")
    assert result.returncode == 9
    assert "keychain" in result.stderr and result.stderr.count("\n") == 1


def test_check_backup_restore(cli, tmp_path):
    cli("add", input="in the backup\n")
    assert "All checks passed" in cli("check").stdout
    out = tmp_path / "mybackup"
    assert cli("backup", "--out", str(out)).returncode == 0
    cli("add", input="after the backup\n")
    restored = cli("restore", str(out))
    assert restored.returncode == 0 and "kept in" in restored.stdout
    previews = [e["preview"] for e in json.loads(cli("list", "--json").stdout)["entries"]]
    assert previews == ["in the backup"]


def test_backups_in_the_same_second_both_succeed(cli):
    from datetime import datetime, timedelta

    first = cli("backup")
    assert first.returncode == 0, first.stderr
    made = Path(first.stdout.split("backup to ")[1].split(". It opens")[0])
    now = datetime.now()
    for seconds in range(30):  # every name the next run could pick is taken already
        (made.parent / f"manual-{now + timedelta(seconds=seconds):%Y%m%d-%H%M%S}").mkdir(exist_ok=True)
    second = cli("backup")
    assert second.returncode == 0, second.stderr
    assert second.stdout.split("backup to ")[1].split(". It opens")[0].endswith("-2")


def test_import_jrnl_and_plaintext_export_needs_consent(cli, tmp_path):
    imported = cli("import", "jrnl", str(FIXTURES / "jrnl" / "journal.txt"))
    assert imported.returncode == 0 and "Imported 3" in imported.stdout
    again = cli("import", "jrnl", str(FIXTURES / "jrnl" / "export.json"))
    assert "skipped 3" in again.stdout
    out = tmp_path / "all.json"
    refused = cli("export", "json", "--out", str(out))
    assert refused.returncode == 2 and not out.exists() and "--plaintext" in refused.stderr
    assert cli("export", "json", "--out", str(out), "--plaintext").returncode == 0
    document = json.loads(out.read_text())
    assert document["format"] == "companion-export" and len(document["entries"]) == 3
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_bad_import_changes_nothing(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("just some words, no dates")
    result = cli("import", "jrnl", str(bad))
    assert result.returncode == 10 and "nothing was imported" in result.stderr
    assert json.loads(cli("list", "--json").stdout)["entries"] == []


def test_timings_show_where_time_goes(cli):
    result = cli("--timings", "list")
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("timings: key derivation ") and "work" in line and "total" in line


def test_version_and_help():
    out = subprocess.run([sys.executable, "-m", "companion", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("companion ")
    helped = subprocess.run([sys.executable, "-m", "companion", "--help"], capture_output=True, text=True)
    assert "search" in helped.stdout and "init" in helped.stdout


def test_checkin_and_list(cli):
    done = cli("checkin", "--mood", "2", "--distress", "7", "--note", "long day", "--present", "tired")
    assert done.returncode == 0 and "distress 7/10" in done.stdout
    listed = json.loads(cli("checkins", "list", "--json").stdout)["checkins"]
    assert [(c["mood"], c["distress"], c["note"], c["present"]) for c in listed] == [(2, 7, "long day", ["tired"])]
    bad = cli("checkin", "--mood", "9", "--distress", "1")
    assert bad.returncode == 10 and bad.stderr.count("\n") == 1


def test_prompts_and_exercises_need_no_vault(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    env["COMPANION_HOME"] = str(tmp_path / "nowhere")
    prompts = subprocess.run([sys.executable, "-m", "companion", "prompts", "list", "--json"],
                             capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert prompts.returncode == 0 and len(json.loads(prompts.stdout)["prompts"]) >= 60
    assert not (tmp_path / "nowhere").exists()


def test_exercise_pack_export_and_import_asks_first(cli, tmp_path):
    pack = tmp_path / "pack.json"
    exported = cli("exercises", "export", "box-breathing", "--out", str(pack), "--title", "Tuesday")
    assert exported.returncode == 0 and pack.exists()
    data = json.loads(pack.read_text())
    data["exercises"][0]["id"] = "tuesday-box"
    pack.write_text(json.dumps(data))
    asked = cli("exercises", "import", str(pack))
    assert asked.returncode == 2 and "Pack: Tuesday" in asked.stdout and "--yes" in asked.stderr
    done = cli("exercises", "import", str(pack), "--yes")
    assert done.returncode == 0 and "Added 1" in done.stdout


def test_delete_everything_needs_confirmation_and_passphrase(cli):
    cli("add", input="to be erased\n")
    refused = cli("delete-everything")
    assert refused.returncode == 2 and (cli.home / "vault" / "vault.key").exists()
    wrong = cli("delete-everything", "--confirm", "delete everything", passphrase=False,
                env={"COMPANION_PASSPHRASE": "not the right one"})
    assert wrong.returncode == 3 and (cli.home / "vault" / "vault.key").exists()
    done = cli("delete-everything", "--confirm", "delete everything")
    assert done.returncode == 0
    assert not (cli.home / "vault").exists() and not (cli.home / "logs").exists()


def test_repeated_wrong_passphrases_slow_down(cli):
    for _ in range(5):  # after the fifth failure the next attempt waits 4 s from it
        assert cli("list", passphrase=False, env={"COMPANION_PASSPHRASE": "wrong wrong"}).returncode == 3
    slowed = cli("list")
    assert re.search(r"waiting [1-4] s after earlier wrong passphrases", slowed.stderr) and slowed.returncode == 0
    assert "waiting" not in cli("list").stderr


def test_logs_hold_events_but_never_entry_text(cli, tmp_path):
    canary = "logcanary" + "7f3a9c"
    cli("add", "--title", canary, input=f"{canary} in the body\n")
    cli("search", canary)
    cli("show", "999")
    cli("list", passphrase=False, env={"COMPANION_PASSPHRASE": f"wrong {canary}"})
    bad = tmp_path / "bad.txt"
    bad.write_text(f"{canary} no dates")
    cli("import", "jrnl", str(bad))
    logs = list((cli.home / "logs").glob("*"))
    assert logs, "the CLI writes a log"
    text = "".join(p.read_text(errors="replace") for p in logs)
    assert "vault opened for add" in text and "WrongPassphraseError" in text and "InvalidInputError" in text
    assert canary not in text and "wrong" not in text
