# ruff: noqa: E501  (a message catalogue: one sentence per line reads best)
"""Words for backups, the start-up check, export and import (merged by desktopapp.messages).

Every problem says what happened, that nothing was lost or changed when that is so, and
what to do next, for a person who never opens a terminal except to paste a command.
"""

from __future__ import annotations

MESSAGES_SAFETY: dict[str, dict[str, str]] = {
    # -- backups -------------------------------------------------------------------------
    "backup_no_database": {
        "en": 'There is no database at "{path}" yet, so there is nothing to back up.',
        "ja": '"{path}" にはまだデータベースがないため、バックアップするものがありません。',
    },
    "backup_failed": {
        "en": 'Could not back up "{path}": the file cannot be read as a database. Nothing was changed.',
        "ja": '"{path}" をバックアップできませんでした。データベースとして読み取れません。何も変更していません。',
    },
    "backup_unverified": {
        "en": 'The copy of "{path}" did not pass its check, so it was not kept. Please check the free disk space and try again.',
        "ja": '"{path}" のコピーが検査に合格しなかったため、保存しませんでした。ディスクの空き容量を確認して、もう一度お試しください。',
    },
    "backup_not_found": {
        "en": 'No backup "{path}" was found. To see the backups: creditfuel backup list',
        "ja": 'バックアップ "{path}" が見つかりません。一覧は creditfuel backup list で確認できます。',
        "en_app": 'No backup "{path}" was found. The list in Settings > Data shows the backups there are.',
        "ja_app": 'バックアップ "{path}" が見つかりません。ある分は 設定 > データ の一覧で確認できます。',
    },
    "backup_none": {
        "en": "There is no usable backup yet. To make one now: creditfuel backup create",
        "ja": "使えるバックアップはまだありません。今すぐ作るには: creditfuel backup create",
        "en_app": 'There is no usable backup yet. Make one with "Back up now" in Settings > Data.',
        "ja_app": '使えるバックアップはまだありません。設定 > データ の「今すぐバックアップ」で作れます。',
    },
    "backup_corrupt": {
        "en": 'The backup "{path}" is damaged and cannot be restored. Nothing was changed. Please choose another one: creditfuel backup list',
        "ja": 'バックアップ "{path}" は壊れているため復元できません。何も変更していません。別のバックアップを選んでください: creditfuel backup list',
        "en_app": 'The backup "{path}" is damaged and cannot be restored. Nothing was changed. Please choose another one from the list.',
        "ja_app": 'バックアップ "{path}" は壊れているため復元できません。何も変更していません。一覧から別のバックアップを選んでください。',
    },
    "backup_not_creditfuel": {
        "en": 'The file "{path}" is a database, but not a CreditFuel one, so it cannot be restored. Nothing was changed.',
        "ja": 'ファイル "{path}" はデータベースですが CreditFuel のものではないため、復元できません。何も変更していません。',
    },
    # -- the database file at start-up ----------------------------------------------------------
    "db_corrupt": {
        "en": 'The database "{path}" is damaged. It was kept aside as "{moved}" (nothing was deleted).',
        "ja": 'データベース "{path}" が壊れています。"{moved}" として別に保管しました(何も削除していません)。',
    },
    # -- export ---------------------------------------------------------------------------------
    "export_unwritable": {
        "en": 'Could not write "{path}". Please check the folder exists and that you may write there.',
        "ja": '"{path}" に書き込めませんでした。フォルダーがあるか、書き込みできる場所かを確認してください。',
    },
    # -- import ---------------------------------------------------------------------------------
    "import_missing": {
        "en": 'The file "{path}" was not found. Nothing was imported.',
        "ja": 'ファイル "{path}" が見つかりません。何も取り込んでいません。',
    },
    "import_unreadable": {
        "en": 'The file "{path}" cannot be read. Nothing was imported.',
        "ja": 'ファイル "{path}" を読み込めません。何も取り込んでいません。',
    },
    "import_too_large": {
        "en": 'The file "{path}" is too large to be a CreditFuel export. Nothing was imported.',
        "ja": 'ファイル "{path}" は CreditFuel のエクスポートとしては大きすぎます。何も取り込んでいません。',
    },
    "import_not_utf8": {
        "en": "This file is not UTF-8 text, so it is not a CreditFuel export. Nothing was imported.",
        "ja": "このファイルは UTF-8 のテキストではないため、CreditFuel のエクスポートではありません。何も取り込んでいません。",
    },
    "import_not_export": {
        "en": "This file is not a CreditFuel export. Make one with: creditfuel export --format json --out FILE. Nothing was imported.",
        "ja": "このファイルは CreditFuel のエクスポートではありません。作るには: creditfuel export --format json --out ファイル名。何も取り込んでいません。",
        "en_app": 'This file is not a CreditFuel export (make one with "Export everything (JSON)" in Settings > Data). Nothing was imported.',
        "ja_app": 'このファイルは CreditFuel のエクスポートではありません(設定 > データ の「JSON ですべてを書き出す」で作れます)。何も取り込んでいません。',
    },
    "import_bad_json": {
        "en": "The file is cut off or damaged (near line {line}). Nothing was imported.",
        "ja": "ファイルが途中で切れているか壊れています({line} 行目付近)。何も取り込んでいません。",
    },
    "import_bad_csv": {
        "en": "Row {line} of the CSV file has missing or extra cells. Nothing was imported.",
        "ja": "CSV ファイルの {line} 行目のセルの数が合いません。何も取り込んでいません。",
    },
    "import_newer_format": {
        "en": "This file was made by a newer version of CreditFuel (format {version}). Please update the app. Nothing was imported.",
        "ja": "このファイルは新しいバージョンの CreditFuel で作られています(形式 {version})。アプリを更新してください。何も取り込んでいません。",
    },
    "import_bad_field": {
        "en": 'Record {index} of "{section}" has an unusable "{field}". Nothing was imported.',
        "ja": '"{section}" の {index} 番目の記録の "{field}" が使えない値です。何も取り込んでいません。',
    },
    "import_duplicate_id": {
        "en": 'The id "{id}" appears twice in "{section}". Nothing was imported.',
        "ja": '"{section}" に同じ ID "{id}" が 2 回あります。何も取り込んでいません。',
    },
    "import_duplicate_name": {
        "en": 'The file has two meters named "{name}". Nothing was imported.',
        "ja": 'ファイルに "{name}" という名前のメーターが 2 つあります。何も取り込んでいません。',
    },
    "import_unknown_meter": {
        "en": 'Record {index} uses meter "{meter}", which is neither in the file nor here. Nothing was imported.',
        "ja": '{index} 番目の記録が使っているメーター "{meter}" は、ファイルにもこのパソコンにもありません。何も取り込んでいません。',
    },
    "import_bad_setting": {
        "en": 'The setting "{key}" in the file cannot be used. Nothing was imported.',
        "ja": 'ファイル内の設定 "{key}" は使えません。何も取り込んでいません。',
    },
    # -- any CLI argument ----------------------------------------------------------------------
    "argument_not_text": {
        "en": 'The argument "{value}" contains bytes that are not UTF-8 text. Please retype it (check the terminal\'s character encoding).',
        "ja": '引数 "{value}" に UTF-8 ではない文字が含まれています。入力し直してください(端末の文字コード設定も確認してください)。',
    },
    # -- CLI texts ----------------------------------------------------------------------------------
    "text.backup.created": {
        "en": "Backup saved and checked: {id} ({path})",
        "ja": "バックアップを保存し、検査しました: {id}({path})",
    },
    "text.backup.none": {
        "en": "No backups yet. To make one: creditfuel backup create",
        "ja": "バックアップはまだありません。作るには: creditfuel backup create",
    },
    "text.backup.header": {
        "en": "ID                  Made at           Kind           Size",
        "ja": "ID                  作成日時          種類           サイズ",
    },
    "text.backup.kind.daily": {"en": "daily", "ja": "毎日"},
    "text.backup.kind.manual": {"en": "manual", "ja": "手動"},
    "text.backup.kind.prerestore": {"en": "before restore", "ja": "復元の前"},
    "text.backup.kind.preimport": {"en": "before import", "ja": "取り込みの前"},
    "text.backup.kind.premigrate": {"en": "before update", "ja": "更新の前"},
    "text.backup.restored": {
        "en": "Restored from {source}.",
        "ja": "{source} から復元しました。",
    },
    "text.backup.safety_copy": {
        "en": "What was there before is kept as backup {id}.",
        "ja": "復元前のデータはバックアップ {id} として残してあります。",
    },
    "text.backup.moved_aside": {
        "en": 'The damaged file was kept aside as "{path}".',
        "ja": '壊れていたファイルは "{path}" として別に保管しました。',
    },
    "text.export.done": {
        "en": "Exported {events} log entries to {path}",
        "ja": "{events} 件の記録を {path} に書き出しました。",
    },
    "text.import.done": {
        "en": "Imported {added} new log entries ({skipped} already here), {meters} meters, {rules} rules, {settings} settings.",
        "ja": "新しい記録を {added} 件取り込みました(既にあった {skipped} 件は省略)。メーター {meters} 個、ルール {rules} 件、設定 {settings} 件。",
    },
    "text.import.matched": {
        "en": "{count} meter(s) of the file had the same name as a meter here and were merged into it.",
        "ja": "ファイルのメーターのうち {count} 個はこちらの同じ名前のメーターにまとめました。",
    },
    "text.import.safety_copy": {
        "en": "A backup from before the import was saved: {id}",
        "ja": "取り込み前のバックアップを保存しました: {id}",
    },
}

# desktopapp.messages merges every messages_<area>.MESSAGES dict.
MESSAGES = MESSAGES_SAFETY
