"""Why the search and import targets are missed, measured: in-process A/B experiments.

    .venv/bin/python benchmarks/fts_experiments.py [--size 100000] [--import-size 20000] [--rounds 3]

Needs the benchmark vault built by run.py (benchmarks/.work/nSIZE/). Works on copies of
its database (never on the vault itself), opened with the vault's data key and
Companion's connection settings, except for the one setting under test. Each variant
runs in its own process, because SQLCipher's memory security cannot be switched off
again in a process once any connection switched it on. Variants alternate, round after
round, and the medians are printed (the machine is shared, so compare within a table).

Experiments:
 A. queries on the index as bulk-imported vs after FTS5 'optimize' (one segment),
    each with cipher_memory_security ON (as the app runs) and OFF;
 B. ranking alternatives for a common word (29% of entries);
 C. bulk import (EntryRepository.add_many) variants on a fresh database.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
sys.path.insert(0, str(HERE))

PASSPHRASE = "benchmark passphrase 42"


def _connect(path: Path, key_hex: str, memory_security: bool):
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
    conn.set_key(f"x'{key_hex}'")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "temp_store = MEMORY",
                   "secure_delete = ON", "busy_timeout = 200"):
        conn.execute("PRAGMA " + pragma)
    return conn


def _median_ms(fn, n: int = 5) -> float:
    fn()
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return round(statistics.median(runs) * 1000, 2)


# -- child side -------------------------------------------------------------------------


def child_queries(path: Path, key_hex: str, memory_security: bool) -> dict:
    from companion.journal.model import EntryDraft
    from companion.journal.query import parse
    from companion.store.entries import EntryRepository

    import corpus

    conn = _connect(path, key_hex, memory_security)
    repo = EntryRepository(conn, path)
    out: dict = {"segments": conn.execute("SELECT count(DISTINCT segid) FROM entries_fts_idx").fetchone()[0]}
    q = lambda sql, args=(): (lambda: conn.execute(sql, args).fetchall())  # noqa: E731
    for word, name in ((corpus.RARE_WORD, "rare"), (corpus.COMMON_WORD, "common")):
        expr = f'"{word}"'
        result = repo.search(parse(word))
        out[f"{name}: core search() + hits(50)"] = _median_ms(lambda: repo.hits(repo.search(parse(word)), 0, 50))
        out[f"{name}: core search() (rank all matches)"] = _median_ms(lambda: repo.search(parse(word)))
        out[f"{name}: core hits(50) (snippets)"] = _median_ms(lambda: repo.hits(result, 0, 50))
        out[f"{name}: count(*) of matches"] = _median_ms(
            q("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (expr,)))
        out[f"{name}: ORDER BY bm25 LIMIT 50"] = _median_ms(
            q("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY bm25(entries_fts, 4.0, 1.0) LIMIT 50",
              (expr,)))
        out[f"{name}: ORDER BY rowid DESC LIMIT 50"] = _median_ms(
            q("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT 50", (expr,)))
    out["newest 50 (page)"] = _median_ms(lambda: repo.page(limit=50))
    added: list[int] = []
    draft = next(corpus.iter_drafts(1, seed=7))
    draft = EntryDraft(body=draft.body.replace(corpus.RARE_WORD, "x"), title=draft.title, tags=draft.tags)

    def add() -> None:
        added.append(repo.add(draft).id)

    out["add one (commit included)"] = _median_ms(add, n=15)
    for entry_id in added:
        repo.purge(entry_id)
    conn.close()
    return out


def child_import(size: int, variant: str, folder: Path) -> dict:
    from companion.store import migrations
    from companion.store.entries import EntryRepository

    import corpus

    opts = set(variant.split("+"))
    drafts = corpus.drafts(size)
    path = folder / f"import-{variant}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    conn = _connect(path, os.urandom(32).hex(), "memoff" not in opts)
    migrations.migrate(conn)
    if "noprefix" in opts:  # the same table without the 2- and 3-character prefix indexes
        conn.execute("DROP TABLE entries_fts")
        conn.execute("CREATE VIRTUAL TABLE entries_fts USING fts5 (title, body, content = 'entries', "
                     "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')")
    for opt in opts:
        if opt.startswith("hashsize"):
            conn.execute(f"INSERT INTO entries_fts(entries_fts, rank) VALUES('hashsize', {int(opt[8:]) * 2**20})")
    repo = EntryRepository(conn, path)
    start = time.perf_counter()
    repo.add_many(drafts)
    loaded = time.perf_counter() - start
    if "optimize" in opts:
        conn.execute("INSERT INTO entries_fts(entries_fts) VALUES('optimize')")
    elapsed = time.perf_counter() - start
    segments = conn.execute("SELECT count(DISTINCT segid) FROM entries_fts_idx").fetchone()[0]
    conn.close()
    size_mib = path.stat().st_size / 2**20
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return {"rate": round(size / elapsed), "add_many_s": round(loaded, 2), "total_s": round(elapsed, 2),
            "segments": segments, "db_mib": round(size_mib, 1)}


# -- parent side ------------------------------------------------------------------------


def _run_child(args: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _table(title: str, columns: list[str], results: dict[str, list[dict]]) -> str:
    keys = [k for k in results[columns[0]][0] if k != "segments"]
    width = max(len(k) for k in keys)
    lines = [title, f"{'':<{width}}  " + "  ".join(f"{c:>22}" for c in columns)]
    for key in keys:
        cells = []
        for col in columns:
            values = [r[key] for r in results[col]]
            cells.append(f"{statistics.median(values):>19.2f} ms" if isinstance(values[0], float) else f"{values[0]:>22}")
        lines.append(f"{key:<{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def _print_queries(size: int, rounds: int, results: dict, names: list[str], optimize_s: float) -> None:
    segments = {name: results[name][0]["segments"] for name in names}
    print(f"A/B. Queries at {size:,} entries (in-process, warm, medians of {rounds} rounds × 5 runs)")
    print(f"FTS segments: as built {segments['as built, mem ON']}, optimized {segments['optimized, mem ON']}; "
          f"'optimize' took {optimize_s:.1f} s (mem ON)")
    print(_table("", names, results))
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--import-size", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind = args.child[0]
        if kind == "queries":
            print(json.dumps(child_queries(Path(args.child[1]), args.child[2], args.child[3] == "on")))
        else:
            print(json.dumps(child_import(int(args.child[1]), args.child[2], Path(args.child[3]))))
        return 0

    from companion.vault import Vault

    vault_dir = WORK / f"n{args.size}" / "home" / "vault"
    if not (vault_dir / "vault.db").exists():
        print(f"Build the benchmark vault first: benchmarks/run.py --sizes {args.size}", file=sys.stderr)
        return 2
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    key_hex = bytes(vault._data_key).hex()  # benchmark only
    vault.close()
    lab = WORK / "experiments"
    shutil.rmtree(lab, ignore_errors=True)
    lab.mkdir(parents=True)
    as_built, optimized = lab / "as-built.db", lab / "optimized.db"
    variants: dict[str, tuple[Path, str]] = {}
    optimize_s = 0.0
    if not args.skip_queries:
        shutil.copyfile(vault_dir / "vault.db", as_built)
        shutil.copyfile(vault_dir / "vault.db", optimized)
        conn = _connect(optimized, key_hex, True)
        start = time.perf_counter()
        conn.execute("INSERT INTO entries_fts(entries_fts) VALUES('optimize')")
        optimize_s = time.perf_counter() - start
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        variants = {
            "as built, mem ON": (as_built, "on"),
            "as built, mem OFF": (as_built, "off"),
            "optimized, mem ON": (optimized, "on"),
            "optimized, mem OFF": (optimized, "off"),
        }
    results: dict[str, list[dict]] = {name: [] for name in variants}
    for round_no in range(args.rounds if variants else 0):
        for name, (path, mem) in variants.items():
            results[name].append(_run_child(["queries", str(path), key_hex, mem]))
        print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr, flush=True)
    if variants:
        _print_queries(args.size, args.rounds, results, list(variants), optimize_s)

    if not args.skip_import:
        imports = ["as is", "memoff", "hashsize256", "memoff+hashsize256", "optimize", "memoff+optimize",
                   "memoff+hashsize256+noprefix"]
        import_results: dict[str, list[dict]] = {v: [] for v in imports}
        for _ in range(max(1, args.rounds - 1)):
            for variant in imports:
                import_results[variant].append(_run_child(["import", str(args.import_size), variant.replace(" ", ""), str(lab)]))
        print(f"C. Bulk import of {args.import_size:,} corpus entries (add_many, fresh encrypted database)")
        print(f"{'variant':<28} {'entries/s':>10} {'add_many':>9} {'total':>8} {'segments':>9} {'size':>9}")
        for variant, runs in import_results.items():
            rate = statistics.median(r["rate"] for r in runs)
            print(f"{variant:<28} {rate:>10,.0f} {statistics.median(r['add_many_s'] for r in runs):>8.1f}s "
                  f"{statistics.median(r['total_s'] for r in runs):>7.1f}s {runs[0]['segments']:>9} {runs[0]['db_mib']:>6.1f} MiB")
    shutil.rmtree(lab, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
