"""The CLI's fixed cost (issue 11): ``creditfuel status`` and ``creditfuel log`` as whole
processes, against ``python -c "import sqlite3"`` run in the same rounds.

A small ledger (a Genspark Free meter from the real ``creditfuel preset apply
genspark-free`` and a few logs; or a copy of ``--ledger PATH``) is made in a temporary
folder; every round then runs, in an order that rotates each round so drift and the file
cache are shared fairly:

- bare      ``python -c "import sqlite3"`` (the floor: an interpreter and SQLite)
- status    ``creditfuel status``
- json      ``creditfuel status --json``
- log       ``creditfuel log chat --credits 1`` (a write: each round adds one log)

The app runs through the venv's ``creditfuel`` console script (what a user types), or
``python -m desktopapp.cli.main`` with ``--module``. ``--before DIR`` adds a round member:
``creditfuel status`` importing the package from DIR (e.g. ``git archive HEAD~3 desktopapp
| tar -x -C DIR``), to compare a change in the same rounds. Printed: medians (ms) and the
ratio of each to bare. Target: status <= 3x bare.

    .venv/bin/python benchmarks/cli_start.py [--runs 21] [--ledger /work/bench/scale-0.sqlite3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 3.0


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, check=False)
    took = (time.perf_counter() - began) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): "
                         f"{done.stderr.decode(errors='replace')}")
    return took


def _make_ledger(app: list[str], env: dict[str, str], source: str | None) -> None:
    if source:
        shutil.copyfile(source, env["CREDITFUEL_DB"])
        return
    subprocess.run([*app, "preset", "apply", "genspark-free"], env=env, check=True,
                   capture_output=True)
    for kind in ("chat", "slides", "chat"):
        subprocess.run([*app, "log", kind, "--credits", "1"], env=env, check=True,
                       capture_output=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21, help="rounds (each runs every command)")
    ap.add_argument("--ledger", help="copy this ledger instead of making a small one")
    ap.add_argument("--module", action="store_true",
                    help="python -m desktopapp.cli.main instead of the console script")
    ap.add_argument("--before", metavar="DIR",
                    help="also time status with the desktopapp package found in DIR")
    args = ap.parse_args()
    script = ROOT / ".venv" / "bin" / "creditfuel"
    app = ([sys.executable, "-m", "desktopapp.cli.main"] if args.module or not script.exists()
           else [str(script)])
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "CREDITFUEL_DB": str(Path(folder) / "cli.sqlite3"),
               "LANG": "C.UTF-8"}
        env.pop("CREDITFUEL_LANG", None)
        # As on a user's machine: the .pyc files are written (by the warm-up run) and
        # read; without them every edited module would be compiled again on each run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _make_ledger(app, env, args.ledger)
        commands: dict[str, list[str]] = {
            "bare": [sys.executable, "-c", "import sqlite3"],
            "status": [*app, "status"],
            "json": [*app, "status", "--json"],
            "log": [*app, "log", "chat", "--credits", "1"],
        }
        envs = {name: env for name in commands}
        if args.before:
            before = Path(args.before).resolve()
            if not (before / "desktopapp" / "cli" / "main.py").is_file():
                raise SystemExit(f"no desktopapp package in {before}")
            # python -m: the console script would import it the same way; PYTHONPATH
            # comes before the venv's editable finder.
            commands["before"] = [sys.executable, "-m", "desktopapp.cli.main", "status"]
            envs["before"] = {**env, "PYTHONPATH": str(before)}
        names = list(commands)
        for name in names:  # warm the file cache and the .pyc files
            if name != "log":
                _wall(commands[name], envs[name])
        times: dict[str, list[float]] = {name: [] for name in names}
        for i in range(args.runs):
            k = i % len(names)
            for name in names[k:] + names[:k]:
                times[name].append(_wall(commands[name], envs[name]))
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    bare = medians["bare"]
    labels = {
        "bare": 'python -c "import sqlite3"',
        "status": "creditfuel status",
        "json": "creditfuel status --json",
        "log": "creditfuel log chat --credits 1",
        "before": f"status, package from {args.before}",
    }
    print(f"{'command':34} {'median ms':>10} {'min ms':>8} {'x bare':>7}   ({args.runs} rounds, "
          f"{' '.join(app[-1:])})")
    for name in names:
        print(f"{labels[name]:34} {medians[name]:10.1f} {min(times[name]):8.1f} "
              f"{medians[name] / bare:7.2f}")
    ratio = medians["status"] / bare
    print(f"status / bare = {ratio:.2f} (target <= {TARGET:.0f}): "
          f"{'ok' if ratio <= TARGET else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
