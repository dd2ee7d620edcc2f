# ruff: noqa: E501  (a message catalogue: one sentence per line reads best)
"""Words for the presets' note codes (``Preset.note_code``) and the questions they ask.

Merged into ``desktopapp.messages.MESSAGES`` like every ``messages_<area>`` module.
"""

from __future__ import annotations

MESSAGES_PRESETS: dict[str, dict[str, str]] = {
    # -- meter names a preset creates (data the user can rename) ----------------------------
    "meter_name.Genspark daily": {"en": "Genspark daily", "ja": "Genspark 毎日"},
    "meter_name.Genspark monthly": {"en": "Genspark monthly", "ja": "Genspark 月間"},
    "meter_name.Manus daily refresh": {"en": "Manus daily refresh", "ja": "Manus 毎日リフレッシュ"},
    "meter_name.Manus monthly": {"en": "Manus monthly", "ja": "Manus 月間"},
    "meter_name.Claude session (5 h)": {"en": "Claude session (5 h)", "ja": "Claude セッション(5時間)"},
    "meter_name.Claude weekly": {"en": "Claude weekly", "ja": "Claude 週間"},
    "meter_name.Cursor monthly": {"en": "Cursor monthly", "ja": "Cursor 月間"},
    "meter_name.Runway monthly": {"en": "Runway monthly", "ja": "Runway 月間"},
    "meter_name.Suno daily": {"en": "Suno daily", "ja": "Suno 毎日"},
    "meter_name.Midjourney fast GPU": {"en": "Midjourney fast GPU", "ja": "Midjourney 高速GPU"},
    # -- notes shown next to a preset -----------------------------------------------------
    "preset.genspark_free_grant": {
        "en": "The daily grant differs between sources (100 or 200 credits). Check what your account shows and change the grant if needed.",
        "ja": "1日の付与数は情報源によって異なります(100 または 200 クレジット)。アカウントの表示を確認し、必要なら付与数を変更してください。",
    },
    "preset.genspark_from": {
        "en": "This is the plan's minimum monthly grant; higher tiers give more. Change the grant to match your plan.",
        "ja": "これはプランの最小の月間付与数です。上位の段階ではもっと多くなります。ご自分のプランに合わせて付与数を変更してください。",
    },
    "preset.unverified_figures": {
        "en": "These figures are not confirmed. Compare them with your account and edit the meters.",
        "ja": "この数値は確認されていません。アカウントの表示と比べて、メーターを編集してください。",
    },
    "preset.claude_percent": {
        "en": "Claude shows limits as a share, not credits: 100 here means the whole limit. Log your usage in percent.",
        "ja": "Claude の上限はクレジットではなく割合で表示されます。ここでは 100 が上限いっぱいです。使用量はパーセントで記録してください。",
    },
    "preset.cursor_usage": {
        "en": "Usage resets on your billing day at the time of day you subscribed. Enter your plan's monthly allowance as the grant.",
        "ja": "使用量は請求日の、契約した時刻にリセットされます。付与数にはご自分のプランの月間の上限を入力してください。",
    },
    "preset.runway_purchased": {
        "en": "Purchased credits never expire: add them as a pack with no expiry. Monthly credits are used first.",
        "ja": "購入したクレジットは期限切れになりません。期限なしのパックとして追加してください。月間クレジットが先に使われます。",
    },
    "preset.suno_utc": {
        "en": "Free credits come back at 00:00 UTC whatever your time zone (09:00 in Japan).",
        "ja": "無料クレジットはお住まいのタイムゾーンに関係なく UTC の 0:00(日本時間 9:00)に戻ります。",
    },
    "preset.midjourney_minutes": {
        "en": "Fast GPU time is counted in minutes: 3.3 hours = 198 minutes.",
        "ja": "高速 GPU 時間は分で数えます: 3.3 時間 = 198 分。",
    },
    # -- what a preset asks before it is applied ------------------------------------------
    "preset.ask.grant": {"en": "How many credits does the plan give?", "ja": "プランの付与クレジット数は?"},
    "preset.ask.tz": {"en": "Which time zone is your account set to?", "ja": "アカウントのタイムゾーンは?"},
    "preset.ask.billing_day": {"en": "Which day of the month are you billed?", "ja": "毎月の請求日は何日ですか?"},
    "preset.ask.anchor": {"en": "When does your plan or limit renew (date and time)?", "ja": "プランや上限が更新される日時は?"},
}

# desktopapp.messages merges every messages_<area> module's ``MESSAGES``.
MESSAGES = MESSAGES_PRESETS
