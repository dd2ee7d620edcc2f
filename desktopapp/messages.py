# ruff: noqa: E501  (a message catalogue: one sentence per line reads best)
"""Plain words for problem codes and CLI texts, in English and Japanese.

The domain and store raise codes with parameters; this module words them for a person
who is not an IT specialist: what is wrong, and what to type instead. Other areas add
their codes in ``desktopapp/messages_<area>.py`` (a ``MESSAGES`` dict of the same shape);
every such module found next to this one is merged in below, so no two helpers edit one
file.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import string
from typing import Any, Literal

from desktopapp.domain.problems import Problem

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # -- input problems ----------------------------------------------------------------
    "unknown_zone": {
        "en": 'Time zone "{zone}" was not found. Example: Asia/Tokyo',
        "ja": 'タイムゾーン "{zone}" が見つかりません。例: Asia/Tokyo',
    },
    "bad_time": {
        "en": 'The time "{value}" is not valid. Use HH:MM between 00:00 and 23:59, e.g. 09:00',
        "ja": '時刻 "{value}" は使えません。00:00〜23:59 の HH:MM 形式で入力してください(例: 09:00)。',
    },
    "bad_day": {
        "en": 'Day "{value}" is not valid. Use a day of the month from 1 to 31.',
        "ja": '日 "{value}" は使えません。1〜31 の日にちを入力してください。',
    },
    "bad_weekday": {
        "en": 'Weekday "{value}" is not valid. Use one of: mon tue wed thu fri sat sun',
        "ja": '曜日 "{value}" は使えません。mon tue wed thu fri sat sun のいずれかを入力してください。',
    },
    "bad_hours": {
        "en": 'Hours "{value}" is not valid. Use a number of hours above 0, e.g. 5',
        "ja": '時間数 "{value}" は使えません。0 より大きい時間数を入力してください(例: 5)。',
    },
    "bad_datetime": {
        "en": 'The date and time "{value}" is not valid. Example: 2026-11-25T09:00+09:00',
        "ja": '日時 "{value}" は使えません。例: 2026-11-25T09:00+09:00',
    },
    "not_a_number": {
        "en": '"{value}" is not a number. Please type a whole number, e.g. 200',
        "ja": '"{value}" は数値ではありません。整数で入力してください(例: 200)。',
    },
    "text_too_long": {
        "en": "The {field} is too long. Please keep it under {limit} characters.",
        "ja": "{field}が長すぎます。{limit} 文字以内にしてください。",
    },
    "number_too_large": {
        "en": "{value} is too large. Please type a number up to {limit}.",
        "ja": "{value} は大きすぎます。{limit} 以下の数値を入力してください。",
    },
    "negative_credits": {
        "en": "Credits cannot be negative ({value}). Please type 0 or more.",
        "ja": "クレジット数にマイナスは使えません({value})。0 以上で入力してください。",
    },
    "negative_number": {
        "en": "{field} cannot be negative ({value}). Please type 0 or more.",
        "ja": "{field} にマイナスは使えません({value})。0 以上で入力してください。",
    },
    "credits_not_positive": {
        "en": "A pack needs at least 1 credit.",
        "ja": "パックのクレジット数は 1 以上にしてください。",
    },
    "unknown_meter": {
        "en": 'There is no meter named "{name}". To see your meters: creditfuel meter list',
        "ja": '"{name}" という名前のメーターはありません。一覧は creditfuel meter list で確認できます。',
    },
    "meter_exists": {
        "en": 'A meter named "{name}" already exists. Please choose another name.',
        "ja": '"{name}" という名前のメーターはすでにあります。別の名前にしてください。',
    },
    "empty_name": {
        "en": "Please give the meter a name.",
        "ja": "メーターの名前を入力してください。",
    },
    "empty_kind": {
        "en": "Please say what kind of task this was, e.g. slides",
        "ja": "タスクの種類を入力してください(例: slides)。",
    },
    "credits_or_balance": {
        "en": "Please give either --credits (what the task cost) or --balance-now "
        "(the balance shown now), not both.",
        "ja": "--credits(かかったクレジット)か --balance-now(今の残高)の"
        "どちらか一方を指定してください。",
    },
    "bad_outcome": {
        "en": 'Outcome "{value}" is not valid. Use one of: ok failed retake abandoned',
        "ja": '結果 "{value}" は使えません。ok failed retake abandoned のいずれかを指定してください。',
    },
    "bad_mode": {
        "en": 'Mode "{value}" is not valid. Use overwrite or carry.',
        "ja": 'モード "{value}" は使えません。overwrite か carry を指定してください。',
    },
    "bad_unit": {
        "en": 'Unit "{value}" is not valid. Use credits or minutes.',
        "ja": '単位 "{value}" は使えません。credits か minutes を指定してください。',
    },
    "bad_field": {
        "en": "These settings cannot be changed here: {field}",
        "ja": "次の項目はここでは変更できません: {field}",
    },
    "meter_required": {
        "en": "You have meters on several accounts. Please say which one with --meter ({meters}).",
        "ja": "複数のアカウントのメーターがあります。--meter でどれかを指定してください({meters})。",
    },
    "no_meters": {
        "en": "No meter is set up yet. Add one first, e.g. creditfuel preset apply genspark-free",
        "ja": "メーターがまだありません。先に追加してください(例: creditfuel preset apply genspark-free)。",
    },
    "unknown_preset": {
        "en": 'There is no preset named "{name}". To see them: creditfuel preset list',
        "ja": '"{name}" というプリセットはありません。一覧は creditfuel preset list で確認できます。',
    },
    "unknown_rule": {
        "en": 'There is no rule with id "{id}".',
        "ja": 'ID "{id}" のルールはありません。',
    },
    "expires_before_purchase": {
        "en": "The expiry date ({expires}) must be after the purchase.",
        "ja": "有効期限({expires})は購入日時より後にしてください。",
    },
    "missing_option": {
        "en": "Please also give {option}.",
        "ja": "{option} も指定してください。",
    },
    "missing_value": {
        "en": "{option} needs a value after it.",
        "ja": "{option} の後に値を入力してください。",
    },
    "unknown_option": {
        "en": 'Unknown option or extra word: "{value}". See: creditfuel --help',
        "ja": '"{value}" は使えないオプションか、余分な語です。creditfuel --help を参照してください。',
    },
    "bad_choice": {
        "en": '"{value}" is not a choice here. Use one of: {choices}',
        "ja": '"{value}" はここでは使えません。次のいずれかを指定してください: {choices}',
    },
    "missing_command": {
        "en": "Please give a command, e.g. creditfuel status. See: creditfuel --help",
        "ja": "コマンドを指定してください(例: creditfuel status)。creditfuel --help を参照してください。",
    },
    "usage_error": {
        "en": "The command is not complete: {detail}. See: creditfuel --help",
        "ja": "コマンドの指定が正しくありません({detail})。creditfuel --help を参照してください。",
    },
    # -- the database file -------------------------------------------------------------
    "db_not_sqlite": {
        "en": 'The file "{path}" is not a CreditFuel database. Please check the --db path.',
        "ja": 'ファイル "{path}" は CreditFuel のデータベースではありません。--db の指定を確認してください。',
    },
    "db_newer": {
        "en": 'The database "{path}" was made by a newer version of CreditFuel. '
        "Please update the app; nothing was changed.",
        "ja": 'データベース "{path}" は新しいバージョンの CreditFuel で作られています。'
        "アプリを更新してください(データは変更していません)。",
    },
    "db_unreadable": {
        "en": 'The database "{path}" cannot be opened. Please check the path and its permissions.',
        "ja": 'データベース "{path}" を開けません。場所とアクセス権を確認してください。',
    },
    "db_backup_failed": {
        "en": 'Could not make a safety copy of "{path}" before updating it, so nothing was '
        "changed. Please check the free disk space.",
        "ja": '"{path}" を更新する前の安全のためのコピーが作れなかったため、何も変更していません。'
        "ディスクの空き容量を確認してください。",
    },
    "db_busy": {
        "en": "The database is busy (another CreditFuel is writing). Please try again.",
        "ja": "データベースが使用中です(別の CreditFuel が書き込み中です)。もう一度お試しください。",
    },
    # -- CLI texts ---------------------------------------------------------------------
    "text.nothing_to_undo": {
        "en": "Nothing to undo.",
        "ja": "取り消せる記録はありません。",
    },
    "text.nothing_to_redo": {
        "en": "Nothing to redo.",
        "ja": "やり直せる取り消しはありません。",
    },
    "text.undone": {"en": "Undone: {what}", "ja": "取り消しました: {what}"},
    "text.redone": {"en": "Restored: {what}", "ja": "元に戻しました: {what}"},
    "text.event.spend": {
        "en": "{kind}, {credits} credits ({at})",
        "ja": "{kind}、{credits} クレジット({at})",
    },
    "text.event.spend_balance": {
        "en": "{kind}, {credits} credits, balance then {balance} ({at})",
        "ja": "{kind}、{credits} クレジット、その時の残高 {balance}({at})",
    },
    "text.event.observation": {
        "en": "balance of {meter} set to {balance} ({at})",
        "ja": "{meter} の残高を {balance} に設定({at})",
    },
    "text.event.pack": {
        "en": "pack of {credits} credits ({at})",
        "ja": "{credits} クレジットのパック({at})",
    },
    "text.event.correction": {
        "en": "correction of {delta} on {meter} ({at})",
        "ja": "{meter} の補正 {delta}({at})",
    },
    "text.logged": {
        "en": "Logged {kind}: {credits} credits. Balance now {total}.",
        "ja": "{kind} を記録しました: {credits} クレジット。現在の残高 {total}。",
    },
    "text.pack_added": {
        "en": "Added a pack of {credits} credits{expiry}.",
        "ja": "{credits} クレジットのパックを追加しました{expiry}。",
    },
    "text.pack_expiry": {"en": ", valid until {expires}", "ja": "(有効期限 {expires})"},
    "text.meter_added": {
        "en": 'Added meter "{name}": {grant} {unit}, {rule}. Balance {balance}.',
        "ja": 'メーター "{name}" を追加しました: {grant} {unit}、{rule}。残高 {balance}。',
    },
    "text.meter_edited": {
        "en": 'Meter "{name}" updated: {grant} {unit}, {rule}.',
        "ja": 'メーター "{name}" を変更しました: {grant} {unit}、{rule}。',
    },
    "text.meter_removed": {
        "en": 'Meter "{name}" removed (its history is kept).',
        "ja": 'メーター "{name}" を削除しました(履歴は残っています)。',
    },
    "text.no_meters": {
        "en": "No meters yet. Try: creditfuel preset list",
        "ja": "メーターはまだありません。まずは creditfuel preset list をお試しください。",
    },
    "text.preset_applied": {
        "en": 'Preset "{name}" added {count} meter(s): {meters}',
        "ja": 'プリセット "{name}" から {count} 個のメーターを追加しました: {meters}',
    },
    "text.sep": {"en": ", ", "ja": "、"},
    "text.unverified": {"en": "unverified", "ja": "未確認"},
    "text.verified": {"en": "checked", "ja": "確認済み"},
    "text.rule.daily": {"en": "daily at {at} ({tz})", "ja": "毎日 {at}({tz})"},
    "text.rule.weekly": {
        "en": "weekly on {weekday} at {at} ({tz})",
        "ja": "毎週{weekday}曜日 {at}({tz})",
    },
    "text.rule.monthly": {
        "en": "monthly on day {day} at {at} ({tz})",
        "ja": "毎月 {day} 日 {at}({tz})",
    },
    "text.rule.every": {
        "en": "every {hours} h from {anchor}",
        "ja": "{anchor} から {hours} 時間ごと",
    },
    "text.rule.rolling": {
        "en": "rolling {hours} h window from first use",
        "ja": "最初の利用から {hours} 時間の枠",
    },
    "text.rule.never": {"en": "no refill", "ja": "補充なし"},
    "text.mode.overwrite": {"en": "leftover lost", "ja": "繰り越しなし"},
    "text.mode.carry": {"en": "leftover carried", "ja": "繰り越しあり"},
    "text.unit.credits": {"en": "credits", "ja": "クレジット"},
    "text.unit.minutes": {"en": "minutes", "ja": "分"},
    "text.col.meter": {"en": "Meter", "ja": "メーター"},
    "text.col.balance": {"en": "Balance", "ja": "残高"},
    "text.col.grant": {"en": "Grant", "ja": "付与"},
    "text.col.refill": {"en": "Next refill", "ja": "次の補充"},
    "text.col.in": {"en": "In", "ja": "あと"},
    "text.col.rule": {"en": "Refill", "ja": "補充"},
    "text.col.account": {"en": "Account", "ja": "アカウント"},
    "text.col.pack": {"en": "Pack", "ja": "パック"},
    "text.col.left": {"en": "Left", "ja": "残り"},
    "text.col.expires": {"en": "Expires", "ja": "有効期限"},
    "text.col.preset": {"en": "Preset", "ja": "プリセット"},
    "text.col.plan": {"en": "Plan", "ja": "プラン"},
    "text.col.meters": {"en": "Meters", "ja": "メーター"},
    "text.col.checked": {"en": "Checked", "ja": "確認日"},
    "text.status_as_of": {"en": "As of {at}", "ja": "{at} 時点"},
    "text.total": {"en": "Total: {total} credits", "ja": "合計: {total} クレジット"},
    "text.no_refill": {"en": "-", "ja": "-"},
    "text.idle_window": {"en": "starts on first use", "ja": "初回利用で開始"},
    "text.never_expires": {"en": "never", "ja": "なし"},
    "text.duration": {"en": "{h} h {m} min", "ja": "{h}時間{m}分"},
    "text.duration_days": {"en": "{d} d {h} h", "ja": "{d}日{h}時間"},
    "text.mismatch": {
        "en": "Note: {meter} is below zero: some spending was logged that the balance "
        "cannot explain. Log the balance shown on the site with --balance-now.",
        "ja": "注意: {meter} がマイナスです。残高で説明できない記録があります。"
        "サイトに表示されている残高を --balance-now で記録してください。",
    },
}

WEEKDAY_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "mon": "Monday",
        "tue": "Tuesday",
        "wed": "Wednesday",
        "thu": "Thursday",
        "fri": "Friday",
        "sat": "Saturday",
        "sun": "Sunday",
    },
    "ja": {
        "mon": "月",
        "tue": "火",
        "wed": "水",
        "thu": "木",
        "fri": "金",
        "sat": "土",
        "sun": "日",
    },
}


FIELD_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "grant": "The grant",
        "cap": "The cap",
        "size": "The size",
        "balance": "The balance",
        "priority": "The priority",
        "credits": "Credits",
    },
    "ja": {
        "grant": "付与量",
        "cap": "上限",
        "size": "サイズ",
        "balance": "残高",
        "priority": "優先度",
        "credits": "クレジット数",
    },
}


def _merge_area_messages() -> None:
    """Fold in desktopapp/messages_<area>.py modules written by other areas."""
    import desktopapp

    for info in pkgutil.iter_modules(desktopapp.__path__):
        if info.name.startswith("messages_"):
            module = importlib.import_module(f"desktopapp.{info.name}")
            extra = getattr(module, "MESSAGES", None)
            if isinstance(extra, dict):
                for code, words in extra.items():
                    MESSAGES.setdefault(code, {}).update(words)


_merge_area_messages()


def current_lang() -> Lang:
    """CREDITFUEL_LANG, then LC_ALL / LC_MESSAGES / LANG (first one set wins): ja or en."""
    for var in ("CREDITFUEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    return "en"


class _Keep(dict[str, Any]):
    """Leaves unknown {placeholders} visible instead of failing the message."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def text(code: str, lang: str, *, app: bool = False, **params: Any) -> str:
    """A message in ``lang`` (English if it lacks that language), params filled in.

    ``app``: the wording for the app's windows where a message has one ("<lang>_app"):
    the CLI's text may point at a command, which means nothing in a window.
    """
    words = MESSAGES.get(code)
    if not words:
        return code
    template = (app and words.get(f"{lang}_app")) or words.get(lang) or words.get("en") or code
    return string.Formatter().vformat(template, (), _Keep(params))


def meter_name(name: str, lang: str) -> str:
    """A preset meter's name in the user's language (unknown names stay as they are)."""
    words = MESSAGES.get(f"meter_name.{name}")
    return (words.get(lang) or name) if words else name


def describe(problem: Problem, lang: str | None = None, *, app: bool = False) -> str:
    """One plain line for a problem, in the user's language (``app``: see ``text``)."""
    lang = lang or current_lang()
    if problem.code not in MESSAGES:
        detail = ", ".join(f"{k}={v}" for k, v in problem.params.items())
        generic = {
            "en": "This input cannot be used ({code}{detail}).",
            "ja": "この入力は使えません({code}{detail})。",
        }
        return generic.get(lang, generic["en"]).format(
            code=problem.code, detail=f": {detail}" if detail else ""
        )
    params: dict[str, Any] = dict(problem.params)
    if "field" in params:
        names = FIELD_NAMES.get(lang, FIELD_NAMES["en"])
        params["field"] = names.get(params["field"], params["field"])
    return text(problem.code, lang, app=app, **params)
