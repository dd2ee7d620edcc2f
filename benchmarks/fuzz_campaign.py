"""Fuzz campaign: hostile input to every CLI command and to the importers.

    .venv/bin/python benchmarks/fuzz_campaign.py [--cli 3000] [--imports 2000] [--seed N] [--short]

Hypothesis generates (no shrinking: every input is counted, none stops the run):

- CLI: argument lists built from the real parser (every command and sub-command, every
  option), each value either plausible (a real meter, an ISO time, a zone, a number) or
  hostile: numbers out of range (10**400, -1, nan, 1e309), huge strings (200,000
  characters), unicode (Japanese, RTL marks, emoji, full-width digits), lone surrogates
  (what non-UTF-8 bytes become in argv), NUL bytes; plus entirely random argument lists.
- Importers: a real JSON and CSV export of the campaign's ledger, truncated at random,
  with random bytes changed, with a field of a record replaced by a hostile JSON value or
  removed, with records duplicated; and random bytes.

Every input runs ``creditfuel`` in-process (``desktopapp.cli.main.main``). The rules:
- crash: any exit other than 0 or 2, or an exception escaping main (a traceback);
- partial write: the command was rejected (exit 2) but the ledger changed (event count and
  a hash of every row of every table), or a non-database file given as ``--db`` changed;
- later command broken: after every input, ordinary commands run on the ledger
  (``status``, ``log`` on a live meter, ``history``, ``check``); any that does not exit 0
  counts as a crash too (a log refused in one plain line, exit 2, is counted apart: a
  meter the input dated after ``--now`` rightly refuses it). An input that exits 0 and
  breaks every later command (a meter with a 1e-12 h window, a bogus zone imported as a
  setting) is the worst kind.

Prints inputs tried / crashes / partial writes / later commands broken (target 0 / 0 / 0)
and the first few failures.
Path arguments stay inside a private work folder (this can run as root). Exit 1 on any
crash or partial write. ``--short`` is the CI version.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WORK = Path(tempfile.mkdtemp(prefix="creditfuel-fuzz-"))
# Before anything reads them: no real user folder, language or database is touched.
os.environ["XDG_DATA_HOME"] = str(WORK / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(WORK / "xdg-config")
os.environ["XDG_STATE_HOME"] = str(WORK / "xdg-state")
os.environ.pop("CREDITFUEL_LANG", None)
MAIN_DB = WORK / "ledger" / "creditfuel.sqlite3"
os.environ["CREDITFUEL_DB"] = str(MAIN_DB)

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from desktopapp.cli.main import build_parser, main  # noqa: E402
from desktopapp.store.backup import content_digest  # noqa: E402

NOT_DB = WORK / "notes.txt"
NOT_DB_BYTES = "家計簿 notes, not a database\n".encode() * 50
A_DIR = WORK / "a-folder"
NOW = "2026-11-25T10:00:00+09:00"

# -- values -------------------------------------------------------------------------------

HOSTILE_WORDS = [
    "", " ", "\x00", "a\x00b", "nan", "NaN", "inf", "-inf", "-1", "-0", "0", "1e309", "1e-400",
    "9" * 400, "-" + "9" * 30, "0x10", "1_000", "١٢٣", "１２３", "½", "2**64", "3.5", "007",
    "2026-02-30T10:00+09:00", "2026-11-25T10:00", "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00+00:00", "2026-13-01", "25:00", "23:60", "24:00", "-01:00", "99",
    "Asia/Tokio", "UTC", "../etc/passwd", "Europe/../../etc", "\u202eevil", "ｍｅｔｅｒ",
    "=cmd|' /C calc'!A0", "+SUM(1)", "@x", "\t", "\r\n", "😀" * 50, "ジェンスパーク",
    "--db", "--help", "-h", "--", "-",
]
PLAUSIBLE = [
    "fuel", "Genspark", "slides", "video", "chat", "ACME", "ok", "retake", "mon", "15", "200",
    "10000", "1", "5", "09:00", "00:00", "Asia/Tokyo", "UTC", "America/New_York",
    "2026-11-25T09:00:00+09:00", "2026-11-01T00:00Z", "genspark-free", "genspark-plus",
    "task_cap", "json", "csv", "daily", "weekly", "monthly", "every", "rolling", "never",
]
surrogates = st.text(
    st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=4
)
huge = st.sampled_from(["x" * 200_000, "あ" * 100_000, "9" * 100_000, "\x00" * 1000])
numbers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-5, max_value=40).map(str),
)
hostile = st.one_of(
    st.sampled_from(HOSTILE_WORDS),
    st.text(max_size=40),
    numbers,
    surrogates,
    huge,
)
value = st.one_of(st.sampled_from(PLAUSIBLE), hostile)


def safe_path_text(text: str) -> str:
    """Keep path-like arguments inside the work folder: no absolute paths, no '..', no '~'."""
    text = text.replace("..", "_")
    while text.startswith(("/", "~", "\\")):
        text = text[1:]
    return text


# -- argument lists from the real parser ---------------------------------------------------------


def commands() -> list[tuple[list[str], list[argparse.Action]]]:
    found: list[tuple[list[str], list[argparse.Action]]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subs:
            for name, sp in subs[0].choices.items():
                walk(sp, [*path, name])
            return
        actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
        found.append((path, actions))

    walk(build_parser(), [])
    return found


COMMANDS = commands()
PATH_OPTIONS = {"--out", "--db"}
PATH_POSITIONALS = {"file", "backup"}


def _action_value(draw: Callable[[Any], Any], action: argparse.Action) -> str:
    if action.choices is not None and draw(st.booleans()):
        return str(draw(st.sampled_from(sorted(map(str, action.choices)))))
    return str(draw(value))


@st.composite
def cli_argv(draw: Callable[[Any], Any]) -> list[str]:
    if draw(st.integers(0, 9)) == 0:  # now and then: anything at all
        return [safe_path_text(a) for a in draw(st.lists(value, max_size=8))]
    path, actions = draw(st.sampled_from(COMMANDS))
    argv: list[str] = []
    db_choice = draw(st.sampled_from(["main", "main", "main", "not_db", "dir", "new", "none"]))
    if db_choice != "none":
        target = {
            "main": MAIN_DB,
            "not_db": NOT_DB,
            "dir": A_DIR,
            "new": WORK / "new" / f"{draw(st.integers(0, 5))}.sqlite3",
        }[db_choice]
        argv += ["--db", str(target)]
    if draw(st.booleans()):
        argv += ["--now", NOW if draw(st.booleans()) else str(draw(value))]
    if draw(st.booleans()):
        argv += ["--lang", draw(st.sampled_from(["ja", "en", "fr"]))]
    if draw(st.booleans()):
        argv.append("--json")
    argv += path
    for action in actions:
        if action.option_strings:
            if not draw(st.booleans()):
                continue
            argv.append(action.option_strings[0])
            if action.nargs != 0:
                text = _action_value(draw, action)
                if action.option_strings[0] in PATH_OPTIONS:
                    text = str(WORK / safe_path_text(text)) if text else text
                argv.append(text)
        elif action.nargs == "?" and not draw(st.booleans()):
            continue
        else:
            text = _action_value(draw, action)
            argv.append(safe_path_text(text) if action.dest in PATH_POSITIONALS else text)
    if draw(st.integers(0, 4)) == 0:
        argv.append(draw(value))  # one argument too many
    return argv


# -- import files ----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**80), 2**80) | st.floats(allow_nan=False)
    | st.text(max_size=30) | surrogates,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def import_bytes(draw: Callable[[Any], Any], seeds: dict[str, bytes]) -> Any:
    kind = draw(st.sampled_from(["truncate", "flip", "field", "drop", "dup", "random", "csv"]))
    base = seeds["json"]
    if kind == "truncate":
        src = seeds[draw(st.sampled_from(["json", "csv"]))]
        return src[: draw(st.integers(0, max(len(src) - 1, 0)))]
    if kind == "flip":
        data = bytearray(seeds[draw(st.sampled_from(["json", "csv"]))])
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "random":
        return draw(st.binary(max_size=2000))
    if kind == "csv":
        lines = seeds["csv"].split(b"\r\n")
        i = draw(st.integers(1, max(len(lines) - 2, 1)))
        cells = lines[i].split(b",")
        j = draw(st.integers(0, len(cells) - 1))
        cells[j] = draw(hostile).encode("utf-8", "surrogatepass")
        lines[i] = b",".join(cells)
        return b"\r\n".join(lines)
    doc = json.loads(base)
    section = draw(st.sampled_from(["events", "meters", "rules", "settings", "format_version"]))
    if section == "format_version":
        doc["format_version"] = draw(json_values)
    elif section == "settings":
        doc["settings"][draw(st.text(max_size=10))] = draw(json_values)
    elif doc[section]:
        records = doc[section]
        i = draw(st.integers(0, len(records) - 1))
        if kind == "dup":
            records.append(dict(records[i]))
        else:
            field = draw(st.sampled_from(sorted(records[i])))
            if kind == "drop":
                del records[i][field]
            else:
                records[i][field] = draw(json_values)
            if draw(st.booleans()):  # a new id: the record is not skipped as known
                records[i]["id"] = draw(st.text(max_size=12))
    text = json.dumps(doc, ensure_ascii=False)
    return text.encode("utf-8", "surrogatepass")  # lone surrogates: invalid UTF-8 on purpose


# -- running and judging -------------------------------------------------------------------------


class Tally:
    def __init__(self) -> None:
        self.tried = Counter[str]()
        self.crashes = Counter[str]()
        self.partial = Counter[str]()
        self.broken = Counter[str]()  # inputs after which an ordinary command failed
        self.follow_ups = 0
        self.log_refused = 0  # follow-up logs refused in one plain line (exit 2)
        self.examples: list[str] = []
        self.exit_codes = Counter[int]()

    def note(self, what: str, argv: list[str], detail: str) -> None:
        if len(self.examples) < 8:
            shown = [a if len(a) < 60 else a[:57] + "..." for a in argv]
            self.examples.append(f"{what}: {shown!r}\n    {detail}")


def run_cli(argv: list[str]) -> tuple[int | None, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:  # argparse's --help
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # any escape is a crash we count
        return None, traceback.format_exc(limit=-3)
    return code, ""


def _where(trace: str) -> str:
    """The failing line of our code and the exception, from a traceback."""
    lines = trace.strip().splitlines()
    frames = [ln.strip() for ln in lines if ln.strip().startswith("File ")]
    return f"{frames[-1] if frames else ''} -> {lines[-1] if lines else ''}"


def ledger_state() -> tuple[str, bytes]:
    return content_digest(MAIN_DB), NOT_DB.read_bytes()


def judge(tally: Tally, area: str, argv: list[str]) -> None:
    before = ledger_state()
    code, trace = run_cli(argv)
    tally.tried[area] += 1
    if code is None or code not in (0, 2):
        tally.crashes[area] += 1
        tally.note(f"crash ({area}, exit {code})", argv, _where(trace))
    else:
        tally.exit_codes[code] += 1
        if code == 2:
            after = ledger_state()
            if after != before:
                tally.partial[area] += 1
                tally.note(f"partial write ({area})", argv, "rejected, yet the ledger changed")
    follow_up(tally, area, argv)


def _captured(argv: list[str]) -> tuple[int | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except BaseException:  # counted, never raised
        return None, "", traceback.format_exc(limit=-3)
    return code, out.getvalue(), err.getvalue()


def follow_up(tally: Tally, area: str, argv: list[str]) -> None:
    """The lesson of the independent campaign: an input may exit 0 and break every later
    command. After each input, what a user does next must still work (exit 0)."""
    db = ["--db", str(MAIN_DB), "--now", NOW, "--lang", "en"]
    code, out, err = _captured([*db, "--json", "status"])
    meters: list[str] = []
    if code == 0:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            meters = [m["name"] for m in json.loads(out)["meters"]]
    # 0 credits: always plausible, whatever balance the input left (a 1-credit task on an
    # empty meter is rightly refused)
    log = ["log", "chat", "--credits", "0"] + (["--meter", meters[0]] if meters else [])
    steps = [("status", code, err)]
    for name, args in (("log", log), ("history", ["history"]), ("check", ["check", "chat"])):
        result, _out, problem = _captured([*db, *args])
        steps.append((name, result, problem))
    tally.follow_ups += len(steps)

    def ok(name: str, result: int | None, problem: str) -> bool:
        if result == 0:
            return True
        # A log may be refused in one plain line (a meter the input dated after --now,
        # several accounts): the contract holding, not the ledger broken. Counted apart.
        refused = name == "log" and result == 2 and len(problem.strip().splitlines()) == 1
        tally.log_refused += refused
        return refused

    failed = [(name, result, problem) for name, result, problem in steps
              if not ok(name, result, problem)]
    if failed:
        tally.broken[area] += 1
        tally.crashes[area] += 1
        name, result, problem = failed[0]
        tally.note(f"later `{name}` broken ({area}, exit {result})", argv,
                   _where(problem) if "Traceback" in problem else problem.strip()[:200])


def prepare() -> dict[str, bytes]:
    MAIN_DB.parent.mkdir(parents=True)
    A_DIR.mkdir()
    NOT_DB.write_bytes(NOT_DB_BYTES)
    db = ["--db", str(MAIN_DB), "--now", NOW, "--lang", "en"]
    setup = [
        ["meter", "add", "fuel", "--grant", "10000", "--reset", "monthly", "--day", "1",
         "--at", "00:00", "--tz", "Asia/Tokyo"],
        ["meter", "add", "daily", "--grant", "200", "--reset", "daily", "--at", "09:00",
         "--tz", "Asia/Tokyo"],
        # "balance now" first: it must be below what the ledger expects (plausibility)
        ["log", "chat", "--balance-now", "190", "--meter", "daily"],
        ["log", "slides", "--credits", "120", "--project", "ACME", "--note", "=SUM(A1)"],
        ["log", "video", "--credits", "400", "--meter", "fuel", "--outcome", "retake"],
        ["pack", "add", "10000", "--expires", "2027-02-01T00:00+09:00"],
        ["rule", "add", "task_cap", "--limit", "300"],
        ["undo"],
        ["backup", "create"],
    ]
    for args in setup:
        code, trace = run_cli([*db, *args])
        if code != 0:
            raise SystemExit(f"set-up failed: {args} -> {code} {trace}")
    seeds = {}
    for fmt in ("json", "csv"):
        target = WORK / f"seed.{fmt}"
        code, trace = run_cli([*db, "export", "--format", fmt, "--out", str(target)])
        if code != 0:
            raise SystemExit(f"export failed: {trace}")
        seeds[fmt] = target.read_bytes()
    return seeds


def campaign(cli_examples: int, import_examples: int, seed: int) -> int:
    random.seed(seed)
    seeds = prepare()
    tally = Tally()
    started = time.monotonic()
    common = settings(
        deadline=None,
        database=None,
        phases=[Phase.generate],  # count everything; no shrinking
        suppress_health_check=list(HealthCheck),
    )

    @hypothesis_seed(seed)
    @settings(common, max_examples=cli_examples)
    @given(cli_argv())
    def fuzz_cli(argv: list[str]) -> None:
        judge(tally, "cli", argv)

    counter = iter(range(10**9))

    @hypothesis_seed(seed + 1)
    @settings(common, max_examples=import_examples)
    @given(import_bytes(seeds), st.booleans())
    def fuzz_import(data: bytes, as_csv_name: bool) -> None:
        path = WORK / "imports" / f"in-{next(counter)}.{'csv' if as_csv_name else 'json'}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        judge(tally, "import", ["--db", str(MAIN_DB), "--now", NOW, "import", str(path)])
        path.unlink()

    fuzz_cli()
    fuzz_import()
    elapsed = time.monotonic() - started
    tried = sum(tally.tried.values())
    crashes = sum(tally.crashes.values())
    partial = sum(tally.partial.values())
    broken = sum(tally.broken.values())
    print(
        f"fuzz campaign (seed {seed}): inputs tried={tried} "
        f"(cli {tally.tried['cli']}, import files {tally.tried['import']}) "
        f"crashes={crashes} partial_writes={partial} later_broken={broken} "
        f"follow_up_commands={tally.follow_ups} follow_up_logs_refused={tally.log_refused}  "
        f"(target 0 / 0 / 0)"
    )
    print(
        f"exits: 0={tally.exit_codes[0]} 2={tally.exit_codes[2]}; "
        f"ledger now {content_digest(MAIN_DB)[:12]}; {elapsed:.1f} s"
    )
    for example in tally.examples:
        print("  " + example)
    return 0 if crashes == partial == 0 else 1


def main_() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", type=int, default=3000, help="CLI inputs")
    ap.add_argument("--imports", type=int, default=2000, help="import files")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--short", action="store_true", help="CI version (300 + 200 inputs)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    cli_n, imp_n = (300, 200) if args.short else (args.cli, args.imports)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    try:
        return campaign(cli_n, imp_n, seed)
    finally:
        if args.keep:
            print(f"work folder: {WORK}")
        else:
            import shutil

            shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main_())
