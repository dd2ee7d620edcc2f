"""Team rules: data a lead edits, each a function of the situation returning verdicts.

Like a beancount plugin or a lint, a rule never raises and never prints: it returns
``Verdict`` values (a level, a code, the rule's id and the numbers behind it) and the
CLI / UI word them. The store keeps a rule as ``{id, code, params}``; ``rule_to_dict`` and
``rule_from_dict`` convert, and ``rule_from_dict`` validates (InvalidInput with codes).

A "job" is a project: the per-job rules (high-octane repeats, variant limits) count the
runs logged under the project being checked, within the look-back the caller passes
(the estimate window, 90 days). Failed runs (the platform erred) do not count as a run
or a variant: retrying after a network error needs nobody's approval.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal

from desktopapp.domain.events import Spend
from desktopapp.domain.kinds import GROUPS, KINDS, group_of, normalize_kind
from desktopapp.domain.problems import InvalidInput, Problem

Level = Literal["info", "warn", "needs_approval", "blocked"]
LEVELS: tuple[Level, ...] = ("info", "warn", "needs_approval", "blocked")
Action = Literal["warn", "needs_approval", "blocked"]
ACTIONS: tuple[Action, ...] = ("warn", "needs_approval", "blocked")
Param = int | float | str | None


@dataclass(frozen=True)
class Verdict:
    level: Level
    code: str
    rule_id: str | None = None  # None: a built-in check, not a team rule
    params: Mapping[str, Param] = field(default_factory=dict)


@dataclass(frozen=True)
class Situation:
    """What a rule may look at: the task asked about and the recent ledger."""

    now: datetime
    kind: str  # normalized code
    project: str | None
    typical: int  # estimated cost of the task (0 when unknown)
    high: int  # the estimate's high end
    spends: tuple[Spend, ...]  # active spends over the look-back (covers the period)
    period_start: datetime  # billing month start
    grant: int | None = None  # credits granted over the billing month (envelopes)
    packs_in_period: int = 0  # packs bought in the billing month
    size: float | None = None


def _job_runs(s: Situation, kind: str) -> int:
    return sum(
        1
        for sp in s.spends
        if sp.project == s.project
        and normalize_kind(sp.kind) == kind
        and sp.outcome != "failed"
        and sp.origin.at <= s.now
    )


def _period_spends(s: Situation) -> list[Spend]:
    return [sp for sp in s.spends if s.period_start <= sp.origin.at <= s.now]


@dataclass(frozen=True)
class TaskCap:
    """Above ``limit`` credits per task, ``action`` (a lead approves by default)."""

    id: str
    limit: int
    kinds: tuple[str, ...] = ()  # empty: every kind
    action: Action = "needs_approval"
    code: ClassVar[str] = "task_cap"

    def check(self, s: Situation) -> list[Verdict]:
        if self.kinds and s.kind not in self.kinds:
            return []
        if s.typical > self.limit:
            return [Verdict(self.action, "task_cap_exceeded", self.id,
                            {"limit": self.limit, "typical": s.typical})]
        if s.high > self.limit:
            return [Verdict("warn", "task_cap_may_exceed", self.id,
                            {"limit": self.limit, "high": s.high})]
        return []


@dataclass(frozen=True)
class RepeatApproval:
    """High-octane kinds: the first ``free_runs`` runs per job are fine, more need approval."""

    id: str
    kinds: tuple[str, ...] = ()  # empty: the high-octane kinds (video, developer, agent)
    free_runs: int = 1
    action: Action = "needs_approval"
    code: ClassVar[str] = "repeat_approval"

    def _kinds(self) -> tuple[str, ...]:
        return self.kinds or tuple(k.code for k in KINDS if k.high_octane)

    def check(self, s: Situation) -> list[Verdict]:
        if s.kind not in self._kinds():
            return []
        if s.project is None:
            return [Verdict("info", "rule_needs_project", self.id, {"kind": s.kind})]
        runs = _job_runs(s, s.kind)
        if runs >= self.free_runs:
            return [Verdict(self.action, "repeat_needs_approval", self.id,
                            {"kind": s.kind, "project": s.project, "runs": runs,
                             "free_runs": self.free_runs})]
        return []


@dataclass(frozen=True)
class Envelope:
    """A kind group may use ``percent`` % of the billing month's grant."""

    id: str
    group: str
    percent: float
    action: Action = "warn"
    code: ClassVar[str] = "envelope"

    def limit(self, grant: int) -> int:
        return int(grant * self.percent / 100)

    def used(self, spends: Sequence[Spend]) -> int:
        return sum(sp.credits for sp in spends if group_of(sp.kind) == self.group)

    def check(self, s: Situation) -> list[Verdict]:
        if group_of(s.kind) != self.group or not s.grant:
            return []
        limit = self.limit(s.grant)
        used = self.used(_period_spends(s))
        params: dict[str, Param] = {"group": self.group, "percent": self.percent,
                                    "limit": limit, "used": used}
        if used + s.typical > limit:
            return [Verdict(self.action, "envelope_exceeded", self.id,
                            {**params, "typical": s.typical})]
        if used + s.high > limit:
            return [Verdict("warn", "envelope_may_exceed", self.id, {**params, "high": s.high})]
        return []


@dataclass(frozen=True)
class ProjectCap:
    """A project (or every project) may use ``limit`` credits per billing month."""

    id: str
    limit: int
    project: str | None = None  # None: each project
    action: Action = "needs_approval"
    code: ClassVar[str] = "project_cap"

    def applies(self, project: str | None) -> bool:
        if project is None:
            return False
        return self.project is None or self.project.casefold() == project.casefold()

    def check(self, s: Situation) -> list[Verdict]:
        if not self.applies(s.project):
            return []
        mine = (s.project or "").casefold()
        used = sum(
            sp.credits for sp in _period_spends(s) if (sp.project or "").casefold() == mine
        )
        params: dict[str, Param] = {"project": s.project, "limit": self.limit, "used": used}
        if used + s.typical > self.limit:
            return [Verdict(self.action, "project_cap_exceeded", self.id,
                            {**params, "typical": s.typical})]
        if used + s.high > self.limit:
            return [Verdict("warn", "project_cap_may_exceed", self.id, {**params, "high": s.high})]
        return []


@dataclass(frozen=True)
class VariantLimit:
    """At most ``limit`` runs of a kind per job ("slides: 3 variants"; "video: 1 final +
    2 previews" is limit 3 with that label, in the lead's own words)."""

    id: str
    kind: str
    limit: int
    label: str | None = None
    action: Action = "needs_approval"
    code: ClassVar[str] = "variant_limit"

    def check(self, s: Situation) -> list[Verdict]:
        if s.kind != self.kind:
            return []
        if s.project is None:
            return [Verdict("info", "rule_needs_project", self.id, {"kind": s.kind})]
        runs = _job_runs(s, self.kind)
        if runs + 1 > self.limit:
            return [Verdict(self.action, "variant_limit_reached", self.id,
                            {"kind": self.kind, "project": s.project, "runs": runs,
                             "limit": self.limit, "label": self.label})]
        return []


@dataclass(frozen=True)
class TopUpAdvice:
    """``packs`` or more top-up packs in one billing month: a plan upgrade is cheaper."""

    id: str
    packs: int = 2
    code: ClassVar[str] = "topup_advice"

    def check(self, s: Situation) -> list[Verdict]:
        if s.packs_in_period >= self.packs:
            return [Verdict("info", "consider_upgrade", self.id,
                            {"packs": s.packs_in_period, "threshold": self.packs})]
        return []


Rule = TaskCap | RepeatApproval | Envelope | ProjectCap | VariantLimit | TopUpAdvice
RULE_TYPES: dict[str, type[Rule]] = {
    t.code: t for t in (TaskCap, RepeatApproval, Envelope, ProjectCap, VariantLimit, TopUpAdvice)
}


def evaluate(rules: Sequence[Rule], situation: Situation) -> tuple[Verdict, ...]:
    """Every rule's verdicts. A rule that fails (bad data) yields a ``rule_error`` verdict
    instead of hiding the others."""
    out: list[Verdict] = []
    for rule in rules:
        try:
            out.extend(rule.check(situation))
        except Exception as exc:  # a broken rule must not stop a check
            out.append(Verdict("warn", "rule_error", rule.id, {"error": type(exc).__name__}))
    return tuple(out)


def worst(verdicts: Sequence[Verdict]) -> Level | None:
    levels = [LEVELS.index(v.level) for v in verdicts]
    return LEVELS[max(levels)] if levels else None


# -- to and from the store --------------------------------------------------------------


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name in rule.__dataclass_fields__:
        if name == "id":
            continue
        value = getattr(rule, name)
        params[name] = list(value) if isinstance(value, tuple) else value
    return {"id": rule.id, "code": rule.code, "params": params}


def rule_from_dict(d: Mapping[str, Any]) -> Rule:
    """A rule from ``{id, code, params}``; InvalidInput listing every bad field."""
    code = d.get("code")
    rule_id = d.get("id")
    params = d.get("params") or {}
    if not isinstance(rule_id, str) or not rule_id:
        raise InvalidInput(Problem("rule_bad_id"))
    if code not in RULE_TYPES:
        raise InvalidInput(Problem("rule_unknown_code", {"rule": str(code)}))
    if not isinstance(params, Mapping):
        raise InvalidInput(Problem("rule_bad_param", {"rule": str(code), "param": "params"}))
    return make_rule(str(code), rule_id, params)


def _int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v.strip())
    return None


def _float(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.strip().rstrip("%"))
        except ValueError:
            return None
    return None


def _kinds(v: Any) -> tuple[str, ...] | None:
    if v is None:
        return ()
    if isinstance(v, str):
        v = [p for p in v.split(",") if p.strip()]
    if isinstance(v, list | tuple) and all(isinstance(x, str) for x in v):
        return tuple(normalize_kind(x) for x in v)
    return None


def make_rule(code: str, rule_id: str, params: Mapping[str, Any]) -> Rule:
    """Build and validate a rule from loose params (the CLI's strings or stored JSON)."""
    problems: list[Problem] = []

    def bad(name: str) -> None:
        problems.append(Problem("rule_bad_param", {"rule": code, "param": name}))

    def positive_int(name: str, default: int | None = None) -> int:
        raw = params.get(name, default)
        value = _int(raw)
        if value is None or value < 0 or (value == 0 and name != "free_runs"):
            bad(name)
            return 0
        return value

    def action(default: Action) -> Action:
        raw = params.get("action", default)
        for a in ACTIONS:
            if raw == a:
                return a
        bad("action")
        return default

    def kinds() -> tuple[str, ...]:
        value = _kinds(params.get("kinds"))
        if value is None:
            bad("kinds")
            return ()
        return value

    def text(name: str, required: bool) -> str | None:
        raw = params.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                bad(name)
            return None
        if not isinstance(raw, str):
            bad(name)
            return None
        return raw.strip()

    build: dict[str, Callable[[], Rule]] = {
        "task_cap": lambda: TaskCap(rule_id, positive_int("limit"), kinds(),
                                    action("needs_approval")),
        "repeat_approval": lambda: RepeatApproval(rule_id, kinds(),
                                                  positive_int("free_runs", 1),
                                                  action("needs_approval")),
        "envelope": lambda: _envelope(rule_id, params, bad, action("warn")),
        "project_cap": lambda: ProjectCap(rule_id, positive_int("limit"),
                                          text("project", False), action("needs_approval")),
        "variant_limit": lambda: VariantLimit(rule_id, normalize_kind(text("kind", True) or ""),
                                              positive_int("limit"), text("label", False),
                                              action("needs_approval")),
        "topup_advice": lambda: TopUpAdvice(rule_id, positive_int("packs", 2)),
    }
    if code not in build:
        raise InvalidInput(Problem("rule_unknown_code", {"rule": code}))
    rule = build[code]()
    if problems:
        raise InvalidInput(*problems)
    return rule


def _envelope(
    rule_id: str, params: Mapping[str, Any], bad: Callable[[str], None], action: Action
) -> Envelope:
    group = params.get("group")
    if group not in GROUPS:
        bad("group")
    percent = _float(params.get("percent"))
    if percent is None or not 0 < percent <= 100:
        bad("percent")
        percent = 0.0
    return Envelope(rule_id, str(group), percent, action)
