"""Re-measures packaging/README.md's figures for the Linux bundle and rewrites them there.

    ./scripts/measure-bundle            # a clean build, then this (--runs 11 by default)

- size: dist/CreditFuel on disk (du), the .tar.gz, and what is biggest inside;
- build time: the clean build scripts/build-bundle just made (build/bundle/figures.env);
- start to icon: the bundled tray vs the developer install (.venv/bin/creditfuel-tray)
  vs a bare PySide6 tray, under one Xvfb + trayer, interleaved, medians, the harness of
  benchmarks/tray_startup.py (ready file written once the icon shows, then quit);
- the CLI: `creditfuel status` from the bundle vs the venv.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import tray_startup  # noqa: E402  (also puts tests/e2e on the path)
import xvfb  # noqa: E402

BUNDLE = ROOT / "dist" / "CreditFuel"
VENV_BIN = ROOT / ".venv" / "bin"
README = ROOT / "packaging" / "README.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def du_kib(path: Path) -> int:
    return int(subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True,
                              check=True).stdout.split()[0])


def biggest(folder: Path, count: int = 4) -> list[tuple[str, float]]:
    sizes = [(str(p.relative_to(folder / "_internal")), p.stat().st_size / 2**20)
             for p in (folder / "_internal").rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(sizes, key=lambda item: -item[1])[:count]


def cli_run(command: list[str], db: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) milliseconds of one `creditfuel status`."""
    start = time.perf_counter()
    proc = subprocess.Popen([*command, "--db", str(db), "status"], stdout=subprocess.DEVNULL,
                            env={**os.environ, "CREDITFUEL_LANG": "en"})
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} status failed")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def cli_medians(commands: dict[str, list[str]], db: Path, runs: int) -> dict[str, float]:
    """Interleaved, after one warm-up each: wall time is noisy on a busy machine, CPU
    time much less so; both are reported."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for round_no in range(runs + 1):
        for name, command in commands.items():
            sample = cli_run(command, db)
            if round_no:
                samples[name].append(sample)
    out = {}
    for name, values in samples.items():
        out[f"{name}_cli_ms"] = statistics.median(v[0] for v in values)
        out[f"{name}_cli_cpu_ms"] = statistics.median(v[1] for v in values)
    return out


def measure(runs: int, warmup: int) -> dict[str, float]:
    medians: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="measure-bundle-") as tmp, \
            xvfb.virtual_desktop() as desktop:
        root = Path(tmp)
        commands = {"bare": tray_startup.BARE, "venv": [str(VENV_BIN / "creditfuel-tray")],
                    "bundle": [str(BUNDLE / "creditfuel-tray")]}
        programs = []
        for name, command in commands.items():
            ready = root / f"{name}.ready"
            db = root / name / "creditfuel.sqlite3"
            env = desktop.env(xvfb.sandbox_env(
                root / name, CREDITFUEL_READY_FILE=str(ready), CREDITFUEL_QUIT_WHEN_READY="1",
                CREDITFUEL_DB=str(db)))
            if name != "bare":
                xvfb.seed_genspark_free(db, env)
            programs.append(tray_startup.Program(name, command, env, ready,
                                                 root / f"{name}.log", []))
        for round_no in range(warmup + runs):
            order = programs if round_no % 2 == 0 else programs[::-1]
            for program in order:
                sample = tray_startup.measure(program)
                if round_no >= warmup:
                    program.samples.append(sample)
        for p in programs:
            medians[f"{p.name}_ready_ms"] = statistics.median(s.ready_s * 1000 for s in p.samples)
            medians[f"{p.name}_rss_mib"] = statistics.median(
                s.peak_rss_kib / 1024 for s in p.samples)
        medians.update(cli_medians({"venv": [str(VENV_BIN / "creditfuel")],
                                    "bundle": [str(BUNDLE / "creditfuel")]},
                                   root / "venv" / "creditfuel.sqlite3", runs))
    return medians


def figures_block(m: dict[str, float], build: dict[str, str], runs: int) -> str:
    bundle_kib = du_kib(BUNDLE)
    tarball = next((ROOT / "dist").glob(f"creditfuel-{build['version']}-linux-*.tar.gz"))
    top = ", ".join(f"{name} {mib:.0f} MiB" for name, mib in biggest(BUNDLE))
    pyside = subprocess.run([str(VENV_BIN / "python"), "-c",
                             "import PySide6; print(PySide6.__version__)"],
                            capture_output=True, text=True, check=True).stdout.strip()
    pyinstaller = subprocess.run([str(VENV_BIN / "pyinstaller"), "--version"],
                                 capture_output=True, text=True, check=True).stdout.strip()
    cores = os.cpu_count()
    return "\n".join([
        START,
        f"Measured {dt.date.today().isoformat()} by `./scripts/measure-bundle` on this "
        f"project's machine ({platform.freedesktop_os_release().get('PRETTY_NAME', 'Linux')}, "
        f"{cores} cores, Python {platform.python_version()}, PySide6 {pyside}, "
        f"PyInstaller {pyinstaller}), version {build['version']}:",
        "",
        "| what | figure |",
        "|---|---|",
        f"| bundle on disk (`dist/CreditFuel`, du) | {bundle_kib * 1024 / 1e6:.0f} MB = "
        f"{bundle_kib / 1024:.0f} MiB (target ≤ 150 MB) |",
        f"| download (`{tarball.name}`) | {tarball.stat().st_size / 1e6:.0f} MB |",
        f"| biggest parts | {top} |",
        f"| clean build (PyInstaller) + packing the .tar.gz | "
        f"{float(build['build_seconds']):.0f} s + {float(build['pack_seconds']):.0f} s |",
        f"| start to icon, bundle | {m['bundle_ready_ms']:.0f} ms, "
        f"{m['bundle_ready_ms'] / m['venv_ready_ms']:.2f}× the developer install |",
        f"| start to icon, developer install (`.venv/bin/creditfuel-tray`) | "
        f"{m['venv_ready_ms']:.0f} ms, {m['venv_ready_ms'] / m['bare_ready_ms']:.2f}× a bare "
        f"PySide6 tray ({m['bare_ready_ms']:.0f} ms) |",
        f"| peak memory at start, bundle / developer install | {m['bundle_rss_mib']:.0f} / "
        f"{m['venv_rss_mib']:.0f} MiB |",
        f"| `creditfuel status`, bundle / developer install | {m['bundle_cli_ms']:.0f} / "
        f"{m['venv_cli_ms']:.0f} ms ({m['bundle_cli_cpu_ms']:.0f} / "
        f"{m['venv_cli_cpu_ms']:.0f} ms of CPU) |",
        "",
        f"Start-up times are medians of {runs} interleaved runs under one Xvfb + trayer (a "
        "ready file is written when the icon shows); compare the ratios, not the "
        "milliseconds, across machines. The machine's load average while measuring: "
        f"{os.getloadavg()[0]:.1f} on {cores} cores.",
        END,
    ])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--no-update", action="store_true", help="print, do not edit README")
    args = parser.parse_args()
    if not (BUNDLE / "creditfuel-tray").exists():
        sys.exit("no dist/CreditFuel: run ./scripts/build-bundle first")
    build = dict(line.split("=", 1) for line in
                 (ROOT / "build" / "bundle" / "figures.env").read_text().split())
    xvfb.prepare_tray_benchmark(bare_only=True)
    block = figures_block(measure(args.runs, args.warmup), build, args.runs)
    print(block)
    if not args.no_update:
        text = README.read_text(encoding="utf-8")
        new, count = re.subn(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text,
                             flags=re.S)
        if count != 1:
            sys.exit(f"{README} has no {START} ... {END} block")
        README.write_text(new, encoding="utf-8")
        print(f"updated {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
