<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertsTab</name>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="132"/>
        <source>Gauge turns &amp;amber below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="133"/>
        <source>Gauge turns &amp;red below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="134"/>
        <source>Warn when a meter is &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="135"/>
        <source>Warn about credits lost at a refill, &amp;hours before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="136"/>
        <source>Warn before a pack e&amp;xpires, days before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="142"/>
        <source>&amp;Pause all alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="147"/>
        <source>Each alert comes once per episode (for example once per low-balance stretch), never on every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="90"/>
        <source>Credits running low</source>
        <translation>クレジットが残りわずかです</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="93"/>
        <source>%1: %2 credits left. Next refill %3.</source>
        <translation>%1: 残り%2クレジットです。次の補充は%3です。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="96"/>
        <source>%1: %2 credits left.</source>
        <translation>%1: 残り%2クレジットです。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="98"/>
        <source>Credits may run out before the refill</source>
        <translation>補充の前にクレジットが尽きそうです</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="100"/>
        <source>%1: at your recent pace the %2 credits run out around %3.</source>
        <translation>%1: 最近のペースだと、残り%2クレジットは%3ごろに尽きます。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="106"/>
        <source>Use them or lose them</source>
        <translation>使わないと消えます</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="108"/>
        <source>%1: %2 credits vanish at %3 (the refill replaces what is left).</source>
        <translation>%1: %3に%2クレジットが消えます(補充で残高は上書きされ、繰り越されません)。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="114"/>
        <source>Credit pack expiring soon</source>
        <translation>クレジットパックの期限が近づいています</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="115"/>
        <source>%1 pack credits expire at %2.</source>
        <translation>パックの%1クレジットが%2に期限切れになります。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktopapp/ui/charts.py" line="102"/>
        <source>Daily burn chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/charts.py" line="111"/>
        <source>%1 credits over %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/charts.py" line="261"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../desktopapp/ui/countdown_text.py" line="19"/>
        <source>now</source>
        <translation>まもなく</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="288"/>
        <source>A few details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="316"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="323"/>
        <source>The fuel gauge lives in the system tray. Click it for your meters and Quick log; right-click it for every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="339"/>
        <source>%1: %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="341"/>
        <source>Next refill %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <location filename="../../desktopapp/ui/fallback_window.py" line="36"/>
        <source>This desktop has no system tray (notification area), so CreditFuel shows its gauge in this window instead. Closing it quits CreditFuel.</source>
        <translation>このデスクトップにはシステムトレイ(通知領域)がないため、CreditFuelはこのウィンドウに残量を表示します。このウィンドウを閉じるとCreditFuelは終了します。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/fallback_window.py" line="74"/>
        <source>Credits refilled: %1</source>
        <translation>クレジットが補充されました: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="372"/>
        <source>CreditFuel — Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="196"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="197"/>
        <source>Your &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="198"/>
        <source>&amp;Credits per one unit of money (0: not set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="199"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="205"/>
        <source>&amp;Start CreditFuel when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="210"/>
        <source>Money per client job: divide the plan&apos;s monthly credits by its price. Example: 10,000 credits for ¥3,000 is 3.333 credits per yen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="176"/>
        <source>CreditFuel — Fuel history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="184"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="185"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="186"/>
        <source>This billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="187"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="189"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="190"/>
        <source>The tasks of this period, for Excel or a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="204"/>
        <source>Will it last until the refill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="211"/>
        <source>Wasted credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="228"/>
        <location filename="../../desktopapp/ui/history_window.py" line="393"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="228"/>
        <location filename="../../desktopapp/ui/history_window.py" line="234"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="228"/>
        <location filename="../../desktopapp/ui/history_window.py" line="234"/>
        <location filename="../../desktopapp/ui/history_window.py" line="394"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="228"/>
        <source>Typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="229"/>
        <source>Usual range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="229"/>
        <location filename="../../desktopapp/ui/history_window.py" line="235"/>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="229"/>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="234"/>
        <location filename="../../desktopapp/ui/history_window.py" line="394"/>
        <source>Project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="235"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="247"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="248"/>
        <source>By &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="249"/>
        <source>By &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="272"/>
        <source>Nothing logged in this period yet. Log tasks with Quick log and they show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="276"/>
        <source>%1 on %2 tasks in %3 days; %4 wasted (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="284"/>
        <source>Not enough history yet: the chart fills in as you log tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="297"/>
        <source>%1: not enough history yet to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="299"/>
        <source>%1: about %2 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="303"/>
        <source>At this pace it runs dry %1 (in %2), before the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="306"/>
        <source>It lasts until the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="309"/>
        <source>About %1 will be left unused and lost at the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="315"/>
        <source>No meter is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="321"/>
        <source>Not enough history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="324"/>
        <source>No failed, retaken or abandoned runs. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="326"/>
        <source>%1 of %2 went on failed, retaken or abandoned runs (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="331"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="334"/>
        <source>%1 wasted %2 (%3 of its credits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="343"/>
        <source>typical figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="345"/>
        <source>mostly typical figures (%1 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="346"/>
        <source>your last %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="354"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="371"/>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="386"/>
        <source>Money appears once you set what credits cost you (Settings &gt; Money).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="388"/>
        <source>Money at %1 per 1,000 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="393"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="393"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="394"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="395"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="397"/>
        <source>Money (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="410"/>
        <source>Saved %1 tasks to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="418"/>
        <source>Export the history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="419"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="426"/>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindsTab</name>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="71"/>
        <source>Typical figures are a starting point; as you log tasks, your own costs replace them in estimates and warnings. You can log any other kind of task by typing its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="88"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="88"/>
        <source>Typical figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="88"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="88"/>
        <source>Size in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="89"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="100"/>
        <source>%1 (%2 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="104"/>
        <source>%1 (high-octane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="107"/>
        <source>%1–%2, usually %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterCard</name>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="107"/>
        <source>Why didn&apos;t my credits come back?</source>
        <translation>クレジットが戻らないのはなぜ?</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="118"/>
        <source>credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="118"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="119"/>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="122"/>
        <source>%1 of %2 left</source>
        <translation>%2のうち残り%1</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="125"/>
        <source>Why didn&apos;t %1 come back?</source>
        <translation>%1が戻らないのはなぜ?</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="61"/>
        <source>every day %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="65"/>
        <source>every %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="68"/>
        <source>day %1 of each month %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="71"/>
        <source>every %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="73"/>
        <source>%1 h window from first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="75"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="80"/>
        <source>leftover carries over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="81"/>
        <source>leftover is lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetersTab</name>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="181"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="182"/>
        <source>&amp;Credits per refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="183"/>
        <source>Refill &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="184"/>
        <source>&amp;Billing day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="185"/>
        <source>&amp;Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="186"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="187"/>
        <source>At a refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="188"/>
        <source>Ca&amp;p (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="196"/>
        <source>&amp;Save meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="198"/>
        <source>Remo&amp;ve meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="205"/>
        <source>Selected meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="208"/>
        <source>Purchased packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="216"/>
        <source>E&amp;xpires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="224"/>
        <source>Add p&amp;ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="229"/>
        <source>Cr&amp;edits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="258"/>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="258"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="258"/>
        <source>Refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="258"/>
        <source>At a refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="259"/>
        <source>the leftover is lost (overwrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="260"/>
        <source>the leftover carries over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="358"/>
        <source>Saved. Balances are recomputed with the new rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="373"/>
        <source>%1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="375"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="379"/>
        <source>No pack bought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="131"/>
        <source>Full: the window starts with your next task</source>
        <translation>満タン: 次のタスクから時間枠が始まります</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="133"/>
        <source>No automatic refill</source>
        <translation>自動補充なし</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="136"/>
        <source>Refills in %1 · %2</source>
        <translation>あと%1で補充 · %2</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="169"/>
        <source>No meter yet. Open Settings to pick your plan.</source>
        <translation>メーターがまだありません。設定を開いてプランを選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="191"/>
        <source>&amp;Quick log</source>
        <translation>クイック記録(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="192"/>
        <source>&amp;Before I start…</source>
        <translation>始める前に(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="193"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="194"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="241"/>
        <source>Pack: %1 credits left, expires %2</source>
        <translation>パック: 残り%1クレジット(%2に期限切れ)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="247"/>
        <source>Pack: %1 credits left</source>
        <translation>パック: 残り%1クレジット</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="253"/>
        <source>Used today: %1 credits</source>
        <translation>今日の使用: %1クレジット</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="260"/>
        <source>Range: not enough history yet</source>
        <translation>この残高でできること: まだ履歴が足りません</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="267"/>
        <source>Range: not enough history yet (log a few tasks)</source>
        <translation>この残高でできること: まだ履歴が足りません(タスクをいくつか記録してください)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="269"/>
        <source>Range: ≈ %1</source>
        <translation>この残高でできること: 約 %1</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="359"/>
        <source>%1 chat</source>
        <translation>チャット%1回</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="359"/>
        <source>%1 chats</source>
        <translation>チャット%1回</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="361"/>
        <source>%1 slide deck</source>
        <translation>スライド%1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="362"/>
        <source>%1 slide decks</source>
        <translation>スライド%1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="364"/>
        <source>%1 sheet</source>
        <translation>シート%1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="364"/>
        <source>%1 sheets</source>
        <translation>シート%1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="366"/>
        <source>%1 Sparkpage</source>
        <translation>Sparkpage %1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="367"/>
        <source>%1 Sparkpages</source>
        <translation>Sparkpage %1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="370"/>
        <source>%1 research run</source>
        <translation>リサーチ%1回</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="371"/>
        <source>%1 research runs</source>
        <translation>リサーチ%1回</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="374"/>
        <source>%1 image set</source>
        <translation>画像%1セット</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="375"/>
        <source>%1 image sets</source>
        <translation>画像%1セット</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="377"/>
        <source>%1 video</source>
        <translation>動画%1本</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="377"/>
        <source>%1 videos</source>
        <translation>動画%1本</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="379"/>
        <source>%1 AI Developer task</source>
        <translation>AI開発%1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="380"/>
        <source>%1 AI Developer tasks</source>
        <translation>AI開発%1件</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="383"/>
        <source>%1 agent session</source>
        <translation>エージェント%1回</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="384"/>
        <source>%1 agent sessions</source>
        <translation>エージェント%1回</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="393"/>
        <source>%1 × %2</source>
        <translation>%2 %1回</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="249"/>
        <source>Which plan are you on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="251"/>
        <source>Pick the closest one: every figure can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="259"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="275"/>
        <source>Figures from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="99"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="102"/>
        <source>A&amp;dd this plan&apos;s meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="124"/>
        <source>Your meters now: %1. Edit them under Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="127"/>
        <source>No meter yet: pick your plan below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_meters.py" line="132"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="89"/>
        <source>No figures for “%1” yet: its cost is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="90"/>
        <source>You have not logged this kind of task yet: typical figures are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="93"/>
        <source>Only %1 of your own runs so far: mostly typical figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="96"/>
        <source>%1 runs failed lately (%2%); a failure still costs about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="99"/>
        <source>No meter is set up, so the balance is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="100"/>
        <source>A usual run (%1) costs more than the %2 you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="103"/>
        <source>If it runs high (%1) it will not fit in the %2 you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="106"/>
        <source>At your usual pace the credits run out before the next refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="109"/>
        <source>Team rule: tasks over %1 need approval; this one usually costs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="112"/>
        <source>Team rule: tasks over %1 need approval; this one can reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="115"/>
        <source>A team rule for %1 counts runs per project: name the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="118"/>
        <source>Team rule: %1 runs after the first %2 per project need approval; “%3” already has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="123"/>
        <source>Team budget: %1 may use %2% of the month (%3); %4 used, this adds %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="126"/>
        <source>Team budget for “%1”: %2 a month; %3 used, this adds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="129"/>
        <source>Team rule for %1: %2 per project; “%3” already has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="132"/>
        <source>%1 top-up packs this month: a bigger plan is likely cheaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="135"/>
        <source>A team rule could not be checked (its settings look damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="154"/>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="182"/>
        <source>Fine to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="183"/>
        <source>Careful: read this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="184"/>
        <source>Needs a lead&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="185"/>
        <source>Do not start this task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="211"/>
        <source>CreditFuel — Before I start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="226"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="232"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="239"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="244"/>
        <source>optional; team rules count runs per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="248"/>
        <source>&amp;Project / client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="280"/>
        <source>&amp;Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="282"/>
        <source>Copies a request with the figures, to paste to your lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="284"/>
        <source>&amp;Log it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="285"/>
        <source>The task already ran: record what it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="385"/>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="388"/>
        <source>%1: no estimate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="392"/>
        <source>%1 usually costs you %2–%3 credits (typically %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="398"/>
        <source>Balance unknown: no meter is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="401"/>
        <source>You have %1 now: a usual run would leave you %2 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="406"/>
        <source>You have %1 now; after it about %2 (%3 if it runs high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="412"/>
        <source>Next refill: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="418"/>
        <source>No refill is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="431"/>
        <source>From typical figures only: you have not logged a %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="433"/>
        <source>Mostly typical figures: only %1 of your own %2 runs so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="435"/>
        <source>From your last %1 %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="438"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="439"/>
        <source>&amp;Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="450"/>
        <source>Approval request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="452"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="454"/>
        <source>Estimate: %1–%2 credits (typically %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="458"/>
        <source>Balance now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="467"/>
        <source>The request is copied: paste it to your lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="468"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="98"/>
        <source>&amp;Credits per refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="109"/>
        <source>&amp;Billing day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="114"/>
        <source>The day your plan renews each month (see your receipt). On the 29th-31st, short months use their last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="121"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="126"/>
        <source>The zone your account is set to; the refill time follows it. Type a city to find it, e.g. Tokyo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="170"/>
        <source>%1 (most accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="173"/>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="175"/>
        <source>Not sure? Keep the figure shown; you can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="76"/>
        <source>CreditFuel — Quick log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="103"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="109"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="116"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="121"/>
        <source>Credits &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="122"/>
        <source>&amp;Balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="133"/>
        <source>Amount is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="136"/>
        <source>e.g. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="138"/>
        <location filename="../../desktopapp/ui/quick_log.py" line="271"/>
        <source>Cr&amp;edits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="143"/>
        <location filename="../../desktopapp/ui/quick_log.py" line="156"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="144"/>
        <source>&amp;Project / client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="151"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="157"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="165"/>
        <source>&amp;Repeat last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="167"/>
        <source>Fill in the last log again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="169"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="217"/>
        <source>%1 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="272"/>
        <source>Balanc&amp;e now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="309"/>
        <source>Type a whole number of credits, like 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="343"/>
        <source>Logged: %1. Press Enter to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/quick_log.py" line="368"/>
        <source>Undone: nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="60"/>
        <source>CreditFuel — Your data file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="76"/>
        <source>Restore newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="81"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="90"/>
        <source>CreditFuel could not read its data file, so it cannot be used as it is. Nothing was deleted: the damaged file was kept as “%1” in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="100"/>
        <source>There is no backup to go back to. You can start with an empty ledger; if you have an export file, you can import it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="105"/>
        <source>The newest good backup is from %1. Restoring it brings back everything logged up to then; what was logged after it is not in that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="119"/>
        <source>You can still start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/restore_dialog.py" line="124"/>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="59"/>
        <source>Cap per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="60"/>
        <source>First run free, repeats need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="61"/>
        <source>Monthly budget for a group of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="62"/>
        <source>Monthly cap per project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="63"/>
        <source>Variants per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="64"/>
        <source>Top-up or upgrade advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="70"/>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="71"/>
        <source>need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="72"/>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="78"/>
        <source>any task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="85"/>
        <source>%1 over %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="89"/>
        <source>%1: the first %2 run(s) per project are free, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="92"/>
        <source>%1 may use %2% of the monthly grant, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="96"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="97"/>
        <source>Each project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="98"/>
        <source>%1 may use %2 a month, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="102"/>
        <source>%1: at most %2 runs per project%3, then %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="105"/>
        <source>Suggest a bigger plan after %1 top-up packs in a month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="119"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="122"/>
        <source>Team &amp;rules (checked before each task):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="125"/>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="155"/>
        <source>&amp;Kind of rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="156"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="157"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="158"/>
        <source>&amp;Limit (credits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="159"/>
        <source>&amp;Share of the grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="160"/>
        <location filename="../../desktopapp/ui/settings_rules.py" line="227"/>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="161"/>
        <source>&amp;Project (empty: each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="162"/>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="163"/>
        <source>&amp;Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="171"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="198"/>
        <source>(any task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="224"/>
        <source>&amp;Free runs per project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="225"/>
        <source>&amp;Runs per project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="226"/>
        <source>&amp;Packs in a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="240"/>
        <source>No rules yet: every task is fine to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="280"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="278"/>
        <source>CreditFuel — Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="279"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="279"/>
        <source>&amp;Meters and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="279"/>
        <source>Tas&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="280"/>
        <source>Team &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="280"/>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="280"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="317"/>
        <source>Time zone “%1” was not found. Example: Asia/Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="332"/>
        <source>Could not change start at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="41"/>
        <source>CreditFuel: no meter yet. Click to set up.</source>
        <translation>CreditFuel: メーターがまだありません。クリックして設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="45"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="48"/>
        <source>full until your next task</source>
        <translation>次のタスクまで満タン</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="50"/>
        <source>no automatic refill</source>
        <translation>自動補充なし</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="53"/>
        <source>refills in %1 (%2)</source>
        <translation>あと%1で補充(%2)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="57"/>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="170"/>
        <source>Credits refilled: %1</source>
        <translation>クレジットが補充されました: %1</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="175"/>
        <source>Credits refilled</source>
        <translation>クレジットが補充されました</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="177"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="228"/>
        <source>Quick &amp;log…</source>
        <translation>クイック記録(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="232"/>
        <source>&amp;Before I start…</source>
        <translation>始める前に(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="236"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="239"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="241"/>
        <source>Show &amp;panel</source>
        <translation>パネルを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="245"/>
        <source>&amp;Undo last log</source>
        <translation>直前の記録を取り消す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="246"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="247"/>
        <source>P&amp;ause alerts</source>
        <translation>通知を一時停止(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="254"/>
        <source>&amp;Quit CreditFuel</source>
        <translation>CreditFuelを終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="259"/>
        <source>Nothing to undo.</source>
        <translation>取り消せる記録はありません。</translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="263"/>
        <source>Nothing to redo.</source>
        <translation>やり直せる操作はありません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="215"/>
        <source>Welcome to CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="219"/>
        <source>CreditFuel shows how many credits you have left, when they come back, and warns you before an expensive task. Three quick questions and you are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="224"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="55"/>
        <source>It refills every day at %1 (%2 time): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="59"/>
        <source>It refills once a week, on %1 at %2 (%3 time): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="63"/>
        <source>It refills once a month, on day %1 at %2 (%3 time): %4. There is no daily top-up in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="67"/>
        <source>It refills every %1 hours: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="70"/>
        <source>A %1-hour window opens at your first use after a refill; when it closes, the meter refills to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="73"/>
        <source>It never refills by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="87"/>
        <source>CreditFuel — Why didn&apos;t my credits come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="100"/>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="120"/>
        <source>Check the meter&apos;s &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="141"/>
        <source>No meter is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="142"/>
        <source>Add your plan in Settings and CreditFuel will explain when its credits come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="152"/>
        <source>%1: %2 of %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="173"/>
        <source>%1 (%2 in the plan&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="179"/>
        <source>The window has not started: it opens when you next use it, and the meter is full until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="182"/>
        <source>Next refill: %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="188"/>
        <source>Leftover is not added: at %1 the balance becomes %2 whatever was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="191"/>
        <source>So the %1 you have now will be gone then: use them before the refill if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="196"/>
        <source>Leftover carries over: at %1 you get %2 on top of what is left, up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="200"/>
        <source>Leftover carries over: at %1 you get %2 on top of what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="203"/>
        <source>%1 above the cap will be lost at that refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="206"/>
        <source>Last refill: %1. Spent since then: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="214"/>
        <source>Check the billing day in Settings &gt; Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="216"/>
        <source>Check the meter&apos;s time zone and reset time in Settings &gt; Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="218"/>
        <source>On %1 you logged a balance of %2, more than this meter&apos;s grant of %3. Your plan probably gives more: check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="224"/>
        <source>On %1 you logged %2, but by this meter&apos;s rule no refill was due until %3, so about %4 was expected. The real refill comes earlier. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="231"/>
        <source>On %1 you logged %2, as if the refill this meter expected at %3 had not happened yet. The real refill comes later. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="234"/>
        <source>On %1 you logged %2, %3 less than your logs explain. Tasks that were not logged, or background jobs, use credits too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOpener</name>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="105"/>
        <source>This part of CreditFuel is not available in this version yet.</source>
        <translation>この機能はこのバージョンではまだ使えません。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="34"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="35"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="36"/>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="37"/>
        <source>Sparkpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="38"/>
        <location filename="../../desktopapp/ui/widgets.py" line="69"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="39"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="40"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="41"/>
        <source>AI Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="42"/>
        <source>Super agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="49"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="50"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="51"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="52"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="59"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="60"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="61"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="68"/>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="70"/>
        <source>Images and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="71"/>
        <source>Developer and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="101"/>
        <source>%1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="102"/>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="170"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="173"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="175"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="223"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="258"/>
        <source>Un&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="345"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
