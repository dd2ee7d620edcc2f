"""Which sources the user connected: their settings (never their keys) and their keys
(only in the system keyring, under "source:<name>").

A source's settings live in the ledger's settings table under ``sources``: name, kind
("genspark" or "command"), the meter its readings go to (by id: a rename keeps it),
the base address (Genspark) or the command line (command). The key is never written
to the database, the settings, a log, an export or a backup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.integrations.base import Source
from desktopapp.integrations.genspark import (
    DEFAULT_BASE_URL,
    GSK_ENV,
    GensparkSource,
    gsk_key,
    normalize_base_url,
)
from desktopapp.platform import secrets
from desktopapp.store.ledger_file import LedgerFile

SETTING = "sources"
__all__ = ["DEFAULT_BASE_URL", "GSK_ENV", "gsk_key"]  # for the faces (no integrations import)
Kind = Literal["genspark", "command"]
NAME_RE = re.compile(r"^[\w.-]{1,40}$")
# The page where a person sees the platform's own usage (the panel links to it).
USAGE_PAGES: dict[str, str] = {"genspark": "https://www.genspark.ai/"}


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: Kind
    meter_id: str
    base_url: str | None = None
    argv: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "meter_id": self.meter_id}
        if self.kind == "genspark":
            out["base_url"] = self.base_url or DEFAULT_BASE_URL
        else:
            out["argv"] = list(self.argv)
        return out

    @staticmethod
    def from_json(d: dict[str, Any]) -> SourceConfig:
        kind: Kind = "genspark" if d.get("kind") == "genspark" else "command"
        return SourceConfig(
            name=str(d["name"]),
            kind=kind,
            meter_id=str(d.get("meter_id", "")),
            base_url=d.get("base_url"),
            argv=tuple(str(a) for a in d.get("argv") or ()),
        )

    @property
    def usage_page(self) -> str | None:
        if self.kind == "genspark" and (self.base_url or DEFAULT_BASE_URL) == DEFAULT_BASE_URL:
            return USAGE_PAGES["genspark"]
        return None


def key_name(name: str) -> str:
    return f"source:{name}"


def configs(ledger: LedgerFile) -> list[SourceConfig]:
    raw = ledger.get_setting(SETTING, [])
    out = []
    for d in raw if isinstance(raw, list) else []:
        if isinstance(d, dict) and "name" in d:
            out.append(SourceConfig.from_json(d))
    return out


def config(ledger: LedgerFile, name: str | None) -> SourceConfig:
    """The named source, or the only one; InvalidInput otherwise."""
    found = configs(ledger)
    if name is None:
        if len(found) == 1:
            return found[0]
        if not found:
            raise problem("source_none")
        raise problem("source_which", names=", ".join(c.name for c in found))
    for c in found:
        if c.name == name:
            return c
    raise problem("source_unknown", name=name)


def meter_of(ledger: LedgerFile, cfg: SourceConfig) -> Meter | None:
    return next((m for m in ledger.meters() if m.id == cfg.meter_id), None)


def pick_meter(ledger: LedgerFile, meter: str | None, platform: str | None) -> Meter:
    """The meter readings go to: the one named, else the platform's first meter (draw
    order), else the only meter."""
    if meter is not None:
        return ledger.meter(meter)
    meters = ledger.meters()
    if not meters:
        raise problem("no_meters")
    if platform:
        mine = [m for m in meters if platform.lower() in f"{m.account} {m.name}".lower()]
        if mine:
            return mine[0]
    if len(meters) == 1:
        return meters[0]
    raise problem("source_meter_required", meters=", ".join(m.name for m in meters))


def _save(ledger: LedgerFile, items: list[SourceConfig]) -> None:
    ledger.set_setting(SETTING, [c.to_json() for c in items])


def _check_name(ledger: LedgerFile, name: str) -> None:
    if not NAME_RE.match(name):
        raise problem("source_bad_name", name=name)
    if any(c.name == name for c in configs(ledger)):
        raise problem("source_exists", name=name)


def add_genspark(
    ledger: LedgerFile,
    key: str,
    *,
    name: str = "genspark",
    base_url: str = DEFAULT_BASE_URL,
    meter: str | None = None,
) -> SourceConfig:
    """Keep the key in the keyring, then the settings (never the other way round: a
    source whose key could not be kept must not look connected)."""
    key = key.strip()
    if not key or any(ch.isspace() for ch in key) or len(key) > 4096:
        raise problem("source_bad_key")
    base = normalize_base_url(base_url)
    if base is None:
        raise problem("source_bad_url", value=base_url)
    _check_name(ledger, name)
    target = pick_meter(ledger, meter, "genspark")
    try:
        secrets.set_secret(key_name(name), key)
    except secrets.SecretsUnavailable as exc:
        raise problem("secrets_unavailable") from exc
    cfg = SourceConfig(name=name, kind="genspark", meter_id=target.id, base_url=base)
    _save(ledger, [*configs(ledger), cfg])
    return cfg


def set_key(ledger: LedgerFile, name: str, key: str) -> None:
    """A new key for a connected source (the old one was refused)."""
    config(ledger, name)
    key = key.strip()
    if not key or any(ch.isspace() for ch in key):
        raise problem("source_bad_key")
    try:
        secrets.set_secret(key_name(name), key)
    except secrets.SecretsUnavailable as exc:
        raise problem("secrets_unavailable") from exc


def add_command(
    ledger: LedgerFile, name: str, argv: list[str], *, meter: str | None = None
) -> SourceConfig:
    if not argv or not argv[0].strip():
        raise problem("source_no_command")
    _check_name(ledger, name)
    target = pick_meter(ledger, meter, None)
    cfg = SourceConfig(name=name, kind="command", meter_id=target.id, argv=tuple(argv))
    _save(ledger, [*configs(ledger), cfg])
    return cfg


def remove(ledger: LedgerFile, name: str) -> bool:
    """Forget a source: its settings, its reading state and its key (True when a key
    was deleted from the keyring)."""
    cfg = config(ledger, name)
    _save(ledger, [c for c in configs(ledger) if c.name != cfg.name])
    from desktopapp.services import readings_state

    readings_state.forget(ledger, cfg.name)
    try:
        return secrets.delete_secret(key_name(cfg.name))
    except secrets.SecretsUnavailable:
        return False


def has_key(name: str) -> bool:
    try:
        return bool(secrets.get_secret(key_name(name)))
    except secrets.SecretsUnavailable:
        return False


def build(cfg: SourceConfig) -> Source | str:
    """The source ready to read, or a failure code when it cannot be (no key)."""
    if cfg.kind == "command":
        # Here: the subprocess machinery loads only when a command source is read.
        from desktopapp.integrations.command_source import CommandSource

        return CommandSource(cfg.name, cfg.argv)
    try:
        key = secrets.get_secret(key_name(cfg.name))
    except secrets.SecretsUnavailable:
        return "secrets_unavailable"
    if not key:
        return "key_missing"
    return GensparkSource(cfg.name, key, cfg.base_url or DEFAULT_BASE_URL)
