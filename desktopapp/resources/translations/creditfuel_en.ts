<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fuel gauge for the credits of your AI platforms. Everything stays on this computer: no account, no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on: %1, Python %2, Qt %3 (PySide6 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed as a stand-alone bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <source>Gauge turns &amp;amber below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge turns &amp;red below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a meter is &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about credits lost at a refill, &amp;hours before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before a pack e&amp;xpires, days before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause all alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each alert comes once per episode (for example once per low-balance stretch), never on every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>The balance doesn&apos;t add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the logs don&apos;t add up. Set the balance the site shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 credits left. Next refill %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits may run out before the refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at your recent pace the %2 credits run out around %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use them or lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 credits vanish at %3 (the refill replaces what is left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit pack expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pack credits expire at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Part of your CreditFuel data file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups are checked and safe. To go back to the newest good one, open Settings &gt; Data and choose Restore selected. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Daily burn chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits over %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export holds everything: to keep a copy elsewhere or to move to another computer. Importing an export adds the logs that are not here yet and never removes any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for spreadsheets (C&amp;SV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel makes a checked backup each day something changed, and before every update, restore and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more problems in the same file.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, your data as it is now is saved as a “Before a restore” backup. Then the chosen backup replaces it: logs made after it will no longer show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted: to return, restore the “Before a restore” backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel — Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data from before is kept as the newest “Before a restore” backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old data file could not be read; it was kept aside as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel exports (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New logs added: %1. Already here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logs in the file have the id of a different log here; the one here was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters merged with one of the same name here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rules added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To undo this import, restore the newest “Before an import” backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>A few details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fuel gauge lives in the system tray. Click it for your meters and Quick log; right-click it for every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read my Genspark balance automatically (with my own API key): set it up when I press Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLogDialog</name>
    <message>
        <source>Edit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (seconds, pages or images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, but nothing you saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel keeps running. If this happens again, the details are in this file (you can send it with a question):
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <source>This desktop has no system tray (notification area) yet, so CreditFuel shows its gauge in this window. When a tray appears, the icon moves there. Closing this window hides it (start CreditFuel again to bring it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits refilled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CreditFuel — Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per credit, in the currency below (0: not set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the tray &amp;icon, show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money per client job: divide the plan&apos;s price by its monthly credits. Example: ¥3,000 for 10,000 credits is ¥0.3 per credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start CreditFuel when I log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>CreditFuel — Fuel history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks of this period, for Excel or a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list of every log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will it last until the refill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out your figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this period yet. Log tasks with Quick log and they show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 tasks in %3 days; %4 wasted (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet: the chart fills in as you log tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough history yet to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: about %2 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace it runs dry %1 (in %2), before the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lasts until the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 will be left unused and lost at the refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed, retaken or abandoned runs. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 went on failed, retaken or abandoned runs (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wasted %2 (%3 of its credits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly typical figures (%1 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money appears once you set what credits cost you (Settings &gt; General).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money at %1 per 1,000 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 tasks to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindsTab</name>
    <message>
        <source>Typical figures are a starting point; as you log tasks, your own costs replace them in estimates and warnings. You can log any other kind of task by typing its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (high-octane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2, usually %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnedRefill</name>
    <message>
        <source>&amp;Use what the readings saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the meter now refills as the readings saw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Balance read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: this log was corrected; Undo brings back what it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 logs so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel — Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the logs shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the logs shown as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks can be edited. To change a balance, a pack or a correction, delete it and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this log? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 logs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted 1 log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the logs shown as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 logs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterCard</name>
    <message>
        <source>Why didn&apos;t my credits come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doesn&apos;t add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs don&apos;t add up: set the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doesn&apos;t add up — set the balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why didn&apos;t %1 come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the balance of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>every day %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of each month %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h window from first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leftover carries over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leftover is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meter %1? Its past logs stay; you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance set. Cancel takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetersTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits per refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;p (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;edits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buttons on this tab act at once; Undo or Cancel takes their changes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leftover is lost (overwrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leftover carries over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Balances are recomputed with the new rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack bought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferWindow</name>
    <message>
        <source>&amp;Not a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel — reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Full: the window starts with your next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills in %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter yet. Open Settings to pick your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your meters, refill times and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before I start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: %1 credits left, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: %1 credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used today: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: not enough history yet (log a few tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slide decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sparkpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sparkpages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 research run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 research runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AI Developer task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AI Developer tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agent session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Which plan are you on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the closest one: every figure can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>A switch is made at once: the new plan&apos;s meters replace the old ones from now on (your history, estimates and packs stay). Undo or Cancel takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this plan&apos;s meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan now: %1 (meters: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter yet: pick your plan below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No figures for “%1” yet: its cost is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not logged this kind of task yet: typical figures are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of your own runs so far: mostly typical figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs failed lately (%2%); a failure still costs about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter is set up, so the balance is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usual run (%1) costs more than the %2 you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even a full refill (%1) is less than this task needs (%2): waiting will not be enough. Buy a pack or move to a bigger plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it runs high (%1) it will not fit in the %2 you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your usual pace the credits run out before the next refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rule: tasks over %1 need approval; this one usually costs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rule: tasks over %1 need approval; this one can reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team rule for %1 counts runs per project: name the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rule: each project gets %2 %1 run(s) without approval; “%3” already has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team budget: %1 may use %2% of the month (%3); %4 used, this adds %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team budget for “%1”: %2 a month; %3 used, this adds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rule for %1: %2 per project; “%3” already has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 top-up packs this month: a bigger plan is likely cheaper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team rule could not be checked (its settings look damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: read this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a lead&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better not start this now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>CreditFuel — Before I start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; team rules count runs per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project / client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a request with the figures, to paste to your lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task already ran: record what it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the task to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no estimate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usually costs you %2–%3 credits (typically %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance unknown: no meter is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 now: a usual run would leave you %2 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 now; after it about %2 (%3 if it runs high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refill is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even then it will not be enough: a pack or a bigger plan is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From typical figures only: you have not logged a %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly typical figures: only %1 of your own %2 runs so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your last %1 %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: %1–%2 credits (typically %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is copied: paste it to your lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <source>Credits per refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits per refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your plan renews each month (see your receipt). On the 29th-31st, short months use their last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many credits do you &amp;have now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance the site shows today. Full if you just renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone your account is set to; the refill time follows it. Type a city to find it, e.g. Tokyo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (most accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? Keep the figure shown; you can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>%1: working out its usual cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usually costs %2–%3 credits (you have %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>CreditFuel — Quick log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;edits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project / client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the last log again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanc&amp;e now on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanc&amp;e now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number of credits, like 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a new kind of task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create “%1” and log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving as soon as the figures are up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1. Press Enter to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That log was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogFixes</name>
    <message>
        <source>Set &amp;balance to %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance set to %1. No task was logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingLine</name>
    <message>
        <source>Read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the platform&apos;s usage page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>CreditFuel — Your data file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel could not read its data file, so it cannot be used as it is. Nothing was deleted: the damaged file was kept as “%1” in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to go back to. You can start with an empty ledger; if you have an export file, you can import it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it brings back everything logged up to then; what was logged after it is not in that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Cap per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First run free, repeats need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget for a group of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cap per project / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up or upgrade advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first %2 run(s) per project are free, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may use %2% of the monthly grant, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may use %2 a month, then %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 runs per project%3, then %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a bigger plan after %1 top-up packs in a month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;rules (checked before each task):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit (credits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share of the grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project (empty: each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding or removing a rule acts at once; Cancel takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns per project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs in a &amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Cancel brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free runs per project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet: every task is fine to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBalanceDialog</name>
    <message>
        <source>CreditFuel — Set balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the balance the site shows now. It replaces what CreditFuel counted; no task is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel&apos;s count doesn&apos;t add up: set the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel counted %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CreditFuel — Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>CreditFuel can read your balance itself, so the gauge stays true without typing. It reads at most every 5 minutes while a task runs or this panel is open, otherwise at most once an hour. Keys are kept only in the system keyring, never in CreditFuel&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move source and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Genspark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Genspark API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genspark API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from gsk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key comes from Genspark&apos;s own command-line tool (gsk login). CreditFuel only asks Genspark for your plan and credit balance with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings go to &amp;meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another platform: a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that prints {&quot;balance&quot;: N} or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comm&amp;and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings go to m&amp;eter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the key from gsk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel will read the key Genspark&apos;s command-line tool uses (the GSK_API_KEY variable, or ~/.genspark-tool-cli/config.json) this once, and keep it only in the system keyring. Nothing else is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gsk key was found. Run gsk login first, or paste your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key found: press Connect to keep it in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Reading the balance now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading is not running yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this source?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading %1 and delete its key from the system keyring? Readings already recorded stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CreditFuel: updating the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel: no meter yet. Click to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doesn&apos;t add up — set the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full until your next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no automatic refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refills in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits refilled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits refilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before I start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;dger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and &amp;export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;out CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CreditFuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreditFuel shows how many credits you have left, when they come back, and warns you before an expensive task. Three quick questions and you are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <source>It refills every day at %1 (%2 time): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refills once a week, on %1 at %2 (%3 time): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refills once a month, on day %1 at %2 (%3 time): %4. There is no daily top-up in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refills every %1 hours: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-hour window opens at your first use after a refill; when it closes, the meter refills to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never refills by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>CreditFuel — Why didn&apos;t my credits come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the meter&apos;s &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out when its credits come back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your plan in Settings and CreditFuel will explain when its credits come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in the plan&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window has not started: it opens when you next use it, and the meter is full until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill: %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover is not added: at %1 the balance becomes %2 whatever was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the %1 you have now will be gone then: use them before the refill if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover carries over: at %1 you get %2 on top of what is left, up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover carries over: at %1 you get %2 on top of what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above the cap will be lost at that refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refill: %1. Spent since then: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the billing day in Settings &gt; Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the meter&apos;s time zone and reset time in Settings &gt; Meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you logged a balance of %2, more than this meter&apos;s grant of %3. Your plan probably gives more: check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you logged %2, but by this meter&apos;s rule no refill was due until %3, so about %4 was expected. The real refill comes earlier. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you logged %2, as if the refill this meter expected at %3 had not happened yet. The real refill comes later. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you logged %2, %3 less than your logs explain. Tasks that were not logged, or background jobs, use credits too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparkpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
