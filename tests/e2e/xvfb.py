"""A virtual screen with a real tray host, for end-to-end tests and benchmarks.

    with virtual_desktop() as desktop:            # Xvfb + trayer on a free display
        app = subprocess.Popen(cmd, env=desktop.env(extra))
        _window, icon = desktop.wait_for_tray_icon(app.pid)
        desktop.click(icon)
        desktop.screenshot(path)

Everything started here is ended by its PID, never by name, so runs in parallel and the
user's own X servers are left alone. Shared by tests/e2e (pytest) and benchmarks/ (plain
scripts), so it imports nothing from pytest.

The app under test follows a small contract (the bare tray in benchmarks/ does too):
- CREDITFUEL_READY_FILE=PATH: the app writes PATH once its tray icon (or, with no tray,
  its fallback window) is shown;
- CREDITFUEL_QUIT_WHEN_READY=1: it quits right after writing that file;
- CREDITFUEL_DB=PATH: its database file.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]  # the repository, where a user runs the app from
REQUIRED_TOOLS = ("Xvfb", "trayer", "xdotool")
DISPLAYS = range(90, 600)
SCREEN = "1024x300x24"
TRAYER = ("trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
          "--height", "32")

T = TypeVar("T")


def missing_tools(tools: tuple[str, ...] = REQUIRED_TOOLS) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def wait_for(check: Callable[[], T | None], *, timeout: float, what: str,
             interval: float = 0.05) -> T:
    """Polls ``check`` until it returns something other than None/False, or raises."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value is not None and value is not False:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def stop(proc: subprocess.Popen[bytes] | None, timeout: float = 5.0) -> None:
    """Ends one process we started: SIGTERM, then SIGKILL if it lingers."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def distance_to(self, x: int, y: int) -> int:
        """Pixels from the point to the nearest edge of the box (0 inside it)."""
        dx = max(self.x - x, 0, x - (self.x + self.width - 1))
        dy = max(self.y - y, 0, y - (self.y + self.height - 1))
        return max(dx, dy)

    def contains(self, other: Box) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.x + other.width <= self.x + self.width
                and other.y + other.height <= self.y + self.height)


class Desktop:
    """One running virtual screen (and its tray host, when asked for)."""

    def __init__(self, display: str) -> None:
        self.display = display

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The environment for a program shown on this screen (Qt on X11, not offscreen)."""
        env = dict(os.environ)
        env.pop("WAYLAND_DISPLAY", None)
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.update(extra or {})
        return env

    def run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(cmd, env=self.env(), capture_output=True, text=True,
                              check=check, timeout=30)

    def search(self, *criteria: str) -> list[int]:
        """``xdotool search`` (which exits 1 when nothing matches) as a list of window ids."""
        out = self.run("xdotool", "search", *criteria, check=False).stdout
        return [int(line) for line in out.split()]

    def geometry(self, window: int) -> Box | None:
        res = self.run("xdotool", "getwindowgeometry", "--shell", str(window), check=False)
        if res.returncode != 0:
            return None  # the window went away meanwhile
        fields = dict(line.split("=", 1) for line in res.stdout.split() if "=" in line)
        return Box(int(fields["X"]), int(fields["Y"]), int(fields["WIDTH"]),
                   int(fields["HEIGHT"]))

    def tray_panel(self) -> Box | None:
        """trayer's panel window: it grows by one slot for every embedded icon."""
        for window in self.search("--name", "^panel$"):
            box = self.geometry(window)
            if box is not None:
                return box
        return None

    def tray_icon(self, pid: int) -> tuple[int, Box] | None:
        """The window of process ``pid`` embedded in the tray panel, if there is one."""
        panel = self.tray_panel()
        if panel is None:
            return None
        for window in self.search("--pid", str(pid)):
            box = self.geometry(window)
            if box is not None and box.width >= 8 and panel.contains(box):
                return window, box
        return None

    def wait_for_tray_icon(self, pid: int, timeout: float = 15.0) -> tuple[int, Box]:
        return wait_for(lambda: self.tray_icon(pid), timeout=timeout,
                        what=f"a tray icon of process {pid} inside trayer's panel")

    def visible_windows(self, name: str, *, min_width: int = 1,
                        min_height: int = 1) -> list[tuple[int, Box]]:
        """Visible windows whose title matches ``name`` (a regex), with their boxes."""
        found = []
        for window in self.search("--onlyvisible", "--name", name):
            box = self.geometry(window)
            if box is not None and box.width >= min_width and box.height >= min_height:
                found.append((window, box))
        return found

    def click(self, box: Box, button: int = 1) -> None:
        x, y = box.center
        self.run("xdotool", "mousemove", str(x), str(y), "click", str(button))

    def screenshot(self, path: Path) -> Path:
        self.run("import", "-window", "root", str(path))
        return path


def colour_count(png: Path, box: Box | None = None) -> int:
    """How many distinct colours ImageMagick sees in ``png`` (or in ``box`` of it)."""
    cmd = ["convert", str(png)]
    if box is not None:
        cmd += ["-crop", f"{box.width}x{box.height}+{box.x}+{box.y}", "+repage"]
    cmd += ["-format", "%k", "info:"]
    return int(subprocess.run(cmd, capture_output=True, text=True, check=True,
                              timeout=30).stdout.strip())


def _tails(logs: Path) -> str:
    """The last lines of every log in ``logs`` (the folder may be gone after the block)."""
    return "\n".join(f"{log.name}: {log.read_text(errors='replace')[-800:]}"
                     for log in sorted(logs.glob("*.log")))


def _free_display() -> int:
    # A random start: a number another run has just given up may still have its dying
    # server (and sockets) around for a moment, so do not all reach for the lowest one.
    numbers = list(range(DISPLAYS.start, DISPLAYS.stop))
    start = random.randrange(len(numbers))
    for number in numbers[start:] + numbers[:start]:
        if not (Path(f"/tmp/.X{number}-lock").exists()
                or Path(f"/tmp/.X11-unix/X{number}").exists()):
            return number
    raise RuntimeError(f"no free X display number in :{DISPLAYS.start}-:{DISPLAYS.stop - 1}")


def _read_line(fd: int, timeout: float) -> bytes:
    """Reads up to a newline. Xvfb writes the number and the newline in two writes and
    dies if the pipe is closed in between, so stopping after the number is not enough."""
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 64) if ready else b""
        if not chunk:
            break  # timed out, or Xvfb exited
        data += chunk
    return data


def _start_xvfb(logs: Path, screen: str, timeout: float) -> tuple[subprocess.Popen[bytes], int]:
    """Starts Xvfb on a free display; -displayfd tells when it accepts clients."""
    for _attempt in range(5):
        number = _free_display()
        read_end, write_end = os.pipe()
        with open(logs / f"xvfb-{number}.log", "wb") as log:
            proc = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", screen, "-nolisten", "tcp",
                 "-displayfd", str(write_end)],
                stdout=log, stderr=subprocess.STDOUT, pass_fds=(write_end,))
        os.close(write_end)
        try:
            answer = _read_line(read_end, timeout)
        finally:
            os.close(read_end)
        if answer.strip() == str(number).encode():
            return proc, number
        stop(proc)  # lost a race for that number (or it failed): try the next one
    raise RuntimeError("Xvfb did not start:\n" + _tails(logs))


def _start_trayer(desktop: Desktop, logs: Path, timeout: float) -> subprocess.Popen[bytes]:
    with open(logs / "trayer.log", "wb") as log:
        trayer = subprocess.Popen(TRAYER, env=desktop.env(), stdout=log,
                                  stderr=subprocess.STDOUT)

    def panel_up() -> Box | None:
        if trayer.poll() is not None:
            raise RuntimeError(f"trayer exited with {trayer.returncode}:\n" + _tails(logs))
        return desktop.tray_panel()

    try:
        wait_for(panel_up, timeout=timeout, what="trayer's panel")
    except BaseException:
        stop(trayer)
        raise
    return trayer


def start_tray_host(desktop: Desktop, logs: Path, timeout: float = 15.0
                    ) -> subprocess.Popen[bytes]:
    """trayer on a desktop started without one (a tray host that comes after the app);
    the caller stops it (``stop``)."""
    return _start_trayer(desktop, logs, timeout)


@contextlib.contextmanager
def virtual_desktop(*, tray: bool = True, screen: str = SCREEN, timeout: float = 15.0,
                    logs: Path | None = None) -> Iterator[Desktop]:
    """Xvfb (+ trayer) on a free display for the duration of the block."""
    missing = missing_tools(REQUIRED_TOOLS if tray else ("Xvfb", "xdotool"))
    if missing:
        raise FileNotFoundError(f"not installed: {', '.join(missing)}")
    with contextlib.ExitStack() as cleanup:
        if logs is None:
            logs = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="xvfb-")))
        for attempt in range(3):
            xvfb, number = _start_xvfb(logs, screen, timeout)
            desktop = Desktop(f":{number}")
            try:
                trayer = _start_trayer(desktop, logs, timeout) if tray else None
            except RuntimeError:
                # Seen when another run's server on the same number was just going away.
                stop(xvfb)
                if attempt == 2:
                    raise
                continue
            cleanup.callback(stop, xvfb)
            cleanup.callback(stop, trayer)  # runs first: the tray host before its server
            break
        yield desktop


def sandbox_env(root: Path, **extra: str) -> dict[str, str]:
    """Private config, data, runtime and temp folders under ``root`` for a program under
    test, so it never touches the user's own settings, database, keyring or single-instance
    socket, and two runs side by side do not see each other."""
    dirs = {name: root / name for name in ("config", "data", "cache", "runtime", "tmp")}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    dirs["runtime"].chmod(0o700)
    env = {
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_RUNTIME_DIR": str(dirs["runtime"]),
        "TMPDIR": str(dirs["tmp"]),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "CREDITFUEL_LANG": "en",
    }
    env.update(extra)
    return env


def cli_command() -> list[str]:
    """The ``creditfuel`` CLI of the Python running us (console script, else the module)."""
    script = Path(sys.executable).parent / "creditfuel"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "desktopapp.cli"]


def app_command() -> list[str]:
    """The tray app, started as a user would start it from the venv (run it with cwd=ROOT)."""
    return [sys.executable, "-m", "desktopapp"]


def app_available() -> bool:
    """Whether ``python -m desktopapp`` has something to run yet."""
    probe = "import importlib.util as u, sys; sys.exit(u.find_spec('desktopapp.__main__') is None)"
    return subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 0


def seed_genspark_free(db: Path, env: dict[str, str], preset: str = "genspark-free") -> None:
    """A database holding a Genspark Free meter (what a new user picks first; or another
    preset), made with the real CLI so the app opens on its normal screen, not the welcome."""
    res = subprocess.run([*cli_command(), "--db", str(db), "preset", "apply", preset],
                         env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    if res.returncode != 0:
        raise RuntimeError(f"creditfuel preset apply {preset} failed ({res.returncode}):"
                           f"\n{res.stdout}{res.stderr}")


def prepare_tray_benchmark(*, bare_only: bool) -> bool:
    """Shared start of the tray benchmarks; True when the app is measured too.

    An installed app has its bytecode compiled (pip does it); where
    PYTHONDONTWRITEBYTECODE is set, every start would recompile our modules and the
    figure would measure that, so compile first.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktopapp")],
                   check=True)
    missing = missing_tools()
    if missing:
        sys.exit(f"not installed: {', '.join(missing)} (./scripts/test installs them)")
    with_app = not bare_only and app_available()
    if not bare_only and not with_app:
        print("python -m desktopapp is not there yet: measuring the bare tray only")
    return with_app
