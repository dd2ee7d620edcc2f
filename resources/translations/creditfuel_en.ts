<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="93"/>
        <source>%1: %2 credits left. Next refill %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="96"/>
        <source>%1: %2 credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="98"/>
        <source>Credits may run out before the refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="100"/>
        <source>%1: at your recent pace the %2 credits run out around %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="106"/>
        <source>Use them or lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="108"/>
        <source>%1: %2 credits vanish at %3 (the refill replaces what is left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="114"/>
        <source>Credit pack expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/alerts_view.py" line="115"/>
        <source>%1 pack credits expire at %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="289"/>
        <source>A few details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="317"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="324"/>
        <source>The fuel gauge lives in the system tray. Click it for your meters and Quick log; right-click it for every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="340"/>
        <source>%1: %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="342"/>
        <source>Next refill %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <location filename="../../desktopapp/ui/fallback_window.py" line="61"/>
        <source>This desktop has no system tray (notification area), so CreditFuel shows its gauge in this window instead. Closing it quits CreditFuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/fallback_window.py" line="91"/>
        <source>Credits refilled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="373"/>
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
        <location filename="../../desktopapp/ui/history_window.py" line="177"/>
        <source>CreditFuel — Fuel history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="199"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="200"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="201"/>
        <source>This billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="202"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="204"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="205"/>
        <source>The tasks of this period, for Excel or a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="219"/>
        <source>Will it last until the refill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="226"/>
        <source>Wasted credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="243"/>
        <location filename="../../desktopapp/ui/history_window.py" line="405"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="243"/>
        <location filename="../../desktopapp/ui/history_window.py" line="249"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="243"/>
        <location filename="../../desktopapp/ui/history_window.py" line="249"/>
        <location filename="../../desktopapp/ui/history_window.py" line="406"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="243"/>
        <source>Typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="244"/>
        <source>Usual range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="244"/>
        <location filename="../../desktopapp/ui/history_window.py" line="250"/>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="244"/>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="249"/>
        <location filename="../../desktopapp/ui/history_window.py" line="406"/>
        <source>Project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="250"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="262"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="263"/>
        <source>By &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="264"/>
        <source>By &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="287"/>
        <source>Nothing logged in this period yet. Log tasks with Quick log and they show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="291"/>
        <source>%1 on %2 tasks in %3 days; %4 wasted (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="299"/>
        <source>Not enough history yet: the chart fills in as you log tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="312"/>
        <source>%1: not enough history yet to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="314"/>
        <source>%1: about %2 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="318"/>
        <source>At this pace it runs dry %1 (in %2), before the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="323"/>
        <source>It lasts until the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="321"/>
        <source>About %1 will be left unused and lost at the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="327"/>
        <source>No meter is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="333"/>
        <source>Not enough history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="336"/>
        <source>No failed, retaken or abandoned runs. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="338"/>
        <source>%1 of %2 went on failed, retaken or abandoned runs (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="343"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="346"/>
        <source>%1 wasted %2 (%3 of its credits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="355"/>
        <source>typical figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="357"/>
        <source>mostly typical figures (%1 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="358"/>
        <source>your last %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="366"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="383"/>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="398"/>
        <source>Money appears once you set what credits cost you (Settings &gt; General).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="400"/>
        <source>Money at %1 per 1,000 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="405"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="405"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="406"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="407"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="409"/>
        <source>Money (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="422"/>
        <source>Saved %1 tasks to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="430"/>
        <source>Export the history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="431"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/history_window.py" line="438"/>
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
        <location filename="../../desktopapp/ui/panel.py" line="117"/>
        <source>Why didn&apos;t my credits come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="122"/>
        <source>credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="122"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="123"/>
        <source>%1 / %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="126"/>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="129"/>
        <source>Why didn&apos;t %1 come back?</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../desktopapp/ui/panel.py" line="135"/>
        <source>Full: the window starts with your next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="137"/>
        <source>No automatic refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="140"/>
        <source>Refills in %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="217"/>
        <source>No meter yet. Open Settings to pick your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="218"/>
        <source>&amp;Quick log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="219"/>
        <source>&amp;Before I start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="220"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="221"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="276"/>
        <source>Pack: %1 credits left, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="282"/>
        <source>Pack: %1 credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="288"/>
        <source>Used today: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="295"/>
        <source>Range: not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="302"/>
        <source>Range: not enough history yet (log a few tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="304"/>
        <source>Range: ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="393"/>
        <source>%1 chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="393"/>
        <source>%1 chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="395"/>
        <source>%1 slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="396"/>
        <source>%1 slide decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="398"/>
        <source>%1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="398"/>
        <source>%1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="400"/>
        <source>%1 Sparkpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="401"/>
        <source>%1 Sparkpages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="404"/>
        <source>%1 research run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="405"/>
        <source>%1 research runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="408"/>
        <source>%1 image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="409"/>
        <source>%1 image sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="411"/>
        <source>%1 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="411"/>
        <source>%1 videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="413"/>
        <source>%1 AI Developer task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="414"/>
        <source>%1 AI Developer tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="417"/>
        <source>%1 agent session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="418"/>
        <source>%1 agent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/panel.py" line="427"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="250"/>
        <source>Which plan are you on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="252"/>
        <source>Pick the closest one: every figure can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="260"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="276"/>
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
        <source>Team rule: each project gets %2 %1 run(s) without approval; “%3” already has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="122"/>
        <source>Team budget: %1 may use %2% of the month (%3); %4 used, this adds %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="125"/>
        <source>Team budget for “%1”: %2 a month; %3 used, this adds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="128"/>
        <source>Team rule for %1: %2 per project; “%3” already has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="131"/>
        <source>%1 top-up packs this month: a bigger plan is likely cheaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="134"/>
        <source>A team rule could not be checked (its settings look damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="153"/>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="181"/>
        <source>Fine to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="182"/>
        <source>Careful: read this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="183"/>
        <source>Needs a lead&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="184"/>
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
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="388"/>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="391"/>
        <source>%1: no estimate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="395"/>
        <source>%1 usually costs you %2–%3 credits (typically %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="401"/>
        <source>Balance unknown: no meter is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="404"/>
        <source>You have %1 now: a usual run would leave you %2 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="409"/>
        <source>You have %1 now; after it about %2 (%3 if it runs high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="415"/>
        <source>Next refill: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="421"/>
        <source>No refill is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="434"/>
        <source>From typical figures only: you have not logged a %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="436"/>
        <source>Mostly typical figures: only %1 of your own %2 runs so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="438"/>
        <source>From your last %1 %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="441"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="442"/>
        <source>&amp;Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="453"/>
        <source>Approval request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="455"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="457"/>
        <source>Estimate: %1–%2 credits (typically %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="461"/>
        <source>Balance now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="470"/>
        <source>The request is copied: paste it to your lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/preflight_dialog.py" line="471"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="99"/>
        <source>&amp;Credits per refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="110"/>
        <source>&amp;Billing day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="115"/>
        <source>The day your plan renews each month (see your receipt). On the 29th-31st, short months use their last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="122"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="127"/>
        <source>The zone your account is set to; the refill time follows it. Type a city to find it, e.g. Tokyo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="171"/>
        <source>%1 (most accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="174"/>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="176"/>
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
        <source>Any task</source>
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
        <source>Remo&amp;ve rule</source>
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
        <source>T&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="225"/>
        <source>R&amp;uns per project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_rules.py" line="226"/>
        <source>Packs in a &amp;month:</source>
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
        <location filename="../../desktopapp/ui/settings_dialog.py" line="281"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="281"/>
        <source>Meters and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="281"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="282"/>
        <source>Team rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="282"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="282"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="319"/>
        <source>Time zone “%1” was not found. Example: Asia/Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/settings_dialog.py" line="334"/>
        <source>Could not change start at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="41"/>
        <source>CreditFuel: no meter yet. Click to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="45"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="48"/>
        <source>full until your next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="50"/>
        <source>no automatic refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="53"/>
        <source>refills in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="57"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="185"/>
        <source>Credits refilled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="190"/>
        <source>Credits refilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="192"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="245"/>
        <source>Quick &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="249"/>
        <source>&amp;Before I start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="253"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="258"/>
        <source>Show &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="262"/>
        <source>&amp;Undo last log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="263"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="264"/>
        <source>P&amp;ause alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="271"/>
        <source>&amp;Quit CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="276"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="280"/>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="216"/>
        <source>Welcome to CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="220"/>
        <source>CreditFuel shows how many credits you have left, when they come back, and warns you before an expensive task. Three quick questions and you are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/first_run.py" line="225"/>
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
        <location filename="../../desktopapp/ui/why_dialog.py" line="113"/>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="133"/>
        <source>Check the meter&apos;s &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="154"/>
        <source>No meter is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="155"/>
        <source>Add your plan in Settings and CreditFuel will explain when its credits come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="165"/>
        <source>%1: %2 of %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="186"/>
        <source>%1 (%2 in the plan&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="192"/>
        <source>The window has not started: it opens when you next use it, and the meter is full until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="195"/>
        <source>Next refill: %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="201"/>
        <source>Leftover is not added: at %1 the balance becomes %2 whatever was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="204"/>
        <source>So the %1 you have now will be gone then: use them before the refill if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="209"/>
        <source>Leftover carries over: at %1 you get %2 on top of what is left, up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="213"/>
        <source>Leftover carries over: at %1 you get %2 on top of what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="216"/>
        <source>%1 above the cap will be lost at that refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="219"/>
        <source>Last refill: %1. Spent since then: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="227"/>
        <source>Check the billing day in Settings &gt; Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="229"/>
        <source>Check the meter&apos;s time zone and reset time in Settings &gt; Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="231"/>
        <source>On %1 you logged a balance of %2, more than this meter&apos;s grant of %3. Your plan probably gives more: check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="237"/>
        <source>On %1 you logged %2, but by this meter&apos;s rule no refill was due until %3, so about %4 was expected. The real refill comes earlier. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="244"/>
        <source>On %1 you logged %2, as if the refill this meter expected at %3 had not happened yet. The real refill comes later. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/why_dialog.py" line="247"/>
        <source>On %1 you logged %2, %3 less than your logs explain. Tasks that were not logged, or background jobs, use credits too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOpener</name>
    <message>
        <location filename="../../desktopapp/ui/tray.py" line="105"/>
        <source>This part of CreditFuel is not available in this version yet.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../desktopapp/ui/widgets.py" line="171"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="174"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="176"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="224"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="259"/>
        <source>Un&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktopapp/ui/widgets.py" line="352"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
