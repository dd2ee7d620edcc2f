"""The billing-month summary a team reads in its monthly meeting, as numbers and codes:
spend by kind and project, waste, envelope use and advice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktopapp.domain.costing import Price, ProjectCost, cost_by_project
from desktopapp.domain.events import Spend
from desktopapp.domain.history import Group, Period, group_spends, in_period
from desktopapp.domain.kinds import GROUPS, group_of
from desktopapp.domain.rules import Envelope, ProjectCap, Rule, TopUpAdvice, Verdict
from desktopapp.domain.waste import WasteLine, total_waste, waste_lines

WASTE_ADVICE_SHARE = 0.15  # a sixth of the spend thrown away is worth a talk
LOST_ADVICE_SHARE = 0.20
DEFAULT_PACKS_FOR_UPGRADE = 2


@dataclass(frozen=True)
class EnvelopeUse:
    group: str
    used: int
    used_percent: float | None  # of the month's grant
    rule_id: str | None = None
    limit_percent: float | None = None
    limit: int | None = None

    @property
    def over(self) -> bool:
        return self.limit is not None and self.used > self.limit


@dataclass(frozen=True)
class MonthReport:
    period: Period
    spent: int
    tasks: int
    grant: int | None
    by_kind: tuple[Group, ...]
    by_project: tuple[ProjectCost, ...]
    waste: WasteLine
    waste_by_kind: tuple[WasteLine, ...]
    envelopes: tuple[EnvelopeUse, ...]
    packs_bought: int
    lost: int | None  # credits lost at resets / expiry in the period, when known
    advice: tuple[Verdict, ...]


def month_report(
    spends: Sequence[Spend],
    *,
    period: Period,
    tz: str,
    grant: int | None = None,
    rules: Sequence[Rule] = (),
    price: Price | None = None,
    packs_bought: int = 0,
    lost: int | None = None,
) -> MonthReport:
    items = in_period(spends, period.start, period.end)
    total = total_waste(items)
    by_kind_waste = waste_lines(items, "kind", tz=tz)
    envelopes = _envelopes(items, grant, rules)
    projects = cost_by_project(items, price)

    advice: list[Verdict] = []
    threshold = next(
        (r.packs for r in rules if isinstance(r, TopUpAdvice)), DEFAULT_PACKS_FOR_UPGRADE
    )
    rule_id = next((r.id for r in rules if isinstance(r, TopUpAdvice)), None)
    if packs_bought >= threshold:
        advice.append(Verdict("info", "consider_upgrade", rule_id,
                              {"packs": packs_bought, "threshold": threshold}))
    if total.spent and total.share >= WASTE_ADVICE_SHARE:
        top = by_kind_waste[0]
        advice.append(Verdict("info", "cut_waste", None, {
            "wasted": total.wasted,
            "percent": round(total.share * 100),
            "kind": top.key,
            "kind_wasted": top.wasted,
        }))
    for env in envelopes:
        if env.over:
            advice.append(Verdict("info", "envelope_over", env.rule_id, {
                "group": env.group, "used": env.used, "limit": env.limit,
                "percent": env.limit_percent,
            }))
    for rule in rules:
        if isinstance(rule, ProjectCap):
            for line in projects:
                if rule.applies(line.project) and line.credits > rule.limit:
                    advice.append(Verdict("info", "project_over_cap", rule.id, {
                        "project": line.project, "used": line.credits, "limit": rule.limit,
                    }))
    if lost and grant and lost >= LOST_ADVICE_SHARE * grant:
        advice.append(Verdict("info", "credits_lost", None,
                              {"lost": lost, "percent": round(100 * lost / grant)}))

    return MonthReport(
        period=period,
        spent=total.spent,
        tasks=len(items),
        grant=grant,
        by_kind=group_spends(items, "kind", tz=tz),
        by_project=projects,
        waste=total,
        waste_by_kind=by_kind_waste,
        envelopes=envelopes,
        packs_bought=packs_bought,
        lost=lost,
        advice=tuple(advice),
    )


def _envelopes(
    items: Sequence[Spend], grant: int | None, rules: Sequence[Rule]
) -> tuple[EnvelopeUse, ...]:
    """Use per kind group, with the envelope rule's limit where one is set. Groups with
    neither spend nor rule are left out; kinds outside the known groups are not counted."""
    used = {g: 0 for g in GROUPS}
    for s in items:
        g = group_of(s.kind)
        if g is not None:
            used[g] += s.credits
    by_group = {r.group: r for r in rules if isinstance(r, Envelope)}
    out: list[EnvelopeUse] = []
    for g in GROUPS:
        rule = by_group.get(g)
        if not used[g] and rule is None:
            continue
        out.append(EnvelopeUse(
            group=g,
            used=used[g],
            used_percent=round(100 * used[g] / grant, 1) if grant else None,
            rule_id=rule.id if rule else None,
            limit_percent=rule.percent if rule else None,
            limit=rule.limit(grant) if rule and grant else None,
        ))
    return tuple(out)
