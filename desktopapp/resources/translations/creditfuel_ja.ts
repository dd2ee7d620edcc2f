<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CreditFuel</source>
        <translation>CreditFuel について</translation>
    </message>
    <message>
        <source>CreditFuel %1</source>
        <translation>CreditFuel %1</translation>
    </message>
    <message>
        <source>A fuel gauge for the credits of your AI platforms. Everything stays on this computer: no account, no network.</source>
        <translation>AIプラットフォームのクレジットの燃料ゲージです。データはすべてこのコンピューターの中にあり、アカウントもネットワーク接続も使いません。</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>データの保存先: %1</translation>
    </message>
    <message>
        <source>Runs on: %1, Python %2, Qt %3 (PySide6 %4)</source>
        <translation>動作環境: %1、Python %2、Qt %3(PySide6 %4)</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>ライセンス: MIT</translation>
    </message>
    <message>
        <source>Installed as a stand-alone bundle.</source>
        <translation>単体で動くバンドル版としてインストールされています。</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <source>Gauge turns &amp;amber below:</source>
        <translation>ゲージを黄色にする残高(&amp;A):</translation>
    </message>
    <message>
        <source>Gauge turns &amp;red below:</source>
        <translation>ゲージを赤にする残高(&amp;R):</translation>
    </message>
    <message>
        <source>Warn when a meter is &amp;below:</source>
        <translation>残高がこれを下回ったら通知(&amp;B):</translation>
    </message>
    <message>
        <source>Warn about credits lost at a refill, &amp;hours before:</source>
        <translation>補充で消えるクレジットを何時間前に通知(&amp;H):</translation>
    </message>
    <message>
        <source>Warn before a pack e&amp;xpires, days before:</source>
        <translation>パックの期限切れを何日前に通知(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Pause all alerts</source>
        <translation>すべての通知を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Each alert comes once per episode (for example once per low-balance stretch), never on every refresh.</source>
        <translation>通知は状況ごとに1回だけです(残高が少ない間は1回など)。更新のたびに繰り返すことはありません。</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>The balance doesn&apos;t add up</source>
        <translation>残高が合いません</translation>
    </message>
    <message>
        <source>%1: the logs don&apos;t add up. Set the balance the site shows.</source>
        <translation>%1: 記録と残高が合いません。サイトに表示されている残高を設定してください。</translation>
    </message>
    <message>
        <source>Credits running low</source>
        <translation>クレジットが残りわずかです</translation>
    </message>
    <message>
        <source>%1: %2 credits left. Next refill %3.</source>
        <translation>%1: 残り%2クレジットです。次の補充は%3です。</translation>
    </message>
    <message>
        <source>%1: %2 credits left.</source>
        <translation>%1: 残り%2クレジットです。</translation>
    </message>
    <message>
        <source>Credits may run out before the refill</source>
        <translation>補充の前にクレジットが尽きそうです</translation>
    </message>
    <message>
        <source>%1: at your recent pace the %2 credits run out around %3.</source>
        <translation>%1: 最近のペースだと、残り%2クレジットは%3ごろに尽きます。</translation>
    </message>
    <message>
        <source>Use them or lose them</source>
        <translation>使わないと消えます</translation>
    </message>
    <message>
        <source>%1: %2 credits vanish at %3 (the refill replaces what is left).</source>
        <translation>%1: %3に%2クレジットが消えます(補充で残高は上書きされ、繰り越されません)。</translation>
    </message>
    <message>
        <source>Credit pack expiring soon</source>
        <translation>クレジットパックの期限が近づいています</translation>
    </message>
    <message>
        <source>%1 pack credits expire at %2.</source>
        <translation>パックの%1クレジットが%2に期限切れになります。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Part of your CreditFuel data file is damaged.</source>
        <translation>CreditFuel のデータファイルの一部が壊れています。</translation>
    </message>
    <message>
        <source>Your backups are checked and safe. To go back to the newest good one, open Settings &gt; Data and choose Restore selected. Nothing has been deleted.</source>
        <translation>バックアップは確認済みで無事です。最新の正常なバックアップに戻すには、「設定」&gt;「データ」を開いて「選んだバックアップを復元」を選んでください。何も削除していません。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Daily burn chart</source>
        <translation>1日ごとの消費グラフ</translation>
    </message>
    <message>
        <source>%1 credits over %2 days</source>
        <translation>%2日間で %1クレジット</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation>まもなく</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Before an update</source>
        <translation>更新の前</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>選んだバックアップを復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>An export holds everything: to keep a copy elsewhere or to move to another computer. Importing an export adds the logs that are not here yet and never removes any.</source>
        <translation>エクスポートにはすべてのデータが入ります。別の場所に控えを残したり、別のパソコンへ移したりするときに使います。エクスポートを取り込むと、まだここにない記録だけが追加され、今ある記録が消えることはありません。</translation>
    </message>
    <message>
        <source>Export everything (&amp;JSON)…</source>
        <translation>JSON ですべてを書き出す(&amp;J)…</translation>
    </message>
    <message>
        <source>Export for spreadsheets (C&amp;SV)…</source>
        <translation>CSV で表計算ソフト用に書き出す(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>書き出しと取り込み</translation>
    </message>
    <message>
        <source>CreditFuel makes a checked backup each day something changed, and before every update, restore and import.</source>
        <translation>CreditFuel は、変更があった日には毎日、またアプリの更新・復元・取り込みの前にも、検査済みのバックアップを作ります。</translation>
    </message>
    <message>
        <source>Backups are kept in: %1</source>
        <translation>バックアップの保存場所: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>(%1 more problems in the same file.)</source>
        <translation>(同じファイルにほかにも %1件の問題があります。)</translation>
    </message>
    <message>
        <source>This could not be done, and nothing was changed.</source>
        <translation>この操作はできませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation>バックアップを保存し、検査しました: %1</translation>
    </message>
    <message>
        <source>Go back to the backup from %1?</source>
        <translation>%1 のバックアップに戻しますか?</translation>
    </message>
    <message>
        <source>First, your data as it is now is saved as a “Before a restore” backup. Then the chosen backup replaces it: logs made after it will no longer show.</source>
        <translation>まず、今のデータを「復元の前」のバックアップとして保存します。そのあと、選んだバックアップで置き換えます。そのバックアップより後の記録は表示されなくなります。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Nothing is deleted: to return, restore the “Before a restore” backup.</source>
        <translation>何も削除されません。元に戻すには「復元の前」のバックアップを復元してください。</translation>
    </message>
    <message>
        <source>CreditFuel — Restore a backup</source>
        <translation>CreditFuel — バックアップの復元</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元する(&amp;R)</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>%1 のバックアップを復元しました。</translation>
    </message>
    <message>
        <source>Your data from before is kept as the newest “Before a restore” backup.</source>
        <translation>復元前のデータは、最新の「復元の前」のバックアップとして残してあります。</translation>
    </message>
    <message>
        <source>The old data file could not be read; it was kept aside as “%1”.</source>
        <translation>元のデータファイルは読み取れなかったため、「%1」として別に保管しました。</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>すべてを書き出す</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export for spreadsheets</source>
        <translation>表計算ソフト用に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Log entries in the file: %1.</source>
        <translation>ファイル内の記録: %1件。</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>エクスポートを取り込む</translation>
    </message>
    <message>
        <source>CreditFuel exports (*.json *.csv);;All files (*)</source>
        <translation>CreditFuel のエクスポート (*.json *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New logs added: %1. Already here: %2.</source>
        <translation>新しい記録を %1件追加しました。既にあった記録: %2件。</translation>
    </message>
    <message>
        <source>%1 logs in the file have the id of a different log here; the one here was kept.</source>
        <translation>ファイル内の%1件の記録が、ここにある別の記録と同じ ID です。ここにある記録を残しました。</translation>
    </message>
    <message>
        <source>Meters added: %1.</source>
        <translation>追加したメーター: %1個。</translation>
    </message>
    <message>
        <source>Meters merged with one of the same name here: %1.</source>
        <translation>こちらの同じ名前のメーターにまとめたもの: %1個。</translation>
    </message>
    <message>
        <source>Team rules added: %1.</source>
        <translation>追加したチームルール: %1件。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>To undo this import, restore the newest “Before an import” backup.</source>
        <translation>この取り込みを取り消すには、最新の「取り込みの前」のバックアップを復元してください。</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>A few details</source>
        <translation>もう少しだけ教えてください</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>準備ができました</translation>
    </message>
    <message>
        <source>The fuel gauge lives in the system tray. Click it for your meters and Quick log; right-click it for every action.</source>
        <translation>燃料ゲージはシステムトレイにあります。クリックするとメーターとクイック記録、右クリックですべての操作が使えます。</translation>
    </message>
    <message>
        <source>&amp;Read my Genspark balance automatically (with my own API key): set it up when I press Finish</source>
        <translation>Genspark の残高を自動で読み取る(自分の API キーを使用): 「完了」を押したら設定する(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation>%1: 現在 %2。</translation>
    </message>
    <message>
        <source>Next refill %1 (in %2).</source>
        <translation>次の補充は %1(あと %2)。</translation>
    </message>
</context>
<context>
    <name>EditLogDialog</name>
    <message>
        <source>Edit log</source>
        <translation>記録の編集</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>クレジット(&amp;C):</translation>
    </message>
    <message>
        <source>Size (seconds, pages or images)</source>
        <translation>サイズ(秒数・ページ数・画像数)</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation>案件・クライアント</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>案件(&amp;P):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the edit</source>
        <translation>編集を保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>CreditFuel</source>
        <translation>CreditFuel</translation>
    </message>
    <message>
        <source>Something went wrong, but nothing you saved was lost.</source>
        <translation>問題が発生しましたが、保存したデータは失われていません。</translation>
    </message>
    <message>
        <source>CreditFuel keeps running. If this happens again, the details are in this file (you can send it with a question):
%1</source>
        <translation>CreditFuel はこのまま動き続けます。また起きた場合は、このファイルに詳しい内容があります(問い合わせのときに送ってください):
%1</translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <source>This desktop has no system tray (notification area) yet, so CreditFuel shows its gauge in this window. When a tray appears, the icon moves there. Closing this window hides it (start CreditFuel again to bring it back).</source>
        <translation>このデスクトップにはまだシステムトレイ(通知領域)がないため、CreditFuel はこのウィンドウにゲージを表示しています。トレイが現れると、アイコンはそちらに移ります。このウィンドウを閉じると隠れます(CreditFuel をもう一度起動すると戻ります)。</translation>
    </message>
    <message>
        <source>&amp;Quit CreditFuel</source>
        <translation>CreditFuel を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Credits refilled: %1</source>
        <translation>クレジットが補充されました: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>案件(&amp;J):</translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation>案件・クライアント</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>メーター(&amp;M):</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>メーター</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>メンバー(&amp;B):</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;Search notes:</source>
        <translation>メモを検索(&amp;S):</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>メモを検索</translation>
    </message>
    <message>
        <source>Words in a note</source>
        <translation>メモの中の言葉</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去90日</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>すべての案件</translation>
    </message>
    <message>
        <source>All meters</source>
        <translation>すべてのメーター</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CreditFuel — Welcome</source>
        <translation>CreditFuel — ようこそ</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation>あなたのタイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Price per credit, in the currency below (0: not set):</source>
        <translation>1クレジットあたりの価格(下の通貨で。0: 未設定)(&amp;P):</translation>
    </message>
    <message>
        <source>On the tray &amp;icon, show:</source>
        <translation>トレイの&amp;アイコンに表示:</translation>
    </message>
    <message>
        <source>Money per client job: divide the plan&apos;s price by its monthly credits. Example: ¥3,000 for 10,000 credits is ¥0.3 per credit.</source>
        <translation>案件ごとの金額: プランの料金を月間クレジットで割った値を入れます。例: 10,000クレジットで 3,000円なら、1クレジットあたり 0.3円です。</translation>
    </message>
    <message>
        <source>only the gauge</source>
        <translation>ゲージのみ</translation>
    </message>
    <message>
        <source>credits left</source>
        <translation>残りクレジット</translation>
    </message>
    <message>
        <source>percent left</source>
        <translation>残りの割合(%)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Start CreditFuel when I log in</source>
        <translation>ログイン時に CreditFuel を起動する(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>CreditFuel — Fuel history</source>
        <translation>CreditFuel — 燃料の履歴</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去90日</translation>
    </message>
    <message>
        <source>This billing month</source>
        <translation>今月の請求期間</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>The tasks of this period, for Excel or a client</source>
        <translation>この期間の作業を書き出します(Excel やクライアント向け)</translation>
    </message>
    <message>
        <source>&amp;Ledger…</source>
        <translation>記録の一覧(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the list of every log</source>
        <translation>すべての記録の一覧を開く</translation>
    </message>
    <message>
        <source>Will it last until the refill?</source>
        <translation>補充まで持ちますか?</translation>
    </message>
    <message>
        <source>Wasted credits</source>
        <translation>無駄になったクレジット</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>目安</translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation>ふだんの幅</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>無駄</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation>案件・クライアント</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>履歴の表示</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>By &amp;task</source>
        <translation>作業別(&amp;T)</translation>
    </message>
    <message>
        <source>By &amp;client</source>
        <translation>クライアント別(&amp;C)</translation>
    </message>
    <message>
        <source>Working out your figures…</source>
        <translation>数値を計算しています…</translation>
    </message>
    <message>
        <source>Nothing logged in this period yet. Log tasks with Quick log and they show up here.</source>
        <translation>この期間の記録はまだありません。クイック記録で作業を記録すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>%1 on %2 tasks in %3 days; %4 wasted (%5).</source>
        <translation>%3日間で %2件、%1を使いました。うち無駄になった分は %4(%5)。</translation>
    </message>
    <message>
        <source>Not enough history yet: the chart fills in as you log tasks.</source>
        <translation>まだ履歴が足りません。作業を記録するとグラフが埋まっていきます。</translation>
    </message>
    <message>
        <source>%1: not enough history yet to forecast.</source>
        <translation>%1: 見積もるにはまだ履歴が足りません。</translation>
    </message>
    <message>
        <source>%1: about %2 a day.</source>
        <translation>%1: 1日あたり約 %2。</translation>
    </message>
    <message>
        <source>At this pace it runs dry %1 (in %2), before the refill.</source>
        <translation>このペースだと補充の前、%1(あと %2)に尽きます。</translation>
    </message>
    <message>
        <source>It lasts until the refill.</source>
        <translation>補充まで持ちます。</translation>
    </message>
    <message>
        <source>About %1 will be left unused and lost at the refill.</source>
        <translation>約 %1が使われないまま、補充のときに消えます。</translation>
    </message>
    <message>
        <source>No meter is set up yet.</source>
        <translation>メーターがまだ設定されていません。</translation>
    </message>
    <message>
        <source>Not enough history yet.</source>
        <translation>まだ履歴が足りません。</translation>
    </message>
    <message>
        <source>No failed, retaken or abandoned runs. Well done.</source>
        <translation>失敗・やり直し・中止はありません。順調です。</translation>
    </message>
    <message>
        <source>%1 of %2 went on failed, retaken or abandoned runs (%3).</source>
        <translation>%2のうち %1が失敗・やり直し・中止に使われました(%3)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 wasted %2 (%3 of its credits).</source>
        <translation>%1で無駄になった分: %2(%1全体の %3)。</translation>
    </message>
    <message>
        <source>typical figures</source>
        <translation>一般的な目安</translation>
    </message>
    <message>
        <source>mostly typical figures (%1 runs)</source>
        <translation>ほぼ一般的な目安(記録 %1件)</translation>
    </message>
    <message>
        <source>your last %1 runs</source>
        <translation>直近の記録 %1件</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(案件なし)</translation>
    </message>
    <message>
        <source>Money appears once you set what credits cost you (Settings &gt; General).</source>
        <translation>クレジットの単価を設定すると金額が表示されます(設定 &gt; 全般)。</translation>
    </message>
    <message>
        <source>Money at %1 per 1,000 credits.</source>
        <translation>1,000クレジットあたり %1で計算しています。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation>金額(%1)</translation>
    </message>
    <message>
        <source>Saved %1 tasks to %2.</source>
        <translation>%1件を %2に保存しました。</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>履歴を CSV に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>KindsTab</name>
    <message>
        <source>Typical figures are a starting point; as you log tasks, your own costs replace them in estimates and warnings. You can log any other kind of task by typing its name.</source>
        <translation>一般的な目安は最初の手がかりです。作業を記録していくと、見積もりや警告にはあなた自身の実績が使われます。ほかの種類の作業も、名前を入力すれば記録できます。</translation>
    </message>
    <message>
        <source>Task kinds</source>
        <translation>作業の種類</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Typical figures</source>
        <translation>一般的な目安</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなたの実績</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>サイズの単位</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>working out…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>%1 (%2 runs)</source>
        <translation>%1(%2件)</translation>
    </message>
    <message>
        <source>%1 (high-octane)</source>
        <translation>%1(ハイオク)</translation>
    </message>
    <message>
        <source>%1–%2, usually %3</source>
        <translation>%1〜%2、目安 %3</translation>
    </message>
</context>
<context>
    <name>LearnedRefill</name>
    <message>
        <source>&amp;Use what the readings saw</source>
        <translation>読み取り結果に合わせる(&amp;U)</translation>
    </message>
    <message>
        <source>Done: the meter now refills as the readings saw.</source>
        <translation>完了しました。メーターは読み取りで確認した補充に合わせました。</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Balance read</source>
        <translation>読み取った残高</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>残高の設定</translation>
    </message>
    <message>
        <source>Pack bought</source>
        <translation>パックの購入</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>補正</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>メーター</translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation>案件・クライアント</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Edited: this log was corrected; Undo brings back what it was.</source>
        <translation>編集済み: この記録は修正されています。取り消すと元の内容に戻ります。</translation>
    </message>
    <message>
        <source>Exporting… %1 logs so far.</source>
        <translation>エクスポートしています… これまでに%1件。</translation>
    </message>
    <message>
        <source>CreditFuel — Ledger</source>
        <translation>CreditFuel — 記録の一覧</translation>
    </message>
    <message>
        <source>Balances now</source>
        <translation>現在の残高</translation>
    </message>
    <message>
        <source>Logs, newest first</source>
        <translation>記録(新しい順)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected logs</source>
        <translation>選んだ記録を削除</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit or delete</source>
        <translation>直前の編集または削除を取り消す</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the logs shown as CSV</source>
        <translation>表示中の記録を CSV でエクスポート</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Excel でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the logs shown as an Excel workbook</source>
        <translation>表示中の記録を Excel ブックでエクスポート</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the ledger</source>
        <translation>記録の一覧を閉じる</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>削除 (Del)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>取り消す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Only tasks can be edited. To change a balance, a pack or a correction, delete it and enter it again.</source>
        <translation>編集できるのは作業の記録だけです。残高・パック・補正を変えるには、削除してから入力し直してください。</translation>
    </message>
    <message>
        <source>Edited: %1.</source>
        <translation>編集しました: %1。</translation>
    </message>
    <message>
        <source>Delete logs</source>
        <translation>記録の削除</translation>
    </message>
    <message>
        <source>Delete this log? %1</source>
        <translation>この記録を削除しますか? %1</translation>
    </message>
    <message>
        <source>Delete these %1 logs?</source>
        <translation>この%1件の記録を削除しますか?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z で取り消せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Deleted %1 logs.</source>
        <translation>%1件の記録を削除しました。</translation>
    </message>
    <message>
        <source>Deleted 1 log.</source>
        <translation>1件の記録を削除しました。</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z で取り消せます。</translation>
    </message>
    <message>
        <source>Nothing to undo here.</source>
        <translation>ここで取り消せるものはありません。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export the logs shown as Excel</source>
        <translation>表示中の記録を Excel でエクスポート</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>エクスポートをまだ書き込んでいます。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>記録の一覧</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved %1 logs to %2.</source>
        <translation>%1件の記録を %2 に保存しました。</translation>
    </message>
    <message>
        <source>balance %1 on %2</source>
        <translation>%2の残高 %1</translation>
    </message>
    <message>
        <source>pack of %1</source>
        <translation>%1のパック</translation>
    </message>
    <message>
        <source>correction %1 on %2</source>
        <translation>%2の補正 %1</translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>現在の残高: %1</translation>
    </message>
</context>
<context>
    <name>MeterCard</name>
    <message>
        <source>Why didn&apos;t my credits come back?</source>
        <translation>クレジットが戻らないのはなぜ?</translation>
    </message>
    <message>
        <source>Set balance…</source>
        <translation>残高を設定…</translation>
    </message>
    <message>
        <source>doesn&apos;t add up</source>
        <translation>残高が合いません</translation>
    </message>
    <message>
        <source>The logs don&apos;t add up: set the balance</source>
        <translation>記録と残高が合いません: 残高を設定してください</translation>
    </message>
    <message>
        <source>Doesn&apos;t add up — set the balance…</source>
        <translation>残高が合いません — 残高を設定…</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%2のうち残り%1</translation>
    </message>
    <message>
        <source>Why didn&apos;t %1 come back?</source>
        <translation>%1が戻らないのはなぜ?</translation>
    </message>
    <message>
        <source>Set the balance of %1</source>
        <translation>%1 の残高を設定</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>every day %1 (%2)</source>
        <translation>毎日 %1(%2)</translation>
    </message>
    <message>
        <source>every %1 %2 (%3)</source>
        <translation>毎週%1曜 %2(%3)</translation>
    </message>
    <message>
        <source>day %1 of each month %2 (%3)</source>
        <translation>毎月%1日 %2(%3)</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>%1時間ごと</translation>
    </message>
    <message>
        <source>%1 h window from first use</source>
        <translation>最初の利用から%1時間の枠</translation>
    </message>
    <message>
        <source>never</source>
        <translation>補充なし</translation>
    </message>
    <message>
        <source>leftover carries over</source>
        <translation>残りは繰り越し</translation>
    </message>
    <message>
        <source>leftover is lost</source>
        <translation>残りは消える</translation>
    </message>
    <message>
        <source>Remove meter %1? Its past logs stay; you can undo this.</source>
        <translation>メーター %1 を削除しますか?これまでの記録は残り、あとで元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>%1 を削除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 を元に戻しました。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Balance set. Cancel takes it back.</source>
        <translation>残高を設定しました。キャンセルすると元に戻ります。</translation>
    </message>
</context>
<context>
    <name>MetersTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Credits per refill:</source>
        <translation>1回の補充量(&amp;C):</translation>
    </message>
    <message>
        <source>Refill &amp;time:</source>
        <translation>補充時刻(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation>請求日(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>曜日(&amp;W):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>At a refill:</source>
        <translation>補充のとき:</translation>
    </message>
    <message>
        <source>Ca&amp;p (0: none):</source>
        <translation>上限(&amp;P)(0: なし):</translation>
    </message>
    <message>
        <source>&amp;Save meter</source>
        <translation>メーターを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>メーター</translation>
    </message>
    <message>
        <source>Remo&amp;ve meter…</source>
        <translation>メーターを削除(&amp;V)…</translation>
    </message>
    <message>
        <source>Set &amp;balance…</source>
        <translation>残高を設定(&amp;B)…</translation>
    </message>
    <message>
        <source>Selected meter</source>
        <translation>選んだメーター</translation>
    </message>
    <message>
        <source>Purchased packs</source>
        <translation>購入したパック</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>有効期限(&amp;X)</translation>
    </message>
    <message>
        <source>Add p&amp;ack</source>
        <translation>パックを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Cr&amp;edits:</source>
        <translation>クレジット(&amp;E):</translation>
    </message>
    <message>
        <source>The buttons on this tab act at once; Undo or Cancel takes their changes back.</source>
        <translation>このタブのボタンはすぐに反映されます。取り消すかキャンセルすると、変更は元に戻ります。</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>メーター</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>補充</translation>
    </message>
    <message>
        <source>At a refill</source>
        <translation>補充のとき</translation>
    </message>
    <message>
        <source>the leftover is lost (overwrite)</source>
        <translation>残りは消える(上書き)</translation>
    </message>
    <message>
        <source>the leftover carries over</source>
        <translation>残りは繰り越す</translation>
    </message>
    <message>
        <source>Saved. Balances are recomputed with the new rule.</source>
        <translation>保存しました。新しいルールで残高を計算し直します。</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1、残り %2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>No pack bought.</source>
        <translation>購入したパックはありません。</translation>
    </message>
</context>
<context>
    <name>OfferWindow</name>
    <message>
        <source>&amp;Not a task</source>
        <translation>作業ではない(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>あとで(&amp;L)</translation>
    </message>
    <message>
        <source>CreditFuel — reading</source>
        <translation>CreditFuel — 残高の読み取り</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Full: the window starts with your next task</source>
        <translation>満タン: 次の作業から時間枠が始まります</translation>
    </message>
    <message>
        <source>No automatic refill</source>
        <translation>自動補充なし</translation>
    </message>
    <message>
        <source>Refills in %1 · %2</source>
        <translation>あと%1で補充 · %2</translation>
    </message>
    <message>
        <source>No meter yet. Open Settings to pick your plan.</source>
        <translation>メーターがまだありません。設定を開いてプランを選んでください。</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>数値を更新しています…</translation>
    </message>
    <message>
        <source>CreditFuel panel</source>
        <translation>CreditFuel パネル</translation>
    </message>
    <message>
        <source>Your meters, refill times and actions</source>
        <translation>メーター、補充の時刻、操作</translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation>クイック記録(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Before I start…</source>
        <translation>始める前に(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Pack: %1 credits left, expires %2</source>
        <translation>パック: 残り%1クレジット(%2に期限切れ)</translation>
    </message>
    <message>
        <source>Pack: %1 credits left</source>
        <translation>パック: 残り%1クレジット</translation>
    </message>
    <message>
        <source>Used today: %1 credits</source>
        <translation>今日の使用: %1クレジット</translation>
    </message>
    <message>
        <source>Range: not enough history yet (log a few tasks)</source>
        <translation>この残高でできること: まだ履歴が足りません(作業をいくつか記録してください)</translation>
    </message>
    <message>
        <source>Range: ≈ %1</source>
        <translation>この残高でできること: 約 %1</translation>
    </message>
    <message>
        <source>%1 chat</source>
        <translation>チャット%1回</translation>
    </message>
    <message>
        <source>%1 chats</source>
        <translation>チャット%1回</translation>
    </message>
    <message>
        <source>%1 slide deck</source>
        <translation>スライド%1件</translation>
    </message>
    <message>
        <source>%1 slide decks</source>
        <translation>スライド%1件</translation>
    </message>
    <message>
        <source>%1 sheet</source>
        <translation>シート%1件</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>シート%1件</translation>
    </message>
    <message>
        <source>%1 Sparkpage</source>
        <translation>Sparkpage %1件</translation>
    </message>
    <message>
        <source>%1 Sparkpages</source>
        <translation>Sparkpage %1件</translation>
    </message>
    <message>
        <source>%1 research run</source>
        <translation>リサーチ%1回</translation>
    </message>
    <message>
        <source>%1 research runs</source>
        <translation>リサーチ%1回</translation>
    </message>
    <message>
        <source>%1 image set</source>
        <translation>画像%1セット</translation>
    </message>
    <message>
        <source>%1 image sets</source>
        <translation>画像%1セット</translation>
    </message>
    <message>
        <source>%1 video</source>
        <translation>動画%1本</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>動画%1本</translation>
    </message>
    <message>
        <source>%1 AI Developer task</source>
        <translation>AI開発%1件</translation>
    </message>
    <message>
        <source>%1 AI Developer tasks</source>
        <translation>AI開発%1件</translation>
    </message>
    <message>
        <source>%1 agent session</source>
        <translation>エージェント%1回</translation>
    </message>
    <message>
        <source>%1 agent sessions</source>
        <translation>エージェント%1回</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%2 %1回</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Which plan are you on?</source>
        <translation>どのプランを使っていますか?</translation>
    </message>
    <message>
        <source>Pick the closest one: every figure can be changed later.</source>
        <translation>いちばん近いものを選んでください。数値はあとで変更できます。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>プラン(&amp;P):</translation>
    </message>
    <message>
        <source>Figures from: %1.</source>
        <translation>数値の出典: %1</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>A switch is made at once: the new plan&apos;s meters replace the old ones from now on (your history, estimates and packs stay). Undo or Cancel takes it back.</source>
        <translation>切り替えはすぐに反映されます: 今後は新しいプランのメーターが古いメーターに代わります(履歴・見積もり・パックはそのまま残ります)。取り消すかキャンセルすると元に戻ります。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>プラン(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Undo the switch</source>
        <translation>切り替えを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Add this plan&apos;s meters</source>
        <translation>このプランのメーターを追加(&amp;A)</translation>
    </message>
    <message>
        <source>your own meters</source>
        <translation>自分で作ったメーター</translation>
    </message>
    <message>
        <source>Your plan now: %1 (meters: %2).</source>
        <translation>今のプラン: %1(メーター: %2)。</translation>
    </message>
    <message>
        <source>&amp;Switch to this plan</source>
        <translation>このプランに切り替える(&amp;S)</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>%1 に切り替えました。</translation>
    </message>
    <message>
        <source>The switch was taken back.</source>
        <translation>切り替えを取り消しました。</translation>
    </message>
    <message>
        <source>No meter yet: pick your plan below.</source>
        <translation>メーターはまだありません。下でプランを選んでください。</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No figures for “%1” yet: its cost is unknown.</source>
        <translation>「%1」の記録がまだないため、消費量がわかりません。</translation>
    </message>
    <message>
        <source>You have not logged this kind of task yet: typical figures are used.</source>
        <translation>この種類の作業はまだ記録がないため、一般的な目安を使っています。</translation>
    </message>
    <message>
        <source>Only %1 of your own runs so far: mostly typical figures.</source>
        <translation>あなたの記録はまだ %1件のため、ほぼ一般的な目安です。</translation>
    </message>
    <message>
        <source>%1 runs failed lately (%2%); a failure still costs about %3.</source>
        <translation>最近 %1回失敗しています(%2%)。失敗してもおよそ %3 消費します。</translation>
    </message>
    <message>
        <source>No meter is set up, so the balance is unknown.</source>
        <translation>メーターが未設定のため、残高がわかりません。</translation>
    </message>
    <message>
        <source>A usual run (%1) costs more than the %2 you have.</source>
        <translation>いつもの消費(%1)が、今の残高 %2を上回ります。</translation>
    </message>
    <message>
        <source>Even a full refill (%1) is less than this task needs (%2): waiting will not be enough. Buy a pack or move to a bigger plan.</source>
        <translation>満タンまで補充されても(%1)この作業に必要な量(%2)に足りません。待っても足りないので、パックを購入するか、上位プランへの変更を検討してください。</translation>
    </message>
    <message>
        <source>If it runs high (%1) it will not fit in the %2 you have.</source>
        <translation>多めにかかると(%1)、今の残高 %2では足りません。</translation>
    </message>
    <message>
        <source>At your usual pace the credits run out before the next refill.</source>
        <translation>いつものペースだと、次の補充の前にクレジットが尽きます。</translation>
    </message>
    <message>
        <source>Team rule: tasks over %1 need approval; this one usually costs %2.</source>
        <translation>チームルール: %1を超える作業は承認が必要です。この作業はふだん %2 かかります。</translation>
    </message>
    <message>
        <source>Team rule: tasks over %1 need approval; this one can reach %2.</source>
        <translation>チームルール: %1を超える作業は承認が必要です。この作業は %2に達することがあります。</translation>
    </message>
    <message>
        <source>A team rule for %1 counts runs per project: name the project.</source>
        <translation>%1のチームルールは案件ごとに回数を数えます。案件名を入力してください。</translation>
    </message>
    <message>
        <source>Team rule: each project gets %2 %1 run(s) without approval; “%3” already has %4.</source>
        <translation>チームルール: %1は案件ごとに%2回まで承認なしで実行できます。「%3」はすでに%4回です。</translation>
    </message>
    <message>
        <source>Better not start this now</source>
        <translation>今は始めないほうがよさそうです</translation>
    </message>
    <message>
        <source>Team budget: %1 may use %2% of the month (%3); %4 used, this adds %5.</source>
        <translation>チームの予算: %1は月の %2%(%3)まで。使用済み %4、この作業で %5 増えます。</translation>
    </message>
    <message>
        <source>Team budget for “%1”: %2 a month; %3 used, this adds %4.</source>
        <translation>「%1」の予算: 月 %2まで。使用済み %3、この作業で %4 増えます。</translation>
    </message>
    <message>
        <source>Team rule for %1: %2 per project; “%3” already has %4.</source>
        <translation>%1のチームルール: 案件ごとに %2まで。「%3」はすでに %4回です。</translation>
    </message>
    <message>
        <source>%1 top-up packs this month: a bigger plan is likely cheaper.</source>
        <translation>今月のパックは %1回です。上位プランの方が安くなりそうです。</translation>
    </message>
    <message>
        <source>A team rule could not be checked (its settings look damaged).</source>
        <translation>チームルールを確認できませんでした(設定が壊れているようです)。</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1回</translation>
    </message>
    <message>
        <source>Fine to start</source>
        <translation>始めて大丈夫です</translation>
    </message>
    <message>
        <source>Careful: read this first</source>
        <translation>注意: 始める前に確認してください</translation>
    </message>
    <message>
        <source>Needs a lead&apos;s approval</source>
        <translation>リーダーの承認が必要です</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>CreditFuel — Before I start…</source>
        <translation>CreditFuel — 始める前に…</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>作業(&amp;T):</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>optional; team rules count runs per project</source>
        <translation>任意。チームルールは案件ごとに回数を数えます</translation>
    </message>
    <message>
        <source>&amp;Project / client:</source>
        <translation>案件・クライアント(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Ask for approval</source>
        <translation>承認を依頼(&amp;A)</translation>
    </message>
    <message>
        <source>Copies a request with the figures, to paste to your lead</source>
        <translation>見積もりを添えた依頼文をコピーします。リーダーに貼り付けて送ってください</translation>
    </message>
    <message>
        <source>&amp;Log it anyway</source>
        <translation>このまま記録(&amp;L)</translation>
    </message>
    <message>
        <source>The task already ran: record what it cost</source>
        <translation>作業はもう終わっている: かかった分を記録します</translation>
    </message>
    <message>
        <source>Name the task to check it.</source>
        <translation>確認する作業を入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1(%2%3)</translation>
    </message>
    <message>
        <source>%1: no estimate yet.</source>
        <translation>%1: まだ見積もりがありません。</translation>
    </message>
    <message>
        <source>%1 usually costs you %2–%3 credits (typically %4).</source>
        <translation>%1の見積もり: %2〜%3クレジット(目安 %4)。</translation>
    </message>
    <message>
        <source>Balance unknown: no meter is set up.</source>
        <translation>メーターが未設定のため、残高がわかりません。</translation>
    </message>
    <message>
        <source>You have %1 now: a usual run would leave you %2 short.</source>
        <translation>現在の残高は %1。いつもの消費だと %2 足りません。</translation>
    </message>
    <message>
        <source>You have %1 now; after it about %2 (%3 if it runs high).</source>
        <translation>現在の残高は %1。実行後はおよそ %2(多めにかかると %3)。</translation>
    </message>
    <message>
        <source>Next refill: %1 (in %2).</source>
        <translation>次の補充: %1(あと %2)。</translation>
    </message>
    <message>
        <source>No refill is scheduled.</source>
        <translation>補充の予定はありません。</translation>
    </message>
    <message>
        <source>Even then it will not be enough: a pack or a bigger plan is.</source>
        <translation>補充されても足りません。パックか上位プランが必要です。</translation>
    </message>
    <message>
        <source>From typical figures only: you have not logged a %1 yet.</source>
        <translation>一般的な目安だけで計算しています。%1の記録はまだありません。</translation>
    </message>
    <message>
        <source>Mostly typical figures: only %1 of your own %2 runs so far.</source>
        <translation>ほぼ一般的な目安で計算しています。あなたの%2の記録はまだ %1件です。</translation>
    </message>
    <message>
        <source>From your last %1 %2 runs.</source>
        <translation>あなたの直近の%2 %1件から計算しています。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation>それでも開始(&amp;S)</translation>
    </message>
    <message>
        <source>Approval request: %1</source>
        <translation>承認のお願い: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>案件: %1</translation>
    </message>
    <message>
        <source>Estimate: %1–%2 credits (typically %3)</source>
        <translation>見積もり: %1〜%2クレジット(目安 %3)</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>現在の残高: %1</translation>
    </message>
    <message>
        <source>The request is copied: paste it to your lead.</source>
        <translation>依頼文をコピーしました。リーダーに貼り付けて送ってください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <source>Credits per refill</source>
        <translation>1回の付与量(クレジット)</translation>
    </message>
    <message>
        <source>&amp;Credits per refill:</source>
        <translation>1回の補充量(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Billing day of the month:</source>
        <translation>毎月の請求日(&amp;B):</translation>
    </message>
    <message>
        <source>The day your plan renews each month (see your receipt). On the 29th-31st, short months use their last day.</source>
        <translation>プランが毎月更新される日です(領収書で確認できます)。29〜31日の場合、短い月は月末日になります。</translation>
    </message>
    <message>
        <source>How many credits do you &amp;have now?</source>
        <translation>今のクレジット数は?(&amp;H)</translation>
    </message>
    <message>
        <source>The balance the site shows today. Full if you just renewed.</source>
        <translation>サイトに今日表示されている残高です。更新したばかりなら満タンです。</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>The zone your account is set to; the refill time follows it. Type a city to find it, e.g. Tokyo.</source>
        <translation>アカウントに設定されているタイムゾーンです。補充時刻はこれに従います。都市名(例: Tokyo)を入力すると探せます。</translation>
    </message>
    <message>
        <source>%1 (most accounts)</source>
        <translation>%1(多くのアカウント)</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>その他(&amp;O):</translation>
    </message>
    <message>
        <source>Not sure? Keep the figure shown; you can change it later in Settings.</source>
        <translation>わからなければ表示のままで大丈夫です。あとで設定から変更できます。</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>%1: working out its usual cost…</source>
        <translation>%1: ふだんのコストを計算しています…</translation>
    </message>
    <message>
        <source>%1 usually costs %2–%3 credits (you have %4).</source>
        <translation>%1 はふだん %2〜%3クレジットかかります(残りは %4)。</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>CreditFuel — Quick log</source>
        <translation>CreditFuel — クイック記録</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Credits &amp;used</source>
        <translation>使ったクレジット(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Balance now</source>
        <translation>現在の残高(&amp;B)</translation>
    </message>
    <message>
        <source>Amount is:</source>
        <translation>入力する値:</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>例: 50</translation>
    </message>
    <message>
        <source>Cr&amp;edits:</source>
        <translation>クレジット(&amp;E):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Project / client:</source>
        <translation>案件・クライアント(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>メーター(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat last</source>
        <translation>前回と同じ(&amp;R)</translation>
    </message>
    <message>
        <source>Fill in the last log again (Ctrl+R)</source>
        <translation>前回の記録をもう一度入力します (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>記録(&amp;S)</translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation>いつもの順</translation>
    </message>
    <message>
        <source>%1 (Ctrl+R)</source>
        <translation>%1 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Balanc&amp;e now on %1:</source>
        <translation>%1 の現在の残高(&amp;E):</translation>
    </message>
    <message>
        <source>Balanc&amp;e now:</source>
        <translation>現在の残高(&amp;E):</translation>
    </message>
    <message>
        <source>Type a whole number of credits, like 50.</source>
        <translation>クレジット数を整数で入力してください(例: 50)。</translation>
    </message>
    <message>
        <source>“%1” is a new kind of task.</source>
        <translation>「%1」は新しい種類の作業です。</translation>
    </message>
    <message>
        <source>&amp;Create “%1” and log it</source>
        <translation>「%1」を作成して記録(&amp;C)</translation>
    </message>
    <message>
        <source>Saving as soon as the figures are up to date…</source>
        <translation>数値の更新が終わりしだい保存します…</translation>
    </message>
    <message>
        <source>Logged: %1. Press Enter to close.</source>
        <translation>記録しました: %1。Enter キーで閉じます。</translation>
    </message>
    <message>
        <source>Undone: nothing was logged.</source>
        <translation>取り消しました。記録は残っていません。</translation>
    </message>
    <message>
        <source>That log was already undone.</source>
        <translation>その記録はすでに取り消されています。</translation>
    </message>
</context>
<context>
    <name>QuickLogFixes</name>
    <message>
        <source>Set &amp;balance to %1 instead</source>
        <translation>代わりに残高を %1 に設定(&amp;B)</translation>
    </message>
    <message>
        <source>Set &amp;balance…</source>
        <translation>残高を設定(&amp;B)…</translation>
    </message>
    <message>
        <source>Balance set to %1. No task was logged.</source>
        <translation>残高を %1 に設定しました。作業は記録していません。</translation>
    </message>
</context>
<context>
    <name>ReadingLine</name>
    <message>
        <source>Read now</source>
        <translation>今すぐ読み取る</translation>
    </message>
    <message>
        <source>Usage page</source>
        <translation>利用状況ページ</translation>
    </message>
    <message>
        <source>Read the balance now</source>
        <translation>残高を今すぐ読み取る</translation>
    </message>
    <message>
        <source>Open the platform&apos;s usage page</source>
        <translation>サービスの利用状況ページを開く</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>CreditFuel — Your data file was damaged</source>
        <translation>CreditFuel — データファイルが壊れていました</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>最新のバックアップから復元</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空の状態で始める</translation>
    </message>
    <message>
        <source>CreditFuel could not read its data file, so it cannot be used as it is. Nothing was deleted: the damaged file was kept as “%1” in the same folder.</source>
        <translation>CreditFuel がデータファイルを読み取れなかったため、このままでは使えません。何も削除していません。壊れたファイルは同じフォルダーに「%1」として残してあります。</translation>
    </message>
    <message>
        <source>There is no backup to go back to. You can start with an empty ledger; if you have an export file, you can import it afterwards.</source>
        <translation>戻せるバックアップがありません。空の記録で始めることができます。エクスポートしたファイルがあれば、あとから取り込めます。</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it brings back everything logged up to then; what was logged after it is not in that backup.</source>
        <translation>使える最新のバックアップは %1 のものです。復元すると、その時点までの記録がすべて戻ります。それより後の記録はこのバックアップには含まれていません。</translation>
    </message>
    <message>
        <source>You can still start empty.</source>
        <translation>空の状態で始めることもできます。</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>バックアップを復元できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Cap per task</source>
        <translation>1作業あたりの上限</translation>
    </message>
    <message>
        <source>First run free, repeats need approval</source>
        <translation>初回は自由、2回目以降は承認</translation>
    </message>
    <message>
        <source>Monthly budget for a group of tasks</source>
        <translation>作業の分類ごとの月間予算</translation>
    </message>
    <message>
        <source>Monthly cap per project / client</source>
        <translation>案件・クライアントごとの月間上限</translation>
    </message>
    <message>
        <source>Variants per project</source>
        <translation>案件ごとのバリエーション数</translation>
    </message>
    <message>
        <source>Top-up or upgrade advice</source>
        <translation>追加購入かアップグレードかの助言</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告する</translation>
    </message>
    <message>
        <source>need approval</source>
        <translation>承認が必要</translation>
    </message>
    <message>
        <source>block</source>
        <translation>止める</translation>
    </message>
    <message>
        <source>Any task</source>
        <translation>すべての作業</translation>
    </message>
    <message>
        <source>%1 over %2: %3.</source>
        <translation>%1で %2を超える場合: %3。</translation>
    </message>
    <message>
        <source>%1: the first %2 run(s) per project are free, then %3.</source>
        <translation>%1: 案件ごとに最初の %2回までは自由、それ以降は%3。</translation>
    </message>
    <message>
        <source>%1 may use %2% of the monthly grant, then %3.</source>
        <translation>%1は月間付与量の %2% まで。超えたら%3。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Each project</source>
        <translation>各案件</translation>
    </message>
    <message>
        <source>%1 may use %2 a month, then %3.</source>
        <translation>%1は月 %2まで。超えたら%3。</translation>
    </message>
    <message>
        <source>%1: at most %2 runs per project%3, then %4.</source>
        <translation>%1: 案件ごとに最大 %2回%3。超えたら%4。</translation>
    </message>
    <message>
        <source>Suggest a bigger plan after %1 top-up packs in a month.</source>
        <translation>1か月に %1回パックを買ったら、上位プランを勧めます。</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation>ルールを削除(&amp;V)</translation>
    </message>
    <message>
        <source>Team &amp;rules (checked before each task):</source>
        <translation>チームルール(&amp;R)(作業の前に確認します):</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <source>&amp;Kind of rule:</source>
        <translation>ルールの種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>作業(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分類(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Limit (credits):</source>
        <translation>上限(クレジット)(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Share of the grant:</source>
        <translation>付与量に対する割合(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>回数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Project (empty: each):</source>
        <translation>案件(&amp;P)(空欄: 各案件):</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>ラベル(&amp;B):</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation>超えたら(&amp;H):</translation>
    </message>
    <message>
        <source>Adding or removing a rule acts at once; Cancel takes it back.</source>
        <translation>ルールの追加と削除はすぐに反映されます。「キャンセル」で元に戻せます。</translation>
    </message>
    <message>
        <source>R&amp;uns per project:</source>
        <translation>案件ごとの回数(&amp;U):</translation>
    </message>
    <message>
        <source>Packs in a &amp;month:</source>
        <translation>1か月のパック数(&amp;M):</translation>
    </message>
    <message>
        <source>Removed. Cancel brings it back.</source>
        <translation>削除しました。「キャンセル」で元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>(any task)</source>
        <translation>(すべての作業)</translation>
    </message>
    <message>
        <source>&amp;Free runs per project:</source>
        <translation>案件ごとの自由な回数(&amp;F):</translation>
    </message>
    <message>
        <source>No rules yet: every task is fine to start.</source>
        <translation>ルールはまだありません。どの作業も始めて大丈夫です。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>追加しました: %1</translation>
    </message>
</context>
<context>
    <name>SetBalanceDialog</name>
    <message>
        <source>CreditFuel — Set balance</source>
        <translation>CreditFuel — 残高の設定</translation>
    </message>
    <message>
        <source>Type the balance the site shows now. It replaces what CreditFuel counted; no task is logged.</source>
        <translation>サイトに今表示されている残高を入力してください。CreditFuel が数えた値の代わりになります。作業は記録されません。</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>メーター</translation>
    </message>
    <message>
        <source>Credits now</source>
        <translation>今のクレジット数</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>メーター(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Credits now:</source>
        <translation>今のクレジット数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Set balance</source>
        <translation>残高を設定(&amp;S)</translation>
    </message>
    <message>
        <source>CreditFuel&apos;s count doesn&apos;t add up: set the balance.</source>
        <translation>CreditFuel の計算と残高が合いません: 残高を設定してください。</translation>
    </message>
    <message>
        <source>CreditFuel counted %1 of %2.</source>
        <translation>CreditFuel の計算では %2 のうち %1 です。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CreditFuel — Settings</source>
        <translation>CreditFuel — 設定</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定の項目</translation>
    </message>
    <message>
        <source>Reading sources</source>
        <translation>読み取り元</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Meters and packs</source>
        <translation>メーターとパック</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>作業の種類</translation>
    </message>
    <message>
        <source>Team rules</source>
        <translation>チームルール</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>読み取り元</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>ログイン時の起動を変更できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>CreditFuel can read your balance itself, so the gauge stays true without typing. It reads at most every 5 minutes while a task runs or this panel is open, otherwise at most once an hour. Keys are kept only in the system keyring, never in CreditFuel&apos;s files.</source>
        <translation>CreditFuel が残高を自動で読み取るので、入力しなくてもゲージが正しく保たれます。作業中やパネルを開いている間は最短5分ごと、それ以外は最大1時間に1回だけ読み取ります。キーはシステムのキーリングにだけ保存し、CreditFuel のファイルには書きません。</translation>
    </message>
    <message>
        <source>&amp;Read now</source>
        <translation>今すぐ読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move source and key</source>
        <translation>読み取り元とキーを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Connect Genspark</source>
        <translation>Genspark に接続</translation>
    </message>
    <message>
        <source>Paste your Genspark API key</source>
        <translation>Genspark の API キーを貼り付けてください</translation>
    </message>
    <message>
        <source>Genspark API key</source>
        <translation>Genspark の API キー</translation>
    </message>
    <message>
        <source>&amp;Import from gsk…</source>
        <translation>gsk から取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Your key comes from Genspark&apos;s own command-line tool (gsk login). CreditFuel only asks Genspark for your plan and credit balance with it.</source>
        <translation>キーは Genspark 公式のコマンドラインツール(gsk login)で取得できます。CreditFuel はこのキーでプランとクレジット残高だけを問い合わせます。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Readings go to &amp;meter:</source>
        <translation>残高を入れるメーター(&amp;M):</translation>
    </message>
    <message>
        <source>Another platform: a command</source>
        <translation>ほかのサービス: コマンドで読み取る</translation>
    </message>
    <message>
        <source>A command that prints {&quot;balance&quot;: N} or a number</source>
        <translation>{&quot;balance&quot;: N} または数値を出力するコマンド</translation>
    </message>
    <message>
        <source>A&amp;dd command</source>
        <translation>コマンドを追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Comm&amp;and:</source>
        <translation>コマンド(&amp;A):</translation>
    </message>
    <message>
        <source>Readings go to m&amp;eter:</source>
        <translation>残高を入れるメーター(&amp;E):</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>読み取り元</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>メーター</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Import the key from gsk?</source>
        <translation>gsk からキーを取り込みますか?</translation>
    </message>
    <message>
        <source>CreditFuel will read the key Genspark&apos;s command-line tool uses (the GSK_API_KEY variable, or ~/.genspark-tool-cli/config.json) this once, and keep it only in the system keyring. Nothing else is read.</source>
        <translation>Genspark のコマンドラインツールが使うキー(環境変数 GSK_API_KEY、または ~/.genspark-tool-cli/config.json)を今回だけ読み取り、システムのキーリングにだけ保存します。それ以外は読み取りません。</translation>
    </message>
    <message>
        <source>No gsk key was found. Run gsk login first, or paste your key.</source>
        <translation>gsk のキーが見つかりません。先に gsk login を実行するか、キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Key found: press Connect to keep it in the keyring.</source>
        <translation>キーが見つかりました。「接続」を押すとキーリングに保存します。</translation>
    </message>
    <message>
        <source>Connected. Reading the balance now…</source>
        <translation>接続しました。残高を読み取っています…</translation>
    </message>
    <message>
        <source>Reading is not running yet.</source>
        <translation>読み取りはまだ始まっていません。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Remove this source?</source>
        <translation>この読み取り元を削除しますか?</translation>
    </message>
    <message>
        <source>Stop reading %1 and delete its key from the system keyring? Readings already recorded stay in your history.</source>
        <translation>%1 の読み取りをやめ、システムのキーリングからキーを削除しますか?記録済みの読み取りは履歴に残ります。</translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation>%1 とそのキーを削除しました。</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CreditFuel: updating the figures…</source>
        <translation>CreditFuel: 数値を更新しています…</translation>
    </message>
    <message>
        <source>CreditFuel: no meter yet. Click to set up.</source>
        <translation>CreditFuel: メーターがまだありません。クリックして設定してください。</translation>
    </message>
    <message>
        <source>doesn&apos;t add up — set the balance</source>
        <translation>残高が合いません — 残高を設定してください</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>full until your next task</source>
        <translation>次の作業まで満タン</translation>
    </message>
    <message>
        <source>no automatic refill</source>
        <translation>自動補充なし</translation>
    </message>
    <message>
        <source>refills in %1 (%2)</source>
        <translation>あと%1で補充(%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>Credits refilled: %1</source>
        <translation>クレジットが補充されました: %1</translation>
    </message>
    <message>
        <source>Credits refilled</source>
        <translation>クレジットが補充されました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quick &amp;log…</source>
        <translation>クイック記録(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Before I start…</source>
        <translation>始める前に(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Le&amp;dger…</source>
        <translation>記録の一覧(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Backups and &amp;export…</source>
        <translation>バックアップと書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;panel</source>
        <translation>パネルを表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo last log</source>
        <translation>直前の記録を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取り消しを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;ause alerts</source>
        <translation>通知を一時停止(&amp;A)</translation>
    </message>
    <message>
        <source>Ab&amp;out CreditFuel</source>
        <translation>CreditFuel について(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit CreditFuel</source>
        <translation>CreditFuelを終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>取り消せる記録はありません。</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>やり直せる操作はありません。</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>取り消しました: %1</translation>
    </message>
    <message>
        <source>Brought back: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CreditFuel</source>
        <translation>CreditFuel へようこそ</translation>
    </message>
    <message>
        <source>CreditFuel shows how many credits you have left, when they come back, and warns you before an expensive task. Three quick questions and you are set.</source>
        <translation>CreditFuel は、クレジットの残りと次に戻ってくる時刻を表示し、消費の大きい作業の前に知らせます。3つの質問に答えるだけで準備完了です。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <source>It refills every day at %1 (%2 time): %3.</source>
        <translation>毎日 %1(%2の時刻)に補充されます: %3。</translation>
    </message>
    <message>
        <source>It refills once a week, on %1 at %2 (%3 time): %4.</source>
        <translation>毎週%1の %2(%3の時刻)に補充されます: %4。</translation>
    </message>
    <message>
        <source>It refills once a month, on day %1 at %2 (%3 time): %4. There is no daily top-up in between.</source>
        <translation>毎月%1日の %2(%3の時刻)に補充されます: %4。その間に毎日の補充はありません。</translation>
    </message>
    <message>
        <source>It refills every %1 hours: %2.</source>
        <translation>%1時間ごとに補充されます: %2。</translation>
    </message>
    <message>
        <source>A %1-hour window opens at your first use after a refill; when it closes, the meter refills to %2.</source>
        <translation>補充後の最初の利用から%1時間の枠が始まり、枠が終わると %2まで補充されます。</translation>
    </message>
    <message>
        <source>It never refills by itself.</source>
        <translation>自動では補充されません。</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>CreditFuel — Why didn&apos;t my credits come back?</source>
        <translation>CreditFuel — クレジットが戻らないのはなぜ?</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>メーター(&amp;M):</translation>
    </message>
    <message>
        <source>Check the meter&apos;s &amp;settings…</source>
        <translation>メーターの設定を確認(&amp;S)…</translation>
    </message>
    <message>
        <source>Working out when its credits come back…</source>
        <translation>クレジットがいつ戻るかを計算しています…</translation>
    </message>
    <message>
        <source>No meter is set up yet.</source>
        <translation>メーターがまだ設定されていません。</translation>
    </message>
    <message>
        <source>Add your plan in Settings and CreditFuel will explain when its credits come back.</source>
        <translation>設定でプランを追加すると、クレジットがいつ戻るかを説明します。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left.</source>
        <translation>%1: %3のうち残り %2。</translation>
    </message>
    <message>
        <source>%1 (%2 in the plan&apos;s zone)</source>
        <translation>%1(プランのタイムゾーンでは %2)</translation>
    </message>
    <message>
        <source>The window has not started: it opens when you next use it, and the meter is full until then.</source>
        <translation>枠はまだ始まっていません。次に使ったときに始まり、それまでは満タンです。</translation>
    </message>
    <message>
        <source>Next refill: %1, in %2.</source>
        <translation>次の補充: %1、あと %2。</translation>
    </message>
    <message>
        <source>Leftover is not added: at %1 the balance becomes %2 whatever was left.</source>
        <translation>残りは加算されません。%1に、残りがいくつでも残高は %2になります。</translation>
    </message>
    <message>
        <source>So the %1 you have now will be gone then: use them before the refill if you can.</source>
        <translation>今ある %1はそのときに消えます。できれば補充の前に使いましょう。</translation>
    </message>
    <message>
        <source>Leftover carries over: at %1 you get %2 on top of what is left, up to %3.</source>
        <translation>残りは繰り越されます。%1に残りへ %2が加わります(上限 %3)。</translation>
    </message>
    <message>
        <source>Leftover carries over: at %1 you get %2 on top of what is left.</source>
        <translation>残りは繰り越されます。%1に残りへ %2が加わります。</translation>
    </message>
    <message>
        <source>%1 above the cap will be lost at that refill.</source>
        <translation>上限を超える %1は、その補充のときに消えます。</translation>
    </message>
    <message>
        <source>Last refill: %1. Spent since then: %2.</source>
        <translation>前回の補充: %1。それ以降の消費: %2。</translation>
    </message>
    <message>
        <source>Check the billing day in Settings &gt; Meters.</source>
        <translation>設定 &gt; メーターで請求日を確認してください。</translation>
    </message>
    <message>
        <source>Check the meter&apos;s time zone and reset time in Settings &gt; Meters.</source>
        <translation>設定 &gt; メーターでタイムゾーンと補充時刻を確認してください。</translation>
    </message>
    <message>
        <source>On %1 you logged a balance of %2, more than this meter&apos;s grant of %3. Your plan probably gives more: check the plan.</source>
        <translation>%1に記録した残高 %2は、このメーターの付与量 %3より多くなっています。実際のプランはもっと多く付与されるようです。プランを確認してください。</translation>
    </message>
    <message>
        <source>On %1 you logged %2, but by this meter&apos;s rule no refill was due until %3, so about %4 was expected. The real refill comes earlier. %5</source>
        <translation>%1に %2と記録されましたが、このメーターのルールでは %3まで補充はなく、およそ %4のはずでした。実際の補充はもっと早いようです。%5</translation>
    </message>
    <message>
        <source>On %1 you logged %2, as if the refill this meter expected at %3 had not happened yet. The real refill comes later. %4</source>
        <translation>%1に記録した %2は、このメーターが %3に見込んだ補充がまだ起きていないような値です。実際の補充はもっと遅いようです。%4</translation>
    </message>
    <message>
        <source>On %1 you logged %2, %3 less than your logs explain. Tasks that were not logged, or background jobs, use credits too.</source>
        <translation>%1に記録した %2は、記録から計算した値より %3 少なくなっています。記録していない作業やバックグラウンドの処理でもクレジットは減ります。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>スライド</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Sparkpage</source>
        <translation>Sparkpage</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>リサーチ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>AI Developer</source>
        <translation>AI開発</translation>
    </message>
    <message>
        <source>Super agent</source>
        <translation>スーパーエージェント</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>images</source>
        <translation>枚</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>資料作成</translation>
    </message>
    <message>
        <source>Images and video</source>
        <translation>画像・動画</translation>
    </message>
    <message>
        <source>Developer and agents</source>
        <translation>開発・エージェント</translation>
    </message>
    <message>
        <source>%1 credit</source>
        <translation>%1クレジット</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1クレジット</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>pack of %1</source>
        <translation>%1のパック</translation>
    </message>
    <message>
        <source>balance %1 on %2</source>
        <translation>%2 の残高 %1</translation>
    </message>
    <message>
        <source>correction %1 on %2</source>
        <translation>%2 の補正 %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>取り消す(&amp;D)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未入力</translation>
    </message>
</context>
</TS>
