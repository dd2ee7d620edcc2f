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
ratio of each to bare, wall and CPU (user + system: steadier when the machine is busy).
Target: status <= 3x bare (wall, on a quiet machine).

The checkout's .venv holds an editable install: its site-packages .pth runs setuptools'
``__editable__`` finder (pathlib, re, urllib.parse...) in every interpreter, bare included,
which adds ~10 ms to both sides and flatters the ratio. ``--script`` times a normal wheel
install instead (``python -m build --wheel``, then ``pip --python V/bin/python install
--no-deps --no-index`` into a fresh venv ``V``; a plain path line to .venv's
site-packages in ``V`` for sqlite-utils and platformdirs).

    .venv/bin/python benchmarks/cli_start.py [--runs 21] [--ledger /work/bench/scale-0.sqlite3]
    /tmp/v/bin/python benchmarks/cli_start.py --script /tmp/v/bin/creditfuel   # a wheel install
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 3.0


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (used.ru_utime + used.ru_stime) * 1000


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one whole process. The CPU time (user + system) hardly moves
    when other programs load the machine; the wall time is what a user waits."""
    cpu = _cpu()
    wall = _wall(cmd, env)
    return wall, _cpu() - cpu


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    # Run from the temporary folder: ``python -m`` puts the working folder first on the
    # path, which would shadow --before's package with the checkout's.
    done = subprocess.run(cmd, env=env, capture_output=True, check=False,
                          cwd=Path(env["CREDITFUEL_DB"]).parent)
    took = (time.perf_counter() - began) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): "
                         f"{done.stderr.decode(errors='replace')}")
    return took


def _make_ledger(app: list[str], env: dict[str, str], source: str | None) -> None:
    if source:
        shutil.copyfile(source, env["CREDITFUEL_DB"])
        return
    for command in (["preset", "apply", "genspark-free"], ["log", "chat", "--credits", "1"],
                    ["log", "slides", "--credits", "1"], ["log", "chat", "--credits", "1"]):
        _wall([*app, *command], env)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21, help="rounds (each runs every command)")
    ap.add_argument("--ledger", help="copy this ledger instead of making a small one")
    ap.add_argument("--module", action="store_true",
                    help="python -m desktopapp.cli.main instead of the console script")
    ap.add_argument("--script", metavar="PATH",
                    help="the console script to time (default: the checkout's .venv); run "
                         "this file with that install's python so bare is the same interpreter")
    ap.add_argument("--before", metavar="DIR",
                    help="also time status with the desktopapp package found in DIR")
    args = ap.parse_args()
    script = Path(args.script) if args.script else ROOT / ".venv" / "bin" / "creditfuel"
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
            found = subprocess.run(
                [sys.executable, "-c", "import desktopapp; print(desktopapp.__file__)"],
                env=envs["before"], cwd=folder, capture_output=True, text=True, check=True)
            if not Path(found.stdout.strip()).is_relative_to(before):
                raise SystemExit(f"--before: desktopapp comes from {found.stdout.strip()}")
        names = list(commands)
        for name in names:  # warm the file cache and the .pyc files
            if name != "log":
                _wall(commands[name], envs[name])
        times: dict[str, list[float]] = {name: [] for name in names}
        cpus: dict[str, list[float]] = {name: [] for name in names}
        for i in range(args.runs):
            k = i % len(names)
            for name in names[k:] + names[:k]:
                wall, cpu = _run(commands[name], envs[name])
                times[name].append(wall)
                cpus[name].append(cpu)
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    cpu = {name: statistics.median(ts) for name, ts in cpus.items()}
    bare = medians["bare"]
    labels = {
        "bare": 'python -c "import sqlite3"',
        "status": "creditfuel status",
        "json": "creditfuel status --json",
        "log": "creditfuel log chat --credits 1",
        "before": f"status, package from {args.before}",
    }
    print(f"{'command':34} {'median ms':>10} {'min ms':>8} {'x bare':>7} {'CPU ms':>8} "
          f"{'x bare':>7}   ({args.runs} rounds, {' '.join(app[-1:])}, load "
          f"{os.getloadavg()[0]:.1f})")
    for name in names:
        print(f"{labels[name]:34} {medians[name]:10.1f} {min(times[name]):8.1f} "
              f"{medians[name] / bare:7.2f} {cpu[name]:8.1f} {cpu[name] / cpu['bare']:7.2f}")
    ratio = medians["status"] / bare
    print(f"status / bare = {ratio:.2f} (target <= {TARGET:.0f}): "
          f"{'ok' if ratio <= TARGET else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
