"""Companion performance benchmark: in-process figures, whole-process CLI figures, and jrnl side by side.

    .venv/bin/python benchmarks/run.py [--sizes 1000,10000,100000] [--quick] [--no-jrnl] [--rebuild]

For each size N it builds (or reuses, when the corpus digest matches) an encrypted vault
under benchmarks/.work/nN/ with the real Argon2id calibration (~0.5 s; COMPANION_KDF_TARGET_MS
is ignored), and an encrypted jrnl journal holding the same entries (jrnl 4.6 in its own
venv, benchmarks/.work/jrnl-venv, created when missing). It then measures, and prints
against the targets from the performance issue:

- in-process: unlock (and the Argon2 share of it), first page after unlock, newest 50,
  first search page (ranked ids + snippets for 50 hits) for a rare and a common word,
  each warm (same connection) and cold (new connection), add one entry (commit
  included), bulk import rate, database size;
- whole process (subprocess, wall clock, peak RSS via wait4): `companion search`, `list`
  and `add` against `jrnl -contains`, `jrnl -n` and jrnl add, alternating runs; ratios
  whole process and with each tool's key derivation taken out.

Methods and the latest figures: docs/performance.md. Results are also written as JSON to
benchmarks/.work/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / ".work"
sys.path.insert(0, str(HERE))

os.environ.pop("COMPANION_KDF_TARGET_MS", None)  # the real calibration: the ~0.5 s is the point
os.environ.pop("COMPANION_PASSPHRASE", None)

import corpus  # noqa: E402
from companion.journal.model import EntryDraft  # noqa: E402
from companion.journal.query import parse  # noqa: E402
from companion.security import kdf  # noqa: E402
from companion.store import connection  # noqa: E402
from companion.store.entries import EntryRepository  # noqa: E402
from companion.vault import Timings, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 42"
JRNL_PASSWORD = "benchmark password 42"
JRNL_VERSION = "4.6"
PAGE = 50
LAYOUT_VERSION = 1

TARGETS = {
    "search_ms": 30.0,  # in-process first search page, rare or common word, at 100k
    "newest_ms": 10.0,
    "add_ms": 15.0,
    "import_rate": 5000.0,
    "nokdf_ratio": {10_000: 5.0, 100_000: 40.0},
    "whole_ratio": {10_000: 2.0, 100_000: 15.0},
    "memory_fraction": {100_000: 0.10},
}


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def timed(fn, *args):
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


# -- child processes ----------------------------------------------------------------


@dataclass
class ChildRun:
    wall: float
    code: int
    maxrss_kib: int
    stdout: bytes
    stderr: bytes


def run_child(argv: list[str], env: dict[str, str], stdin: bytes | None = None) -> ChildRun:
    """Run one process through _spawn.py: wall clock from fork to reaped, and its own peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(dir=WORK, suffix=".json") as result:
        launcher = [sys.executable, "-I", "-S", str(HERE / "_spawn.py"), result.name]
        proc = subprocess.Popen(
            launcher + argv, env=env, stdout=out, stderr=err,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        )
        proc.communicate(stdin)
        if proc.returncode != 0:
            raise RuntimeError(f"launcher failed for {argv[:3]}")
        data = json.loads(Path(result.name).read_text())
        out.seek(0)
        err.seek(0)
        return ChildRun(data["wall"], data["code"], data["maxrss_kib"], out.read(), err.read())


_PHASE = re.compile(r"([a-z][a-z ]*?) ([0-9.]+) ms")


def cli_timings(stderr: bytes) -> dict[str, float]:
    for line in stderr.decode(errors="replace").splitlines():
        if line.startswith("timings: "):
            return {name.strip(): float(ms) / 1000 for name, ms in _PHASE.findall(line[len("timings: "):])}
    return {}


# -- jrnl ---------------------------------------------------------------------------


def jrnl_venv() -> Path:
    venv = WORK / "jrnl-venv"
    jrnl = venv / "bin" / "jrnl"
    if not jrnl.exists():
        log(f"creating {venv} and installing jrnl=={JRNL_VERSION}")
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"], check=True)
    return venv


def jrnl_env(venv: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPANION_", "PYTHON", "VIRTUAL_ENV"))}
    xdg = WORK / "jrnl-xdg"
    env.update(
        PYTHONPATH=str(HERE),  # for jrnl_keyring
        PYTHON_KEYRING_BACKEND="jrnl_keyring.EnvKeyring",
        BENCH_JRNL_PASSWORD=JRNL_PASSWORD,
        XDG_CONFIG_HOME=str(xdg / "config"),
        XDG_DATA_HOME=str(xdg / "data"),
        XDG_CACHE_HOME=str(xdg / "cache"),
        PATH=f"{venv / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}",
    )
    return env


def jrnl_installed_version(venv: Path) -> str:
    return subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import jrnl; print(jrnl.__version__)"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()


_ENCRYPT = """
import sys
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
enc = Jrnlv3Encryption("default", {})
enc.password = sys.stdin.readline().rstrip("\\n")
with open(sys.argv[1], encoding="utf-8") as src:
    data = enc.encrypt(src.read())
with open(sys.argv[2], "wb") as dst:
    dst.write(data)
"""

_KDF_TIMING = """
import base64, json, os, time
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
enc = Jrnlv3Encryption("default", {})
enc.password = "benchmark"
times = []
for _ in range(9):
    salt = os.urandom(16)
    start = time.perf_counter()
    enc._make_key(salt)
    times.append(time.perf_counter() - start)
print(json.dumps(times))
"""


def jrnl_kdf_seconds(venv: Path) -> float:
    """jrnl v3's key derivation (PBKDF2-SHA256, 100,000 iterations), timed in-process in jrnl's venv."""
    out = subprocess.run([str(venv / "bin" / "python"), "-c", _KDF_TIMING], check=True, capture_output=True, text=True)
    return median(json.loads(out.stdout)[1:])


def jrnl_config(path: Path, journal: Path, version: str) -> None:
    lines = [
        "colors: {body: none, date: none, tags: none, title: none}",
        "default_hour: 9",
        "default_minute: 0",
        "editor: ''",
        "encrypt: true",
        "highlight: false",
        "indent_character: '|'",
        "journals:",
        "  default:",
        f"    journal: {json.dumps(str(journal))}",
        "linewrap: 79",
        "tagsymbols: '#@'",
        "template: false",
        "timeformat: '%F %r'",
        f"version: '{version}'",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- building -------------------------------------------------------------------------


@dataclass
class Setup:
    size: int
    folder: Path
    home: Path
    vault_dir: Path
    jrnl_dir: Path
    drafts: list[EntryDraft]
    digest: str
    plain_bytes: int
    built_import_rate: float | None = None
    kdf: dict = field(default_factory=dict)


def passphrase_file() -> Path:
    path = WORK / "passphrase.txt"
    if not path.exists() or path.read_text(encoding="utf-8") != PASSPHRASE:
        path.write_text(PASSPHRASE, encoding="utf-8")
        path.chmod(0o600)
    return path


def shared_kdf_params(recalibrate: bool) -> kdf.KdfParams:
    """Companion's own Argon2id calibration (target 0.5 s), run once per machine and kept in
    .work/kdf-params.json so every benchmark vault uses the same parameters. Calibration
    is timing-based and this machine is shared: of three runs, the median memory is kept."""
    path = WORK / "kdf-params.json"
    if path.exists() and not recalibrate:
        data = json.loads(path.read_text())
    else:
        log("calibrating Argon2id (companion.security.kdf.calibrate, 3 runs)")
        runs = sorted((kdf.calibrate() for _ in range(3)), key=lambda p: (p.memory_kib, p.time_cost))
        chosen = runs[1]
        data = {"memory_kib": chosen.memory_kib, "time_cost": chosen.time_cost, "parallelism": chosen.parallelism,
                "calibrated": datetime.now().isoformat(timespec="seconds"),
                "runs": [[p.memory_kib, p.time_cost] for p in runs]}
        path.write_text(json.dumps(data, indent=2))
    return kdf.KdfParams(os.urandom(kdf.SALT_BYTES), data["memory_kib"], data["time_cost"], data["parallelism"])


def import_rate(vault: Vault, drafts: list[EntryDraft]) -> float:
    seconds, _ = timed(vault.entries.add_many, drafts)
    return len(drafts) / seconds


def prepare(size: int, venv: Path | None, rebuild: bool, params: kdf.KdfParams) -> Setup:
    folder = WORK / f"n{size}"
    log(f"N={size:,}: generating corpus")
    gen_s, drafts = timed(corpus.drafts, size)
    stats = corpus.stats(drafts)
    log(f"N={size:,}: corpus {stats.digest} in {gen_s:.1f} s, median {stats.words_median:.0f} words / "
        f"{stats.bytes_median:.0f} B, rare word in {stats.rare_entries}, common word in {stats.common_entries}")
    home = folder / "home"
    setup = Setup(size, folder, home, home / "vault", folder / "jrnl", drafts, stats.digest, stats.bytes_total)
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    wanted = {"digest": stats.digest, "layout": LAYOUT_VERSION}
    vault_ok = (
        not rebuild
        and all(manifest.get(k) == v for k, v in wanted.items())
        and (setup.vault_dir / "vault.db").exists()
    )
    if not vault_ok:
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        log(f"N={size:,}: building vault (real Argon2id calibration)")
        vault = Vault.create(setup.vault_dir, PASSPHRASE, kdf_params=params.with_new_salt())
        try:
            # Daily automatic backups are measured separately (see "daily backup"); here they
            # would make the first command of each day copy the whole database.
            vault.settings.set("backups.automatic", False)
            setup.built_import_rate = import_rate(vault, drafts)
        finally:
            vault.close()
        log(f"N={size:,}: imported at {setup.built_import_rate:,.0f} entries/s")
        manifest = {**wanted, "built": datetime.now().isoformat(timespec="seconds"), "import_rate": setup.built_import_rate}
        manifest.pop("jrnl_digest", None)
        manifest_path.write_text(json.dumps(manifest, indent=2))
    # One unlock outside the measurements: applies pending schema migrations (their
    # pre-migration backup is removed again) and brings the passphrase slot to the shared
    # KDF parameters (a rewrap of the data key; the database is untouched).
    vault = Vault.open(setup.vault_dir, passphrase=PASSPHRASE)
    try:
        keyfile = json.loads((setup.vault_dir / "vault.key").read_text())
        slot = next(s for s in keyfile["slots"] if s["kind"] == "passphrase")
        current = (slot["kdf"]["memory_kib"], slot["kdf"]["time_cost"], slot["kdf"]["parallelism"])
        if current != (params.memory_kib, params.time_cost, params.parallelism):
            vault.change_passphrase(PASSPHRASE, kdf_params=params)
    finally:
        vault.close()
    shutil.rmtree(setup.vault_dir / "backups", ignore_errors=True)
    setup.kdf = {"memory_kib": params.memory_kib, "time_cost": params.time_cost, "parallelism": params.parallelism}
    if venv is not None:
        journal = setup.jrnl_dir / "journal.txt"
        if rebuild or manifest.get("jrnl_digest") != stats.digest or not journal.exists():
            log(f"N={size:,}: building encrypted jrnl journal")
            shutil.rmtree(setup.jrnl_dir, ignore_errors=True)
            setup.jrnl_dir.mkdir(parents=True)
            plain = setup.jrnl_dir / "plain.txt"
            corpus.write_jrnl_text(drafts, plain)
            subprocess.run(
                [str(venv / "bin" / "python"), "-c", _ENCRYPT, str(plain), str(journal)],
                input=JRNL_PASSWORD + "\n", text=True, check=True,
            )
            plain.unlink()
            manifest["jrnl_digest"] = stats.digest
            manifest_path.write_text(json.dumps(manifest, indent=2))
        version = jrnl_installed_version(venv)
        jrnl_config(setup.jrnl_dir / "config.yaml", journal, version)
        jrnl_config(setup.jrnl_dir / "config-add.yaml", setup.jrnl_dir / "add-journal.txt", version)
    return setup


# -- in-process -----------------------------------------------------------------------


def new_drafts(count: int) -> list[EntryDraft]:
    """Fresh entries for "add one": corpus-shaped, dated now (as a new entry is)."""
    planted = re.compile(f"{corpus.RARE_WORD}|{corpus.COMMON_WORD}", re.IGNORECASE)  # keep match counts fixed
    return [
        EntryDraft(body=planted.sub("meadow", d.body), title=planted.sub("meadow", d.title), tags=d.tags)
        for d in corpus.iter_drafts(count, seed=corpus.DEFAULT_SEED + 1)
    ]


def in_process(setup: Setup, reps: int) -> dict:
    r: dict = {}
    folder = setup.vault_dir
    db = folder / "vault.db"
    rare, common = parse(corpus.RARE_WORD), parse(corpus.COMMON_WORD)

    # Unlock, and the first page on the fresh connection.
    unlock, kdf_s, first_page = [], [], []
    for _ in range(3):
        timings = Timings()
        seconds, vault = timed(lambda: Vault.open(folder, passphrase=PASSPHRASE, timings=timings))
        page_s, _ = timed(lambda: vault.entries.page(limit=PAGE))
        vault.close()
        unlock.append(seconds)
        kdf_s.append(timings.phases.get("key derivation", 0.0))
        first_page.append(page_s)
    r["unlock_s"] = median(unlock)
    r["unlock_kdf_s"] = median(kdf_s)
    r["unlock_kdf_share"] = median([k / u for k, u in zip(kdf_s, unlock)])
    r["first_page_s"] = median(first_page)

    vault = Vault.open(folder, passphrase=PASSPHRASE)
    try:
        key = bytes(vault._data_key)  # benchmark only: cold connections below skip the KDF
        repo = vault.entries

        def first_search_page(q, entries=repo):
            result = entries.search(parse(q.text))
            return result, entries.hits(result, 0, PAGE)

        # Warm: the same connection, repeated.
        timed(repo.page)
        r["newest_warm_s"] = median([timed(lambda: repo.page(limit=PAGE))[0] for _ in range(max(reps * 3, 10))])
        for name, q in (("rare", rare), ("common", common)):
            first_search_page(q)
            runs, search_only, hits_only = [], [], []
            for _ in range(max(reps, 5)):
                t0 = time.perf_counter()
                result = repo.search(parse(q.text))
                t1 = time.perf_counter()
                hits = repo.hits(result, 0, PAGE)
                t2 = time.perf_counter()
                runs.append(t2 - t0)
                search_only.append(t1 - t0)
                hits_only.append(t2 - t1)
            r[f"search_{name}_warm_s"] = median(runs)
            r[f"search_{name}_rank_s"] = median(search_only)
            r[f"search_{name}_hits_s"] = median(hits_only)
            r[f"search_{name}_matches"] = len(result)
            r[f"search_{name}_shown"] = len(hits)

        # Cold: a new connection (raw key, as Vault.open makes after the KDF) per sample.
        cold: dict[str, list[float]] = {"newest": [], "rare": [], "common": []}
        opens = []
        for _ in range(max(reps, 5)):
            for name in cold:
                t0 = time.perf_counter()
                conn = connection.open_database(db, key)
                t1 = time.perf_counter()
                entries = EntryRepository(conn, db)
                try:
                    if name == "newest":
                        seconds, _ = timed(lambda: entries.page(limit=PAGE))
                    else:
                        seconds, _ = timed(first_search_page, rare if name == "rare" else common, entries)
                finally:
                    conn.close()
                cold[name].append(seconds)
                opens.append(t1 - t0)
        r["open_raw_key_s"] = median(opens)
        r["newest_cold_s"] = median(cold["newest"])
        r["search_rare_cold_s"] = median(cold["rare"])
        r["search_common_cold_s"] = median(cold["common"])

        # Add one, commit included (WAL, synchronous=FULL as the app runs), then remove them again.
        drafts = new_drafts(max(reps * 3, 15))
        added, add_s = [], []
        for draft in drafts:
            seconds, entry = timed(repo.add, draft)
            add_s.append(seconds)
            added.append(entry.id)
        r["add_s"] = median(add_s)
        r["add_p90_s"] = sorted(add_s)[int(len(add_s) * 0.9)]
        for entry_id in added:
            repo.purge(entry_id)

        # The daily automatic backup (first command of a day, off in the benchmark vault).
        with tempfile.TemporaryDirectory(dir=WORK) as tmp:
            r["daily_backup_s"], _ = timed(vault.snapshot_to, Path(tmp) / "backup")
    finally:
        vault.close()
    r["db_bytes"] = sum(p.stat().st_size for p in folder.glob("vault.db*"))
    r["plain_bytes"] = setup.plain_bytes

    # Bulk import: into a scratch vault when the benchmark vault was reused.
    if setup.built_import_rate is not None:
        r["import_rate"] = setup.built_import_rate
    else:
        scratch = setup.folder / "scratch"
        shutil.rmtree(scratch, ignore_errors=True)
        fast = kdf.KdfParams(os.urandom(kdf.SALT_BYTES))  # unlock is not what is measured here
        vault = Vault.create(scratch, PASSPHRASE, kdf_params=fast)
        try:
            r["import_rate"] = import_rate(vault, setup.drafts)
        finally:
            vault.close()
            shutil.rmtree(scratch, ignore_errors=True)
    return r


# -- whole process --------------------------------------------------------------------


def whole_process(setup: Setup, venv: Path | None, reps: int, jrnl_reps: dict[str, int]) -> dict:
    companion = str(REPO / ".venv" / "bin" / "companion")
    pf = str(passphrase_file())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPANION_", "PYTHON"))}
    env["COMPANION_HOME"] = str(setup.home)
    # Byte-code caching as an installed app has it (this machine sets PYTHONDONTWRITEBYTECODE),
    # kept outside the source tree.
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    base = [companion, "--passphrase-file", pf, "--timings"]
    body = new_drafts(1)[0]
    c_ops = {
        "search_rare": (base + ["search", corpus.RARE_WORD, "--limit", str(PAGE)], None),
        "search_common": (base + ["search", corpus.COMMON_WORD, "--limit", str(PAGE)], None),
        "list": (base + ["list", "--limit", str(PAGE)], None),
        "add": (base + ["--json", "add", "--title", body.title] + [a for t in body.tags for a in ("--tag", t)],
                body.body.encode()),
    }
    j_ops: dict = {}
    if venv is not None:
        jrnl = str(venv / "bin" / "jrnl")
        cfg = ["--config-file", str(setup.jrnl_dir / "config.yaml")]
        j_ops = {
            "search_rare": ([jrnl, *cfg, "-contains", corpus.RARE_WORD, "-n", str(PAGE)], None),
            "search_common": ([jrnl, *cfg, "-contains", corpus.COMMON_WORD, "-n", str(PAGE)], None),
            "list": ([jrnl, *cfg, "-n", str(PAGE)], None),
            "add": ([jrnl, "--config-file", str(setup.jrnl_dir / "config-add.yaml")],
                    f"{body.title}\n{body.body}".encode()),
        }
        jenv = jrnl_env(venv)
    c_runs: dict[str, list[ChildRun]] = {op: [] for op in c_ops}
    j_runs: dict[str, list[ChildRun]] = {op: [] for op in c_ops}
    added_ids: list[int] = []

    def companion_run(op: str) -> None:
        argv, stdin = c_ops[op]
        run = run_child(argv, env, stdin)
        if run.code != 0:
            raise RuntimeError(f"companion {op} failed ({run.code}): {run.stderr.decode()[-500:]}")
        if op == "add":
            added_ids.append(json.loads(run.stdout)["id"])
        c_runs[op].append(run)

    def jrnl_run(op: str) -> None:
        argv, stdin = j_ops[op]
        if op == "add":
            shutil.copyfile(setup.jrnl_dir / "journal.txt", setup.jrnl_dir / "add-journal.txt")
        run = run_child(argv, jenv, stdin)
        if run.code != 0:
            raise RuntimeError(f"jrnl {op} failed ({run.code}): {run.stderr.decode()[-500:]}")
        j_runs[op].append(run)

    # Warm-up (discarded): OS cache, .pyc files, jrnl's first-run config rewrite.
    run_child(c_ops["list"][0], env)
    if j_ops and setup.size <= 10_000:
        run_child(j_ops["list"][0], jenv)
    for rep in range(reps):
        for op in c_ops:
            companion_run(op)
            if j_ops and rep < jrnl_reps.get(op, 0):
                jrnl_run(op)
        log(f"N={setup.size:,}: whole-process round {rep + 1}/{reps} done")

    if added_ids:
        vault = Vault.open(setup.vault_dir, passphrase=PASSPHRASE)
        try:
            for entry_id in added_ids:
                vault.entries.purge(entry_id)
        finally:
            vault.close()
    (setup.jrnl_dir / "add-journal.txt").unlink(missing_ok=True)

    # Peak memory after the key derivation, one run per read operation (see _child.py).
    peak_after_kdf = {}
    child = [str(REPO / ".venv" / "bin" / "python"), str(HERE / "_child.py")]
    with tempfile.NamedTemporaryFile(dir=WORK) as peak_file:
        for op in ("search_rare", "search_common", "list"):
            argv = child + c_ops[op][0][1:]
            run = run_child(argv, {**env, "BENCH_PEAK_FILE": peak_file.name})
            text = Path(peak_file.name).read_text().strip()
            peak_after_kdf[op] = int(text) if run.code == 0 and text else None

    out: dict = {"companion": {}, "jrnl": {}}
    for op, runs in c_runs.items():
        phases = [cli_timings(r.stderr) for r in runs]
        out["companion"][op] = {
            "wall_s": median([r.wall for r in runs]),
            "kdf_s": median([p.get("key derivation", 0.0) for p in phases]),
            "wall_minus_kdf_s": median([r.wall - p.get("key derivation", 0.0) for r, p in zip(runs, phases)]),
            "work_s": median([p.get("work", 0.0) for p in phases]),
            "housekeeping_s": median([p.get("housekeeping", 0.0) for p in phases]),
            "open_s": median([p.get("open", 0.0) for p in phases]),
            "peak_kib": max(r.maxrss_kib for r in runs),
            "peak_after_kdf_kib": peak_after_kdf.get(op),
            "runs": len(runs),
        }
    for op, runs in j_runs.items():
        if runs:
            out["jrnl"][op] = {
                "wall_s": median([r.wall for r in runs]),
                "peak_kib": max(r.maxrss_kib for r in runs),
                "runs": len(runs),
            }
    return out


# -- report ---------------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_gib, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "sqlcipher": cipher[0] if cipher else "?",
        "sqlite": sqlite,
    }


def fmt_ms(seconds) -> str:
    if seconds is None or seconds != seconds:
        return "–"
    ms = seconds * 1000
    if ms >= 10_000:
        return f"{ms / 1000:.1f} s"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 100:
        return f"{ms:.0f} ms"
    if ms >= 10:
        return f"{ms:.1f} ms"
    return f"{ms:.2f} ms"


def fmt_mib(kib) -> str:
    return "–" if kib is None else f"{kib / 1024:.0f} MiB"


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(results: dict, sizes: list[int], jrnl_kdf: float | None) -> str:
    rows: list[tuple[str, list[str], str, str]] = []

    def add(name: str, cells: list[str], target: str = "", result: str = "") -> None:
        rows.append((name, cells, target, result))

    def per_size(fn) -> list[str]:
        return [fn(results[s]) for s in sizes]

    def judge(metric, limit, at=None, higher=False) -> str:
        checked = [s for s in sizes if at is None or s in at]
        if not checked:
            return "n/a"
        bad = [s for s in checked if not (metric(results[s]) >= limit if higher else metric(results[s]) <= limit)]
        return verdict(not bad) + ("" if not bad else " (" + ", ".join(label(s) for s in bad) + ")")

    ip = lambda key: (lambda r: r["in_process"][key])  # noqa: E731
    add("IN-PROCESS", [""] * len(sizes))
    add("unlock (Vault.open)", per_size(lambda r: fmt_ms(r["in_process"]["unlock_s"])))
    add("  Argon2id share of unlock", per_size(
        lambda r: f"{r['in_process']['unlock_kdf_share']:.1%}"))
    add("first page after unlock (50)", per_size(lambda r: fmt_ms(r["in_process"]["first_page_s"])))
    add("newest 50, warm", per_size(lambda r: fmt_ms(r["in_process"]["newest_warm_s"])),
        "≤ 10 ms", judge(ip("newest_warm_s"), TARGETS["newest_ms"] / 1000))
    add("newest 50, cold connection", per_size(lambda r: fmt_ms(r["in_process"]["newest_cold_s"])),
        "≤ 10 ms", judge(ip("newest_cold_s"), TARGETS["newest_ms"] / 1000))
    for word, name in (("rare", corpus.RARE_WORD), ("common", corpus.COMMON_WORD)):
        add(f"search {word} '{name}': matches", per_size(lambda r, w=word: f"{r['in_process'][f'search_{w}_matches']:,}"))
        add("  first page (50 + snippets), warm", per_size(lambda r, w=word: fmt_ms(r["in_process"][f"search_{w}_warm_s"])),
            "≤ 30 ms", judge(ip(f"search_{word}_warm_s"), TARGETS["search_ms"] / 1000))
        add("    of which rank all matches", per_size(lambda r, w=word: fmt_ms(r["in_process"][f"search_{w}_rank_s"])))
        add("    of which snippets for the page", per_size(lambda r, w=word: fmt_ms(r["in_process"][f"search_{w}_hits_s"])))
        add("  first page, cold connection", per_size(lambda r, w=word: fmt_ms(r["in_process"][f"search_{w}_cold_s"])),
            "≤ 30 ms", judge(ip(f"search_{word}_cold_s"), TARGETS["search_ms"] / 1000))
    add("add one (commit included), median", per_size(lambda r: fmt_ms(r["in_process"]["add_s"])),
        "≤ 15 ms", judge(ip("add_s"), TARGETS["add_ms"] / 1000))
    add("add one, p90", per_size(lambda r: fmt_ms(r["in_process"]["add_p90_s"])))
    add("bulk import (add_many)", per_size(lambda r: f"{r['in_process']['import_rate']:,.0f}/s"),
        "≥ 5,000/s", judge(ip("import_rate"), TARGETS["import_rate"], higher=True))
    add("database size (× plaintext)", per_size(
        lambda r: f"{r['in_process']['db_bytes'] / 2**20:.0f} MiB ({r['in_process']['db_bytes'] / r['in_process']['plain_bytes']:.1f}×)"))
    add("daily automatic backup", per_size(lambda r: fmt_ms(r["in_process"]["daily_backup_s"])))

    have_jrnl = any(results[s]["whole"]["jrnl"] for s in sizes)
    ops = (("search_rare", "search rare"), ("search_common", "search common"), ("list", "list newest 50"), ("add", "add one"))
    add("WHOLE PROCESS (CLI, wall)", [""] * len(sizes))
    for op, name in ops:
        add(f"companion {name}", per_size(lambda r, o=op: fmt_ms(r["whole"]["companion"][o]["wall_s"])))
        add("  minus key derivation", per_size(lambda r, o=op: fmt_ms(r["whole"]["companion"][o]["wall_minus_kdf_s"])))
        if have_jrnl:
            add(f"jrnl {name}", per_size(
                lambda r, o=op: fmt_ms(r["whole"]["jrnl"][o]["wall_s"]) + f" ({r['whole']['jrnl'][o]['runs']}×)"
                if o in r["whole"]["jrnl"] else "not run"))
    add("companion key derivation (--timings)", per_size(lambda r: fmt_ms(r["whole"]["companion"]["search_rare"]["kdf_s"])))
    add("companion housekeeping (--timings)", per_size(lambda r: fmt_ms(r["whole"]["companion"]["search_rare"]["housekeeping_s"])))
    if have_jrnl:
        add("jrnl key derivation (PBKDF2, in-proc)", [fmt_ms(jrnl_kdf)] * len(sizes))
        add("RATIOS jrnl / companion", [""] * len(sizes))
        for op, name in ops:
            kdf_count = 2 if op == "add" else 1  # jrnl add decrypts and re-encrypts: two derivations

            def whole(r, o=op):
                j = r["whole"]["jrnl"].get(o)
                return j["wall_s"] / r["whole"]["companion"][o]["wall_s"] if j else None

            def nokdf(r, o=op, k=kdf_count):
                j = r["whole"]["jrnl"].get(o)
                return (j["wall_s"] - k * jrnl_kdf) / r["whole"]["companion"][o]["wall_minus_kdf_s"] if j else None

            targeted = op.startswith("search")
            for kind, fn, limits in (("whole process", whole, TARGETS["whole_ratio"]),
                                     ("key derivation out", nokdf, TARGETS["nokdf_ratio"])):
                cells = per_size(lambda r, f=fn: "–" if f(r) is None else f"{f(r):.1f}×")
                target = result = ""
                if targeted:
                    target = ", ".join(f"≥ {v:g}× at {label(s)}" for s, v in limits.items())
                    checked = [s for s in sizes if s in limits and fn(results[s]) is not None]
                    bad = [s for s in checked if fn(results[s]) < limits[s]]
                    result = "n/a" if not checked else verdict(not bad) + (
                        "" if not bad else " (" + ", ".join(label(s) for s in bad) + ")")
                add(f"{name}: {kind}", cells, target, result)
    add("PEAK MEMORY (whole process)", [""] * len(sizes))
    add("companion search (max of runs)", per_size(lambda r: fmt_mib(max(
        r["whole"]["companion"][o]["peak_kib"] for o in ("search_rare", "search_common")))))
    add("  after key derivation", per_size(lambda r: fmt_mib(max(
        (r["whole"]["companion"][o]["peak_after_kdf_kib"] or 0) for o in ("search_rare", "search_common")) or None)))
    if have_jrnl:
        def jpeak(r):
            peaks = [r["whole"]["jrnl"][o]["peak_kib"] for o in ("search_rare", "search_common") if o in r["whole"]["jrnl"]]
            return max(peaks) if peaks else None

        def cpeak(r):
            return max(r["whole"]["companion"][o]["peak_kib"] for o in ("search_rare", "search_common"))

        def cpeak_after(r):
            peaks = [r["whole"]["companion"][o]["peak_after_kdf_kib"] for o in ("search_rare", "search_common")]
            return max(peaks) if all(peaks) else None

        add("jrnl search", per_size(lambda r: fmt_mib(jpeak(r))))
        fraction = TARGETS["memory_fraction"]
        for kind, fn in (("whole process", cpeak), ("after key derivation", cpeak_after)):
            cells = per_size(lambda r, f=fn: "–" if not jpeak(r) or not f(r) else f"{f(r) / jpeak(r):.2f}")
            checked = [s for s in sizes if s in fraction and jpeak(results[s]) and fn(results[s])]
            bad = [s for s in checked if fn(results[s]) / jpeak(results[s]) > fraction[s]]
            result = "n/a" if not checked else verdict(not bad)
            add(f"companion / jrnl peak, {kind}", cells, "≤ 0.10 at 100k", result)

    names = [label(s) for s in sizes]
    width0 = max(len(r[0]) for r in rows)
    widths = [max([len(n)] + [len(r[1][i]) for r in rows]) for i, n in enumerate(names)]
    width_t = max([len("target")] + [len(r[2]) for r in rows])
    lines = []
    header = f"{'':<{width0}}  " + "  ".join(f"{n:>{w}}" for n, w in zip(names, widths)) + f"  {'target':<{width_t}}  result"
    lines.append(header)
    lines.append("-" * len(header))
    for name, cells, target, result in rows:
        if not any(cells) and not target:
            lines.append(name)
            continue
        lines.append(f"{name:<{width0}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, widths))
                     + f"  {target:<{width_t}}  {result}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=None, help="comma-separated entry counts (default 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true", help="1k and 10k, fewer repetitions (< 3 min)")
    parser.add_argument("--no-jrnl", action="store_true", help="skip the jrnl comparison")
    parser.add_argument("--rebuild", action="store_true", help="rebuild vaults and jrnl journals")
    parser.add_argument("--recalibrate", action="store_true", help="calibrate Argon2id again (kept in .work)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([1000, 10_000] if args.quick else [1000, 10_000, 100_000])
    reps = 3 if args.quick else 5
    started = time.perf_counter()
    WORK.mkdir(exist_ok=True)
    venv = None if args.no_jrnl else jrnl_venv()
    jrnl_kdf = jrnl_kdf_seconds(venv) if venv else None
    params = shared_kdf_params(args.recalibrate)
    results: dict = {}
    for size in sizes:
        setup = prepare(size, venv, args.rebuild, params)
        log(f"N={size:,}: in-process measurements")
        ip = in_process(setup, reps)
        if size >= 100_000:
            jrnl_reps = {"search_rare": 2, "search_common": 2, "list": 1}  # ~15 s per run; add takes minutes
        elif size >= 10_000:
            jrnl_reps = {op: (2 if args.quick else 3) for op in ("search_rare", "search_common", "list", "add")}
        else:
            jrnl_reps = {op: reps for op in ("search_rare", "search_common", "list", "add")}
        log(f"N={size:,}: whole-process measurements")
        wp = whole_process(setup, venv, reps, jrnl_reps)
        results[size] = {"in_process": ip, "whole": wp, "digest": setup.digest, "kdf": setup.kdf}
        del setup
    info = machine()
    elapsed = time.perf_counter() - started
    kdf_desc = f"Argon2id m={params.memory_kib // 1024} MiB t={params.time_cost} p={params.parallelism}"
    print(f"Companion benchmark — {datetime.now():%Y-%m-%d %H:%M}, {info['cpu']}, {info['cores']} cores, "
          f"{info['memory_gib']} GiB, Python {info['python']}, SQLCipher {info['sqlcipher']} (SQLite {info['sqlite']})")
    print(f"Corpus seed {corpus.DEFAULT_SEED} v{corpus.GENERATOR_VERSION}; vault KDF {kdf_desc}; "
          f"times are medians; page = {PAGE}; jrnl {'not run' if not venv else JRNL_VERSION}")
    print()
    print(report(results, sizes, jrnl_kdf))
    print()
    print(f"Total benchmark time: {elapsed / 60:.1f} min")
    out_dir = WORK / "results"
    out_dir.mkdir(exist_ok=True)
    payload = {"machine": info, "jrnl_kdf_s": jrnl_kdf, "elapsed_s": elapsed,
               "results": {str(k): v for k, v in results.items()}}
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    (out_dir / f"{stamp}.json").write_text(json.dumps(payload, indent=2))
    (out_dir / "latest.json").write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
