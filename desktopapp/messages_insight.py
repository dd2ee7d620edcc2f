# ruff: noqa: E501  (a message catalogue: one sentence per line reads best)
"""Words for the insight area's codes: verdict reasons, rule names, advice, CLI texts.

Merged into ``desktopapp.messages.MESSAGES`` (it picks up every ``messages_<area>``
module's ``MESSAGES``). Parameters arrive already formatted by the CLI (numbers with
separators, durations, group names in the user's language).
"""

from __future__ import annotations

MESSAGES_INSIGHT: dict[str, dict[str, str]] = {
    # -- verdicts ---------------------------------------------------------------------------
    "verdict.ok": {"en": "OK", "ja": "OK"},
    "verdict.warn": {"en": "Careful", "ja": "注意"},
    "verdict.needs_approval": {"en": "Needs approval", "ja": "承認が必要"},
    "verdict.blocked": {"en": "Blocked", "ja": "実行できません"},
    "level.info": {"en": "note", "ja": "メモ"},
    "level.warn": {"en": "careful", "ja": "注意"},
    "level.needs_approval": {"en": "needs approval", "ja": "要承認"},
    "level.blocked": {"en": "blocked", "ja": "不可"},
    # -- reasons from the built-in checks ---------------------------------------------------
    "no_estimate": {
        "en": 'No estimate for "{kind}" yet: log a few of these tasks and it will learn their cost.',
        "ja": "「{kind}」の見積もりはまだありません。何回か記録すると、かかるクレジットを学習します。",
    },
    "estimate_from_defaults": {
        "en": "This estimate is the article's typical range, not yet your own history.",
        "ja": "この見積もりは一般的な目安です。まだあなたの履歴にもとづいていません。",
    },
    "estimate_mostly_defaults": {
        "en": "Based on only {samples} of your own tasks: still mostly the typical range.",
        "ja": "あなたの記録は {samples} 件だけなので、まだ一般的な目安が中心です。",
    },
    "often_fails": {
        "en": "{percent}% of your {kind} runs failed ({failures} runs); a failed run typically still cost {failure_typical} credits.",
        "ja": "{kind} の {percent}%({failures} 回)が失敗しています。失敗しても通常 {failure_typical} クレジットかかっています。",
    },
    "not_enough_credits": {
        "en": "A typical run costs {typical} credits but only {balance} are left.",
        "ja": "通常 {typical} クレジットかかりますが、残りは {balance} クレジットです。",
    },
    "may_not_be_enough": {
        "en": "An expensive run (up to {high} credits) would not fit in the {balance} left.",
        "ja": "高くつく場合(最大 {high} クレジット)、残りの {balance} クレジットでは足りません。",
    },
    "runs_dry_before_reset": {
        "en": "At your current pace ({burn_per_day} a day) the credits run out before the next refill (in {seconds_to_reset}).",
        "ja": "今のペース(1日 {burn_per_day})だと、次の補充({seconds_to_reset}後)の前にクレジットがなくなります。",
    },
    "not_enough_history": {
        "en": "Not enough history yet (needs 3 tasks over 2 days).",
        "ja": "まだ履歴が足りません(2日以上・3件以上の記録が必要です)。",
    },
    # -- reasons from team rules ------------------------------------------------------------
    "task_cap_exceeded": {
        "en": "Team rule: tasks above {limit} credits need a lead's OK (this one usually costs {typical}).",
        "ja": "チームルール: {limit} クレジットを超えるタスクは承認が必要です(このタスクは通常 {typical})。",
    },
    "task_cap_may_exceed": {
        "en": "Team rule: the cap per task is {limit}; an expensive run could reach {high}.",
        "ja": "チームルール: 1タスクの上限は {limit} です。高くつくと {high} になることがあります。",
    },
    "rule_needs_project": {
        "en": "Give the project (--project) so the per-job rule for {kind} can be checked.",
        "ja": "{kind} の案件ごとのルールを確認するため、案件名(--project)を指定してください。",
    },
    "repeat_needs_approval": {
        "en": 'Team rule: "{project}" already has {runs} {kind} run(s); further runs need a lead\'s OK.',
        "ja": "チームルール: 「{project}」ではすでに {kind} を {runs} 回実行しています。これ以上は承認が必要です。",
    },
    "envelope_exceeded": {
        "en": "Team rule: {group} may use {percent}% of the month ({limit} credits); {used} are used and this adds about {typical}.",
        "ja": "チームルール: {group} は月の {percent}%({limit} クレジット)までです。使用済み {used}、このタスクで約 {typical} 増えます。",
    },
    "envelope_may_exceed": {
        "en": "Team rule: {group} has {used} of {limit} credits used this month; an expensive run ({high}) would go over.",
        "ja": "チームルール: {group} は今月 {limit} のうち {used} を使用済みです。高くつく場合({high})は超えます。",
    },
    "project_cap_exceeded": {
        "en": 'Team rule: "{project}" may use {limit} credits a month; {used} are used and this adds about {typical}.',
        "ja": "チームルール: 「{project}」は月 {limit} クレジットまでです。使用済み {used}、このタスクで約 {typical} 増えます。",
    },
    "project_cap_may_exceed": {
        "en": 'Team rule: "{project}" has {used} of {limit} credits used; an expensive run ({high}) would go over.',
        "ja": "チームルール: 「{project}」は {limit} のうち {used} を使用済みです。高くつく場合({high})は超えます。",
    },
    "variant_limit_reached": {
        "en": 'Team rule: {kind} is limited to {limit} per job{label}; "{project}" already has {runs}.',
        "ja": "チームルール: {kind} は1案件 {limit} 回まで{label}。「{project}」はすでに {runs} 回です。",
    },
    "consider_upgrade": {
        "en": "{packs} top-up packs this billing month: a bigger plan is usually cheaper than buying packs.",
        "ja": "今月は追加パックを {packs} 回購入しています。パックを買うより上位プランの方が安くなることが多いです。",
    },
    "rule_error": {
        "en": "The team rule {rule_id} could not be checked; please edit or remove it.",
        "ja": "チームルール {rule_id} を確認できませんでした。編集するか削除してください。",
    },
    # -- report advice ----------------------------------------------------------------------
    "cut_waste": {
        "en": "{percent}% of the month's credits ({wasted}) went to failed, retaken or abandoned runs; most in {kind} ({kind_wasted}).",
        "ja": "今月のクレジットの {percent}%({wasted})が失敗・やり直し・中止に使われました。最も多いのは {kind}({kind_wasted})です。",
    },
    "envelope_over": {
        "en": "{group} used {used} credits, over its {percent}% envelope ({limit}).",
        "ja": "{group} は {used} クレジットを使い、枠 {percent}%({limit})を超えました。",
    },
    "project_over_cap": {
        "en": '"{project}" used {used} credits, over its cap of {limit}.',
        "ja": "「{project}」は {used} クレジットを使い、上限 {limit} を超えました。",
    },
    "credits_lost": {
        "en": "{lost} credits ({percent}% of the grant) were lost at refills or expiry: use them or lose them.",
        "ja": "{lost} クレジット(付与量の {percent}%)が補充・期限切れで失われました。使わないと消えます。",
    },
    # -- rule problems ----------------------------------------------------------------------
    "rule_bad_id": {
        "en": "A team rule needs an id.",
        "ja": "チームルールには ID が必要です。",
    },
    "rule_unknown_code": {
        "en": 'There is no rule type "{rule}". Use one of: task_cap, repeat_approval, envelope, project_cap, variant_limit, topup_advice',
        "ja": "ルールの種類「{rule}」はありません。task_cap, repeat_approval, envelope, project_cap, variant_limit, topup_advice のいずれかを使ってください。",
    },
    "rule_bad_param": {
        "en": 'The rule {rule} needs a valid --{param} (see creditfuel rule add --help).',
        "ja": "ルール {rule} には正しい --{param} が必要です(creditfuel rule add --help を参照)。",
    },
    "rule_id_taken": {
        "en": 'A rule with id "{id}" exists or existed. Choose another --id.',
        "ja": "ID「{id}」のルールはすでにあります(または以前ありました)。別の --id を指定してください。",
    },
    "bad_month": {
        "en": 'Month "{value}" is not valid. Use YYYY-MM, e.g. 2026-11',
        "ja": "月「{value}」は使えません。YYYY-MM 形式で入力してください(例: 2026-11)。",
    },
    "bad_size": {
        "en": 'Size "{value}" is not valid. Use a number above 0 (seconds, pages or images).',
        "ja": "サイズ「{value}」は使えません。0 より大きい数値(秒・ページ数・枚数)を入力してください。",
    },
    "bad_days": {
        "en": 'Days "{value}" is not valid. Use a whole number from 1 to 3660.',
        "ja": "日数「{value}」は使えません。1〜3660 の整数を入力してください。",
    },
    # -- rule names (rule list) -------------------------------------------------------------
    "rule.task_cap": {
        "en": "Cap per task: {limit} credits{kinds}; above it: {action}",
        "ja": "1タスクの上限: {limit} クレジット{kinds}。超える場合: {action}",
    },
    "rule.repeat_approval": {
        "en": "{kinds}: {free_runs} run(s) per job free; more: {action}",
        "ja": "{kinds}: 1案件 {free_runs} 回まで自由、それ以上: {action}",
    },
    "rule.envelope": {
        "en": "Monthly envelope: {group} up to {percent}% of the grant; over: {action}",
        "ja": "月の枠: {group} は付与量の {percent}% まで。超える場合: {action}",
    },
    "rule.project_cap": {
        "en": "Cap per project a month: {project} up to {limit} credits; over: {action}",
        "ja": "案件ごとの月の上限: {project} は {limit} クレジットまで。超える場合: {action}",
    },
    "rule.variant_limit": {
        "en": "{kind}: at most {limit} per job{label}; more: {action}",
        "ja": "{kind}: 1案件 {limit} 回まで{label}。それ以上: {action}",
    },
    "rule.topup_advice": {
        "en": "Advise an upgrade after {packs} top-up packs in a billing month",
        "ja": "1か月に追加パックを {packs} 回買ったら上位プランを提案",
    },
    "rule.every_project": {"en": "each project", "ja": "各案件"},
    "rule.for_kinds": {"en": " ({kinds})", "ja": "({kinds})"},
    "rule.high_octane": {"en": "High-octane tasks", "ja": "高負荷タスク"},
    "rule.added": {"en": "Added rule {id}: {text}", "ja": "ルール {id} を追加しました: {text}"},
    "rule.removed": {"en": "Removed rule {id}.", "ja": "ルール {id} を削除しました。"},
    "rule.none": {
        "en": "No team rules yet. Example: creditfuel rule add task_cap --limit 300",
        "ja": "チームルールはまだありません。例: creditfuel rule add task_cap --limit 300",
    },
    # -- kind groups ------------------------------------------------------------------------
    "group.drafting": {"en": "Drafting", "ja": "資料作成"},
    "group.research": {"en": "Research", "ja": "リサーチ"},
    "group.visual": {"en": "Images and video", "ja": "画像・動画"},
    "group.developer": {"en": "Developer and agents", "ja": "開発・エージェント"},
    # -- estimate / check -------------------------------------------------------------------
    "insight.size.seconds": {"en": "{size} s", "ja": "{size}秒"},
    "insight.size.pages": {"en": "{size} pages", "ja": "{size}ページ"},
    "insight.size.images": {"en": "{size} images", "ja": "{size}枚"},
    "insight.size.none": {"en": "size {size}", "ja": "サイズ {size}"},
    "insight.estimate": {
        "en": "{what}: usually {typical} credits (80% of runs: {low}–{high})",
        "ja": "{what}: 通常 {typical} クレジット(8割は {low}〜{high})",
    },
    "insight.source.history": {
        "en": "From your last {samples} runs.",
        "ja": "あなたの直近 {samples} 件の記録より。",
    },
    "insight.source.blended": {
        "en": "From your {samples} runs blended with the typical range.",
        "ja": "あなたの {samples} 件の記録と一般的な目安を合わせた値です。",
    },
    "insight.source.defaults": {
        "en": "Typical range (none of your own runs yet).",
        "ja": "一般的な目安です(まだあなたの記録はありません)。",
    },
    "insight.unsized": {
        "en": "{count} of your runs have no size logged; log --size to use them.",
        "ja": "{count} 件の記録にサイズがありません。--size を付けて記録すると見積もりに使えます。",
    },
    "insight.failures": {
        "en": "Failed runs: {failures} ({percent}%), typically {typical} credits each.",
        "ja": "失敗: {failures} 回({percent}%)、1回あたり通常 {typical} クレジット。",
    },
    "insight.balance_after": {
        "en": "Balance {balance} → after this task: {typical} (typical), {high} (expensive)",
        "ja": "残高 {balance} → 実行後: {typical}(通常)、{high}(高くつく場合)",
    },
    "insight.next_refill": {
        "en": "Next refill: {at} (in {left})",
        "ja": "次の補充: {at}(あと {left})",
    },
    "insight.verdict": {"en": "Verdict: {verdict}", "ja": "判定: {verdict}"},
    # -- history / forecast / report --------------------------------------------------------
    "insight.col.key.kind": {"en": "Kind", "ja": "種類"},
    "insight.col.key.project": {"en": "Project", "ja": "案件"},
    "insight.col.key.day": {"en": "Day", "ja": "日付"},
    "insight.col.key.week": {"en": "Week of", "ja": "週"},
    "insight.col.key.month": {"en": "Month", "ja": "月"},
    "insight.col.key.outcome": {"en": "Outcome", "ja": "結果"},
    "insight.col.tasks": {"en": "Tasks", "ja": "件数"},
    "insight.col.credits": {"en": "Credits", "ja": "クレジット"},
    "insight.col.wasted": {"en": "Wasted", "ja": "ムダ"},
    "insight.col.money": {"en": "Cost ({currency})", "ja": "費用({currency})"},
    "insight.col.burn": {"en": "Per day", "ja": "1日あたり"},
    "insight.col.dry": {"en": "Runs out", "ja": "なくなる日時"},
    "insight.col.lost": {"en": "Lost at refill", "ja": "補充で消える分"},
    "insight.col.group": {"en": "Group", "ja": "グループ"},
    "insight.col.used": {"en": "Used", "ja": "使用"},
    "insight.col.share": {"en": "Of grant", "ja": "付与量比"},
    "insight.col.envelope": {"en": "Envelope", "ja": "枠"},
    "insight.col.id": {"en": "Id", "ja": "ID"},
    "insight.col.rule": {"en": "Rule", "ja": "ルール"},
    "insight.no_project": {"en": "(no project)", "ja": "(案件なし)"},
    "insight.outcome.ok": {"en": "done", "ja": "完了"},
    "insight.outcome.failed": {"en": "failed", "ja": "失敗"},
    "insight.outcome.retake": {"en": "retake", "ja": "やり直し"},
    "insight.outcome.abandoned": {"en": "abandoned", "ja": "中止"},
    "insight.history_title": {
        "en": "Last {days} days ({tz})",
        "ja": "過去 {days} 日間({tz})",
    },
    "insight.history_total": {
        "en": "Total: {credits} credits in {tasks} tasks, {wasted} wasted ({percent}%)",
        "ja": "合計: {tasks} 件で {credits} クレジット、うちムダ {wasted}({percent}%)",
    },
    "insight.never": {"en": "not at this pace", "ja": "このペースではなくならない"},
    "insight.before_reset": {"en": "before the refill", "ja": "補充より前"},
    "insight.forecast_thin": {"en": "not enough history yet", "ja": "履歴がまだ足りません"},
    "insight.report_title": {
        "en": "Billing month {label}: {start} – {end}",
        "ja": "請求月 {label}: {start} 〜 {end}",
    },
    "insight.report_spent": {
        "en": "Spent {spent} credits in {tasks} tasks{grant}.",
        "ja": "{tasks} 件で {spent} クレジットを使いました{grant}。",
    },
    "insight.report_grant": {"en": " (grant {grant})", "ja": "(付与量 {grant})"},
    "insight.report_waste": {
        "en": "Wasted: {wasted} credits ({percent}%): failed {failed}, retakes {retake}, abandoned {abandoned}.",
        "ja": "ムダ: {wasted} クレジット({percent}%)。失敗 {failed}、やり直し {retake}、中止 {abandoned}。",
    },
    "insight.report_packs": {
        "en": "Top-up packs bought: {packs}.",
        "ja": "追加パックの購入: {packs} 回。",
    },
    "insight.report_by_kind": {"en": "By kind", "ja": "種類別"},
    "insight.report_by_project": {"en": "By project", "ja": "案件別"},
    "insight.report_envelopes": {"en": "Envelopes", "ja": "予算枠"},
    "insight.report_advice": {"en": "Advice", "ja": "アドバイス"},
    "insight.report_no_advice": {
        "en": "No advice: a well-run month.",
        "ja": "アドバイスはありません。順調な月でした。",
    },
}

# desktopapp.messages merges every messages_<area> module's ``MESSAGES``.
MESSAGES = MESSAGES_INSIGHT
