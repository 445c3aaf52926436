<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Nasti e-Office desktop client</source>
        <translation>Nasti e-Office desktop client</translation>
    </message>
    <message>
        <source>Write screenshots into DIR and quit.</source>
        <translation>Write screenshots into DIR and quit.</translation>
    </message>
    <message>
        <source>Password used for screenshots (demo).</source>
        <translation>Password used for screenshots (demo).</translation>
    </message>
    <message>
        <source>Login used for screenshots (us.gad).</source>
        <translation>Login used for screenshots (us.gad).</translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB); default: $NASTI_DB, else the last profile.</source>
        <translation>Database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB); default: $NASTI_DB, else the last profile.</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>Tampering detected</translation>
    </message>
    <message>
        <source>The record of this database has been altered: %1
Inform the administrator at once.</source>
        <translation>The record of this database has been altered: %1
Inform the administrator at once.</translation>
    </message>
    <message>
        <source>Database older than last seen</source>
        <translation>Database older than last seen</translation>
    </message>
    <message>
        <source>%1
Work recorded after that point is not in it. Inform the administrator.</source>
        <translation>%1
Work recorded after that point is not in it. Inform the administrator.</translation>
    </message>
</context>
<context>
    <name>nasti</name>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Held at</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Weekly review of pendency and disposal</source>
        <translation>Weekly review of pendency and disposal</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3</source>
        <translation>Week %1, %2 to %3</translation>
    </message>
    <message>
        <source>Figures as of %1 IST; pending files aged in calendar days, overdue in working days.</source>
        <translation>Figures as of %1 IST; pending files aged in calendar days, overdue in working days.</translation>
    </message>
    <message>
        <source>Pendency and disposal, last 12 weeks</source>
        <translation>Pendency and disposal, last 12 weeks</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Held at (level)</source>
        <translation>Held at (level)</translation>
    </message>
    <message>
        <source>The %1 longest-pending files (arrear statement)</source>
        <translation>The %1 longest-pending files (arrear statement)</translation>
    </message>
    <message>
        <source> (parked)</source>
        <translation> (parked)</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>No file was pending.</source>
        <translation>No file was pending.</translation>
    </message>
    <message>
        <source>Pending at week end</source>
        <translation>Pending at week end</translation>
    </message>
    <message>
        <source>Disposed in the week</source>
        <translation>Disposed in the week</translation>
    </message>
    <message>
        <source>Parked: %1 (review date %2)</source>
        <translation>Parked: %1 (review date %2)</translation>
    </message>
    <message>
        <source>Reference categories, each on its own clock</source>
        <translation>Reference categories, each on its own clock</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Limit (working days)</source>
        <translation>Limit (working days)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>No reference categories.</source>
        <translation>No reference categories.</translation>
    </message>
    <message>
        <source> (called for)</source>
        <translation> (called for)</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <source>Watch-list and calls for files</source>
        <translation>Watch-list and calls for files</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>No file is on the watch-list.</source>
        <translation>No file is on the watch-list.</translation>
    </message>
    <message>
        <source>Latest note digitally signed by %1, %2 on %3</source>
        <translation>Latest note digitally signed by %1, %2 on %3</translation>
    </message>
    <message>
        <source>Latest note, by %1, %2: its digital signature does not verify (altered after signing)</source>
        <translation>Latest note, by %1, %2: its digital signature does not verify (altered after signing)</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1, %2 on %3</translation>
    </message>
    <message>
        <source>%1, %2: the signature does not verify</source>
        <translation>%1, %2: the signature does not verify</translation>
    </message>
    <message>
        <source>This program cannot read X.509 certificates (no PDF signing).</source>
        <translation>This program cannot read X.509 certificates (no PDF signing).</translation>
    </message>
</context>
<context>
    <name>nasti::Acknowledgement</name>
    <message>
        <source>Cannot write %1: no such folder.</source>
        <translation>Cannot write %1: no such folder.</translation>
    </message>
    <message>
        <source>Acknowledgement %1</source>
        <translation>Acknowledgement %1</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Your letter %1 dated %2, subject “%3”, was received on %4 IST and entered in the diary of section %5 under</source>
        <translation>Your letter %1 dated %2, subject “%3”, was received on %4 IST and entered in the diary of section %5 under</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>(undated)</source>
        <translation>(undated)</translation>
    </message>
    <message>
        <source>Please quote this diary number in any further letter.</source>
        <translation>Please quote this diary number in any further letter.</translation>
    </message>
    <message>
        <source>Issued by Nasti on %1 IST; no signature is needed.</source>
        <translation>Issued by Nasti on %1 IST; no signature is needed.</translation>
    </message>
    <message>
        <source>Marked as %1, reference number %2.</source>
        <translation>Marked as %1, reference number %2.</translation>
    </message>
</context>
<context>
    <name>nasti::ActionDialog</name>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Remarks (required):</source>
        <translation>Remarks (required):</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>nasti::AddresseeTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address or e-mail</source>
        <translation>Address or e-mail</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Section (through Nasti)</source>
        <translation>Section (through Nasti)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>nasti::AuthService</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>The login %1 is disabled. Ask the administrator.</source>
        <translation>The login %1 is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the login %1 is locked until %2.</source>
        <translation>Too many wrong passwords: the login %1 is locked until %2.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the login %1 is locked for 15 minutes.</source>
        <translation>Too many wrong passwords: the login %1 is locked for 15 minutes.</translation>
    </message>
</context>
<context>
    <name>nasti::BenchRunner</name>
    <message>
        <source>The database has no files: run nasti-admin seed-scale first.</source>
        <translation>The database has no files: run nasti-admin seed-scale first.</translation>
    </message>
    <message>
        <source>No post holds an open file: nothing to measure.</source>
        <translation>No post holds an open file: nothing to measure.</translation>
    </message>
    <message>
        <source>fallback: administrator connection + OrgService::sessionFor (%1)</source>
        <translation>fallback: administrator connection + OrgService::sessionFor (%1)</translation>
    </message>
    <message>
        <source>bench: login to first inbox page as %1 (%2, %3 open files)…</source>
        <translation>bench: login to first inbox page as %1 (%2, %3 open files)…</translation>
    </message>
    <message>
        <source>Login to first inbox page</source>
        <translation>Login to first inbox page</translation>
    </message>
    <message>
        <source>bench: inbox pages…</source>
        <translation>bench: inbox pages…</translation>
    </message>
    <message>
        <source>Inbox first page (heaviest post)</source>
        <translation>Inbox first page (heaviest post)</translation>
    </message>
    <message>
        <source>%1 holds %2 open files</source>
        <translation>%1 holds %2 open files</translation>
    </message>
    <message>
        <source>Inbox next page (keyset)</source>
        <translation>Inbox next page (keyset)</translation>
    </message>
    <message>
        <source>bench: opening files…</source>
        <translation>bench: opening files…</translation>
    </message>
    <message>
        <source>Open a file (notes, history, papers)</source>
        <translation>Open a file (notes, history, papers)</translation>
    </message>
    <message>
        <source>bench: search…</source>
        <translation>bench: search…</translation>
    </message>
    <message>
        <source>Search, a Hindi word</source>
        <translation>Search, a Hindi word</translation>
    </message>
    <message>
        <source>Search, an English word</source>
        <translation>Search, an English word</translation>
    </message>
    <message>
        <source>Search, a file-number prefix</source>
        <translation>Search, a file-number prefix</translation>
    </message>
    <message>
        <source>“%1”, %2 hits on the first page</source>
        <translation>“%1”, %2 hits on the first page</translation>
    </message>
    <message>
        <source>Weekly review, whole secretariat</source>
        <translation>Weekly review, whole secretariat</translation>
    </message>
    <message>
        <source>bench: forwarding with %1 clients…</source>
        <translation>bench: forwarding with %1 clients…</translation>
    </message>
    <message>
        <source>bench: %1 forwarding failures, first: %2</source>
        <translation>bench: %1 forwarding failures, first: %2</translation>
    </message>
    <message>
        <source>Forwarding, %1 concurrent clients</source>
        <translation>Forwarding, %1 concurrent clients</translation>
    </message>
    <message>
        <source>event %1 does not chain on</source>
        <translation>event %1 does not chain on</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>BROKEN: %1</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>p90 (min–max)</source>
        <translation>p90 (min–max)</translation>
    </message>
    <message>
        <source>raw baseline</source>
        <translation>raw baseline</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>, ≤ %1x raw</source>
        <translation>, ≤ %1x raw</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>**no**</source>
        <translation>**no**</translation>
    </message>
    <message>
        <source>bench: weekly review…</source>
        <translation>bench: weekly review…</translation>
    </message>
    <message>
        <source>not measured: no level-6 (Chief Secretary) post</source>
        <translation>not measured: no level-6 (Chief Secretary) post</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source> — without RLS</source>
        <translation> — without RLS</translation>
    </message>
    <message>
        <source>week %1 as %2, %3 units, %4; baseline: one raw pendency-by-post aggregate (a lower bound)</source>
        <translation>week %1 as %2, %3 units, %4; baseline: one raw pendency-by-post aggregate (a lower bound)</translation>
    </message>
    <message>
        <source>%1 of 12 weeks from the rollup of closed weeks</source>
        <translation>%1 of 12 weeks from the rollup of closed weeks</translation>
    </message>
    <message>
        <source>no rollup: every week computed live</source>
        <translation>no rollup: every week computed live</translation>
    </message>
    <message>
        <source>Weekly review, week still running</source>
        <translation>Weekly review, week still running</translation>
    </message>
    <message>
        <source>bench: advanced search…</source>
        <translation>bench: advanced search…</translation>
    </message>
    <message>
        <source>Advanced search: sender</source>
        <translation>Advanced search: sender</translation>
    </message>
    <message>
        <source>Advanced search: letter number</source>
        <translation>Advanced search: letter number</translation>
    </message>
    <message>
        <source>Advanced search: diary number</source>
        <translation>Advanced search: diary number</translation>
    </message>
    <message>
        <source>Advanced search: diary number prefix “R-1”</source>
        <translation>Advanced search: diary number prefix “R-1”</translation>
    </message>
    <message>
        <source>Advanced search: opened in the last 30 days</source>
        <translation>Advanced search: opened in the last 30 days</translation>
    </message>
    <message>
        <source>Advanced search: priority Immediate</source>
        <translation>Advanced search: priority Immediate</translation>
    </message>
    <message>
        <source>Advanced search: grading Confidential</source>
        <translation>Advanced search: grading Confidential</translation>
    </message>
    <message>
        <source>Advanced search: held by the heaviest post</source>
        <translation>Advanced search: held by the heaviest post</translation>
    </message>
    <message>
        <source>Advanced search: status parked</source>
        <translation>Advanced search: status parked</translation>
    </message>
    <message>
        <source>Advanced search: words, open files</source>
        <translation>Advanced search: words, open files</translation>
    </message>
    <message>
        <source>Advanced search: sender, dates (a year), priority and status together</source>
        <translation>Advanced search: sender, dates (a year), priority and status together</translation>
    </message>
    <message>
        <source>%1; %2 hits on the first page (100)</source>
        <translation>%1; %2 hits on the first page (100)</translation>
    </message>
    <message>
        <source>bench: forwarding with signed notes…</source>
        <translation>bench: forwarding with signed notes…</translation>
    </message>
    <message>
        <source>Forward with a signed note (one client; raw: the same unsigned)</source>
        <translation>Forward with a signed note (one client; raw: the same unsigned)</translation>
    </message>
    <message>
        <source>not measured: the heaviest post holds no open file or reports to nobody</source>
        <translation>not measured: the heaviest post holds no open file or reports to nobody</translation>
    </message>
    <message>
        <source>not measured: this database has a signing authority of its own (run it on a database made by seed-scale)</source>
        <translation>not measured: this database has a signing authority of its own (run it on a database made by seed-scale)</translation>
    </message>
    <message>
        <source>Bench note %1: examined; put up for orders.</source>
        <translation>Bench note %1: examined; put up for orders.</translation>
    </message>
    <message>
        <source>BROKEN: %1 notes frozen, %2 signed</source>
        <translation>BROKEN: %1 notes frozen, %2 signed</translation>
    </message>
    <message>
        <source>signing adds %1 ms to a forward (%2 notes signed; rolled back)</source>
        <translation>signing adds %1 ms to a forward (%2 notes signed; rolled back)</translation>
    </message>
    <message>
        <source>custody and hash chain intact (%1 events appended); baseline: the raw transaction with no chain (%2); the raw transaction with the chain: %3 mv/s</source>
        <translation>custody and hash chain intact (%1 events appended); baseline: the raw transaction with no chain (%2); the raw transaction with the chain: %3 mv/s</translation>
    </message>
    <message>
        <source>every trigger and check, event emission off, undone afterwards</source>
        <translation>every trigger and check, event emission off, undone afterwards</translation>
    </message>
    <message>
        <source>copies of the files and movements without history triggers</source>
        <translation>copies of the files and movements without history triggers</translation>
    </message>
    <message>
        <source>bench: forwarding&apos;s chainless baseline runs only on a database made by seed-scale; this one was not.</source>
        <translation>bench: forwarding&apos;s chainless baseline runs only on a database made by seed-scale; this one was not.</translation>
    </message>
    <message>
        <source>week %1 so far: %2 finished days stored, the rest live; %3 earlier weeks from the rollup; baseline as above</source>
        <translation>week %1 so far: %2 finished days stored, the rest live; %3 earlier weeks from the rollup; baseline as above</translation>
    </message>
</context>
<context>
    <name>nasti::ChainHeadStore</name>
    <message>
        <source>This database is older than the one this computer saw last (event %1 missing): it was restored from a backup or rolled back.</source>
        <translation>This database is older than the one this computer saw last (event %1 missing): it was restored from a backup or rolled back.</translation>
    </message>
</context>
<context>
    <name>nasti::CliContext</name>
    <message>
        <source>This command needs --as LOGIN.</source>
        <translation>This command needs --as LOGIN.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The connection to the server was lost during the action and could not be restored, so it is reported not done. Run the command again with NASTI_ACTION_KEY=%1 to finish it: it is never done twice.</source>
        <translation>The connection to the server was lost during the action and could not be restored, so it is reported not done. Run the command again with NASTI_ACTION_KEY=%1 to finish it: it is never done twice.</translation>
    </message>
</context>
<context>
    <name>nasti::ClientSession</name>
    <message>
        <source>Your note is kept; it will be offered again when you open the file.</source>
        <translation>Your note is kept; it will be offered again when you open the file.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and there is no copy of file %1 on this computer (only the files of your inbox are kept).</source>
        <translation>The server cannot be reached, and there is no copy of file %1 on this computer (only the files of your inbox are kept).</translation>
    </message>
    <message>
        <source>Offline copies are off on this computer, so moves cannot be kept for later.</source>
        <translation>Offline copies are off on this computer, so moves cannot be kept for later.</translation>
    </message>
    <message>
        <source>A move of file %1 is already waiting to be sent.</source>
        <translation>A move of file %1 is already waiting to be sent.</translation>
    </message>
    <message>
        <source>File %1 is not with you in the copy on this computer, so it cannot be moved offline.</source>
        <translation>File %1 is not with you in the copy on this computer, so it cannot be moved offline.</translation>
    </message>
    <message>
        <source>The move could not be written to %1.</source>
        <translation>The move could not be written to %1.</translation>
    </message>
    <message>
        <source>File %1 went to %2 (queued at %3).</source>
        <translation>File %1 went to %2 (queued at %3).</translation>
    </message>
    <message>
        <source>File %1 was not moved: %2 Your note is kept as your draft on the file.</source>
        <translation>File %1 was not moved: %2 Your note is kept as your draft on the file.</translation>
    </message>
</context>
<context>
    <name>nasti::CredentialStore</name>
    <message>
        <source>No keychain service is running on this computer; your password will not be remembered.</source>
        <translation>No keychain service is running on this computer; your password will not be remembered.</translation>
    </message>
    <message>
        <source>No password is remembered for this login.</source>
        <translation>No password is remembered for this login.</translation>
    </message>
    <message>
        <source>The keychain refused access; your password is not remembered.</source>
        <translation>The keychain refused access; your password is not remembered.</translation>
    </message>
    <message>
        <source>The keychain failed (%1); your password is not remembered.</source>
        <translation>The keychain failed (%1); your password is not remembered.</translation>
    </message>
</context>
<context>
    <name>nasti::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>The Qt SQL driver %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Cannot create the database file %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>A frozen note cannot be changed or deleted; write a new note instead.</source>
        <translation>A frozen note cannot be changed or deleted; write a new note instead.</translation>
    </message>
    <message>
        <source>The file&apos;s history cannot be changed or deleted.</source>
        <translation>The file&apos;s history cannot be changed or deleted.</translation>
    </message>
    <message>
        <source>Only the post that holds the file may write a note on it.</source>
        <translation>Only the post that holds the file may write a note on it.</translation>
    </message>
    <message>
        <source>Only the post that holds the file may move it.</source>
        <translation>Only the post that holds the file may move it.</translation>
    </message>
    <message>
        <source>The file&apos;s custodian can change only through a recorded movement.</source>
        <translation>The file&apos;s custodian can change only through a recorded movement.</translation>
    </message>
    <message>
        <source>Draft notes must be frozen before the file leaves the post.</source>
        <translation>Draft notes must be frozen before the file leaves the post.</translation>
    </message>
    <message>
        <source>A file&apos;s number, section and creator cannot be changed.</source>
        <translation>A file&apos;s number, section and creator cannot be changed.</translation>
    </message>
    <message>
        <source>Files are never deleted.</source>
        <translation>Files are never deleted.</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>The file is closed.</translation>
    </message>
    <message>
        <source>A note is frozen only when the file leaves its author&apos;s post.</source>
        <translation>A note is frozen only when the file leaves its author&apos;s post.</translation>
    </message>
    <message>
        <source>You are not authorised to do this.</source>
        <translation>You are not authorised to do this.</translation>
    </message>
    <message>
        <source>You do not hold the post you are acting for.</source>
        <translation>You do not hold the post you are acting for.</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>The database refused the change (%1).</translation>
    </message>
    <message>
        <source>The database refused a duplicate: %1</source>
        <translation>The database refused a duplicate: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>no reason given by the driver</source>
        <translation>no reason given by the driver</translation>
    </message>
    <message>
        <source>Cannot register Nasti&apos;s functions on the SQLite connection.</source>
        <translation>Cannot register Nasti&apos;s functions on the SQLite connection.</translation>
    </message>
    <message>
        <source>Your post may open files and diarise letters only in its own section.</source>
        <translation>Your post may open files and diarise letters only in its own section.</translation>
    </message>
    <message>
        <source>Only the post that opened the file may close or reopen it, and only after a competent officer&apos;s approval.</source>
        <translation>Only the post that opened the file may close or reopen it, and only after a competent officer&apos;s approval.</translation>
    </message>
    <message>
        <source>That change of the file&apos;s state is not an action Nasti allows.</source>
        <translation>That change of the file&apos;s state is not an action Nasti allows.</translation>
    </message>
    <message>
        <source>The file&apos;s version moves on by one with each change.</source>
        <translation>The file&apos;s version moves on by one with each change.</translation>
    </message>
    <message>
        <source>A file is marked opened once, by its holder.</source>
        <translation>A file is marked opened once, by its holder.</translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <translation>There is no such post.</translation>
    </message>
    <message>
        <source>There is no such enabled user.</source>
        <translation>There is no such enabled user.</translation>
    </message>
    <message>
        <source>The document&apos;s bytes do not match the SHA-256 it was stored under.</source>
        <translation>The document&apos;s bytes do not match the SHA-256 it was stored under.</translation>
    </message>
    <message>
        <source>This receipt is already in a file.</source>
        <translation>This receipt is already in a file.</translation>
    </message>
    <message>
        <source>The frozen note&apos;s hash does not match its content.</source>
        <translation>The frozen note&apos;s hash does not match its content.</translation>
    </message>
    <message>
        <source>The file has moved or changed meanwhile; nothing was done and your draft is kept.</source>
        <translation>The file has moved or changed meanwhile; nothing was done and your draft is kept.</translation>
    </message>
    <message>
        <source>The database is busy; nothing was changed. Try again in a moment.</source>
        <translation>The database is busy; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>the connection to the database is closed</source>
        <translation>the connection to the database is closed</translation>
    </message>
    <message>
        <source>the database gave no reason (the connection may have been lost)</source>
        <translation>the database gave no reason (the connection may have been lost)</translation>
    </message>
    <message>
        <source>Only the post that holds the file may draft, approve or issue in it.</source>
        <translation>Only the post that holds the file may draft, approve or issue in it.</translation>
    </message>
    <message>
        <source>The file is closed or parked; drafts are written on open files only.</source>
        <translation>The file is closed or parked; drafts are written on open files only.</translation>
    </message>
    <message>
        <source>A draft or version number must be the next one.</source>
        <translation>A draft or version number must be the next one.</translation>
    </message>
    <message>
        <source>This draft has been issued; it cannot be revised, approved or issued again.</source>
        <translation>This draft has been issued; it cannot be revised, approved or issued again.</translation>
    </message>
    <message>
        <source>A later version of this draft exists; only the latest version can be approved or issued.</source>
        <translation>A later version of this draft exists; only the latest version can be approved or issued.</translation>
    </message>
    <message>
        <source>This version of the draft has not been approved; it cannot be issued.</source>
        <translation>This version of the draft has not been approved; it cannot be issued.</translation>
    </message>
    <message>
        <source>The addressee list is not well formed: each needs a name and a mode, and a section for delivery through Nasti.</source>
        <translation>The addressee list is not well formed: each needs a name and a mode, and a section for delivery through Nasti.</translation>
    </message>
    <message>
        <source>Only a post of the file&apos;s own section, holding the file, may issue its letters.</source>
        <translation>Only a post of the file&apos;s own section, holding the file, may issue its letters.</translation>
    </message>
    <message>
        <source>Only the postage of an entry sent by post can be written, and only once.</source>
        <translation>Only the postage of an entry sent by post can be written, and only once.</translation>
    </message>
    <message>
        <source>A letter cannot be issued without its fair copy.</source>
        <translation>A letter cannot be issued without its fair copy.</translation>
    </message>
    <message>
        <source>The addressed section has no post to receive the letter.</source>
        <translation>The addressed section has no post to receive the letter.</translation>
    </message>
    <message>
        <source>Parking needs a reason and a review date after today.</source>
        <translation>Parking needs a reason and a review date after today.</translation>
    </message>
    <message>
        <source>This reminder or escalation is not due for the file as it stands.</source>
        <translation>This reminder or escalation is not due for the file as it stands.</translation>
    </message>
    <message>
        <source>A reference category needs its reference number, and only then.</source>
        <translation>A reference category needs its reference number, and only then.</translation>
    </message>
    <message>
        <source>What you decide must carry your digital signature; it was not signed, so nothing was frozen, approved or issued.</source>
        <translation>What you decide must carry your digital signature; it was not signed, so nothing was frozen, approved or issued.</translation>
    </message>
    <message>
        <source>Your signing certificate is not valid now (it expired or was revoked); ask the administrator to renew it. Nothing was signed.</source>
        <translation>Your signing certificate is not valid now (it expired or was revoked); ask the administrator to renew it. Nothing was signed.</translation>
    </message>
    <message>
        <source>A signature must be over the record&apos;s own hash.</source>
        <translation>A signature must be over the record&apos;s own hash.</translation>
    </message>
    <message>
        <source>A certificate cannot be valid from before it was made.</source>
        <translation>A certificate cannot be valid from before it was made.</translation>
    </message>
</context>
<context>
    <name>nasti::DbUrl</name>
    <message>
        <source>No database given: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>No database given: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>The sqlite: database URL has no file path.</source>
        <translation>The sqlite: database URL has no file path.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: %1</source>
        <translation>The PostgreSQL URL is malformed: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database (…/DBNAME).</source>
        <translation>The PostgreSQL URL names no database (…/DBNAME).</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL URL option “%1”.</source>
        <translation>Unknown PostgreSQL URL option “%1”.</translation>
    </message>
    <message>
        <source>Unknown database URL “%1”: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Unknown database URL “%1”: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL lists a malformed server “%1” (use HOST:PORT,HOST:PORT).</source>
        <translation>The PostgreSQL URL lists a malformed server “%1” (use HOST:PORT,HOST:PORT).</translation>
    </message>
</context>
<context>
    <name>nasti::DemoSeeder</name>
    <message>
        <source>This database already has an organisation; the demo office is seeded only into an empty database.</source>
        <translation>This database already has an organisation; the demo office is seeded only into an empty database.</translation>
    </message>
</context>
<context>
    <name>nasti::DiariseDialog</name>
    <message>
        <source>Diarise a receipt</source>
        <translation>Diarise a receipt</translation>
    </message>
    <message>
        <source>Drop the letter (PDF) here, or choose it.</source>
        <translation>Drop the letter (PDF) here, or choose it.</translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation>&amp;Choose PDF…</translation>
    </message>
    <message>
        <source>Choose PDF</source>
        <translation>Choose PDF</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Letter date known</source>
        <translation>Letter date known</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Security grading</source>
        <translation>Security grading</translation>
    </message>
    <message>
        <source>Then open a &amp;new file with this receipt</source>
        <translation>Then open a &amp;new file with this receipt</translation>
    </message>
    <message>
        <source>Open a new file with this receipt</source>
        <translation>Open a new file with this receipt</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Sender:</translation>
    </message>
    <message>
        <source>&amp;Letter number:</source>
        <translation>&amp;Letter number:</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>&amp;Grading:</translation>
    </message>
    <message>
        <source>&amp;Diarise</source>
        <translation>&amp;Diarise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 is too large (%2); a receipt may be at most %3.</source>
        <translation>%1 is too large (%2); a receipt may be at most %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be diarised: %2</source>
        <translation>%1 cannot be diarised: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s), %2</source>
        <translation>
            <numerusform>%1 — %n page, %2</numerusform>
            <numerusform>%1 — %n pages, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the letter</source>
        <translation>Choose the letter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the letter (a PDF) first.</source>
        <translation>Choose the letter (a PDF) first.</translation>
    </message>
    <message>
        <source>Enter the sender.</source>
        <translation>Enter the sender.</translation>
    </message>
    <message>
        <source>Enter the subject of the letter.</source>
        <translation>Enter the subject of the letter.</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
</context>
<context>
    <name>nasti::DispatchRegisterPage</name>
    <message>
        <source>Dispatch register</source>
        <translation>Dispatch register</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <source>Export the dispatch register</source>
        <translation>Export the dispatch register</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n register row(s) written to %1.</source>
        <translation>
            <numerusform>%n register row written to %1.</numerusform>
            <numerusform>%n register rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch no.</source>
        <translation>Dispatch no.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received as</source>
        <translation>Received as</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Dispatch number, file number, subject or addressee</source>
        <translation>Dispatch number, file number, subject or addressee</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Every letter your sections issued, one row for each addressee and copy. Letters sent through Nasti show the diary number they received in the other section&apos;s dak.</source>
        <translation>Every letter your sections issued, one row for each addressee and copy. Letters sent through Nasti show the diary number they received in the other section&apos;s dak.</translation>
    </message>
    <message>
        <source>Copy: </source>
        <translation>Copy: </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Postage of %1 to %2, in rupees:</source>
        <translation>Postage of %1 to %2, in rupees:</translation>
    </message>
    <message>
        <source>Postage of %1 recorded.</source>
        <translation>Postage of %1 recorded.</translation>
    </message>
    <message>
        <source>Postage not recorded</source>
        <translation>Postage not recorded</translation>
    </message>
    <message>
        <source>Record postage…</source>
        <translation>Record postage…</translation>
    </message>
</context>
<context>
    <name>nasti::DraftBanner</name>
    <message>
        <source>Open them</source>
        <translation>Open them</translation>
    </message>
    <message>
        <source>Notes you typed but did not send are kept on this computer for: %1.</source>
        <translation>Notes you typed but did not send are kept on this computer for: %1.</translation>
    </message>
</context>
<context>
    <name>nasti::DraftCompareDialog</name>
    <message>
        <source>%1 — compare versions</source>
        <translation>%1 — compare versions</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Older version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <source>Version %1 — %2 (%3)</source>
        <translation>Version %1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n word removed</numerusform>
            <numerusform>%n words removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::DraftEditorDialog</name>
    <message>
        <source>Draft %1 of %2 — version %3</source>
        <translation>Draft %1 of %2 — version %3</translation>
    </message>
    <message>
        <source>New draft in %1</source>
        <translation>New draft in %1</translation>
    </message>
    <message>
        <source>Kind of draft</source>
        <translation>Kind of draft</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Text of the draft</source>
        <translation>Text of the draft</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Upload a PDF instead…</source>
        <translation>Upload a PDF instead…</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Save version %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Copy to:</translation>
    </message>
    <message>
        <source>The draft is the uploaded PDF %1 (%2 KB); the text above is not used.</source>
        <translation>The draft is the uploaded PDF %1 (%2 KB); the text above is not used.</translation>
    </message>
    <message>
        <source>Upload the draft as a PDF</source>
        <translation>Upload the draft as a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be read or is larger than 25 MB.</source>
        <translation>%1 cannot be read or is larger than 25 MB.</translation>
    </message>
    <message>
        <source>Give the subject.</source>
        <translation>Give the subject.</translation>
    </message>
    <message>
        <source>Add at least one addressee.</source>
        <translation>Add at least one addressee.</translation>
    </message>
    <message>
        <source>Write the text of the draft, or upload it as a PDF.</source>
        <translation>Write the text of the draft, or upload it as a PDF.</translation>
    </message>
    <message>
        <source>Every addressee needs a name.</source>
        <translation>Every addressee needs a name.</translation>
    </message>
    <message>
        <source>“%1” is sent through Nasti: choose the section.</source>
        <translation>“%1” is sent through Nasti: choose the section.</translation>
    </message>
    <message>
        <source>“%1” is sent by e-mail: give the e-mail address.</source>
        <translation>“%1” is sent by e-mail: give the e-mail address.</translation>
    </message>
</context>
<context>
    <name>nasti::DraftPanel</name>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>The text is an uploaded PDF.</source>
        <translation>The text is an uploaded PDF.</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Copy to:</translation>
    </message>
    <message>
        <source>Written by %1 (%2) on %3.</source>
        <translation>Written by %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Approved by %1, %2, on %3.</source>
        <translation>Approved by %1, %2, on %3.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>The chosen version</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No drafts yet. The holder of the file writes the reply, order or circular here (New draft); an officer approves a version; the section issues it.</source>
        <translation>No drafts yet. The holder of the file writes the reply, order or circular here (New draft); an officer approves a version; the section issues it.</translation>
    </message>
    <message>
        <source>Issued as %1 on %2</source>
        <translation>Issued as %1 on %2</translation>
    </message>
    <message>
        <source>Approved (version %1); to be issued</source>
        <translation>Approved (version %1); to be issued</translation>
    </message>
    <message>
        <source>Awaiting approval (version %1)</source>
        <translation>Awaiting approval (version %1)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>nasti::DraftQueries</name>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>There is no file numbered “%1”.</translation>
    </message>
</context>
<context>
    <name>nasti::DraftService</name>
    <message>
        <source>A reviewer reads files but cannot draft, approve or issue.</source>
        <translation>A reviewer reads files but cannot draft, approve or issue.</translation>
    </message>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>There is no file numbered “%1”.</translation>
    </message>
    <message>
        <source>File %1 is with %2; only that post may %3.</source>
        <translation>File %1 is with %2; only that post may %3.</translation>
    </message>
    <message>
        <source>File %1 is closed; reopen it first.</source>
        <translation>File %1 is closed; reopen it first.</translation>
    </message>
    <message>
        <source>File %1 is parked; unpark it first.</source>
        <translation>File %1 is parked; unpark it first.</translation>
    </message>
    <message>
        <source>File %1 has no draft %2.</source>
        <translation>File %1 has no draft %2.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>The draft has no subject.</source>
        <translation>The draft has no subject.</translation>
    </message>
    <message>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>The subject is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The draft has no addressee; say to whom it goes.</source>
        <translation>The draft has no addressee; say to whom it goes.</translation>
    </message>
    <message>
        <source>A draft has at most %1 addressees and copies.</source>
        <translation>A draft has at most %1 addressees and copies.</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>addressee</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>An addressee has no name.</source>
        <translation>An addressee has no name.</translation>
    </message>
    <message>
        <source>The addressee “%1” is too long.</source>
        <translation>The addressee “%1” is too long.</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter; use one of: %2.</source>
        <translation>“%1” is not a way of sending a letter; use one of: %2.</translation>
    </message>
    <message>
        <source>The addressee “%1” is to receive it through Nasti; say which section.</source>
        <translation>The addressee “%1” is to receive it through Nasti; say which section.</translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation>There is no section “%1”.</translation>
    </message>
    <message>
        <source>Section %1 is the file&apos;s own section; a letter through Nasti goes to another section.</source>
        <translation>Section %1 is the file&apos;s own section; a letter through Nasti goes to another section.</translation>
    </message>
    <message>
        <source>Section %1 is addressed twice through Nasti.</source>
        <translation>Section %1 is addressed twice through Nasti.</translation>
    </message>
    <message>
        <source>The addressee “%1” names a section but is not sent through Nasti.</source>
        <translation>The addressee “%1” names a section but is not sent through Nasti.</translation>
    </message>
    <message>
        <source>The addressee “%1” is to receive it by e-mail; give the e-mail address.</source>
        <translation>The addressee “%1” is to receive it by e-mail; give the e-mail address.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>The reference is too long (at most %1 characters).</source>
        <translation>The reference is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A draft is written in the editor or uploaded as a PDF, not both.</source>
        <translation>A draft is written in the editor or uploaded as a PDF, not both.</translation>
    </message>
    <message>
        <source>The draft is empty; write its text or upload a PDF.</source>
        <translation>The draft is empty; write its text or upload a PDF.</translation>
    </message>
    <message>
        <source>The draft&apos;s text is too long (at most %1 characters).</source>
        <translation>The draft&apos;s text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The uploaded PDF is larger than 25 MB.</source>
        <translation>The uploaded PDF is larger than 25 MB.</translation>
    </message>
    <message>
        <source>This program cannot check an uploaded PDF.</source>
        <translation>This program cannot check an uploaded PDF.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The uploaded PDF</source>
        <translation>The uploaded PDF</translation>
    </message>
    <message>
        <source>“%1” is not a kind of draft; use one of: %2.</source>
        <translation>“%1” is not a kind of draft; use one of: %2.</translation>
    </message>
    <message>
        <source>A draft is in Hindi (hi) or English (en), not “%1”.</source>
        <translation>A draft is in Hindi (hi) or English (en), not “%1”.</translation>
    </message>
    <message>
        <source>draft in it</source>
        <translation>draft in it</translation>
    </message>
    <message>
        <source>revise its drafts</source>
        <translation>revise its drafts</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has been issued; it cannot be revised.</source>
        <translation>Draft %1 of file %2 has been issued; it cannot be revised.</translation>
    </message>
    <message>
        <source>approve its drafts</source>
        <translation>approve its drafts</translation>
    </message>
    <message>
        <source>Only an officer may approve a draft.</source>
        <translation>Only an officer may approve a draft.</translation>
    </message>
    <message>
        <source>The remarks are too long (at most 2000 characters).</source>
        <translation>The remarks are too long (at most 2000 characters).</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>remarks</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has no version %3.</source>
        <translation>Draft %1 of file %2 has no version %3.</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has been issued already.</source>
        <translation>Draft %1 of file %2 has been issued already.</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 has been superseded by version %3; only the latest version can be approved.</source>
        <translation>Version %1 of draft %2 has been superseded by version %3; only the latest version can be approved.</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 is approved already.</source>
        <translation>Version %1 of draft %2 is approved already.</translation>
    </message>
    <message>
        <source>Draft %1 (%2), version %3, is approved.</source>
        <translation>Draft %1 (%2), version %3, is approved.</translation>
    </message>
    <message>
        <source>The draft version is not there.</source>
        <translation>The draft version is not there.</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has no version.</source>
        <translation>Draft %1 of file %2 has no version.</translation>
    </message>
    <message>
        <source>issue its letters</source>
        <translation>issue its letters</translation>
    </message>
    <message>
        <source>Letters of file %1 are issued by its own section; post %2 is not in it.</source>
        <translation>Letters of file %1 are issued by its own section; post %2 is not in it.</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 has been superseded by version %3; only the latest version can be issued.</source>
        <translation>Version %1 of draft %2 has been superseded by version %3; only the latest version can be issued.</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 is not approved; an officer must approve it before it is issued.</source>
        <translation>Version %1 of draft %2 is not approved; an officer must approve it before it is issued.</translation>
    </message>
    <message>
        <source>Draft %1 has no addressee.</source>
        <translation>Draft %1 has no addressee.</translation>
    </message>
    <message>
        <source>The fair copy could not be rendered.</source>
        <translation>The fair copy could not be rendered.</translation>
    </message>
    <message>
        <source>The postage must be between 0 and 10,00,000 rupees.</source>
        <translation>The postage must be between 0 and 10,00,000 rupees.</translation>
    </message>
    <message>
        <source>A reviewer cannot write in the dispatch register.</source>
        <translation>A reviewer cannot write in the dispatch register.</translation>
    </message>
    <message>
        <source>The dispatch register has no entry %1 of %2.</source>
        <translation>The dispatch register has no entry %1 of %2.</translation>
    </message>
    <message>
        <source>Only the issuing section writes in its dispatch register.</source>
        <translation>Only the issuing section writes in its dispatch register.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 was not sent by post.</source>
        <translation>Entry %1 of %2 was not sent by post.</translation>
    </message>
    <message>
        <source>The postage of entry %1 of %2 is recorded already.</source>
        <translation>The postage of entry %1 of %2 is recorded already.</translation>
    </message>
    <message>
        <source>Only an administrator sets letterheads.</source>
        <translation>Only an administrator sets letterheads.</translation>
    </message>
    <message>
        <source>A letterhead is in Hindi (hi) or English (en), not “%1”.</source>
        <translation>A letterhead is in Hindi (hi) or English (en), not “%1”.</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>The letterhead has no heading.</source>
        <translation>The letterhead has no heading.</translation>
    </message>
    <message>
        <source>The letterhead&apos;s heading and address have at most 500 characters each.</source>
        <translation>The letterhead&apos;s heading and address have at most 500 characters each.</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>There is no department “%1”.</translation>
    </message>
    <message>
        <source>this program cannot make PDF signatures</source>
        <translation>this program cannot make PDF signatures</translation>
    </message>
    <message>
        <source>your signing key was made before letters were signed as PDFs; enrol a new key (sign in again, or nasti-admin keys enrol) and have it certified</source>
        <translation>your signing key was made before letters were signed as PDFs; enrol a new key (sign in again, or nasti-admin keys enrol) and have it certified</translation>
    </message>
    <message>
        <source>your certificate has no X.509 part (it was certified before letters were signed as PDFs); ask the administrator to certify your key again</source>
        <translation>your certificate has no X.509 part (it was certified before letters were signed as PDFs); ask the administrator to certify your key again</translation>
    </message>
    <message>
        <source>The fair copy has no room for the digital signature (no signature block); nothing was issued.</source>
        <translation>The fair copy has no room for the digital signature (no signature block); nothing was issued.</translation>
    </message>
    <message>
        <source>No DSC token is registered to you; the administrator registers it (nasti-admin keys register-token). Nothing was issued.</source>
        <translation>No DSC token is registered to you; the administrator registers it (nasti-admin keys register-token). Nothing was issued.</translation>
    </message>
    <message>
        <source>Your DSC token cannot sign: %1. Nothing was issued.</source>
        <translation>Your DSC token cannot sign: %1. Nothing was issued.</translation>
    </message>
    <message>
        <source>Your letters are signed with your DSC token (%1): give its PIN. Nothing was issued.</source>
        <translation>Your letters are signed with your DSC token (%1): give its PIN. Nothing was issued.</translation>
    </message>
    <message>
        <source>This program cannot make PDF signatures; nothing was issued.</source>
        <translation>This program cannot make PDF signatures; nothing was issued.</translation>
    </message>
</context>
<context>
    <name>nasti::Drafts</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Office Memorandum</source>
        <translation>Office Memorandum</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>D.O. Letter</source>
        <translation>D.O. Letter</translation>
    </message>
    <message>
        <source>Note for Cabinet</source>
        <translation>Note for Cabinet</translation>
    </message>
    <message>
        <source>Through Nasti</source>
        <translation>Through Nasti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>The addressee list is not a JSON array.</source>
        <translation>The addressee list is not a JSON array.</translation>
    </message>
    <message>
        <source>The addressee “%1” has more than four parts (name|address|mode|section).</source>
        <translation>The addressee “%1” has more than four parts (name|address|mode|section).</translation>
    </message>
    <message>
        <source>Draft %1 (%2)</source>
        <translation>Draft %1 (%2)</translation>
    </message>
</context>
<context>
    <name>nasti::DraftsAwaitingPage</name>
    <message>
        <source>Drafts for approval</source>
        <translation>Drafts for approval</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Subject of the draft</source>
        <translation>Subject of the draft</translation>
    </message>
    <message>
        <source>Drafts in files you hold whose latest version awaits your approval. Open the file, read the draft in its Drafts tab, and approve the version (or revise it).</source>
        <translation>Drafts in files you hold whose latest version awaits your approval. Open the file, read the draft in its Drafts tab, and approve the version (or revise it).</translation>
    </message>
</context>
<context>
    <name>nasti::DscTokenService</name>
    <message>
        <source>A trusted CA needs a name (--name).</source>
        <translation>A trusted CA needs a name (--name).</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate; trust the CA that issued the token&apos;s certificate.</source>
        <translation>%1 is not a CA certificate; trust the CA that issued the token&apos;s certificate.</translation>
    </message>
    <message>
        <source>The CA certificate of %1 expired on %2.</source>
        <translation>The CA certificate of %1 expired on %2.</translation>
    </message>
    <message>
        <source>The CA %1 is trusted already.</source>
        <translation>The CA %1 is trusted already.</translation>
    </message>
    <message>
        <source>Name the token&apos;s PKCS#11 driver on the officers&apos; desktops (--module PATH).</source>
        <translation>Name the token&apos;s PKCS#11 driver on the officers&apos; desktops (--module PATH).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>The login %1 is disabled; its tokens cannot be registered.</source>
        <translation>The login %1 is disabled; its tokens cannot be registered.</translation>
    </message>
    <message>
        <source>%1 is a CA certificate, not an officer&apos;s.</source>
        <translation>%1 is a CA certificate, not an officer&apos;s.</translation>
    </message>
    <message>
        <source>No external CA is trusted yet: trust the CA that issued the token&apos;s certificate first (nasti-admin keys trust-ca).</source>
        <translation>No external CA is trusted yet: trust the CA that issued the token&apos;s certificate first (nasti-admin keys trust-ca).</translation>
    </message>
    <message>
        <source>The certificate of %1 (issued by %2) cannot be registered: %3.</source>
        <translation>The certificate of %1 (issued by %2) cannot be registered: %3.</translation>
    </message>
    <message>
        <source>This certificate is registered to %1 already.</source>
        <translation>This certificate is registered to %1 already.</translation>
    </message>
</context>
<context>
    <name>nasti::EventLog</name>
    <message>
        <source>Event %1 is missing from the log.</source>
        <translation>Event %1 is missing from the log.</translation>
    </message>
    <message>
        <source>The event log was rewritten: event %1 differs from the one seen earlier on this computer.</source>
        <translation>The event log was rewritten: event %1 differs from the one seen earlier on this computer.</translation>
    </message>
    <message>
        <source>Event %1 does not link to the event before it.</source>
        <translation>Event %1 does not link to the event before it.</translation>
    </message>
    <message>
        <source>The chain head does not match the last event in the log.</source>
        <translation>The chain head does not match the last event in the log.</translation>
    </message>
    <message>
        <source>Event %1 is missing from the log (found %2 next).</source>
        <translation>Event %1 is missing from the log (found %2 next).</translation>
    </message>
    <message>
        <source>Event %1 was altered after it was written.</source>
        <translation>Event %1 was altered after it was written.</translation>
    </message>
    <message>
        <source>The event log was rewritten: event %1 differs from the one checked earlier.</source>
        <translation>The event log was rewritten: event %1 differs from the one checked earlier.</translation>
    </message>
    <message>
        <source>The chain head (event %1) does not match the last event in the log (event %2).</source>
        <translation>The chain head (event %1) does not match the last event in the log (event %2).</translation>
    </message>
    <message>
        <source>%1 row %2 is not recorded in the event log.</source>
        <translation>%1 row %2 is not recorded in the event log.</translation>
    </message>
    <message>
        <source>%1 row %2 was altered after it was recorded.</source>
        <translation>%1 row %2 was altered after it was recorded.</translation>
    </message>
    <message>
        <source>%1 row %2, recorded in the event log, is missing.</source>
        <translation>%1 row %2, recorded in the event log, is missing.</translation>
    </message>
    <message>
        <source>Event %1 records a second bulk seed; only one is allowed.</source>
        <translation>Event %1 records a second bulk seed; only one is allowed.</translation>
    </message>
    <message>
        <source>%1 rows seeded by event %2 were altered, added or removed.</source>
        <translation>%1 rows seeded by event %2 were altered, added or removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were recorded but never linked into the chain.</source>
        <translation>
            <numerusform>%n event were recorded but never linked into the chain.</numerusform>
            <numerusform>%n events were recorded but never linked into the chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document stored as %1 was altered: its bytes have another SHA-256.</source>
        <translation>The document stored as %1 was altered: its bytes have another SHA-256.</translation>
    </message>
    <message>
        <source>File %1 is not where its movements took it, or its approval has no approve movement.</source>
        <translation>File %1 is not where its movements took it, or its approval has no approve movement.</translation>
    </message>
    <message>
        <source>Letter %1 was issued without its fair copy, or from a version that was not the approved latest one.</source>
        <translation>Letter %1 was issued without its fair copy, or from a version that was not the approved latest one.</translation>
    </message>
    <message>
        <source>Letter %1 has %2 dispatch register entries for %3 addressees and copies.</source>
        <translation>Letter %1 has %2 dispatch register entries for %3 addressees and copies.</translation>
    </message>
    <message>
        <source>The dispatch register %1 skips or repeats number %2.</source>
        <translation>The dispatch register %1 skips or repeats number %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were recorded but not linked into the chain within a minute (the oldest has waited %1 s).</source>
        <translation>
            <numerusform>%n event were recorded but not linked into the chain within a minute (the oldest has waited %1 s).</numerusform>
            <numerusform>%n events were recorded but not linked into the chain within a minute (the oldest has waited %1 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::FairCopyPdf</name>
    <message>
        <source>The approved PDF could not be read for the fair copy.</source>
        <translation>The approved PDF could not be read for the fair copy.</translation>
    </message>
    <message>
        <source>The fair copy could not be drawn.</source>
        <translation>The fair copy could not be drawn.</translation>
    </message>
</context>
<context>
    <name>nasti::FileActions</name>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>Open a new file</source>
        <translation>Open a new file</translation>
    </message>
    <message>
        <source>&amp;Diarise receipt…</source>
        <translation>&amp;Diarise receipt…</translation>
    </message>
    <message>
        <source>Diarise an incoming letter (PDF)</source>
        <translation>Diarise an incoming letter (PDF)</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <source>Save my note as a draft in the file</source>
        <translation>Save my note as a draft in the file</translation>
    </message>
    <message>
        <source>&amp;Put up…</source>
        <translation>&amp;Put up…</translation>
    </message>
    <message>
        <source>Put the file up to my reporting officer</source>
        <translation>Put the file up to my reporting officer</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>Send the file to any post</source>
        <translation>Send the file to any post</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Re&amp;call…</source>
        <translation>Re&amp;call…</translation>
    </message>
    <message>
        <source>Pull back a file I sent, until its receiver opens it</source>
        <translation>Pull back a file I sent, until its receiver opens it</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Approve and send the file on, by default to the post that put it up</source>
        <translation>Approve and send the file on, by default to the post that put it up</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Do not approve; send the file back with remarks</source>
        <translation>Do not approve; send the file back with remarks</translation>
    </message>
    <message>
        <source>Par&amp;k…</source>
        <translation>Par&amp;k…</translation>
    </message>
    <message>
        <source>Keep the file aside; it leaves the inbox</source>
        <translation>Keep the file aside; it leaves the inbox</translation>
    </message>
    <message>
        <source>&amp;Unpark</source>
        <translation>&amp;Unpark</translation>
    </message>
    <message>
        <source>Bring a parked file back into the inbox</source>
        <translation>Bring a parked file back into the inbox</translation>
    </message>
    <message>
        <source>&amp;Close file…</source>
        <translation>&amp;Close file…</translation>
    </message>
    <message>
        <source>Close the file with a decision (only the post that opened it)</source>
        <translation>Close the file with a decision (only the post that opened it)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Reopen a closed file</source>
        <translation>Reopen a closed file</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link another file to this one</source>
        <translation>Link another file to this one</translation>
    </message>
    <message>
        <source>Reason for &amp;delay…</source>
        <translation>Reason for &amp;delay…</translation>
    </message>
    <message>
        <source>Record why the file is past its time limit</source>
        <translation>Record why the file is past its time limit</translation>
    </message>
    <message>
        <source>&amp;Print note sheet…</source>
        <translation>&amp;Print note sheet…</translation>
    </message>
    <message>
        <source>Print preview of the note sheet</source>
        <translation>Print preview of the note sheet</translation>
    </message>
    <message>
        <source>Save note sheet as P&amp;DF…</source>
        <translation>Save note sheet as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the note sheet as a PDF</source>
        <translation>Save the note sheet as a PDF</translation>
    </message>
    <message>
        <source>Open a file first (Enter on a file in the list).</source>
        <translation>Open a file first (Enter on a file in the list).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Nothing new to save.</source>
        <translation>Nothing new to save.</translation>
    </message>
    <message>
        <source>Your note on %1 is saved as a draft.</source>
        <translation>Your note on %1 is saved as a draft.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <source>The list of posts is still loading; try again in a moment.</source>
        <translation>The list of posts is still loading; try again in a moment.</translation>
    </message>
    <message>
        <source>File %1 put up to %2.</source>
        <translation>File %1 put up to %2.</translation>
    </message>
    <message>
        <source>File %1 sent to %2.</source>
        <translation>File %1 sent to %2.</translation>
    </message>
    <message>
        <source>Return file %1</source>
        <translation>Return file %1</translation>
    </message>
    <message>
        <source>File %1 returned to %2.</source>
        <translation>File %1 returned to %2.</translation>
    </message>
    <message>
        <source>Recall file %1</source>
        <translation>Recall file %1</translation>
    </message>
    <message>
        <source>The file comes back to you; this works only until its receiver opens it.</source>
        <translation>The file comes back to you; this works only until its receiver opens it.</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>Re&amp;call</translation>
    </message>
    <message>
        <source>File %1 recalled.</source>
        <translation>File %1 recalled.</translation>
    </message>
    <message>
        <source>Approve file %1</source>
        <translation>Approve file %1</translation>
    </message>
    <message>
        <source>Your approval is recorded as a note, and the file goes to the post you choose (usually the one that put it up).</source>
        <translation>Your approval is recorded as a note, and the file goes to the post you choose (usually the one that put it up).</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Do not approve file %1</source>
        <translation>Do not approve file %1</translation>
    </message>
    <message>
        <source>Say why; the file goes to the post you choose (usually the one that put it up).</source>
        <translation>Say why; the file goes to the post you choose (usually the one that put it up).</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Send to:</translation>
    </message>
    <message>
        <source>File %1 approved and sent to %2.</source>
        <translation>File %1 approved and sent to %2.</translation>
    </message>
    <message>
        <source>File %1 not approved; sent to %2.</source>
        <translation>File %1 not approved; sent to %2.</translation>
    </message>
    <message>
        <source>Park file %1</source>
        <translation>Park file %1</translation>
    </message>
    <message>
        <source>Par&amp;k</source>
        <translation>Par&amp;k</translation>
    </message>
    <message>
        <source>File %1 parked.</source>
        <translation>File %1 parked.</translation>
    </message>
    <message>
        <source>File %1 is back in the inbox.</source>
        <translation>File %1 is back in the inbox.</translation>
    </message>
    <message>
        <source>Close file %1</source>
        <translation>Close file %1</translation>
    </message>
    <message>
        <source>Closing records the disposal. Choose how long the record is kept.</source>
        <translation>Closing records the disposal. Choose how long the record is kept.</translation>
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <source>Record class:</source>
        <translation>Record class:</translation>
    </message>
    <message>
        <source>C — review after 10 years</source>
        <translation>C — review after 10 years</translation>
    </message>
    <message>
        <source>B — review in the 25th year</source>
        <translation>B — review in the 25th year</translation>
    </message>
    <message>
        <source>A — keep permanently</source>
        <translation>A — keep permanently</translation>
    </message>
    <message>
        <source>File %1 closed (record class %2).</source>
        <translation>File %1 closed (record class %2).</translation>
    </message>
    <message>
        <source>Reopen file %1</source>
        <translation>Reopen file %1</translation>
    </message>
    <message>
        <source>Say why the file is reopened.</source>
        <translation>Say why the file is reopened.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>File %1 reopened.</source>
        <translation>File %1 reopened.</translation>
    </message>
    <message>
        <source>Link a file to %1</source>
        <translation>Link a file to %1</translation>
    </message>
    <message>
        <source>Enter the number of the file to link.</source>
        <translation>Enter the number of the file to link.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>File number:</translation>
    </message>
    <message>
        <source>Files %1 and %2 are linked.</source>
        <translation>Files %1 and %2 are linked.</translation>
    </message>
    <message>
        <source>Reason for delay — %1</source>
        <translation>Reason for delay — %1</translation>
    </message>
    <message>
        <source>The file is past its time limit. Record why; the weekly review shows it.</source>
        <translation>The file is past its time limit. Record why; the weekly review shows it.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Reason for delay recorded on %1.</source>
        <translation>Reason for delay recorded on %1.</translation>
    </message>
    <message>
        <source>The list of sections is still loading; try again in a moment.</source>
        <translation>The list of sections is still loading; try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot open a new file</source>
        <translation>Cannot open a new file</translation>
    </message>
    <message>
        <source>File %1 opened.</source>
        <translation>File %1 opened.</translation>
    </message>
    <message>
        <source>File %1 opened with receipt %2 as PUC.</source>
        <translation>File %1 opened with receipt %2 as PUC.</translation>
    </message>
    <message>
        <source>Receipt diarised as %1.</source>
        <translation>Receipt diarised as %1.</translation>
    </message>
    <message>
        <source>Receipt not diarised</source>
        <translation>Receipt not diarised</translation>
    </message>
    <message>
        <source>Choose a receipt first.</source>
        <translation>Choose a receipt first.</translation>
    </message>
    <message>
        <source>Put receipt %1 into a file</source>
        <translation>Put receipt %1 into a file</translation>
    </message>
    <message>
        <source>The receipt becomes the next fresh receipt (FR) of the file.</source>
        <translation>The receipt becomes the next fresh receipt (FR) of the file.</translation>
    </message>
    <message>
        <source>&amp;Put into file</source>
        <translation>&amp;Put into file</translation>
    </message>
    <message>
        <source>Receipt %1 put into file %2.</source>
        <translation>Receipt %1 put into file %2.</translation>
    </message>
    <message>
        <source>Note sheet — %1</source>
        <translation>Note sheet — %1</translation>
    </message>
    <message>
        <source>Save note sheet as PDF</source>
        <translation>Save note sheet as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Note sheet saved as %1.</source>
        <translation>Note sheet saved as %1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Return the file to the post that sent it, or down to the one that put it up after a decision</source>
        <translation>Return the file to the post that sent it, or down to the one that put it up after a decision</translation>
    </message>
    <message>
        <source>The file goes down to %1, who put it up to you, to act on the decision.</source>
        <translation>The file goes down to %1, who put it up to you, to act on the decision.</translation>
    </message>
    <message>
        <source>The file goes back to %1, who sent it to you.</source>
        <translation>The file goes back to %1, who sent it to you.</translation>
    </message>
    <message>
        <source>&amp;Return to %1</source>
        <translation>&amp;Return to %1</translation>
    </message>
    <message>
        <source>New dra&amp;ft…</source>
        <translation>New dra&amp;ft…</translation>
    </message>
    <message>
        <source>Write a draft for approval (reply, order, circular…) in this file</source>
        <translation>Write a draft for approval (reply, order, circular…) in this file</translation>
    </message>
    <message>
        <source>Re&amp;vise draft…</source>
        <translation>Re&amp;vise draft…</translation>
    </message>
    <message>
        <source>Write a new version of the chosen draft</source>
        <translation>Write a new version of the chosen draft</translation>
    </message>
    <message>
        <source>Co&amp;mpare versions…</source>
        <translation>Co&amp;mpare versions…</translation>
    </message>
    <message>
        <source>Show two versions of the chosen draft side by side</source>
        <translation>Show two versions of the chosen draft side by side</translation>
    </message>
    <message>
        <source>Appro&amp;ve draft…</source>
        <translation>Appro&amp;ve draft…</translation>
    </message>
    <message>
        <source>Approve the latest version of the chosen draft</source>
        <translation>Approve the latest version of the chosen draft</translation>
    </message>
    <message>
        <source>&amp;Issue letter…</source>
        <translation>&amp;Issue letter…</translation>
    </message>
    <message>
        <source>Issue the approved draft with the section&apos;s next dispatch number</source>
        <translation>Issue the approved draft with the section&apos;s next dispatch number</translation>
    </message>
    <message>
        <source>Letter of %1, diarised as %2</source>
        <translation>Letter of %1, diarised as %2</translation>
    </message>
    <message>
        <source>Letter No. %1 dated %2 of %3</source>
        <translation>Letter No. %1 dated %2 of %3</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>Draft %1 of %2: version %3 saved.</source>
        <translation>Draft %1 of %2: version %3 saved.</translation>
    </message>
    <message>
        <source>Draft %1 of %2 saved (version 1).</source>
        <translation>Draft %1 of %2 saved (version 1).</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approve %1</translation>
    </message>
    <message>
        <source>You approve version %1 of %2, “%3”. It is recorded on the note sheet over your name; a later revision needs a fresh approval.</source>
        <translation>You approve version %1 of %2, “%3”. It is recorded on the note sheet over your name; a later revision needs a fresh approval.</translation>
    </message>
    <message>
        <source>Approve version %1</source>
        <translation>Approve version %1</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 of %3 approved.</source>
        <translation>Version %1 of draft %2 of %3 approved.</translation>
    </message>
    <message>
        <source>Draft not approved</source>
        <translation>Draft not approved</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copy: %1</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>Issue %1</translation>
    </message>
    <message>
        <source>Issue version %1, approved by %2, with the section&apos;s next dispatch number?

%3

Sections addressed through Nasti receive it in their dak at once. This cannot be undone.</source>
        <translation>Issue version %1, approved by %2, with the section&apos;s next dispatch number?

%3

Sections addressed through Nasti receive it in their dak at once. This cannot be undone.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Draft %1 of %2 issued as %3.</source>
        <translation>Draft %1 of %2 issued as %3.</translation>
    </message>
    <message>
        <source>Letter not issued</source>
        <translation>Letter not issued</translation>
    </message>
    <message>
        <source>Call &amp;for file…</source>
        <translation>Call &amp;for file…</translation>
    </message>
    <message>
        <source>Ask the holder for the file or an answer by a date (senior officers)</source>
        <translation>Ask the holder for the file or an answer by a date (senior officers)</translation>
    </message>
    <message>
        <source>&amp;Watch file…</source>
        <translation>&amp;Watch file…</translation>
    </message>
    <message>
        <source>Put the file on my watch-list with a direction</source>
        <translation>Put the file on my watch-list with a direction</translation>
    </message>
    <message>
        <source>The file stays with you and in pendency, and leaves the inbox until its review date. Say why it is parked.</source>
        <translation>The file stays with you and in pendency, and leaves the inbox until its review date. Say why it is parked.</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Review date:</translation>
    </message>
    <message>
        <source>Answer on file %1</source>
        <translation>Answer on file %1</translation>
    </message>
    <message>
        <source>The direction: %1</source>
        <translation>The direction: %1</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Answer on file %1 recorded.</source>
        <translation>Answer on file %1 recorded.</translation>
    </message>
    <message>
        <source>Call for file %1</source>
        <translation>Call for file %1</translation>
    </message>
    <message>
        <source>Watch file %1</source>
        <translation>Watch file %1</translation>
    </message>
    <message>
        <source>The holder sees your direction at the top of the file and answers by the date.</source>
        <translation>The holder sees your direction at the top of the file and answers by the date.</translation>
    </message>
    <message>
        <source>The file joins your watch-list; its holder sees your direction.</source>
        <translation>The file joins your watch-list; its holder sees your direction.</translation>
    </message>
    <message>
        <source>&amp;Call for</source>
        <translation>&amp;Call for</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Watch</translation>
    </message>
    <message>
        <source>Wanted by:</source>
        <translation>Wanted by:</translation>
    </message>
    <message>
        <source>File %1 called for.</source>
        <translation>File %1 called for.</translation>
    </message>
    <message>
        <source>File %1 is on your watch-list.</source>
        <translation>File %1 is on your watch-list.</translation>
    </message>
    <message>
        <source>Taken off your watch-list.</source>
        <translation>Taken off your watch-list.</translation>
    </message>
    <message>
        <source>Draft %1 of %2 issued as %3, digitally signed.</source>
        <translation>Draft %1 of %2 issued as %3, digitally signed.</translation>
    </message>
    <message>
        <source>It carries no PDF signature: %1.</source>
        <translation>It carries no PDF signature: %1.</translation>
    </message>
    <message>
        <source>DSC token PIN</source>
        <translation>DSC token PIN</translation>
    </message>
    <message>
        <source>This letter is signed with your DSC token (%1).
Insert the token and enter its PIN:</source>
        <translation>This letter is signed with your DSC token (%1).
Insert the token and enter its PIN:</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Sign and issue</translation>
    </message>
    <message>
        <source>Draft %1 of %2 issued as %3, signed with your DSC token.</source>
        <translation>Draft %1 of %2 issued as %3, signed with your DSC token.</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Not queued</translation>
    </message>
    <message>
        <source>The server cannot be reached: file %1 will be sent when it is back (your note goes with it).</source>
        <translation>The server cannot be reached: file %1 will be sent when it is back (your note goes with it).</translation>
    </message>
    <message>
        <source>The server cannot be reached: your note on %1 is kept on this computer, and goes with the file when you send it on, or can be saved when the server is back.</source>
        <translation>The server cannot be reached: your note on %1 is kept on this computer, and goes with the file when you send it on, or can be saved when the server is back.</translation>
    </message>
</context>
<context>
    <name>nasti::FileDesk</name>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Reopening</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Note sheet</source>
        <translation>Note sheet</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>My note</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Linked files</source>
        <translation>Linked files</translation>
    </message>
    <message>
        <source>Correspondence and history</source>
        <translation>Correspondence and history</translation>
    </message>
    <message>
        <source>My note (draft — only you see it until the file leaves you)</source>
        <translation>My note (draft — only you see it until the file leaves you)</translation>
    </message>
    <message>
        <source>Write your note here. Leave a blank line between paragraphs; they are numbered when the file moves on.</source>
        <translation>Write your note here. Leave a blank line between paragraphs; they are numbered when the file moves on.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Action asked</source>
        <translation>Action asked</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>This file is closed. You can read it; nobody can note on it until it is reopened.</source>
        <translation>This file is closed. You can read it; nobody can note on it until it is reopened.</translation>
    </message>
    <message>
        <source>This file is with %1 (%2). You can read it; only that post may note on it or move it.</source>
        <translation>This file is with %1 (%2). You can read it; only that post may note on it or move it.</translation>
    </message>
    <message>
        <source>Your unsaved note from %1 has been restored.</source>
        <translation>Your unsaved note from %1 has been restored.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Grading: %1</source>
        <translation>Grading: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Since: %1</translation>
    </message>
    <message>
        <source>Action asked: %1</source>
        <translation>Action asked: %1</translation>
    </message>
    <message>
        <source>Reason for delay: %1</source>
        <translation>Reason for delay: %1</translation>
    </message>
    <message>
        <source>Record class %1</source>
        <translation>Record class %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), pages %4–%5</source>
        <translation>%1 — %2 (%3), pages %4–%5</translation>
    </message>
    <message>
        <source>From %1, letter %2 %3</source>
        <translation>From %1, letter %2 %3</translation>
    </message>
    <message>
        <source>Kept on this computer at %1.</source>
        <translation>Kept on this computer at %1.</translation>
    </message>
    <message>
        <source>Could not keep your note on this computer (%1).</source>
        <translation>Could not keep your note on this computer (%1).</translation>
    </message>
    <message>
        <source>Saved as your draft at %1.</source>
        <translation>Saved as your draft at %1.</translation>
    </message>
    <message>
        <source>✔ Approved on %1</source>
        <translation>✔ Approved on %1</translation>
    </message>
    <message>
        <source>✔ Approved by %1 on %2</source>
        <translation>✔ Approved by %1 on %2</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>For approval: %1</source>
        <translation>For approval: %1</translation>
    </message>
    <message>
        <source>Issued %1 — %2 (%3)</source>
        <translation>Issued %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 calls for this file&lt;/b&gt; by %2: %3</source>
        <translation>&lt;b&gt;%1 calls for this file&lt;/b&gt; by %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 watches this file&lt;/b&gt; (by %2): %3</source>
        <translation>&lt;b&gt;%1 watches this file&lt;/b&gt; (by %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Digitally signed by %1 (%2), %3</source>
        <translation>Digitally signed by %1 (%2), %3</translation>
    </message>
    <message>
        <source>Signature broken: this note was altered after it was signed, or the signature is forged.</source>
        <translation>Signature broken: this note was altered after it was signed, or the signature is forged.</translation>
    </message>
    <message>
        <source>Offline copy of %1.</source>
        <translation>Offline copy of %1.</translation>
    </message>
    <message>
        <source>This paper is not on this computer; it can be read when the server is back.</source>
        <translation>This paper is not on this computer; it can be read when the server is back.</translation>
    </message>
    <message>
        <source>You returned this file at %1; it waits to be sent.</source>
        <translation>You returned this file at %1; it waits to be sent.</translation>
    </message>
    <message>
        <source>You put this file up at %1; it waits to be sent.</source>
        <translation>You put this file up at %1; it waits to be sent.</translation>
    </message>
    <message>
        <source>You forwarded this file at %1; it waits to be sent.</source>
        <translation>You forwarded this file at %1; it waits to be sent.</translation>
    </message>
</context>
<context>
    <name>nasti::FileListModel</name>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarks: %1</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Now with</source>
        <translation>Now with</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Action asked</source>
        <translation>Action asked</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days pending</source>
        <translation>Days pending</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 (parked)</source>
        <translation>%1 (parked)</translation>
    </message>
    <message>
        <source>✔ Approved</source>
        <translation>✔ Approved</translation>
    </message>
    <message>
        <source>✔ Approved · %1</source>
        <translation>✔ Approved · %1</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Approved on %1</translation>
    </message>
</context>
<context>
    <name>nasti::FileListPage</name>
    <message>
        <source>Filter this list (file number, subject, sender …)</source>
        <translation>Filter this list (file number, subject, sender …)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Quick filter</translation>
    </message>
</context>
<context>
    <name>nasti::FileQueries</name>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>There is no file numbered “%1”.</translation>
    </message>
    <message>
        <source>You may not see file %1.</source>
        <translation>You may not see file %1.</translation>
    </message>
</context>
<context>
    <name>nasti::FileService</name>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>There is no file numbered “%1”.</translation>
    </message>
    <message>
        <source>File %1 has moved or changed meanwhile; nothing was done and your draft is kept.</source>
        <translation>File %1 has moved or changed meanwhile; nothing was done and your draft is kept.</translation>
    </message>
    <message>
        <source>There is no post “%1”.</source>
        <translation>There is no post “%1”.</translation>
    </message>
    <message>
        <source>The subject is empty; every file needs a subject.</source>
        <translation>The subject is empty; every file needs a subject.</translation>
    </message>
    <message>
        <source>The subject is too long (%1 characters; at most %2).</source>
        <translation>The subject is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation>There is no section “%1”.</translation>
    </message>
    <message>
        <source>You hold no post in section %1 or its department.</source>
        <translation>You hold no post in section %1 or its department.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>The note is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>File %1 is already with %2.</source>
        <translation>File %1 is already with %2.</translation>
    </message>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>The remarks are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Say which post the file goes to.</source>
        <translation>Say which post the file goes to.</translation>
    </message>
    <message>
        <source>File %1 was not put up by anyone; say which post it goes to.</source>
        <translation>File %1 was not put up by anyone; say which post it goes to.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Not approved.</translation>
    </message>
    <message>
        <source>The retention class must be A (permanent), B (review in the 25th year) or C (review after 10 years).</source>
        <translation>The retention class must be A (permanent), B (review in the 25th year) or C (review after 10 years).</translation>
    </message>
    <message>
        <source>Give the reason for reopening the file.</source>
        <translation>Give the reason for reopening the file.</translation>
    </message>
    <message>
        <source>File reopened: %1</source>
        <translation>File reopened: %1</translation>
    </message>
    <message>
        <source>A file cannot be linked to itself.</source>
        <translation>A file cannot be linked to itself.</translation>
    </message>
    <message>
        <source>Files %1 and %2 are already linked.</source>
        <translation>Files %1 and %2 are already linked.</translation>
    </message>
    <message>
        <source>There is no receipt with diary number “%1”.</source>
        <translation>There is no receipt with diary number “%1”.</translation>
    </message>
    <message>
        <source>Receipt %1 is already in file %2.</source>
        <translation>Receipt %1 is already in file %2.</translation>
    </message>
    <message>
        <source>Receipt %1 was diarised by another post; it must be sent to you first.</source>
        <translation>Receipt %1 was diarised by another post; it must be sent to you first.</translation>
    </message>
    <message>
        <source>The reason for delay is empty.</source>
        <translation>The reason for delay is empty.</translation>
    </message>
    <message>
        <source>The reason for delay is too long (at most %1 characters).</source>
        <translation>The reason for delay is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A reviewer reads files but cannot move or change them.</source>
        <translation>A reviewer reads files but cannot move or change them.</translation>
    </message>
    <message>
        <source>File %1 has moved meanwhile and is now with %2; nothing was done and your draft is kept.</source>
        <translation>File %1 has moved meanwhile and is now with %2; nothing was done and your draft is kept.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>file head</source>
        <translation>file head</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>remarks</translation>
    </message>
    <message>
        <source>reason for delay</source>
        <translation>reason for delay</translation>
    </message>
    <message>
        <source>File %1 was not sent to you by anyone; there is no one to return it to.</source>
        <translation>File %1 was not sent to you by anyone; there is no one to return it to.</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>reference number</translation>
    </message>
    <message>
        <source>Give the reference number of the %1.</source>
        <translation>Give the reference number of the %1.</translation>
    </message>
    <message>
        <source>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</source>
        <translation>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</translation>
    </message>
    <message>
        <source>reason for parking</source>
        <translation>reason for parking</translation>
    </message>
    <message>
        <source>Give the reason for parking the file.</source>
        <translation>Give the reason for parking the file.</translation>
    </message>
    <message>
        <source>The reason for parking is too long (at most %1 characters).</source>
        <translation>The reason for parking is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Give a review date after today, when the file comes back to you.</source>
        <translation>Give a review date after today, when the file comes back to you.</translation>
    </message>
</context>
<context>
    <name>nasti::FollowupModel</name>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Wanted by</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Working days (limit)</source>
        <translation>Working days (limit)</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Reminded</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>%1 (called for)</source>
        <translation>%1 (called for)</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
</context>
<context>
    <name>nasti::FollowupPage</name>
    <message>
        <source>Reminders: files you hold past their time limit. Record the reason for delay or move them; after a further interval (3 working days unless the department sets another) they go to your reporting officer.</source>
        <translation>Reminders: files you hold past their time limit. Record the reason for delay or move them; after a further interval (3 working days unless the department sets another) they go to your reporting officer.</translation>
    </message>
    <message>
        <source>No file is past its time limit.</source>
        <translation>No file is past its time limit.</translation>
    </message>
    <message>
        <source>Escalated to me: files of the posts below you that are late, with the reason for delay.</source>
        <translation>Escalated to me: files of the posts below you that are late, with the reason for delay.</translation>
    </message>
    <message>
        <source>Nothing has been escalated to you.</source>
        <translation>Nothing has been escalated to you.</translation>
    </message>
    <message>
        <source>Watch-list: files you called for or watch, with your direction and the holder&apos;s answer.</source>
        <translation>Watch-list: files you called for or watch, with your direction and the holder&apos;s answer.</translation>
    </message>
    <message>
        <source>No file is on your watch-list.</source>
        <translation>No file is on your watch-list.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
</context>
<context>
    <name>nasti::FollowupService</name>
    <message>
        <source>Say “call” or “watch”.</source>
        <translation>Say “call” or “watch”.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>The direction is empty; say what is wanted on the file.</source>
        <translation>The direction is empty; say what is wanted on the file.</translation>
    </message>
    <message>
        <source>The direction is too long (at most %1 characters).</source>
        <translation>The direction is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Give the date by which the file or its answer is wanted.</source>
        <translation>Give the date by which the file or its answer is wanted.</translation>
    </message>
    <message>
        <source>There is no file numbered “%1” that you may call for.</source>
        <translation>There is no file numbered “%1” that you may call for.</translation>
    </message>
    <message>
        <source>File %1 is closed.</source>
        <translation>File %1 is closed.</translation>
    </message>
    <message>
        <source>You hold file %1 yourself.</source>
        <translation>You hold file %1 yourself.</translation>
    </message>
    <message>
        <source>Only the Chief Secretary, the department&apos;s head or an officer above the holder may call for file %1.</source>
        <translation>Only the Chief Secretary, the department&apos;s head or an officer above the holder may call for file %1.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>The answer is empty.</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>The answer is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>There is no such call for a file.</source>
        <translation>There is no such call for a file.</translation>
    </message>
    <message>
        <source>Only the holder of the file answers a call for it.</source>
        <translation>Only the holder of the file answers a call for it.</translation>
    </message>
    <message>
        <source>This call has been answered already.</source>
        <translation>This call has been answered already.</translation>
    </message>
    <message>
        <source>Only the officer who put a file on his watch-list takes it off.</source>
        <translation>Only the officer who put a file on his watch-list takes it off.</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>reference number</translation>
    </message>
    <message>
        <source>Give the reference number of the %1.</source>
        <translation>Give the reference number of the %1.</translation>
    </message>
    <message>
        <source>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</source>
        <translation>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</translation>
    </message>
    <message>
        <source>A reviewer reads files but cannot move or change them.</source>
        <translation>A reviewer reads files but cannot move or change them.</translation>
    </message>
    <message>
        <source>Only the holder of an open file %1 marks its category.</source>
        <translation>Only the holder of an open file %1 marks its category.</translation>
    </message>
    <message>
        <source>In answer to the direction of %1 (“%2”): %3</source>
        <translation>In answer to the direction of %1 (“%2”): %3</translation>
    </message>
</context>
<context>
    <name>nasti::ForwardDialog</name>
    <message>
        <source>Find a post</source>
        <translation>Find a post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Action asked</source>
        <translation>Action asked</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Put up file %1</source>
        <translation>Put up file %1</translation>
    </message>
    <message>
        <source>Forward file %1</source>
        <translation>Forward file %1</translation>
    </message>
    <message>
        <source>&amp;To (type a post, title or name):</source>
        <translation>&amp;To (type a post, title or name):</translation>
    </message>
    <message>
        <source>e.g. US-GAD, Under Secretary, Sharma</source>
        <translation>e.g. US-GAD, Under Secretary, Sharma</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>&amp;Action asked:</source>
        <translation>&amp;Action asked:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Put up</source>
        <translation>&amp;Put up</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <source>Your reporting officer</source>
        <translation>Your reporting officer</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Choose the post the file goes to.</source>
        <translation>Choose the post the file goes to.</translation>
    </message>
    <message>
        <source>&amp;Put up to %1</source>
        <translation>&amp;Put up to %1</translation>
    </message>
    <message>
        <source>&amp;Forward to %1</source>
        <translation>&amp;Forward to %1</translation>
    </message>
    <message>
        <source>Goes to: %1 (%2), %3 — %4</source>
        <translation>Goes to: %1 (%2), %3 — %4</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
</context>
<context>
    <name>nasti::GuardedApplication</name>
    <message>
        <source>Nasti met an internal error (%1). What you were doing was not finished; a note you were writing is kept.</source>
        <translation>Nasti met an internal error (%1). What you were doing was not finished; a note you were writing is kept.</translation>
    </message>
    <message>
        <source>Nasti met an internal error. What you were doing was not finished; a note you were writing is kept.</source>
        <translation>Nasti met an internal error. What you were doing was not finished; a note you were writing is kept.</translation>
    </message>
</context>
<context>
    <name>nasti::InboxListener</name>
    <message>
        <source>Cannot listen for new files.</source>
        <translation>Cannot listen for new files.</translation>
    </message>
</context>
<context>
    <name>nasti::KeyService</name>
    <message>
        <source>A signing key is sealed under your password; enter it.</source>
        <translation>A signing key is sealed under your password; enter it.</translation>
    </message>
    <message>
        <source>Your signing key does not open with this password (it was sealed under another one). Nothing was signed. Enrol a new key with your current password, or sign in on the desktop that holds the key.</source>
        <translation>Your signing key does not open with this password (it was sealed under another one). Nothing was signed. Enrol a new key with your current password, or sign in on the desktop that holds the key.</translation>
    </message>
    <message>
        <source>The sealed copy of your signing key is not the key on record; it was tampered with. Nothing was signed.</source>
        <translation>The sealed copy of your signing key is not the key on record; it was tampered with. Nothing was signed.</translation>
    </message>
    <message>
        <source>The authority needs a name (the organisation&apos;s).</source>
        <translation>The authority needs a name (the organisation&apos;s).</translation>
    </message>
    <message>
        <source>The authority&apos;s passphrase must have at least 8 characters.</source>
        <translation>The authority&apos;s passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>This database already has its signing authority.</source>
        <translation>This database already has its signing authority.</translation>
    </message>
    <message>
        <source>This database has no signing authority yet (nasti-admin keys authority).</source>
        <translation>This database has no signing authority yet (nasti-admin keys authority).</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing authority; nothing was certified.</source>
        <translation>Wrong passphrase for the signing authority; nothing was certified.</translation>
    </message>
    <message>
        <source>The authority&apos;s sealed key is not its public key; it was tampered with. Nothing was certified.</source>
        <translation>The authority&apos;s sealed key is not its public key; it was tampered with. Nothing was certified.</translation>
    </message>
    <message>
        <source>A certificate is valid for 1 to 1098 days.</source>
        <translation>A certificate is valid for 1 to 1098 days.</translation>
    </message>
    <message>
        <source>%1 is not an enabled user with a signing key (he enrols at his first sign-in, or with nasti-admin keys enrol).</source>
        <translation>%1 is not an enabled user with a signing key (he enrols at his first sign-in, or with nasti-admin keys enrol).</translation>
    </message>
    <message>
        <source>A revocation&apos;s reason is one of: %1.</source>
        <translation>A revocation&apos;s reason is one of: %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>This database has no identity to sign under; run nasti-admin init on it.</source>
        <translation>This database has no identity to sign under; run nasti-admin init on it.</translation>
    </message>
    <message>
        <source>What you decide must carry your digital signature, and your signing key is not unlocked here. Sign in again with your password to unlock it; nothing was frozen or sent.</source>
        <translation>What you decide must carry your digital signature, and your signing key is not unlocked here. Sign in again with your password to unlock it; nothing was frozen or sent.</translation>
    </message>
    <message>
        <source>What you decide must carry your digital signature, and your signing key could not be unlocked at sign-in: %1 Nothing was frozen or sent; your draft is kept.</source>
        <translation>What you decide must carry your digital signature, and your signing key could not be unlocked at sign-in: %1 Nothing was frozen or sent; your draft is kept.</translation>
    </message>
    <message>
        <source>This database has no X.509 CA yet (nasti-admin keys authority makes it).</source>
        <translation>This database has no X.509 CA yet (nasti-admin keys authority makes it).</translation>
    </message>
    <message>
        <source>The authority&apos;s sealed X.509 key does not open with its passphrase; it was tampered with. Nothing was done.</source>
        <translation>The authority&apos;s sealed X.509 key does not open with its passphrase; it was tampered with. Nothing was done.</translation>
    </message>
</context>
<context>
    <name>nasti::KeyedCalls</name>
    <message>
        <source>This action was done already; it was not done again.</source>
        <translation>This action was done already; it was not done again.</translation>
    </message>
</context>
<context>
    <name>nasti::LetterSignatures</name>
    <message>
        <source>this program cannot check PDF signatures.</source>
        <translation>this program cannot check PDF signatures.</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>an unnamed signer</translation>
    </message>
    <message>
        <source>(no signing time)</source>
        <translation>(no signing time)</translation>
    </message>
    <message>
        <source>Its digital signature could not be checked: %1</source>
        <translation>Its digital signature could not be checked: %1</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2: valid, unchanged since signing.</source>
        <translation>Digitally signed by %1 on %2: valid, unchanged since signing.</translation>
    </message>
    <message>
        <source>Signature of %1 (%2) is INVALID: %3.</source>
        <translation>Signature of %1 (%2) is INVALID: %3.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2, unchanged, but not by a certificate of this organisation: %3.</source>
        <translation>Signed by %1 on %2, unchanged, but not by a certificate of this organisation: %3.</translation>
    </message>
    <message>
        <source>Nasti&apos;s record issued it as %1 on %2; the signature&apos;s time is the real clock of the computer that signed it, which a PDF signature cannot be given otherwise (the demo simulates its office days).</source>
        <translation>Nasti&apos;s record issued it as %1 on %2; the signature&apos;s time is the real clock of the computer that signed it, which a PDF signature cannot be given otherwise (the demo simulates its office days).</translation>
    </message>
    <message>
        <source>the officer&apos;s login was disabled</source>
        <translation>the officer&apos;s login was disabled</translation>
    </message>
    <message>
        <source>the officer handed his post over</source>
        <translation>the officer handed his post over</translation>
    </message>
    <message>
        <source>the key was reported compromised</source>
        <translation>the key was reported compromised</translation>
    </message>
    <message>
        <source>a new certificate replaced it</source>
        <translation>a new certificate replaced it</translation>
    </message>
    <message>
        <source>Signed by %1 on %2, unchanged, but NOT VALID: %3.</source>
        <translation>Signed by %1 on %2, unchanged, but NOT VALID: %3.</translation>
    </message>
    <message>
        <source>its certificate was revoked on %1 (%2), before this letter was issued</source>
        <translation>its certificate was revoked on %1 (%2), before this letter was issued</translation>
    </message>
    <message>
        <source>its certificate was revoked on %1 (%2), and this database holds no record of the letter&apos;s issue before that</source>
        <translation>its certificate was revoked on %1 (%2), and this database holds no record of the letter&apos;s issue before that</translation>
    </message>
    <message>
        <source>Digitally signed by %1 with the DSC token registered to %2, on %3: valid, unchanged since signing.</source>
        <translation>Digitally signed by %1 with the DSC token registered to %2, on %3: valid, unchanged since signing.</translation>
    </message>
    <message>
        <source>the registration of its DSC token to %1 was revoked on %2 (%3), before this letter was issued</source>
        <translation>the registration of its DSC token to %1 was revoked on %2 (%3), before this letter was issued</translation>
    </message>
    <message>
        <source>its DSC token is registered to %1, not to the officer who issued this letter</source>
        <translation>its DSC token is registered to %1, not to the officer who issued this letter</translation>
    </message>
    <message>
        <source>its certificate is from an external CA and is not registered here as any officer&apos;s DSC token (nasti-admin keys register-token)</source>
        <translation>its certificate is from an external CA and is not registered here as any officer&apos;s DSC token (nasti-admin keys register-token)</translation>
    </message>
</context>
<context>
    <name>nasti::LoadReport</name>
    <message>
        <source>Load: %1 desktops (%2 signed in, %3 connected), %4 s at human pace</source>
        <translation>Load: %1 desktops (%2 signed in, %3 connected), %4 s at human pace</translation>
    </message>
    <message>
        <source>Set-up: login roles %1 s, sign-in (SCRAM) %2 s, connecting %3 s</source>
        <translation>Set-up: login roles %1 s, sign-in (SCRAM) %2 s, connecting %3 s</translation>
    </message>
    <message>
        <source>| action | count | p50 ms | p95 ms | p99 ms | max ms | errors | target (p99) | met |</source>
        <translation>| action | count | p50 ms | p95 ms | p99 ms | max ms | errors | target (p99) | met |</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>**no**</source>
        <translation>**no**</translation>
    </message>
    <message>
        <source>Scheduling lag (an action starting later than planned, on the driver&apos;s thread): p50 %1 ms, p99 %2 ms, max %3 ms. Inbox refreshes on notification: %4.</source>
        <translation>Scheduling lag (an action starting later than planned, on the driver&apos;s thread): p50 %1 ms, p99 %2 ms, max %3 ms. Inbox refreshes on notification: %4.</translation>
    </message>
    <message>
        <source>Server: %1 connections of the load&apos;s roles (at most %2 per desktop), %3 client backends in all.</source>
        <translation>Server: %1 connections of the load&apos;s roles (at most %2 per desktop), %3 client backends in all.</translation>
    </message>
    <message>
        <source>Their private memory %1 MiB (%2 MiB a backend), PSS %3 MiB.</source>
        <translation>Their private memory %1 MiB (%2 MiB a backend), PSS %3 MiB.</translation>
    </message>
    <message>
        <source>The driver process (every desktop&apos;s core session): %1 MiB, %2% of one core during the day.</source>
        <translation>The driver process (every desktop&apos;s core session): %1 MiB, %2% of one core during the day.</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Settings: %1</translation>
    </message>
    <message>
        <source>Load average (1 min) at the day&apos;s start and end: %1, %2</source>
        <translation>Load average (1 min) at the day&apos;s start and end: %1, %2</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errors: %1</translation>
    </message>
</context>
<context>
    <name>nasti::LoadRunner</name>
    <message>
        <source>bench --load needs PostgreSQL: each simulated desktop signs in as its own login role.</source>
        <translation>bench --load needs PostgreSQL: each simulated desktop signs in as its own login role.</translation>
    </message>
    <message>
        <source>bench --load %1: the database has only %2 posts held by clerks or officers; seed more (nasti-admin seed-scale).</source>
        <translation>bench --load %1: the database has only %2 posts held by clerks or officers; seed more (nasti-admin seed-scale).</translation>
    </message>
    <message>
        <source>load: %1 login roles created (%2 s)</source>
        <translation>load: %1 login roles created (%2 s)</translation>
    </message>
    <message>
        <source>load: the set-up took longer than %1 s (creating login roles).</source>
        <translation>load: the set-up took longer than %1 s (creating login roles).</translation>
    </message>
    <message>
        <source>load: %1 users, %2 login roles created, in %3 s</source>
        <translation>load: %1 users, %2 login roles created, in %3 s</translation>
    </message>
    <message>
        <source>load: %1 of %2 signed in (%3 s)</source>
        <translation>load: %1 of %2 signed in (%3 s)</translation>
    </message>
    <message>
        <source>load: the set-up took longer than %1 s (%2 of %3 signed in).</source>
        <translation>load: the set-up took longer than %1 s (%2 of %3 signed in).</translation>
    </message>
    <message>
        <source>load: %1 of %2 signed in in %3 s</source>
        <translation>load: %1 of %2 signed in in %3 s</translation>
    </message>
    <message>
        <source>load: %1 of %2 desktops connected (%3 s)</source>
        <translation>load: %1 of %2 desktops connected (%3 s)</translation>
    </message>
    <message>
        <source>the set-up took longer than %1 s (%2 of %3 desktops connected)</source>
        <translation>the set-up took longer than %1 s (%2 of %3 desktops connected)</translation>
    </message>
    <message>
        <source>load: %1 desktops connected in %2 s; the day runs for %3 s</source>
        <translation>load: %1 desktops connected in %2 s; the day runs for %3 s</translation>
    </message>
    <message>
        <source>load: %1 s, %2 actions, %3 errors</source>
        <translation>load: %1 s, %2 actions, %3 errors</translation>
    </message>
    <message>
        <source>a client held %1 server connections (at most 2)</source>
        <translation>a client held %1 server connections (at most 2)</translation>
    </message>
    <message>
        <source>load: closing %1 desktops</source>
        <translation>load: closing %1 desktops</translation>
    </message>
</context>
<context>
    <name>nasti::LoginDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>No keychain on this computer; your password cannot be remembered. %1</source>
        <translation>No keychain on this computer; your password cannot be remembered. %1</translation>
    </message>
    <message>
        <source>Nasti — Sign in</source>
        <translation>Nasti — Sign in</translation>
    </message>
    <message>
        <source>Nasti e-Office</source>
        <translation>Nasti e-Office</translation>
    </message>
    <message>
        <source>Files, notes and receipts of the Secretariat</source>
        <translation>Files, notes and receipts of the Secretariat</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;New profile…</translation>
    </message>
    <message>
        <source>Add a database to sign in to</source>
        <translation>Add a database to sign in to</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain, never in a file</source>
        <translation>Keeps your password in the system keychain, never in a file</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>e.g. so.gad1</source>
        <translation>e.g. so.gad1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Database URL</translation>
    </message>
    <message>
        <source>A PostgreSQL server (postgresql://HOST[:PORT]/DATABASE) or a SQLite file (sqlite:/path/file.db). Do not put a password here.</source>
        <translation>A PostgreSQL server (postgresql://HOST[:PORT]/DATABASE) or a SQLite file (sqlite:/path/file.db). Do not put a password here.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>Database URL:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Choose a profile, or add one with “New profile”.</source>
        <translation>Choose a profile, or add one with “New profile”.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Review replica URL (optional)</source>
        <translation>Review replica URL (optional)</translation>
    </message>
    <message>
        <source>Review replica URL (optional):</source>
        <translation>Review replica URL (optional):</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>this build has no keychain support</translation>
    </message>
    <message>
        <source>Days to keep offline copies</source>
        <translation>Days to keep offline copies</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>none kept</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Highest grading kept offline</source>
        <translation>Highest grading kept offline</translation>
    </message>
    <message>
        <source>Unclassified files only</source>
        <translation>Unclassified files only</translation>
    </message>
    <message>
        <source>Up to Confidential</source>
        <translation>Up to Confidential</translation>
    </message>
    <message>
        <source>Secret and Top Secret files are never kept on a desktop.</source>
        <translation>Secret and Top Secret files are never kept on a desktop.</translation>
    </message>
    <message>
        <source>Offline copies of the inbox:</source>
        <translation>Offline copies of the inbox:</translation>
    </message>
    <message>
        <source>Kept offline:</source>
        <translation>Kept offline:</translation>
    </message>
</context>
<context>
    <name>nasti::MainWindow</name>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Lists and open files</source>
        <translation>Lists and open files</translation>
    </message>
    <message>
        <source>Nasti — %1</source>
        <translation>Nasti — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reload lists and counts</source>
        <translation>Reload lists and counts</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>Show the inbox</source>
        <translation>Show the inbox</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>Close &amp;tab</translation>
    </message>
    <message>
        <source>Close the open file</source>
        <translation>Close the open file</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out and return to the sign-in screen</source>
        <translation>Sign out and return to the sign-in screen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Nasti</source>
        <translation>Quit Nasti</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>File actions</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>The weekly review is not available in this build.</source>
        <translation>The weekly review is not available in this build.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New file from %1: %2 — %3</source>
        <translation>New file from %1: %2 — %3</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Reconnecting…</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>Advanced search</translation>
    </message>
    <message>
        <source>No file you may see matches %1. Try fewer words, the beginning of a number, or the advanced search.</source>
        <translation>No file you may see matches %1. Try fewer words, the beginning of a number, or the advanced search.</translation>
    </message>
    <message>
        <source>Search by file number, subject, note text, sender, letter or diary number</source>
        <translation>Search by file number, subject, note text, sender, letter or diary number</translation>
    </message>
    <message>
        <source>File number, subject or note words, sender, letter or diary number — Hindi or English</source>
        <translation>File number, subject or note words, sender, letter or diary number — Hindi or English</translation>
    </message>
    <message>
        <source>&amp;Advanced…</source>
        <translation>&amp;Advanced…</translation>
    </message>
    <message>
        <source>Search by sender, letter or diary number, dates, priority, grading, holder and status</source>
        <translation>Search by sender, letter or diary number, dates, priority, grading, holder and status</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) past the time limit: see Reminders and Escalated to me.</source>
        <translation>
            <numerusform>%n file past the time limit: see Reminders and Escalated to me.</numerusform>
            <numerusform>%n files past the time limit: see Reminders and Escalated to me.</numerusform>
        </translation>
    </message>
    <message>
        <source>they are turned off in this profile</source>
        <translation>they are turned off in this profile</translation>
    </message>
    <message>
        <source>The server cannot be reached. No copies are kept on this computer for working offline (%1), so only the files already open can be read; what you type is kept here until the server is back.</source>
        <translation>The server cannot be reached. No copies are kept on this computer for working offline (%1), so only the files already open can be read; what you type is kept here until the server is back.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>no keychain</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are working on the copies of your inbox kept on this computer (as of %1): you can read files, write notes and send on the files you hold. Moves are sent when the server is back.</source>
        <translation>The server cannot be reached. You are working on the copies of your inbox kept on this computer (as of %1): you can read files, write notes and send on the files you hold. Moves are sent when the server is back.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no copy of your inbox is on this computer yet. What you type is kept here until the server is back.</source>
        <translation>The server cannot be reached, and no copy of your inbox is on this computer yet. What you type is kept here until the server is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n move waiting to be sent.</numerusform>
            <numerusform>%n moves waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is back: %n move(s) made offline were sent.</source>
        <translation>
            <numerusform>The server is back: %n move made offline was sent.</numerusform>
            <numerusform>The server is back: %n moves made offline were sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves made offline</source>
        <translation>Moves made offline</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) made while the server was away could not be done, because the file changed meanwhile:</source>
        <translation>
            <numerusform>%n move made while the server was away could not be done, because the file changed meanwhile:</numerusform>
            <numerusform>%n moves made while the server was away could not be done, because the files changed meanwhile:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
</context>
<context>
    <name>nasti::Navigation</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Inbox  (%1 · %2 new)</source>
        <translation>Inbox  (%1 · %2 new)</translation>
    </message>
    <message>
        <source>Inbox  (%1)</source>
        <translation>Inbox  (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Created by me</translation>
    </message>
    <message>
        <source>Parked  (%1)</source>
        <translation>Parked  (%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Receipts  (%1 to file)</source>
        <translation>Receipts  (%1 to file)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Drafts for approval</source>
        <translation>Drafts for approval</translation>
    </message>
    <message>
        <source>Dispatch register</source>
        <translation>Dispatch register</translation>
    </message>
    <message>
        <source>Reminders  (%1)</source>
        <translation>Reminders  (%1)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Escalated to me  (%1)</source>
        <translation>Escalated to me  (%1)</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>Escalated to me</translation>
    </message>
    <message>
        <source>Watch-list  (%1)</source>
        <translation>Watch-list  (%1)</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>Watch-list</translation>
    </message>
</context>
<context>
    <name>nasti::NewFileDialog</name>
    <message>
        <source>Open a new file</source>
        <translation>Open a new file</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Security grading</source>
        <translation>Security grading</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>(none — a file without a receipt)</source>
        <translation>(none — a file without a receipt)</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>&amp;Grading:</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Receipt:</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>You hold no post in any section; a file cannot be opened.</source>
        <translation>You hold no post in any section; a file cannot be opened.</translation>
    </message>
    <message>
        <source>The subject is empty; every file needs a subject.</source>
        <translation>The subject is empty; every file needs a subject.</translation>
    </message>
    <message>
        <source>Reference category</source>
        <translation>Reference category</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>its reference number</source>
        <translation>its reference number</translation>
    </message>
    <message>
        <source>Enter the reference number of the %1.</source>
        <translation>Enter the reference number of the %1.</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
</context>
<context>
    <name>nasti::OrgCsvImporter</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>line %1: the header must be: %2</source>
        <translation>line %1: the header must be: %2</translation>
    </message>
    <message>
        <source>The CSV file was not imported:
%1</source>
        <translation>The CSV file was not imported:
%1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>%1 “%2” appears twice in the file</source>
        <translation>%1 “%2” appears twice in the file</translation>
    </message>
    <message>
        <source>“%1” is not a valid department code</source>
        <translation>“%1” is not a valid department code</translation>
    </message>
    <message>
        <source>department “%1” already exists</source>
        <translation>department “%1” already exists</translation>
    </message>
    <message>
        <source>department “%1” has no English name</source>
        <translation>department “%1” has no English name</translation>
    </message>
    <message>
        <source>“%1” is not a valid section code</source>
        <translation>“%1” is not a valid section code</translation>
    </message>
    <message>
        <source>section “%1” already exists</source>
        <translation>section “%1” already exists</translation>
    </message>
    <message>
        <source>section “%1” has no English name</source>
        <translation>section “%1” has no English name</translation>
    </message>
    <message>
        <source>section “%1”: unknown department “%2”</source>
        <translation>section “%1”: unknown department “%2”</translation>
    </message>
    <message>
        <source>“%1” is not a valid post code</source>
        <translation>“%1” is not a valid post code</translation>
    </message>
    <message>
        <source>post “%1” already exists</source>
        <translation>post “%1” already exists</translation>
    </message>
    <message>
        <source>post “%1” has no English title</source>
        <translation>post “%1” has no English title</translation>
    </message>
    <message>
        <source>post “%1”: unknown department “%2”</source>
        <translation>post “%1”: unknown department “%2”</translation>
    </message>
    <message>
        <source>post “%1”: unknown section “%2”</source>
        <translation>post “%1”: unknown section “%2”</translation>
    </message>
    <message>
        <source>post “%1”: section “%2” is not in department “%3”</source>
        <translation>post “%1”: section “%2” is not in department “%3”</translation>
    </message>
    <message>
        <source>post “%1”: level must be a number from 1 to 6</source>
        <translation>post “%1”: level must be a number from 1 to 6</translation>
    </message>
    <message>
        <source>post “%1”: reports to unknown post “%2”</source>
        <translation>post “%1”: reports to unknown post “%2”</translation>
    </message>
    <message>
        <source>post “%1” cannot report to itself</source>
        <translation>post “%1” cannot report to itself</translation>
    </message>
    <message>
        <source>“%1” is not a valid login</source>
        <translation>“%1” is not a valid login</translation>
    </message>
    <message>
        <source>login “%1” already exists</source>
        <translation>login “%1” already exists</translation>
    </message>
    <message>
        <source>user “%1” has no name</source>
        <translation>user “%1” has no name</translation>
    </message>
    <message>
        <source>user “%1”: role must be clerk, officer, reviewer or admin</source>
        <translation>user “%1”: role must be clerk, officer, reviewer or admin</translation>
    </message>
    <message>
        <source>user “%1”: unknown post “%2”</source>
        <translation>user “%1”: unknown post “%2”</translation>
    </message>
    <message>
        <source>unknown record type “%1” (department, section, post or user)</source>
        <translation>unknown record type “%1” (department, section, post or user)</translation>
    </message>
    <message>
        <source>The CSV file was not imported; nothing was changed:
%1</source>
        <translation>The CSV file was not imported; nothing was changed:
%1</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8 text (byte %2 is 0x%3); save the file as UTF-8</source>
        <translation>line %1: not valid UTF-8 text (byte %2 is 0x%3); save the file as UTF-8</translation>
    </message>
    <message>
        <source>department code “%1” is longer than 20 characters</source>
        <translation>department code “%1” is longer than 20 characters</translation>
    </message>
    <message>
        <source>section code “%1” is longer than 20 characters</source>
        <translation>section code “%1” is longer than 20 characters</translation>
    </message>
    <message>
        <source>line %1: posts %2 report to each other in a loop; one of them must report to a post outside it</source>
        <translation>line %1: posts %2 report to each other in a loop; one of them must report to a post outside it</translation>
    </message>
</context>
<context>
    <name>nasti::OrgService</name>
    <message>
        <source>Unknown %1 “%2”.</source>
        <translation>Unknown %1 “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid department code (letters, digits, - . _).</source>
        <translation>“%1” is not a valid department code (letters, digits, - . _).</translation>
    </message>
    <message>
        <source>Department %1 needs an English name.</source>
        <translation>Department %1 needs an English name.</translation>
    </message>
    <message>
        <source>A time limit must be between 1 and 90 working days.</source>
        <translation>A time limit must be between 1 and 90 working days.</translation>
    </message>
    <message>
        <source>“%1” is not a valid section code (letters, digits, - . _).</source>
        <translation>“%1” is not a valid section code (letters, digits, - . _).</translation>
    </message>
    <message>
        <source>Section %1 needs an English name.</source>
        <translation>Section %1 needs an English name.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>“%1” is not a valid post code (letters, digits, - . _).</source>
        <translation>“%1” is not a valid post code (letters, digits, - . _).</translation>
    </message>
    <message>
        <source>Post %1 needs an English title.</source>
        <translation>Post %1 needs an English title.</translation>
    </message>
    <message>
        <source>Post %1: level must be 1 (Assistant) to 6 (Chief Secretary).</source>
        <translation>Post %1: level must be 1 (Assistant) to 6 (Chief Secretary).</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>Post %1: section %2 is not in department %3.</source>
        <translation>Post %1: section %2 is not in department %3.</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>“%1” is not a valid login: use 2–60 lower-case letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>“%1” is not a valid login: use 2–60 lower-case letters, digits, dot, dash or underscore, starting with a letter.</translation>
    </message>
    <message>
        <source>User %1 needs a name.</source>
        <translation>User %1 needs a name.</translation>
    </message>
    <message>
        <source>The password is too short (at least 4 characters).</source>
        <translation>The password is too short (at least 4 characters).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Unknown login “%1”.</source>
        <translation>Unknown login “%1”.</translation>
    </message>
    <message>
        <source>department name</source>
        <translation>department name</translation>
    </message>
    <message>
        <source>department name (Hindi)</source>
        <translation>department name (Hindi)</translation>
    </message>
    <message>
        <source>section name</source>
        <translation>section name</translation>
    </message>
    <message>
        <source>section name (Hindi)</source>
        <translation>section name (Hindi)</translation>
    </message>
    <message>
        <source>post title</source>
        <translation>post title</translation>
    </message>
    <message>
        <source>post title (Hindi)</source>
        <translation>post title (Hindi)</translation>
    </message>
    <message>
        <source>user&apos;s name</source>
        <translation>user&apos;s name</translation>
    </message>
    <message>
        <source>The login %1 is disabled; enable it before handing it the charge of %2.</source>
        <translation>The login %1 is disabled; enable it before handing it the charge of %2.</translation>
    </message>
</context>
<context>
    <name>nasti::Pager</name>
    <message>
        <source>Weekly review %1 — %2</source>
        <translation>Weekly review %1 — %2</translation>
    </message>
    <message>
        <source>Nasti — generated %1 IST</source>
        <translation>Nasti — generated %1 IST</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>nasti::PdfView</name>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>PDF tools</source>
        <translation>PDF tools</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Current page</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>This document cannot be shown.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.</source>
        <translation>“%1” cannot be shown.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>search hit of hits</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open in its own window</source>
        <translation>Open in its own window</translation>
    </message>
    <message>
        <source>Pop out</source>
        <translation>Pop out</translation>
    </message>
    <message>
        <source>Bring it back here</source>
        <translation>Bring it back here</translation>
    </message>
    <message>
        <source>Bring the document back here</source>
        <translation>Bring the document back here</translation>
    </message>
    <message>
        <source>Back into the file</source>
        <translation>Back into the file</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Put back</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The document is open in its own window.</source>
        <translation>The document is open in its own window.</translation>
    </message>
    <message>
        <source>“%1” is open in its own window.</source>
        <translation>“%1” is open in its own window.</translation>
    </message>
    <message>
        <source>Pages without a text layer (scanned images), not searched: %1</source>
        <translation>Pages without a text layer (scanned images), not searched: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to search: the %n page(s) are scans without a text layer</source>
        <translation>
            <numerusform>Nothing to search: %n page, a scan without a text layer</numerusform>
            <numerusform>Nothing to search: %n pages, scans without a text layer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found; %n page(s) without a text layer (scans) not searched</source>
        <translation>
            <numerusform>Not found; %n page without a text layer (scans) not searched</numerusform>
            <numerusform>Not found; %n pages without a text layer (scans) not searched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::PopplerInspector</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>The file is not a PDF.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF (it may be damaged).</source>
        <translation>The file is not a readable PDF (it may be damaged).</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; remove the protection and try again.</source>
        <translation>The PDF is protected by a password; remove the protection and try again.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be read (the file may be damaged).</source>
        <translation>Page %1 of the PDF cannot be read (the file may be damaged).</translation>
    </message>
</context>
<context>
    <name>nasti::ProfileStore</name>
    <message>
        <source>Demo (this computer)</source>
        <translation>Demo (this computer)</translation>
    </message>
</context>
<context>
    <name>nasti::QueryWorker</name>
    <message>
        <source>The connection to the server is lost and could not be restored. What you asked for may not have been done; what you wrote is kept. When the server is back, look at the file (what was done shows there) before you try again.</source>
        <translation>The connection to the server is lost and could not be restored. What you asked for may not have been done; what you wrote is kept. When the server is back, look at the file (what was done shows there) before you try again.</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptListModel</name>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 dated %2</translation>
    </message>
    <message>
        <source>Not yet put into a file</source>
        <translation>Not yet put into a file</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diary number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>In file</source>
        <translation>In file</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptService</name>
    <message>
        <source>The sender is empty; say who wrote the letter.</source>
        <translation>The sender is empty; say who wrote the letter.</translation>
    </message>
    <message>
        <source>The subject is empty; every receipt needs a subject.</source>
        <translation>The subject is empty; every receipt needs a subject.</translation>
    </message>
    <message>
        <source>The sender, subject or letter number is too long.</source>
        <translation>The sender, subject or letter number is too long.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2); the limit is %3.</source>
        <translation>The file %1 is too large (%2); the limit is %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation>There is no section “%1”.</translation>
    </message>
    <message>
        <source>You hold no post in a section that could diarise this receipt.</source>
        <translation>You hold no post in a section that could diarise this receipt.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>letter number</source>
        <translation>letter number</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>reference number</translation>
    </message>
    <message>
        <source>Give the reference number of the %1.</source>
        <translation>Give the reference number of the %1.</translation>
    </message>
    <message>
        <source>A reference number “%1” needs its category (VIP reference, Assembly question, court case, CM Helpline or CPGRAMS).</source>
        <translation>A reference number “%1” needs its category (VIP reference, Assembly question, court case, CM Helpline or CPGRAMS).</translation>
    </message>
    <message>
        <source>The reference number is too long (at most 60 characters).</source>
        <translation>The reference number is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</source>
        <translation>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptViewer</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>From %1; letter %2 dated %3</source>
        <translation>From %1; letter %2 dated %3</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message numerus="yes">
        <source>Diarised %1 in %2; %n page(s)</source>
        <translation>
            <numerusform>Diarised %1 in %2; %n page</numerusform>
            <numerusform>Diarised %1 in %2; %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet put into a file.</source>
        <translation>Not yet put into a file.</translation>
    </message>
    <message>
        <source>In file %1.</source>
        <translation>In file %1.</translation>
    </message>
    <message>
        <source>&amp;Put into a file…</source>
        <translation>&amp;Put into a file…</translation>
    </message>
    <message>
        <source>Open a &amp;new file with it…</source>
        <translation>Open a &amp;new file with it…</translation>
    </message>
    <message>
        <source>&amp;Open file %1</source>
        <translation>&amp;Open file %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Acknowledgement %1</source>
        <translation>Acknowledgement %1</translation>
    </message>
    <message>
        <source>Save the acknowledgement</source>
        <translation>Save the acknowledgement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Acknowledgement not saved</source>
        <translation>Acknowledgement not saved</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement (PDF)…</source>
        <translation>&amp;Acknowledgement (PDF)…</translation>
    </message>
    <message>
        <source>The sender&apos;s acknowledgement: an A4 PDF with the diary number</source>
        <translation>The sender&apos;s acknowledgement: an A4 PDF with the diary number</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptsPage</name>
    <message>
        <source>Diarise a receipt</source>
        <translation>Diarise a receipt</translation>
    </message>
    <message>
        <source>Open a new file with it</source>
        <translation>Open a new file with it</translation>
    </message>
    <message>
        <source>Put into a file</source>
        <translation>Put into a file</translation>
    </message>
    <message>
        <source>Diarise…</source>
        <translation>Diarise…</translation>
    </message>
    <message>
        <source>Diarise a letter; you can also drop PDF files on this window</source>
        <translation>Diarise a letter; you can also drop PDF files on this window</translation>
    </message>
    <message>
        <source>Open a new file with it…</source>
        <translation>Open a new file with it…</translation>
    </message>
    <message>
        <source>Put into a file…</source>
        <translation>Put into a file…</translation>
    </message>
    <message>
        <source>Drop PDF letters here to diarise them.</source>
        <translation>Drop PDF letters here to diarise them.</translation>
    </message>
    <message>
        <source>Receipts are diarised by a post in a section.</source>
        <translation>Receipts are diarised by a post in a section.</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>&amp;Open letter</translation>
    </message>
    <message>
        <source>Open a &amp;new file with it…</source>
        <translation>Open a &amp;new file with it…</translation>
    </message>
    <message>
        <source>&amp;Put into a file…</source>
        <translation>&amp;Put into a file…</translation>
    </message>
</context>
<context>
    <name>nasti::Review</name>
    <message>
        <source>W%1</source>
        <comment>ISO week number on the trend chart&apos;s axis</comment>
        <translation>W%1</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewCsv</name>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>as of</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Longest pending files</source>
        <translation>Longest pending files</translation>
    </message>
    <message>
        <source>Trend (12 weeks)</source>
        <translation>Trend (12 weeks)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Pending at week end</source>
        <translation>Pending at week end</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Latest note digitally signed by</source>
        <translation>Latest note digitally signed by</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewReport</name>
    <message>
        <source>The review is empty.</source>
        <translation>The review is empty.</translation>
    </message>
    <message>
        <source>The report could not be drawn on this printer or file.</source>
        <translation>The report could not be drawn on this printer or file.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Cannot write the PDF file %1: %2</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Weekly review %1</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewService</name>
    <message>
        <source>There is no department “%1”.</source>
        <translation>There is no department “%1”.</translation>
    </message>
    <message>
        <source>A department head may review only his own department.</source>
        <translation>A department head may review only his own department.</translation>
    </message>
    <message>
        <source>Only reviewers and department heads may see the weekly review.</source>
        <translation>Only reviewers and department heads may see the weekly review.</translation>
    </message>
    <message>
        <source>No week was chosen for the review.</source>
        <translation>No week was chosen for the review.</translation>
    </message>
    <message>
        <source>Week %1 has not begun yet.</source>
        <translation>Week %1 has not begun yet.</translation>
    </message>
    <message>
        <source>Only an administrator may close review weeks.</source>
        <translation>Only an administrator may close review weeks.</translation>
    </message>
    <message>
        <source>Week %1 has not ended yet.</source>
        <translation>Week %1 has not ended yet.</translation>
    </message>
    <message>
        <source>Secret file</source>
        <translation>Secret file</translation>
    </message>
    <message>
        <source>Confidential file</source>
        <translation>Confidential file</translation>
    </message>
    <message>
        <source>Only an administrator may close review days.</source>
        <translation>Only an administrator may close review days.</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewWidget</name>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Held at</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source> (parked)</source>
        <translation> (parked)</translation>
    </message>
    <message>
        <source>With %1 since %2 · %3</source>
        <translation>With %1 since %2 · %3</translation>
    </message>
    <message>
        <source>Reason for delay:</source>
        <translation>Reason for delay:</translation>
    </message>
    <message>
        <source>Note sheet</source>
        <translation>Note sheet</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Week under review</source>
        <translation>Week under review</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <source>Loading the review</source>
        <translation>Loading the review</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Figures by unit</source>
        <translation>Figures by unit</translation>
    </message>
    <message>
        <source>Longest pending files</source>
        <translation>Longest pending files</translation>
    </message>
    <message>
        <source>Twelve-week trend</source>
        <translation>Twelve-week trend</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <source>Double-click a figure to see the files behind it.</source>
        <translation>Double-click a figure to see the files behind it.</translation>
    </message>
    <message>
        <source>Loading week %1…</source>
        <translation>Loading week %1…</translation>
    </message>
    <message>
        <source>As of %1 IST</source>
        <translation>As of %1 IST</translation>
    </message>
    <message>
        <source>Last 12 weeks: %1</source>
        <translation>Last 12 weeks: %1</translation>
    </message>
    <message>
        <source>Longest pending: %1</source>
        <translation>Longest pending: %1</translation>
    </message>
    <message>
        <source>%1 — %2, week %3</source>
        <translation>%1 — %2, week %3</translation>
    </message>
    <message>
        <source>Files behind the figure</source>
        <translation>Files behind the figure</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>Save the list as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>File %1 (read only)</source>
        <translation>File %1 (read only)</translation>
    </message>
    <message>
        <source>File, read only</source>
        <translation>File, read only</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The review has not been loaded yet.</source>
        <translation>The review has not been loaded yet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Save the review as CSV</source>
        <translation>Save the review as CSV</translation>
    </message>
    <message>
        <source>Save the review as PDF</source>
        <translation>Save the review as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Weekly review %1</translation>
    </message>
    <message>
        <source>Week %1 of %2 (%3 – %4)</source>
        <translation>Week %1 of %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>%1 (review date %2)</source>
        <translation>%1 (review date %2)</translation>
    </message>
</context>
<context>
    <name>nasti::Rulebook</name>
    <message>
        <source>note on</source>
        <translation>note on</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>park</source>
        <translation>park</translation>
    </message>
    <message>
        <source>unpark</source>
        <translation>unpark</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>add papers to</source>
        <translation>add papers to</translation>
    </message>
    <message>
        <source>explain the delay of</source>
        <translation>explain the delay of</translation>
    </message>
    <message>
        <source>File %1 is with %2; only that post may %3 it.</source>
        <translation>File %1 is with %2; only that post may %3 it.</translation>
    </message>
    <message>
        <source>A reviewer cannot %1 files.</source>
        <translation>A reviewer cannot %1 files.</translation>
    </message>
    <message>
        <source>File %1 is closed; reopen it first.</source>
        <translation>File %1 is closed; reopen it first.</translation>
    </message>
    <message>
        <source>File %1 is parked; unpark it first.</source>
        <translation>File %1 is parked; unpark it first.</translation>
    </message>
    <message>
        <source>Only the post that sent file %1 may recall it.</source>
        <translation>Only the post that sent file %1 may recall it.</translation>
    </message>
    <message>
        <source>File %1 has already been opened by its receiver; it can no longer be recalled.</source>
        <translation>File %1 has already been opened by its receiver; it can no longer be recalled.</translation>
    </message>
    <message>
        <source>Post %1 has no reporting officer to put the file up to.</source>
        <translation>Post %1 has no reporting officer to put the file up to.</translation>
    </message>
    <message>
        <source>File %1 was not sent to you by anyone; there is no one to return it to.</source>
        <translation>File %1 was not sent to you by anyone; there is no one to return it to.</translation>
    </message>
    <message>
        <source>Only an officer may approve a file.</source>
        <translation>Only an officer may approve a file.</translation>
    </message>
    <message>
        <source>Only an officer may reject a file.</source>
        <translation>Only an officer may reject a file.</translation>
    </message>
    <message>
        <source>File %1 is not parked.</source>
        <translation>File %1 is not parked.</translation>
    </message>
    <message>
        <source>Only the post that opened file %1 may close it.</source>
        <translation>Only the post that opened file %1 may close it.</translation>
    </message>
    <message>
        <source>File %1 has no approval by a competent officer; it cannot be closed yet.</source>
        <translation>File %1 has no approval by a competent officer; it cannot be closed yet.</translation>
    </message>
    <message>
        <source>File %1 is not closed.</source>
        <translation>File %1 is not closed.</translation>
    </message>
    <message>
        <source>Only the post that opened file %1 may reopen it.</source>
        <translation>Only the post that opened file %1 may reopen it.</translation>
    </message>
    <message>
        <source>File %1 is within its time limit (%2 of %3 working days); no reason for delay is due.</source>
        <translation>File %1 is within its time limit (%2 of %3 working days); no reason for delay is due.</translation>
    </message>
    <message>
        <source>A reviewer cannot open files.</source>
        <translation>A reviewer cannot open files.</translation>
    </message>
    <message>
        <source>You hold no post; files are opened by posts.</source>
        <translation>You hold no post; files are opened by posts.</translation>
    </message>
    <message>
        <source>A decision goes back along the file&apos;s own path; %1 is not on it.</source>
        <translation>A decision goes back along the file&apos;s own path; %1 is not on it.</translation>
    </message>
    <message>
        <source>A reviewer cannot diarise receipts.</source>
        <translation>A reviewer cannot diarise receipts.</translation>
    </message>
    <message>
        <source>Receipts are diarised in a section; you hold no post in one.</source>
        <translation>Receipts are diarised in a section; you hold no post in one.</translation>
    </message>
    <message>
        <source>draft in</source>
        <translation>draft in</translation>
    </message>
    <message>
        <source>approve drafts in</source>
        <translation>approve drafts in</translation>
    </message>
    <message>
        <source>issue letters of</source>
        <translation>issue letters of</translation>
    </message>
    <message>
        <source>Only an officer may approve a draft.</source>
        <translation>Only an officer may approve a draft.</translation>
    </message>
    <message>
        <source>Letters of file %1 are issued by its own section; post %2 is not in it.</source>
        <translation>Letters of file %1 are issued by its own section; post %2 is not in it.</translation>
    </message>
    <message>
        <source>File %1 is closed.</source>
        <translation>File %1 is closed.</translation>
    </message>
    <message>
        <source>You hold file %1; there is no one to call for it from.</source>
        <translation>You hold file %1; there is no one to call for it from.</translation>
    </message>
    <message>
        <source>Only the Chief Secretary, the head of the department or an officer above the holder may call for file %1 or watch it.</source>
        <translation>Only the Chief Secretary, the head of the department or an officer above the holder may call for file %1 or watch it.</translation>
    </message>
</context>
<context>
    <name>nasti::ScaleSeeder</name>
    <message>
        <source>--files must be at least 1.</source>
        <translation>--files must be at least 1.</translation>
    </message>
    <message>
        <source>The seeder needs at least one receipt PDF.</source>
        <translation>The seeder needs at least one receipt PDF.</translation>
    </message>
    <message>
        <source>The database %1 already has an organisation or files; seed-scale only seeds an empty database (create a new one for the benchmark).</source>
        <translation>The database %1 already has an organisation or files; seed-scale only seeds an empty database (create a new one for the benchmark).</translation>
    </message>
    <message>
        <source>seed-scale on PostgreSQL needs a superuser connection (it writes history rows with the guard triggers off on its own session).</source>
        <translation>seed-scale on PostgreSQL needs a superuser connection (it writes history rows with the guard triggers off on its own session).</translation>
    </message>
    <message>
        <source>seed-scale: %1/%2 files (%3%), %4 rows, %5 rows/s, ETA %6</source>
        <translation>seed-scale: %1/%2 files (%3%), %4 rows, %5 rows/s, ETA %6</translation>
    </message>
    <message>
        <source>seed-scale: generated everything in %1; waiting for the database to finish writing…</source>
        <translation>seed-scale: generated everything in %1; waiting for the database to finish writing…</translation>
    </message>
    <message>
        <source>seed-scale: rows written in %1; finishing (sequences, statistics, custody check)…</source>
        <translation>seed-scale: rows written in %1; finishing (sequences, statistics, custody check)…</translation>
    </message>
    <message>
        <source>The seeded custody is inconsistent: %1</source>
        <translation>The seeded custody is inconsistent: %1</translation>
    </message>
    <message>
        <source>file %1 is not held where its last movement took it.</source>
        <translation>file %1 is not held where its last movement took it.</translation>
    </message>
    <message>
        <source>file %1 has a movement that does not start where the previous one ended.</source>
        <translation>file %1 has a movement that does not start where the previous one ended.</translation>
    </message>
    <message>
        <source>seed-scale: created %1 login roles for the bench&apos;s users</source>
        <translation>seed-scale: created %1 login roles for the bench&apos;s users</translation>
    </message>
    <message>
        <source>seed-scale: an earlier run was interrupted; removing what it wrote and seeding again</source>
        <translation>seed-scale: an earlier run was interrupted; removing what it wrote and seeding again</translation>
    </message>
    <message>
        <source>seed-scale: recording the seeded closings in the event log…</source>
        <translation>seed-scale: recording the seeded closings in the event log…</translation>
    </message>
</context>
<context>
    <name>nasti::SearchCriteria</name>
    <message>
        <source>words %1</source>
        <translation>words %1</translation>
    </message>
    <message>
        <source>file number %1</source>
        <translation>file number %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>sender %1</translation>
    </message>
    <message>
        <source>letter number %1</source>
        <translation>letter number %1</translation>
    </message>
    <message>
        <source>diary number %1</source>
        <translation>diary number %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>opened from %1</translation>
    </message>
    <message>
        <source>opened up to %1</source>
        <translation>opened up to %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message>
        <source>grading %1</source>
        <translation>grading %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
</context>
<context>
    <name>nasti::SearchPanel</name>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <source>Letter n&amp;o.:</source>
        <translation>Letter n&amp;o.:</translation>
    </message>
    <message>
        <source>D&amp;iary no.:</source>
        <translation>D&amp;iary no.:</translation>
    </message>
    <message>
        <source>File n&amp;o.:</source>
        <translation>File n&amp;o.:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Held by:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priorit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>&amp;Grading:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Opened &amp;from</source>
        <translation>Opened &amp;from</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>any part, e.g. Collector</source>
        <translation>any part, e.g. Collector</translation>
    </message>
    <message>
        <source>beginning, e.g. L/101</source>
        <translation>beginning, e.g. L/101</translation>
    </message>
    <message>
        <source>beginning, e.g. R-12/2026</source>
        <translation>beginning, e.g. R-12/2026</translation>
    </message>
    <message>
        <source>beginning, e.g. A-11011/5</source>
        <translation>beginning, e.g. A-11011/5</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diary number</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>Opened from</translation>
    </message>
    <message>
        <source>Opened up to</source>
        <translation>Opened up to</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>(anyone)</translation>
    </message>
</context>
<context>
    <name>nasti::SignatureBanner</name>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
</context>
<context>
    <name>nasti::SignatureCheck</name>
    <message>
        <source>Certificate %1 (of %2) is not signed by the organisation&apos;s signing authority: it was forged or altered.</source>
        <translation>Certificate %1 (of %2) is not signed by the organisation&apos;s signing authority: it was forged or altered.</translation>
    </message>
    <message>
        <source>The note of paragraphs %1-%2 on file %3 (by %4)</source>
        <translation>The note of paragraphs %1-%2 on file %3 (by %4)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <source>The approval %1 (by %2)</source>
        <translation>The approval %1 (by %2)</translation>
    </message>
    <message>
        <source>Version %1 of a draft (%2)</source>
        <translation>Version %1 of a draft (%2)</translation>
    </message>
    <message>
        <source>%1 is not signed, though its signer held a valid certificate then.</source>
        <translation>%1 is not signed, though its signer held a valid certificate then.</translation>
    </message>
    <message>
        <source>%1 was altered after it was signed.</source>
        <translation>%1 was altered after it was signed.</translation>
    </message>
    <message>
        <source>%1 carries a signature that does not verify: it was forged or altered.</source>
        <translation>%1 carries a signature that does not verify: it was forged or altered.</translation>
    </message>
    <message>
        <source>%1 is signed with another user&apos;s key.</source>
        <translation>%1 is signed with another user&apos;s key.</translation>
    </message>
    <message>
        <source>%1 is signed with a key that had no valid certificate then (expired, revoked or never certified).</source>
        <translation>%1 is signed with a key that had no valid certificate then (expired, revoked or never certified).</translation>
    </message>
    <message>
        <source>Signature %1 is on %2, which is not in the record.</source>
        <translation>Signature %1 is on %2, which is not in the record.</translation>
    </message>
</context>
<context>
    <name>nasti::VersionDiff</name>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation>Copy to: %1</translation>
    </message>
    <message>
        <source>(Uploaded PDF %1)</source>
        <translation>(Uploaded PDF %1)</translation>
    </message>
</context>
<context>
    <name>nasti::Writer</name>
    <message>
        <source>Cannot switch triggers off on the seeding connection.</source>
        <translation>Cannot switch triggers off on the seeding connection.</translation>
    </message>
    <message>
        <source>This build cannot seed SQLite at scale (built without sqlite3.h).</source>
        <translation>This build cannot seed SQLite at scale (built without sqlite3.h).</translation>
    </message>
</context>
<context>
    <name>nasti::access</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>The login %1 is too long for a database role (at most 63 bytes with its prefix).</source>
        <translation>The login %1 is too long for a database role (at most 63 bytes with its prefix).</translation>
    </message>
    <message>
        <source>The database already has a role named %1 that is not a Nasti login; choose another login.</source>
        <translation>The database already has a role named %1 that is not a Nasti login; choose another login.</translation>
    </message>
    <message>
        <source>The login %1 has no database role %2; add the user again.</source>
        <translation>The login %1 has no database role %2; add the user again.</translation>
    </message>
    <message>
        <source>Managing the database login of %1 needs an administrator&apos;s connection (a role with CREATEROLE): run nasti-admin without --as.</source>
        <translation>Managing the database login of %1 needs an administrator&apos;s connection (a role with CREATEROLE): run nasti-admin without --as.</translation>
    </message>
    <message>
        <source>The login %1 is disabled. Ask the administrator.</source>
        <translation>The login %1 is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>The database role %1 is not the Nasti user %2 in %3.</source>
        <translation>The database role %1 is not the Nasti user %2 in %3.</translation>
    </message>
    <message>
        <source>Your signing certificate is not valid now (%1); ask the administrator to renew it. Until then you cannot freeze notes or decide.</source>
        <translation>Your signing certificate is not valid now (%1); ask the administrator to renew it. Until then you cannot freeze notes or decide.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>Your signing key was made on this desktop; it signs once the administrator certifies it.</source>
        <translation>Your signing key was made on this desktop; it signs once the administrator certifies it.</translation>
    </message>
    <message>
        <source>This desktop&apos;s keychain holds no copy of it either (%1).</source>
        <translation>This desktop&apos;s keychain holds no copy of it either (%1).</translation>
    </message>
</context>
<context>
    <name>nasti::backup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client-15).</source>
        <translation>%1 is not installed (Debian package postgresql-client-15).</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>No backup file given.</source>
        <translation>No backup file given.</translation>
    </message>
    <message>
        <source>The backup file %1 is a directory.</source>
        <translation>The backup file %1 is a directory.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2</source>
        <translation>Cannot write the backup file %1: %2</translation>
    </message>
    <message>
        <source>The SQLite connection gives no handle for a backup.</source>
        <translation>The SQLite connection gives no handle for a backup.</translation>
    </message>
    <message>
        <source>The SQLite backup to %1 failed: %2</source>
        <translation>The SQLite backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Cannot write the backup file %1.</translation>
    </message>
    <message>
        <source>No backup file %1.</source>
        <translation>No backup file %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Nasti SQLite database.</source>
        <translation>%1 is not a backup of a Nasti SQLite database.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3</source>
        <translation>Restoring %1 into %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>nasti::cli</name>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 must be a date written YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>file %1 takes one FILE_NO.</source>
        <translation>file %1 takes one FILE_NO.</translation>
    </message>
    <message>
        <source>Status: %1   Custodian: %2 (since %3)   Priority: %4   Grading: %5</source>
        <translation>Status: %1   Custodian: %2 (since %3)   Priority: %4   Grading: %5</translation>
    </message>
    <message>
        <source>Correspondence:</source>
        <translation>Correspondence:</translation>
    </message>
    <message>
        <source>  (pages %1-%2)</source>
        <translation>  (pages %1-%2)</translation>
    </message>
    <message>
        <source>Note sheet:</source>
        <translation>Note sheet:</translation>
    </message>
    <message>
        <source>  [draft of %1]</source>
        <translation>  [draft of %1]</translation>
    </message>
    <message>
        <source>Movements:</source>
        <translation>Movements:</translation>
    </message>
    <message>
        <source>Remarks.</source>
        <translation>Remarks.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Section code, e.g. GAD-1.</source>
        <translation>Section code, e.g. GAD-1.</translation>
    </message>
    <message>
        <source>The subject (Hindi or English).</source>
        <translation>The subject (Hindi or English).</translation>
    </message>
    <message>
        <source>Subject head, e.g. A-11011 (default: the section&apos;s).</source>
        <translation>Subject head, e.g. A-11011 (default: the section&apos;s).</translation>
    </message>
    <message>
        <source>normal, priority, top-priority or immediate.</source>
        <translation>normal, priority, top-priority or immediate.</translation>
    </message>
    <message>
        <source>normal, confidential, secret or top-secret.</source>
        <translation>normal, confidential, secret or top-secret.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Due date.</translation>
    </message>
    <message>
        <source>Open a new file; prints its number.</source>
        <translation>Open a new file; prints its number.</translation>
    </message>
    <message>
        <source>file create needs --section and --subject.</source>
        <translation>file create needs --section and --subject.</translation>
    </message>
    <message>
        <source>--priority must be normal, priority, top-priority or immediate.</source>
        <translation>--priority must be normal, priority, top-priority or immediate.</translation>
    </message>
    <message>
        <source>--grading must be normal, confidential, secret or top-secret.</source>
        <translation>--grading must be normal, confidential, secret or top-secret.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>The note.</translation>
    </message>
    <message>
        <source>Read the note from a UTF-8 file.</source>
        <translation>Read the note from a UTF-8 file.</translation>
    </message>
    <message>
        <source>The file number.</source>
        <translation>The file number.</translation>
    </message>
    <message>
        <source>Write (or replace) your draft note on a file you hold. It is frozen when the file leaves your post.</source>
        <translation>Write (or replace) your draft note on a file you hold. It is frozen when the file leaves your post.</translation>
    </message>
    <message>
        <source>file note needs either --text or --text-file.</source>
        <translation>file note needs either --text or --text-file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Draft note saved on %1.</source>
        <translation>Draft note saved on %1.</translation>
    </message>
    <message>
        <source>Send to this post.</source>
        <translation>Send to this post.</translation>
    </message>
    <message>
        <source>Put up to your reporting officer.</source>
        <translation>Put up to your reporting officer.</translation>
    </message>
    <message>
        <source>Return to the post that sent it.</source>
        <translation>Return to the post that sent it.</translation>
    </message>
    <message>
        <source>approval, information, comments or signature.</source>
        <translation>approval, information, comments or signature.</translation>
    </message>
    <message>
        <source>Send a file you hold to another post.</source>
        <translation>Send a file you hold to another post.</translation>
    </message>
    <message>
        <source>file forward needs exactly one of --to, --up or --back.</source>
        <translation>file forward needs exactly one of --to, --up or --back.</translation>
    </message>
    <message>
        <source>--action must be approval, information, comments or signature.</source>
        <translation>--action must be approval, information, comments or signature.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 sent to %2.</translation>
    </message>
    <message>
        <source>Send to this post instead of the one that put it up.</source>
        <translation>Send to this post instead of the one that put it up.</translation>
    </message>
    <message>
        <source>Record that you have opened a file you received (it can no longer be recalled).</source>
        <translation>Record that you have opened a file you received (it can no longer be recalled).</translation>
    </message>
    <message>
        <source>Pull back a file you sent, while its receiver has not opened it.</source>
        <translation>Pull back a file you sent, while its receiver has not opened it.</translation>
    </message>
    <message>
        <source>Approve: record the decision as a note and return the file to the post that put it up.</source>
        <translation>Approve: record the decision as a note and return the file to the post that put it up.</translation>
    </message>
    <message>
        <source>Reject: record the decision as a note and return the file to the post that put it up.</source>
        <translation>Reject: record the decision as a note and return the file to the post that put it up.</translation>
    </message>
    <message>
        <source>Take a parked file back into the inbox.</source>
        <translation>Take a parked file back into the inbox.</translation>
    </message>
    <message>
        <source>Reopen a closed file; --remarks gives the reason.</source>
        <translation>Reopen a closed file; --remarks gives the reason.</translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>%1 opened.</translation>
    </message>
    <message>
        <source>%1 recalled.</source>
        <translation>%1 recalled.</translation>
    </message>
    <message>
        <source>%1 approved and sent to %2.</source>
        <translation>%1 approved and sent to %2.</translation>
    </message>
    <message>
        <source>%1 rejected and sent to %2.</source>
        <translation>%1 rejected and sent to %2.</translation>
    </message>
    <message>
        <source>%1 parked.</source>
        <translation>%1 parked.</translation>
    </message>
    <message>
        <source>%1 unparked.</source>
        <translation>%1 unparked.</translation>
    </message>
    <message>
        <source>%1 reopened.</source>
        <translation>%1 reopened.</translation>
    </message>
    <message>
        <source>A (permanent), B (review in the 25th year) or C (review after 10 years).</source>
        <translation>A (permanent), B (review in the 25th year) or C (review after 10 years).</translation>
    </message>
    <message>
        <source>Close a file: only its creating post, only after an approval.</source>
        <translation>Close a file: only its creating post, only after an approval.</translation>
    </message>
    <message>
        <source>file close needs --retention A, B or C.</source>
        <translation>file close needs --retention A, B or C.</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 closed.</translation>
    </message>
    <message>
        <source>Why the file is still here.</source>
        <translation>Why the file is still here.</translation>
    </message>
    <message>
        <source>Record the reason for delay of a file past its time limit.</source>
        <translation>Record the reason for delay of a file past its time limit.</translation>
    </message>
    <message>
        <source>Reason for delay recorded on %1.</source>
        <translation>Reason for delay recorded on %1.</translation>
    </message>
    <message>
        <source>Diary number of the receipt.</source>
        <translation>Diary number of the receipt.</translation>
    </message>
    <message>
        <source>Put a diarised receipt into a file (PUC, then FR I, FR II ...).</source>
        <translation>Put a diarised receipt into a file (PUC, then FR I, FR II ...).</translation>
    </message>
    <message>
        <source>file put needs --receipt DIARY_NO.</source>
        <translation>file put needs --receipt DIARY_NO.</translation>
    </message>
    <message>
        <source>Receipt %1 put into %2.</source>
        <translation>Receipt %1 put into %2.</translation>
    </message>
    <message>
        <source>The other file.</source>
        <translation>The other file.</translation>
    </message>
    <message>
        <source>Link two files.</source>
        <translation>Link two files.</translation>
    </message>
    <message>
        <source>file link needs --with FILE_NO.</source>
        <translation>file link needs --with FILE_NO.</translation>
    </message>
    <message>
        <source>%1 linked with %2.</source>
        <translation>%1 linked with %2.</translation>
    </message>
    <message>
        <source>Show a file: number, subject, status, custodian, notes with paragraph numbers, movements.</source>
        <translation>Show a file: number, subject, status, custodian, notes with paragraph numbers, movements.</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ... (each with --help)</source>
        <translation>Usage: nasti-admin --as LOGIN file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ... (each with --help)</translation>
    </message>
    <message>
        <source>Unknown file command “%1”.</source>
        <translation>Unknown file command “%1”.</translation>
    </message>
    <message>
        <source>Who wrote the letter.</source>
        <translation>Who wrote the letter.</translation>
    </message>
    <message>
        <source>Subject of the letter.</source>
        <translation>Subject of the letter.</translation>
    </message>
    <message>
        <source>The letter&apos;s own number.</source>
        <translation>The letter&apos;s own number.</translation>
    </message>
    <message>
        <source>The letter&apos;s date.</source>
        <translation>The letter&apos;s date.</translation>
    </message>
    <message>
        <source>Diarise in this section (default: yours).</source>
        <translation>Diarise in this section (default: yours).</translation>
    </message>
    <message>
        <source>The letter as a PDF.</source>
        <translation>The letter as a PDF.</translation>
    </message>
    <message>
        <source>Diarise an incoming letter (dak); prints its diary number.</source>
        <translation>Diarise an incoming letter (dak); prints its diary number.</translation>
    </message>
    <message>
        <source>receipt add takes one PDF_PATH.</source>
        <translation>receipt add takes one PDF_PATH.</translation>
    </message>
    <message>
        <source>receipt add needs --sender and --subject.</source>
        <translation>receipt add needs --sender and --subject.</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>The file %1 is too large.</translation>
    </message>
    <message>
        <source>How many files (default 100).</source>
        <translation>How many files (default 100).</translation>
    </message>
    <message>
        <source>List the files your posts hold, newest arrival first.</source>
        <translation>List the files your posts hold, newest arrival first.</translation>
    </message>
    <message>
        <source>d  </source>
        <translation>d  </translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>The inbox is empty.</translation>
    </message>
    <message>
        <source>Create the database schema, or migrate it to this program&apos;s version.</source>
        <translation>Create the database schema, or migrate it to this program&apos;s version.</translation>
    </message>
    <message>
        <source>Schema migrated from version %1 to %2 in %3.</source>
        <translation>Schema migrated from version %1 to %2 in %3.</translation>
    </message>
    <message>
        <source>Schema is up to date (version %1) in %2.</source>
        <translation>Schema is up to date (version %1) in %2.</translation>
    </message>
    <message>
        <source>Seed the demo office (GAD, Finance, the Chief Secretary) with users whose password is &quot;demo&quot; and a few dozen files. Only into an empty database; running it again changes nothing.</source>
        <translation>Seed the demo office (GAD, Finance, the Chief Secretary) with users whose password is &quot;demo&quot; and a few dozen files. Only into an empty database; running it again changes nothing.</translation>
    </message>
    <message>
        <source>The demo office is already there; nothing changed.</source>
        <translation>The demo office is already there; nothing changed.</translation>
    </message>
    <message>
        <source>Demo office seeded. Log in as clerk.gad1, so.gad1, us.gad, ds.gad, ps.gad, clerk.fin1, so.fin1, cs or admin with the password &quot;demo&quot;.</source>
        <translation>Demo office seeded. Log in as clerk.gad1, so.gad1, us.gad, ds.gad, ps.gad, clerk.fin1, so.fin1, cs or admin with the password &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>List departments, sections and posts (code, title, holder&apos;s login, reports-to).</source>
        <translation>List departments, sections and posts (code, title, holder&apos;s login, reports-to).</translation>
    </message>
    <message>
        <source>  (time limit %1 working days)</source>
        <translation>  (time limit %1 working days)</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation>reports to %1</translation>
    </message>
    <message>
        <source>The organisation CSV (see README: record,code,name_en,...).</source>
        <translation>The organisation CSV (see README: record,code,name_en,...).</translation>
    </message>
    <message>
        <source>Import departments, sections, posts and users from a CSV file. Every row is checked first; if any row is bad, nothing is imported.</source>
        <translation>Import departments, sections, posts and users from a CSV file. Every row is checked first; if any row is bad, nothing is imported.</translation>
    </message>
    <message>
        <source>import-org takes one CSV file.</source>
        <translation>import-org takes one CSV file.</translation>
    </message>
    <message>
        <source>Imported %1 departments, %2 sections, %3 posts and %4 users.</source>
        <translation>Imported %1 departments, %2 sections, %3 posts and %4 users.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Full name.</translation>
    </message>
    <message>
        <source>Code of the post the user holds.</source>
        <translation>Code of the post the user holds.</translation>
    </message>
    <message>
        <source>clerk, officer, reviewer or admin.</source>
        <translation>clerk, officer, reviewer or admin.</translation>
    </message>
    <message>
        <source>The new login.</source>
        <translation>The new login.</translation>
    </message>
    <message>
        <source>Add a user holding a post. The password comes from NASTI_PASSWORD or a prompt.</source>
        <translation>Add a user holding a post. The password comes from NASTI_PASSWORD or a prompt.</translation>
    </message>
    <message>
        <source>user add needs LOGIN, --name and --role.</source>
        <translation>user add needs LOGIN, --name and --role.</translation>
    </message>
    <message>
        <source>--role must be clerk, officer, reviewer or admin.</source>
        <translation>--role must be clerk, officer, reviewer or admin.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Password for the new user %1: </translation>
    </message>
    <message>
        <source>The password is too short (at least 4 characters).</source>
        <translation>The password is too short (at least 4 characters).</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>The login.</translation>
    </message>
    <message>
        <source>Disable a login; the files stay with its posts.</source>
        <translation>Disable a login; the files stay with its posts.</translation>
    </message>
    <message>
        <source>Enable a disabled login.</source>
        <translation>Enable a disabled login.</translation>
    </message>
    <message>
        <source>Set a user&apos;s password (NASTI_PASSWORD or a prompt).</source>
        <translation>Set a user&apos;s password (NASTI_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <source>user %1 takes one LOGIN.</source>
        <translation>user %1 takes one LOGIN.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <source>The post handed over.</source>
        <translation>The post handed over.</translation>
    </message>
    <message>
        <source>The user who takes charge.</source>
        <translation>The user who takes charge.</translation>
    </message>
    <message>
        <source>Charge handover: give a post to another user. The files stay with the post.</source>
        <translation>Charge handover: give a post to another user. The files stay with the post.</translation>
    </message>
    <message>
        <source>user transfer takes POST_CODE and LOGIN.</source>
        <translation>user transfer takes POST_CODE and LOGIN.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 now holds %2.</translation>
    </message>
    <message>
        <source>Usage: nasti-admin user add|disable|enable|passwd|transfer ... (each with --help)</source>
        <translation>Usage: nasti-admin user add|disable|enable|passwd|transfer ... (each with --help)</translation>
    </message>
    <message>
        <source>Unknown user command “%1”.</source>
        <translation>Unknown user command “%1”.</translation>
    </message>
    <message>
        <source>Where remembered chain heads are kept (default: the user&apos;s data directory).</source>
        <translation>Where remembered chain heads are kept (default: the user&apos;s data directory).</translation>
    </message>
    <message>
        <source>Check the hash chain of the event log and every recorded history row; report the first broken link. Also re-checks from the chain head remembered by the last verify on this machine.</source>
        <translation>Check the hash chain of the event log and every recorded history row; report the first broken link. Also re-checks from the chain head remembered by the last verify on this machine.</translation>
    </message>
    <message>
        <source>verify: TAMPERING DETECTED: %1</source>
        <translation>verify: TAMPERING DETECTED: %1</translation>
    </message>
    <message>
        <source>verify: OK — %1 events and %2 history rows intact; chain head %3:%4.</source>
        <translation>verify: OK — %1 events and %2 history rows intact; chain head %3:%4.</translation>
    </message>
    <message>
        <source>First page of a receipt PDF</source>
        <translation>First page of a receipt PDF</translation>
    </message>
    <message>
        <source>no attachments in the database</source>
        <translation>no attachments in the database</translation>
    </message>
    <message>
        <source>The receipt PDF did not render.</source>
        <translation>The receipt PDF did not render.</translation>
    </message>
    <message>
        <source>%1 bytes; baseline: pdftoppm -f 1 -l 1 -r 96 -png (a new process each time)</source>
        <translation>%1 bytes; baseline: pdftoppm -f 1 -l 1 -r 96 -png (a new process each time)</translation>
    </message>
    <message>
        <source>pdftoppm not found: no baseline</source>
        <translation>pdftoppm not found: no baseline</translation>
    </message>
    <message>
        <source>How many files (default 10000).</source>
        <translation>How many files (default 10000).</translation>
    </message>
    <message>
        <source>Random seed (default 20261123).</source>
        <translation>Random seed (default 20261123).</translation>
    </message>
    <message>
        <source>Every seeded user&apos;s password (default &quot;bench&quot;).</source>
        <translation>Every seeded user&apos;s password (default &quot;bench&quot;).</translation>
    </message>
    <message>
        <source>Seed a state-scale secretariat for the benchmark (40 departments, 400 sections, 5,000 posts, 20,000 users, N files over three years with their movements, notes and receipts). Only into an empty database; on PostgreSQL it needs a superuser. Progress goes to stderr.</source>
        <translation>Seed a state-scale secretariat for the benchmark (40 departments, 400 sections, 5,000 posts, 20,000 users, N files over three years with their movements, notes and receipts). Only into an empty database; on PostgreSQL it needs a superuser. Progress goes to stderr.</translation>
    </message>
    <message>
        <source>--files needs a positive number.</source>
        <translation>--files needs a positive number.</translation>
    </message>
    <message>
        <source>Seeded %1 files (%2 open), %3 movements, %4 notes, %5 receipts, %6 posts, %7 users: %8 rows in %9 s (%10 rows/s). Heaviest inbox: %11 with %12 open files. Users&apos; password: %13.</source>
        <translation>Seeded %1 files (%2 open), %3 movements, %4 notes, %5 receipts, %6 posts, %7 users: %8 rows in %9 s (%10 rows/s). Heaviest inbox: %11 with %12 open files. Users&apos; password: %13.</translation>
    </message>
    <message>
        <source>Also write the results as JSON to PATH.</source>
        <translation>Also write the results as JSON to PATH.</translation>
    </message>
    <message>
        <source>Measured runs per item (default 30).</source>
        <translation>Measured runs per item (default 30).</translation>
    </message>
    <message>
        <source>The seeded users&apos; password (default &quot;bench&quot;).</source>
        <translation>The seeded users&apos; password (default &quot;bench&quot;).</translation>
    </message>
    <message>
        <source>Concurrent forwarding clients (default 16).</source>
        <translation>Concurrent forwarding clients (default 16).</translation>
    </message>
    <message>
        <source>Movements per client per round (default 100).</source>
        <translation>Movements per client per round (default 100).</translation>
    </message>
    <message>
        <source>Measure what users wait for on a database seeded by seed-scale: login to inbox, inbox pages, opening a file, search, forwarding with concurrent clients, the weekly review and a PDF page; each against the same work done raw in the same run. Prints a table; exit status 0 even when a target is missed (see the table), 1 when something broke.</source>
        <translation>Measure what users wait for on a database seeded by seed-scale: login to inbox, inbox pages, opening a file, search, forwarding with concurrent clients, the weekly review and a PDF page; each against the same work done raw in the same run. Prints a table; exit status 0 even when a target is missed (see the table), 1 when something broke.</translation>
    </message>
    <message>
        <source>bench: first PDF page…</source>
        <translation>bench: first PDF page…</translation>
    </message>
    <message>
        <source>Nasti benchmark on %1 (%2), %3 files; login: %4</source>
        <translation>Nasti benchmark on %1 (%2), %3 files; login: %4</translation>
    </message>
    <message>
        <source>(SQLite: targets are twice PostgreSQL&apos;s, as DESIGN.md allows.)</source>
        <translation>(SQLite: targets are twice PostgreSQL&apos;s, as DESIGN.md allows.)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>bench: custody or the hash chain broke during forwarding.</source>
        <translation>bench: custody or the hash chain broke during forwarding.</translation>
    </message>
    <message>
        <source>Weekly review %1 — %2</source>
        <translation>Weekly review %1 — %2</translation>
    </message>
    <message>
        <source>As of %1 IST</source>
        <translation>As of %1 IST</translation>
    </message>
    <message>
        <source>(received, created, disposed: this week/last week; waits in days)</source>
        <translation>(received, created, disposed: this week/last week; waits in days)</translation>
    </message>
    <message>
        <source>Trend (pending at week end / disposed):</source>
        <translation>Trend (pending at week end / disposed):</translation>
    </message>
    <message>
        <source>Longest pending:</source>
        <translation>Longest pending:</translation>
    </message>
    <message>
        <source>since %1, %2 days, %3 working</source>
        <translation>since %1, %2 days, %3 working</translation>
    </message>
    <message>
        <source>, parked</source>
        <translation>, parked</translation>
    </message>
    <message>
        <source>, OVERDUE</source>
        <translation>, OVERDUE</translation>
    </message>
    <message>
        <source>No file was pending.</source>
        <translation>No file was pending.</translation>
    </message>
    <message>
        <source>report knows one report: weekly (nasti-admin report weekly --help).</source>
        <translation>report knows one report: weekly (nasti-admin report weekly --help).</translation>
    </message>
    <message>
        <source>The ISO week to review (default: the last complete week).</source>
        <translation>The ISO week to review (default: the last complete week).</translation>
    </message>
    <message>
        <source>Review one department only.</source>
        <translation>Review one department only.</translation>
    </message>
    <message>
        <source>Write the printed report (A4 landscape) to PATH.</source>
        <translation>Write the printed report (A4 landscape) to PATH.</translation>
    </message>
    <message>
        <source>Write the figures as CSV to PATH.</source>
        <translation>Write the figures as CSV to PATH.</translation>
    </message>
    <message>
        <source>Language of the report: hi or en (default en).</source>
        <translation>Language of the report: hi or en (default en).</translation>
    </message>
    <message>
        <source>The Chief Secretary&apos;s weekly review of pendency, disposal and delay.</source>
        <translation>The Chief Secretary&apos;s weekly review of pendency, disposal and delay.</translation>
    </message>
    <message>
        <source>report weekly takes no positional arguments.</source>
        <translation>report weekly takes no positional arguments.</translation>
    </message>
    <message>
        <source>--lang must be hi or en, not “%1”.</source>
        <translation>--lang must be hi or en, not “%1”.</translation>
    </message>
    <message>
        <source>--week must be an ISO week written like 2025-W02, not “%1”.</source>
        <translation>--week must be an ISO week written like 2025-W02, not “%1”.</translation>
    </message>
    <message>
        <source>Weekly review %1 written.</source>
        <translation>Weekly review %1 written.</translation>
    </message>
    <message>
        <source>--only: unknown part “%1” (known: %2).</source>
        <translation>--only: unknown part “%1” (known: %2).</translation>
    </message>
    <message>
        <source>Review computed in %1 ms (%2 weeks from the rollup).</source>
        <translation>Review computed in %1 ms (%2 weeks from the rollup).</translation>
    </message>
    <message>
        <source>How many of the last ended weeks to make sure of (default %1).</source>
        <translation>How many of the last ended weeks to make sure of (default %1).</translation>
    </message>
    <message>
        <source>Store the weekly review&apos;s figures of every ended week not stored yet (idempotent; run it on Mondays after 00:00 IST). Runs as the database owner, like init.</source>
        <translation>Store the weekly review&apos;s figures of every ended week not stored yet (idempotent; run it on Mondays after 00:00 IST). Runs as the database owner, like init.</translation>
    </message>
    <message>
        <source>review close-weeks takes no positional arguments.</source>
        <translation>review close-weeks takes no positional arguments.</translation>
    </message>
    <message>
        <source>review close-weeks runs as the database owner: leave out --as.</source>
        <translation>review close-weeks runs as the database owner: leave out --as.</translation>
    </message>
    <message>
        <source>--weeks must be a number from 1 to 1000, not “%1”.</source>
        <translation>--weeks must be a number from 1 to 1000, not “%1”.</translation>
    </message>
    <message>
        <source>close-weeks: %1 of %2 weeks checked</source>
        <translation>close-weeks: %1 of %2 weeks checked</translation>
    </message>
    <message>
        <source>Weeks stored in the review rollup: %1 (%2 ms).</source>
        <translation>Weeks stored in the review rollup: %1 (%2 ms).</translation>
    </message>
    <message>
        <source>file needs a command: create, note, forward, open, recall, approve, reject, park, unpark, reopen, close, delay, put, link or show (see file --help).</source>
        <translation>file needs a command: create, note, forward, open, recall, approve, reject, park, unpark, reopen, close, delay, put, link or show (see file --help).</translation>
    </message>
    <message>
        <source>failed, and no reason was given.</source>
        <translation>failed, and no reason was given.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>unknown option %1 (see --help).</source>
        <translation>unknown option %1 (see --help).</translation>
    </message>
    <message>
        <source>no command given (see --help).</source>
        <translation>no command given (see --help).</translation>
    </message>
    <message>
        <source>unknown command “%1” (see --help).</source>
        <translation>unknown command “%1” (see --help).</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>internal error: %1</translation>
    </message>
    <message>
        <source>user needs a command: add, disable, enable, passwd or transfer (see user --help).</source>
        <translation>user needs a command: add, disable, enable, passwd or transfer (see user --help).</translation>
    </message>
    <message>
        <source>verify: this database holds an interrupted seed-scale run (benchmark data); run seed-scale again to finish it. Nothing was checked.</source>
        <translation>verify: this database holds an interrupted seed-scale run (benchmark data); run seed-scale again to finish it. Nothing was checked.</translation>
    </message>
    <message>
        <source>Write a consistent backup of the database to FILE while clients keep working. SQLite: a copy made with SQLite&apos;s online backup API. PostgreSQL: pg_dump&apos;s custom format of this database (needs a superuser or the owner; the cluster&apos;s login roles are not in it: for a whole server and point-in-time recovery use pgBackRest, see the README).</source>
        <translation>Write a consistent backup of the database to FILE while clients keep working. SQLite: a copy made with SQLite&apos;s online backup API. PostgreSQL: pg_dump&apos;s custom format of this database (needs a superuser or the owner; the cluster&apos;s login roles are not in it: for a whole server and point-in-time recovery use pgBackRest, see the README).</translation>
    </message>
    <message>
        <source>backup takes one FILE.</source>
        <translation>backup takes one FILE.</translation>
    </message>
    <message>
        <source>backup: %1 written (%2 bytes); the database then stood at event %3.</source>
        <translation>backup: %1 written (%2 bytes); the database then stood at event %3.</translation>
    </message>
    <message>
        <source>Replace the database with the backup in FILE (made by nasti-admin backup), then verify it. Sign every client out first. A restored database older than the one this computer saw last is reported; clients report it once at their next sign-in.</source>
        <translation>Replace the database with the backup in FILE (made by nasti-admin backup), then verify it. Sign every client out first. A restored database older than the one this computer saw last is reported; clients report it once at their next sign-in.</translation>
    </message>
    <message>
        <source>restore takes one FILE.</source>
        <translation>restore takes one FILE.</translation>
    </message>
    <message>
        <source>restore: %1 restored into %2.</source>
        <translation>restore: %1 restored into %2.</translation>
    </message>
    <message>
        <source>restore: the restored database fails verify: TAMPERING DETECTED: %1</source>
        <translation>restore: the restored database fails verify: TAMPERING DETECTED: %1</translation>
    </message>
    <message>
        <source>Accept a database older than the one this computer saw last (restored from a backup) and remember its chain head.</source>
        <translation>Accept a database older than the one this computer saw last (restored from a backup) and remember its chain head.</translation>
    </message>
    <message>
        <source>verify: %1 Run verify --accept-older to go on from it.</source>
        <translation>verify: %1 Run verify --accept-older to go on from it.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation>--%1 must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>File number prefix.</source>
        <translation>File number prefix.</translation>
    </message>
    <message>
        <source>Sender of a letter in the file (any part, any case).</source>
        <translation>Sender of a letter in the file (any part, any case).</translation>
    </message>
    <message>
        <source>Letter number prefix.</source>
        <translation>Letter number prefix.</translation>
    </message>
    <message>
        <source>Diary number prefix.</source>
        <translation>Diary number prefix.</translation>
    </message>
    <message>
        <source>Code of the post that holds the file now.</source>
        <translation>Code of the post that holds the file now.</translation>
    </message>
    <message>
        <source>Opened on or after this day (YYYY-MM-DD).</source>
        <translation>Opened on or after this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Opened on or before this day (YYYY-MM-DD).</source>
        <translation>Opened on or before this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>open, parked or closed.</source>
        <translation>open, parked or closed.</translation>
    </message>
    <message>
        <source>Words of the subject and notes (Hindi or English).</source>
        <translation>Words of the subject and notes (Hindi or English).</translation>
    </message>
    <message>
        <source>Search the files you may see; every option given narrows the result. Newest first.</source>
        <translation>Search the files you may see; every option given narrows the result. Newest first.</translation>
    </message>
    <message>
        <source>--status must be open, parked or closed.</source>
        <translation>--status must be open, parked or closed.</translation>
    </message>
    <message>
        <source>Say what to search for: words, or at least one option (see --help).</source>
        <translation>Say what to search for: words, or at least one option (see --help).</translation>
    </message>
    <message>
        <source>No file matches %1.</source>
        <translation>No file matches %1.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above 0, not “%2”.</source>
        <translation>%1 must be a whole number above 0, not “%2”.</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>The subject.</translation>
    </message>
    <message>
        <source>An addressee, as name|address|mode|section (mode: nasti, email, post, hand; section with nasti). Repeat for several.</source>
        <translation>An addressee, as name|address|mode|section (mode: nasti, email, post, hand; section with nasti). Repeat for several.</translation>
    </message>
    <message>
        <source>A copy to, as for --to. Repeat for several.</source>
        <translation>A copy to, as for --to. Repeat for several.</translation>
    </message>
    <message>
        <source>The reference (the letter it answers).</source>
        <translation>The reference (the letter it answers).</translation>
    </message>
    <message>
        <source>The text, from a UTF-8 file: HTML if it ends in .html, else plain text (paragraphs split by blank lines).</source>
        <translation>The text, from a UTF-8 file: HTML if it ends in .html, else plain text (paragraphs split by blank lines).</translation>
    </message>
    <message>
        <source>The draft as an uploaded PDF instead of a text.</source>
        <translation>The draft as an uploaded PDF instead of a text.</translation>
    </message>
    <message>
        <source>Give --body-file or --pdf, not both.</source>
        <translation>Give --body-file or --pdf, not both.</translation>
    </message>
    <message>
        <source>The previous version is an uploaded PDF; give --pdf or --body-file.</source>
        <translation>The previous version is an uploaded PDF; give --pdf or --body-file.</translation>
    </message>
    <message>
        <source>File %1 has no draft %2.</source>
        <translation>File %1 has no draft %2.</translation>
    </message>
    <message>
        <source>letter, office_memorandum, order, notification, circular, do_letter or cabinet_note.</source>
        <translation>letter, office_memorandum, order, notification, circular, do_letter or cabinet_note.</translation>
    </message>
    <message>
        <source>The draft&apos;s language: en or hi.</source>
        <translation>The draft&apos;s language: en or hi.</translation>
    </message>
    <message>
        <source>Start a draft for approval in a file you hold; prints its number.</source>
        <translation>Start a draft for approval in a file you hold; prints its number.</translation>
    </message>
    <message>
        <source>draft new takes one FILE_NO.</source>
        <translation>draft new takes one FILE_NO.</translation>
    </message>
    <message>
        <source>Draft %1 of %2, version 1.</source>
        <translation>Draft %1 of %2, version 1.</translation>
    </message>
    <message>
        <source>The draft&apos;s number in the file.</source>
        <translation>The draft&apos;s number in the file.</translation>
    </message>
    <message>
        <source>Write a new version of a draft in a file you hold; what you do not give is kept from the latest version. Prints the version&apos;s number.</source>
        <translation>Write a new version of a draft in a file you hold; what you do not give is kept from the latest version. Prints the version&apos;s number.</translation>
    </message>
    <message>
        <source>draft revise takes FILE_NO and DRAFT.</source>
        <translation>draft revise takes FILE_NO and DRAFT.</translation>
    </message>
    <message>
        <source>Draft %1 of %2, version %3.</source>
        <translation>Draft %1 of %2, version %3.</translation>
    </message>
    <message>
        <source>Write the draft&apos;s fair copy (as issued, or a preview of the latest version) to this PDF.</source>
        <translation>Write the draft&apos;s fair copy (as issued, or a preview of the latest version) to this PDF.</translation>
    </message>
    <message>
        <source>Only this draft.</source>
        <translation>Only this draft.</translation>
    </message>
    <message>
        <source>The drafts of a file, version by version.</source>
        <translation>The drafts of a file, version by version.</translation>
    </message>
    <message>
        <source>draft show takes FILE_NO and, optionally, DRAFT.</source>
        <translation>draft show takes FILE_NO and, optionally, DRAFT.</translation>
    </message>
    <message>
        <source>draft show --pdf needs the DRAFT number.</source>
        <translation>draft show --pdf needs the DRAFT number.</translation>
    </message>
    <message>
        <source>File %1 has no drafts.</source>
        <translation>File %1 has no drafts.</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>issued as %1 on %2</source>
        <translation>issued as %1 on %2</translation>
    </message>
    <message>
        <source>approved, not yet issued</source>
        <translation>approved, not yet issued</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>v%1  %2  %3 (%4)  %5</source>
        <translation>v%1  %2  %3 (%4)  %5</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation>The older version.</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>The newer version.</translation>
    </message>
    <message>
        <source>What changed between two versions of a draft: [-removed-] and {+added+}.</source>
        <translation>What changed between two versions of a draft: [-removed-] and {+added+}.</translation>
    </message>
    <message>
        <source>draft diff takes FILE_NO, DRAFT, V1 and V2.</source>
        <translation>draft diff takes FILE_NO, DRAFT, V1 and V2.</translation>
    </message>
    <message>
        <source>Draft %1 has versions 1 to %2.</source>
        <translation>Draft %1 has versions 1 to %2.</translation>
    </message>
    <message>
        <source>The version you approve (default: the latest).</source>
        <translation>The version you approve (default: the latest).</translation>
    </message>
    <message>
        <source>Your remarks, recorded with the approval.</source>
        <translation>Your remarks, recorded with the approval.</translation>
    </message>
    <message>
        <source>Approve a version of a draft in a file you hold (officers); recorded on the note sheet.</source>
        <translation>Approve a version of a draft in a file you hold (officers); recorded on the note sheet.</translation>
    </message>
    <message>
        <source>draft approve takes FILE_NO and DRAFT.</source>
        <translation>draft approve takes FILE_NO and DRAFT.</translation>
    </message>
    <message>
        <source>Draft %1 of %2 approved.</source>
        <translation>Draft %1 of %2 approved.</translation>
    </message>
    <message>
        <source>Also write the fair copy to this PDF.</source>
        <translation>Also write the fair copy to this PDF.</translation>
    </message>
    <message>
        <source>The version you mean to issue (refused unless it is the latest).</source>
        <translation>The version you mean to issue (refused unless it is the latest).</translation>
    </message>
    <message>
        <source>Issue the approved latest version of a draft: the section&apos;s next dispatch number, the fair copy, the dispatch register and, for sections addressed through Nasti, a receipt in their dak. Prints the dispatch number.</source>
        <translation>Issue the approved latest version of a draft: the section&apos;s next dispatch number, the fair copy, the dispatch register and, for sections addressed through Nasti, a receipt in their dak. Prints the dispatch number.</translation>
    </message>
    <message>
        <source>draft issue takes FILE_NO and DRAFT.</source>
        <translation>draft issue takes FILE_NO and DRAFT.</translation>
    </message>
    <message>
        <source>  delivered through Nasti as receipt %1</source>
        <translation>  delivered through Nasti as receipt %1</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN draft new|revise|show|diff|approve|issue ... (each has --help)</source>
        <translation>Usage: nasti-admin --as LOGIN draft new|revise|show|diff|approve|issue ... (each has --help)</translation>
    </message>
    <message>
        <source>Unknown draft command “%1” (new, revise, show, diff, approve, issue).</source>
        <translation>Unknown draft command “%1” (new, revise, show, diff, approve, issue).</translation>
    </message>
    <message>
        <source>The section&apos;s register (default: yours).</source>
        <translation>The section&apos;s register (default: yours).</translation>
    </message>
    <message>
        <source>Only entries whose dispatch number, file number, subject or addressee contains this.</source>
        <translation>Only entries whose dispatch number, file number, subject or addressee contains this.</translation>
    </message>
    <message>
        <source>Write CSV to PATH (- for standard output).</source>
        <translation>Write CSV to PATH (- for standard output).</translation>
    </message>
    <message>
        <source>The dispatch register, newest first.</source>
        <translation>The dispatch register, newest first.</translation>
    </message>
    <message>
        <source>The dispatch register has no entries.</source>
        <translation>The dispatch register has no entries.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>The dispatch number.</source>
        <translation>The dispatch number.</translation>
    </message>
    <message>
        <source>The entry&apos;s position in the letter&apos;s register.</source>
        <translation>The entry&apos;s position in the letter&apos;s register.</translation>
    </message>
    <message>
        <source>The postage, in rupees (e.g. 42.50).</source>
        <translation>The postage, in rupees (e.g. 42.50).</translation>
    </message>
    <message>
        <source>Record the postage of an entry sent by post.</source>
        <translation>Record the postage of an entry sent by post.</translation>
    </message>
    <message>
        <source>dispatch postage takes DISPATCH_NO, POSITION and RUPEES.</source>
        <translation>dispatch postage takes DISPATCH_NO, POSITION and RUPEES.</translation>
    </message>
    <message>
        <source>RUPEES must be an amount such as 42.50, not “%1”.</source>
        <translation>RUPEES must be an amount such as 42.50, not “%1”.</translation>
    </message>
    <message>
        <source>Postage recorded.</source>
        <translation>Postage recorded.</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN dispatch list|postage ... (each has --help)</source>
        <translation>Usage: nasti-admin --as LOGIN dispatch list|postage ... (each has --help)</translation>
    </message>
    <message>
        <source>Unknown dispatch command “%1” (list, postage).</source>
        <translation>Unknown dispatch command “%1” (list, postage).</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as ADMIN letterhead set DEPARTMENT ... (see --help)</source>
        <translation>Usage: nasti-admin --as ADMIN letterhead set DEPARTMENT ... (see --help)</translation>
    </message>
    <message>
        <source>Unknown letterhead command “%1” (only: set).</source>
        <translation>Unknown letterhead command “%1” (only: set).</translation>
    </message>
    <message>
        <source>en or hi.</source>
        <translation>en or hi.</translation>
    </message>
    <message>
        <source>The lines at the top (\n between lines): government, department.</source>
        <translation>The lines at the top (\n between lines): government, department.</translation>
    </message>
    <message>
        <source>The address line(s).</source>
        <translation>The address line(s).</translation>
    </message>
    <message>
        <source>The department&apos;s code.</source>
        <translation>The department&apos;s code.</translation>
    </message>
    <message>
        <source>Set a department&apos;s letterhead in one language (administrators).</source>
        <translation>Set a department&apos;s letterhead in one language (administrators).</translation>
    </message>
    <message>
        <source>letterhead set takes DEPARTMENT, --lang and --heading.</source>
        <translation>letterhead set takes DEPARTMENT, --lang and --heading.</translation>
    </message>
    <message>
        <source>Letterhead set.</source>
        <translation>Letterhead set.</translation>
    </message>
    <message>
        <source>A reference category: vip, assembly, court, cm-helpline or cpgrams.</source>
        <translation>A reference category: vip, assembly, court, cm-helpline or cpgrams.</translation>
    </message>
    <message>
        <source>Its reference number.</source>
        <translation>Its reference number.</translation>
    </message>
    <message>
        <source>The review date: the file comes back to your inbox that day.</source>
        <translation>The review date: the file comes back to your inbox that day.</translation>
    </message>
    <message>
        <source>Park a file you hold awaiting something: --remarks says why, --until when it comes back. It stays in pendency.</source>
        <translation>Park a file you hold awaiting something: --remarks says why, --until when it comes back. It stays in pendency.</translation>
    </message>
    <message>
        <source>file park needs --remarks (the reason) and --until YYYY-MM-DD.</source>
        <translation>file park needs --remarks (the reason) and --until YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the acknowledgement to PATH.</source>
        <translation>Write the acknowledgement to PATH.</translation>
    </message>
    <message>
        <source>The receipt&apos;s diary number.</source>
        <translation>The receipt&apos;s diary number.</translation>
    </message>
    <message>
        <source>The acknowledgement for a receipt&apos;s sender: a PDF with the diary number.</source>
        <translation>The acknowledgement for a receipt&apos;s sender: a PDF with the diary number.</translation>
    </message>
    <message>
        <source>receipt ack takes one DIARY_NO and --pdf PATH.</source>
        <translation>receipt ack takes one DIARY_NO and --pdf PATH.</translation>
    </message>
    <message>
        <source>There is no receipt with diary number “%1”.</source>
        <translation>There is no receipt with diary number “%1”.</translation>
    </message>
    <message>
        <source>Acknowledgement for %1 written.</source>
        <translation>Acknowledgement for %1 written.</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN receipt add PDF_PATH ... | receipt ack DIARY_NO --pdf PATH</source>
        <translation>Usage: nasti-admin --as LOGIN receipt add PDF_PATH ... | receipt ack DIARY_NO --pdf PATH</translation>
    </message>
    <message>
        <source>Unknown receipt command “%1” (only: add, ack).</source>
        <translation>Unknown receipt command “%1” (only: add, ack).</translation>
    </message>
    <message>
        <source>Record the reminders and escalations that are due and bring parked files back on their review date: for your posts with --as, else for every file (the database owner; run it from cron, say hourly). Idempotent.</source>
        <translation>Record the reminders and escalations that are due and bring parked files back on their review date: for your posts with --as, else for every file (the database owner; run it from cron, say hourly). Idempotent.</translation>
    </message>
    <message>
        <source>%1 reminders, %2 escalations, %3 parked files back in the inbox.</source>
        <translation>%1 reminders, %2 escalations, %3 parked files back in the inbox.</translation>
    </message>
    <message>
        <source>List the reminders for files your posts hold past their time limit.</source>
        <translation>List the reminders for files your posts hold past their time limit.</translation>
    </message>
    <message>
        <source>List the files escalated to your posts, with the reason for delay.</source>
        <translation>List the files escalated to your posts, with the reason for delay.</translation>
    </message>
    <message>
        <source>%1 working days (limit %2)</source>
        <translation>%1 working days (limit %2)</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Nothing is late.</translation>
    </message>
    <message>
        <source>What is wanted on the file.</source>
        <translation>What is wanted on the file.</translation>
    </message>
    <message>
        <source>By when.</source>
        <translation>By when.</translation>
    </message>
    <message>
        <source>Call for a file: the holder sees your direction and answers by the date.</source>
        <translation>Call for a file: the holder sees your direction and answers by the date.</translation>
    </message>
    <message>
        <source>Put a file on your watch-list with a direction and a date.</source>
        <translation>Put a file on your watch-list with a direction and a date.</translation>
    </message>
    <message>
        <source>followup %1 takes one FILE_NO.</source>
        <translation>followup %1 takes one FILE_NO.</translation>
    </message>
    <message>
        <source>followup %1 needs --due YYYY-MM-DD.</source>
        <translation>followup %1 needs --due YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation>The answer.</translation>
    </message>
    <message>
        <source>The call&apos;s number.</source>
        <translation>The call&apos;s number.</translation>
    </message>
    <message>
        <source>Answer a call for a file you hold.</source>
        <translation>Answer a call for a file you hold.</translation>
    </message>
    <message>
        <source>Take a file off your watch-list.</source>
        <translation>Take a file off your watch-list.</translation>
    </message>
    <message>
        <source>followup %1 takes one CALL_ID.</source>
        <translation>followup %1 takes one CALL_ID.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Read it from this read-only replica; default: $NASTI_REVIEW_DB.</source>
        <translation>Read it from this read-only replica; default: $NASTI_REVIEW_DB.</translation>
    </message>
    <message>
        <source>Your watch-list: file, holder, since, direction, answer, days late.</source>
        <translation>Your watch-list: file, holder, since, direction, answer, days late.</translation>
    </message>
    <message>
        <source>vip, assembly, court, cm-helpline or cpgrams; empty for none.</source>
        <translation>vip, assembly, court, cm-helpline or cpgrams; empty for none.</translation>
    </message>
    <message>
        <source>The reference number.</source>
        <translation>The reference number.</translation>
    </message>
    <message>
        <source>Mark a file you hold as a reference category with its own time limit.</source>
        <translation>Mark a file you hold as a reference category with its own time limit.</translation>
    </message>
    <message>
        <source>followup category takes one FILE_NO.</source>
        <translation>followup category takes one FILE_NO.</translation>
    </message>
    <message>
        <source>followup needs a command: run, reminders, escalated, call, watch, answer, unwatch, watchlist or category.</source>
        <translation>followup needs a command: run, reminders, escalated, call, watch, answer, unwatch, watchlist or category.</translation>
    </message>
    <message>
        <source>Usage: nasti-admin [--as LOGIN] followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ... (each with --help)</source>
        <translation>Usage: nasti-admin [--as LOGIN] followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ... (each with --help)</translation>
    </message>
    <message>
        <source>Unknown followup command “%1”.</source>
        <translation>Unknown followup command “%1”.</translation>
    </message>
    <message>
        <source>Read the review from this read-only replica (a PostgreSQL streaming standby) instead of the primary; default: $NASTI_REVIEW_DB.</source>
        <translation>Read the review from this read-only replica (a PostgreSQL streaming standby) instead of the primary; default: $NASTI_REVIEW_DB.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Cannot read the passphrase file %1.</translation>
    </message>
    <message>
        <source>Passphrase of the signing authority: </source>
        <translation>Passphrase of the signing authority: </translation>
    </message>
    <message>
        <source>Read the authority&apos;s passphrase from this file&apos;s first line.</source>
        <translation>Read the authority&apos;s passphrase from this file&apos;s first line.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>The organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Create the organisation&apos;s signing authority, its private key sealed under a passphrase (administrators; once per database).</source>
        <translation>Create the organisation&apos;s signing authority, its private key sealed under a passphrase (administrators; once per database).</translation>
    </message>
    <message>
        <source>keys authority needs --name.</source>
        <translation>keys authority needs --name.</translation>
    </message>
    <message>
        <source>Signing authority created.</source>
        <translation>Signing authority created.</translation>
    </message>
    <message>
        <source>Make a new signing key for --as LOGIN, sealed under his password (the desktop client does this at his first sign-in). It signs once certified.</source>
        <translation>Make a new signing key for --as LOGIN, sealed under his password (the desktop client does this at his first sign-in). It signs once certified.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Signing key made for %1; the administrator certifies it next.</source>
        <translation>Signing key made for %1; the administrator certifies it next.</translation>
    </message>
    <message>
        <source>How long the certificate is valid (default 365).</source>
        <translation>How long the certificate is valid (default 365).</translation>
    </message>
    <message>
        <source>Whom to certify; none: every key awaiting it.</source>
        <translation>Whom to certify; none: every key awaiting it.</translation>
    </message>
    <message>
        <source>Certify officers&apos; signing keys for their posts with the organisation&apos;s authority.</source>
        <translation>Certify officers&apos; signing keys for their posts with the organisation&apos;s authority.</translation>
    </message>
    <message>
        <source>--days takes a number of days, not “%1”.</source>
        <translation>--days takes a number of days, not “%1”.</translation>
    </message>
    <message>
        <source>No key was awaiting certification.</source>
        <translation>No key was awaiting certification.</translation>
    </message>
    <message>
        <source>%1 certified for %2 days.</source>
        <translation>%1 certified for %2 days.</translation>
    </message>
    <message>
        <source>compromised (default), disabled, transferred or renewed.</source>
        <translation>compromised (default), disabled, transferred or renewed.</translation>
    </message>
    <message>
        <source>Whose certificates to revoke.</source>
        <translation>Whose certificates to revoke.</translation>
    </message>
    <message>
        <source>Revoke a user&apos;s signing certificates (from now; what he signed before stays valid).</source>
        <translation>Revoke a user&apos;s signing certificates (from now; what he signed before stays valid).</translation>
    </message>
    <message>
        <source>keys revoke takes one LOGIN.</source>
        <translation>keys revoke takes one LOGIN.</translation>
    </message>
    <message>
        <source>List signing keys and their certificates.</source>
        <translation>List signing keys and their certificates.</translation>
    </message>
    <message>
        <source>awaiting certification</source>
        <translation>awaiting certification</translation>
    </message>
    <message>
        <source>revoked %1 (%2)</source>
        <translation>revoked %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>Show --as LOGIN&apos;s signing key and certificate.</source>
        <translation>Show --as LOGIN&apos;s signing key and certificate.</translation>
    </message>
    <message>
        <source>%1 has no signing key.</source>
        <translation>%1 has no signing key.</translation>
    </message>
    <message>
        <source>%1 signs with key %2, certified until %3.</source>
        <translation>%1 signs with key %2, certified until %3.</translation>
    </message>
    <message>
        <source>%1 has key %2, not certified now%3.</source>
        <translation>%1 has key %2, not certified now%3.</translation>
    </message>
    <message>
        <source>Everyone&apos;s signing key is certified; the signing authority&apos;s passphrase is &quot;demo-authority&quot;.</source>
        <translation>Everyone&apos;s signing key is certified; the signing authority&apos;s passphrase is &quot;demo-authority&quot;.</translation>
    </message>
    <message>
        <source>verify: OK — %1 events and %2 history rows intact, %3 signatures valid; chain head %4:%5.</source>
        <translation>verify: OK — %1 events and %2 history rows intact, %3 signatures valid; chain head %4:%5.</translation>
    </message>
    <message>
        <source>(no signing time)</source>
        <translation>(no signing time)</translation>
    </message>
    <message>
        <source>Give the CA passphrase with --passphrase-file FILE or NASTI_CA_PASSPHRASE.</source>
        <translation>Give the CA passphrase with --passphrase-file FILE or NASTI_CA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Check the digital signatures of an issued letter (a PDF): each must be valid, cover the whole document and come from a certificate of one of the given CAs. Exit status 0 when all do, 3 when the letter is unsigned, changed after signing, or signed by an unknown, expired or revoked certificate.</source>
        <translation>Check the digital signatures of an issued letter (a PDF): each must be valid, cover the whole document and come from a certificate of one of the given CAs. Exit status 0 when all do, 3 when the letter is unsigned, changed after signing, or signed by an unknown, expired or revoked certificate.</translation>
    </message>
    <message>
        <source>verify-letter takes one FILE.pdf.</source>
        <translation>verify-letter takes one FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 carries no digital signature.</source>
        <translation>%1 carries no digital signature.</translation>
    </message>
    <message>
        <source>signature %1 of %2: %3; signed %4</source>
        <translation>signature %1 of %2: %3; signed %4</translation>
    </message>
    <message>
        <source>valid, covers the whole document, certificate trusted.</source>
        <translation>valid, covers the whole document, certificate trusted.</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NOT VERIFIED</translation>
    </message>
    <message>
        <source>%1, signature %2 (%3): %4</source>
        <translation>%1, signature %2 (%3): %4</translation>
    </message>
    <message>
        <source>The CA&apos;s directory.</source>
        <translation>The CA&apos;s directory.</translation>
    </message>
    <message>
        <source>Read the CA passphrase from the first line of FILE (else NASTI_CA_PASSPHRASE).</source>
        <translation>Read the CA passphrase from the first line of FILE (else NASTI_CA_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Validity in years (default 20).</source>
        <translation>Validity in years (default 20).</translation>
    </message>
    <message>
        <source>Create the organisation&apos;s certification authority (RSA-3072) in DIR; its key is stored encrypted with the passphrase.</source>
        <translation>Create the organisation&apos;s certification authority (RSA-3072) in DIR; its key is stored encrypted with the passphrase.</translation>
    </message>
    <message>
        <source>ca init needs --dir DIR and --org NAME.</source>
        <translation>ca init needs --dir DIR and --org NAME.</translation>
    </message>
    <message>
        <source>--years must be a whole number, not “%1”.</source>
        <translation>--years must be a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>ca init: %1 created in %2, valid until %3; SHA-256 fingerprint %4.</source>
        <translation>ca init: %1 created in %2, valid until %3; SHA-256 fingerprint %4.</translation>
    </message>
    <message>
        <source>PEM text instead of DER bytes.</source>
        <translation>PEM text instead of DER bytes.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>Measure only these parts, comma-separated: login, queries (inbox, opening a file, search), review, forward, signing (forward with a signed note against unsigned), pdf.</source>
        <translation>Measure only these parts, comma-separated: login, queries (inbox, opening a file, search), review, forward, signing (forward with a signed note against unsigned), pdf.</translation>
    </message>
    <message>
        <source>warning: %1 was issued without a PDF signature: %2.</source>
        <translation>warning: %1 was issued without a PDF signature: %2.</translation>
    </message>
    <message>
        <source>Signing authority created, with the organisation&apos;s X.509 CA for signed letters (nasti-admin ca export writes its certificate).</source>
        <translation>Signing authority created, with the organisation&apos;s X.509 CA for signed letters (nasti-admin ca export writes its certificate).</translation>
    </message>
    <message>
        <source>No X.509 certificate for signed letters for %1: their keys predate PDF signing; they get one when they enrol again (nasti-admin keys enrol) and are certified.</source>
        <translation>No X.509 certificate for signed letters for %1: their keys predate PDF signing; they get one when they enrol again (nasti-admin keys enrol) and are certified.</translation>
    </message>
    <message>
        <source>No X.509 certificates for signed letters: this authority predates PDF signing; run nasti-admin keys authority again to add the CA, then certify again.</source>
        <translation>No X.509 certificates for signed letters: this authority predates PDF signing; run nasti-admin keys authority again to add the CA, then certify again.</translation>
    </message>
    <message>
        <source>A trusted CA certificate (PEM or DER; a PEM file may hold several). Repeat for more. Without it: the organisation&apos;s CA from the database.</source>
        <translation>A trusted CA certificate (PEM or DER; a PEM file may hold several). Repeat for more. Without it: the organisation&apos;s CA from the database.</translation>
    </message>
    <message>
        <source>The database has no X.509 CA to check letters against (nasti-admin keys authority); give one with --ca CA.pem.</source>
        <translation>The database has no X.509 CA to check letters against (nasti-admin keys authority); give one with --ca CA.pem.</translation>
    </message>
    <message>
        <source>Export the CA certificate of DIR, or without --dir the organisation&apos;s CA from the database (DER, or PEM with --pem); no passphrase needed.</source>
        <translation>Export the CA certificate of DIR, or without --dir the organisation&apos;s CA from the database (DER, or PEM with --pem); no passphrase needed.</translation>
    </message>
    <message>
        <source>The database has no X.509 CA yet (nasti-admin keys authority makes it).</source>
        <translation>The database has no X.509 CA yet (nasti-admin keys authority makes it).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This database issued it as %1.</source>
        <translation>This database issued it as %1.</translation>
    </message>
    <message>
        <source>A revocation list of the CA (nasti-admin ca crl), for checking without the organisation&apos;s database; repeat for more. A signature by a certificate it lists counts only when its signing time is before the revocation.</source>
        <translation>A revocation list of the CA (nasti-admin ca crl), for checking without the organisation&apos;s database; repeat for more. A signature by a certificate it lists counts only when its signing time is before the revocation.</translation>
    </message>
    <message>
        <source>the revocation list %1 was due to be replaced on %2; a newer one may list more.</source>
        <translation>the revocation list %1 was due to be replaced on %2; a newer one may list more.</translation>
    </message>
    <message>
        <source>the revocation list says its certificate was revoked on %1, before the time the signature gives</source>
        <translation>the revocation list says its certificate was revoked on %1, before the time the signature gives</translation>
    </message>
    <message>
        <source>Days until the next list is due (default 7).</source>
        <translation>Days until the next list is due (default 7).</translation>
    </message>
    <message>
        <source>Read the authority&apos;s passphrase from this file&apos;s first line (else NASTI_AUTHORITY_PASSPHRASE).</source>
        <translation>Read the authority&apos;s passphrase from this file&apos;s first line (else NASTI_AUTHORITY_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Publish the revocation list (CRL) of the database&apos;s CA, signed with the authority&apos;s key: every revoked officer certificate and when, for those who check letters without the database (verify-letter --crl).</source>
        <translation>Publish the revocation list (CRL) of the database&apos;s CA, signed with the authority&apos;s key: every revoked officer certificate and when, for those who check letters without the database (verify-letter --crl).</translation>
    </message>
    <message>
        <source>--days takes 1 to 366 days, not “%1”.</source>
        <translation>--days takes 1 to 366 days, not “%1”.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s passphrase with --passphrase-file FILE or NASTI_AUTHORITY_PASSPHRASE.</source>
        <translation>Give the authority&apos;s passphrase with --passphrase-file FILE or NASTI_AUTHORITY_PASSPHRASE.</translation>
    </message>
    <message numerus="yes">
        <source>ca crl: %n revoked certificate(s) listed; the next list is due on %1.</source>
        <translation>
            <numerusform>ca crl: %n revoked certificate listed; the next list is due on %1.</numerusform>
            <numerusform>ca crl: %n revoked certificates listed; the next list is due on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ca takes init, export or crl (see nasti-admin ca init --help).</source>
        <translation>ca takes init, export or crl (see nasti-admin ca init --help).</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
    <message>
        <source>--load needs a positive number of desktops.</source>
        <translation>--load needs a positive number of desktops.</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds.</source>
        <translation>--duration needs a positive number of seconds.</translation>
    </message>
    <message>
        <source>--pace needs MIN,MAX seconds, 0 &lt; MIN ≤ MAX.</source>
        <translation>--pace needs MIN,MAX seconds, 0 &lt; MIN ≤ MAX.</translation>
    </message>
    <message>
        <source>--setup-timeout needs a positive number of seconds.</source>
        <translation>--setup-timeout needs a positive number of seconds.</translation>
    </message>
    <message>
        <source>bench --load: %1 errors; every desktop must work without one.</source>
        <translation>bench --load: %1 errors; every desktop must work without one.</translation>
    </message>
    <message>
        <source>Instead of the items above: simulate N signed-in desktops, each as its own login role with the client&apos;s two connections, doing a clerk&apos;s or officer&apos;s day at human pace (PostgreSQL only).</source>
        <translation>Instead of the items above: simulate N signed-in desktops, each as its own login role with the client&apos;s two connections, doing a clerk&apos;s or officer&apos;s day at human pace (PostgreSQL only).</translation>
    </message>
    <message>
        <source>With --load: seconds the day runs once every desktop is connected (default 60).</source>
        <translation>With --load: seconds the day runs once every desktop is connected (default 60).</translation>
    </message>
    <message>
        <source>With --load: seconds between one user&apos;s actions, MIN,MAX (default 3,60).</source>
        <translation>With --load: seconds between one user&apos;s actions, MIN,MAX (default 3,60).</translation>
    </message>
    <message>
        <source>With --load: seconds allowed for login roles, sign-in and connecting (default 600).</source>
        <translation>With --load: seconds allowed for login roles, sign-in and connecting (default 600).</translation>
    </message>
    <message>
        <source>Sign with your registered DSC token, its PIN on this file&apos;s first line (or NASTI_TOKEN_PIN).</source>
        <translation>Sign with your registered DSC token, its PIN on this file&apos;s first line (or NASTI_TOKEN_PIN).</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 driver on this computer, when not where it was registered.</source>
        <translation>The token&apos;s PKCS#11 driver on this computer, when not where it was registered.</translation>
    </message>
    <message>
        <source>Cannot read the PIN file %1.</source>
        <translation>Cannot read the PIN file %1.</translation>
    </message>
    <message>
        <source>How many clients (default 16).</source>
        <translation>How many clients (default 16).</translation>
    </message>
    <message>
        <source>How long they forward (default 30).</source>
        <translation>How long they forward (default 30).</translation>
    </message>
    <message>
        <source>Where to write every movement reported done (tab-separated).</source>
        <translation>Where to write every movement reported done (tab-separated).</translation>
    </message>
    <message>
        <source>How long a cut-off client keeps trying to reach a primary before it reports the action not done (default 60).</source>
        <translation>How long a cut-off client keeps trying to reach a primary before it reports the action not done (default 60).</translation>
    </message>
    <message>
        <source>drill knows one exercise: drill forward (see drill forward --help).</source>
        <translation>drill knows one exercise: drill forward (see drill forward --help).</translation>
    </message>
    <message>
        <source>The failover drill: clients forward files through the multi-host URL while the primary is killed; every movement reported done is written to --report.</source>
        <translation>The failover drill: clients forward files through the multi-host URL while the primary is killed; every movement reported done is written to --report.</translation>
    </message>
    <message>
        <source>drill forward needs --clients 1..200, --seconds 1 or more and --report FILE.</source>
        <translation>drill forward needs --clients 1..200, --seconds 1 or more and --report FILE.</translation>
    </message>
    <message>
        <source>drill: %1: %2 errors, first: %3</source>
        <translation>drill: %1: %2 errors, first: %3</translation>
    </message>
    <message>
        <source>drill: %1 clients, %2 movements reported done (%3 after a retry, %4 of them found done already), %5 not done, %6 errors; longest time without a server: %7 ms</source>
        <translation>drill: %1 clients, %2 movements reported done (%3 after a retry, %4 of them found done already), %5 not done, %6 errors; longest time without a server: %7 ms</translation>
    </message>
    <message>
        <source>What to call the CA (e.g. its licence name).</source>
        <translation>What to call the CA (e.g. its licence name).</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate (PEM or DER).</source>
        <translation>The CA&apos;s certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Trust an external certifying authority (a licensed CA under CCA India) whose certificates officers hold on DSC tokens (administrators).</source>
        <translation>Trust an external certifying authority (a licensed CA under CCA India) whose certificates officers hold on DSC tokens (administrators).</translation>
    </message>
    <message>
        <source>keys trust-ca takes --name NAME and one CA_CERT file.</source>
        <translation>keys trust-ca takes --name NAME and one CA_CERT file.</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>Cannot read the certificate file %1.</translation>
    </message>
    <message>
        <source>CA %1 trusted (%2) for DSC tokens.</source>
        <translation>CA %1 trusted (%2) for DSC tokens.</translation>
    </message>
    <message>
        <source>List the external CAs trusted for DSC tokens.</source>
        <translation>List the external CAs trusted for DSC tokens.</translation>
    </message>
    <message>
        <source>trusted %1</source>
        <translation>trusted %1</translation>
    </message>
    <message>
        <source>The officer whose token it is.</source>
        <translation>The officer whose token it is.</translation>
    </message>
    <message>
        <source>The token&apos;s certificate (PEM or DER), exported from the token.</source>
        <translation>The token&apos;s certificate (PEM or DER), exported from the token.</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 driver on the officers&apos; desktops (e.g. the CA&apos;s libeps2003 or /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so).</source>
        <translation>The token&apos;s PKCS#11 driver on the officers&apos; desktops (e.g. the CA&apos;s libeps2003 or /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so).</translation>
    </message>
    <message>
        <source>Register an officer&apos;s DSC token certificate (from a trusted external CA) to him and the posts he holds; he then signs the letters he issues with the token.</source>
        <translation>Register an officer&apos;s DSC token certificate (from a trusted external CA) to him and the posts he holds; he then signs the letters he issues with the token.</translation>
    </message>
    <message>
        <source>keys register-token needs --user LOGIN, --cert FILE and --module PATH.</source>
        <translation>keys register-token needs --user LOGIN, --cert FILE and --module PATH.</translation>
    </message>
    <message>
        <source>DSC token registered to %1 (registration %2).</source>
        <translation>DSC token registered to %1 (registration %2).</translation>
    </message>
    <message>
        <source>List registered DSC tokens.</source>
        <translation>List registered DSC tokens.</translation>
    </message>
    <message>
        <source>Usage: nasti-admin keys authority|enrol|certify|revoke|list|status|trust-ca|trusted-cas|register-token|tokens ... (each has --help)</source>
        <translation>Usage: nasti-admin keys authority|enrol|certify|revoke|list|status|trust-ca|trusted-cas|register-token|tokens ... (each has --help)</translation>
    </message>
    <message>
        <source>Unknown keys command “%1” (authority, enrol, certify, revoke, list, status, trust-ca, trusted-cas, register-token, tokens).</source>
        <translation>Unknown keys command “%1” (authority, enrol, certify, revoke, list, status, trust-ca, trusted-cas, register-token, tokens).</translation>
    </message>
    <message>
        <source>valid, covers the whole document, made with the DSC token registered to %1.</source>
        <translation>valid, covers the whole document, made with the DSC token registered to %1.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 takes a whole number of at least %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Apply the steps up to this one only (default: this program&apos;s latest).</source>
        <translation>Apply the steps up to this one only (default: this program&apos;s latest).</translation>
    </message>
    <message>
        <source>PostgreSQL: the longest a step waits for a lock, in milliseconds, before it gives way to the office and tries again (default 3000).</source>
        <translation>PostgreSQL: the longest a step waits for a lock, in milliseconds, before it gives way to the office and tries again (default 3000).</translation>
    </message>
    <message>
        <source>How many times a step is tried before migrate gives up (default 5).</source>
        <translation>How many times a step is tried before migrate gives up (default 5).</translation>
    </message>
    <message>
        <source>Milliseconds to wait before a step&apos;s second try, doubled before each next one (default 1000).</source>
        <translation>Milliseconds to wait before a step&apos;s second try, doubled before each next one (default 1000).</translation>
    </message>
    <message>
        <source>Schema version %1 in %2 is newer than this program&apos;s %3 and works with it; nothing to do.</source>
        <translation>Schema version %1 in %2 is newer than this program&apos;s %3 and works with it; nothing to do.</translation>
    </message>
    <message>
        <source>  step %1 %2: %3 ms</source>
        <translation>  step %1 %2: %3 ms</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (attempt %1)</translation>
    </message>
    <message>
        <source>Steps took %1 ms in all, each in its own transaction.</source>
        <translation>Steps took %1 ms in all, each in its own transaction.</translation>
    </message>
    <message>
        <source>Migrate a live database to this program&apos;s schema while the office works: each step in a transaction of its own that waits at most --lock-timeout for a lock, gives way and tries again (progress on stderr); prints what each step took. Take a backup first.</source>
        <translation>Migrate a live database to this program&apos;s schema while the office works: each step in a transaction of its own that waits at most --lock-timeout for a lock, gives way and tries again (progress on stderr); prints what each step took. Take a backup first.</translation>
    </message>
    <message>
        <source>seed-scale: review rollup of %1 weeks and %2 days in %3 s</source>
        <translation>seed-scale: review rollup of %1 weeks and %2 days in %3 s</translation>
    </message>
    <message>
        <source>Usage: nasti-admin [--db URL] [--as LOGIN] COMMAND [options]

Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB?sslmode=...
(several servers: postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB?target_session_attrs=read-write)
(default: $NASTI_DB, else the demo database in your data directory).
--as LOGIN acts as that user; the password comes from NASTI_PASSWORD or a prompt.

Commands (each has --help):
  init                      create or migrate the schema
  migrate [--lock-timeout MS]  migrate a live database step by step (report each step&apos;s time)
  demo                      seed the demo office (once)
  org [--json]              list departments, sections and posts
  import-org FILE.csv       import an organisation (all rows or none)
  user add|disable|enable|passwd|transfer ...
  file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ...
  receipt add PDF_PATH ...  diarise an incoming letter
  draft new|revise|show|diff|approve|issue ...  drafts for approval and their issue
  dispatch list|postage ... the section&apos;s dispatch register
  keys authority|enrol|certify|revoke|list|status ...  digital signatures: keys and certificates
  letterhead set DEPT ...   a department&apos;s letterhead (Hindi, English)
  inbox [--json]            the files your posts hold
  search [WORDS] [--sender TEXT] [--letter-no P] [--diary-no P] [--file-no P] [--holder POST]
         [--from DATE] [--to DATE] [--priority P] [--grading G] [--status S] [--json]
                            find files (every option narrows)
  verify                    check the tamper-evident event log
  verify-letter FILE.pdf [--ca CA.pem ...] [--crl CRL ...]  check a letter&apos;s digital signatures
                        (default: the organisation&apos;s CA and revocations in the database)
  ca init|export|crl [--dir DIR] ...  the organisation&apos;s signing CA (export without --dir: the
                        database&apos;s; crl: its revocation list)
  backup FILE               a consistent backup while clients work (SQLite copy, pg_dump)
  restore FILE              replace the database with a backup, then verify it
  report weekly [--week 2025-W02] [--department CODE] [--pdf PATH] [--csv PATH] [--lang hi|en]
                            the weekly review of pendency and disposal
  followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ...
                            reminders, escalation, calls for files, watch-list, categories
  review close-weeks [--weeks N]  store the review&apos;s figures of ended weeks (cron, Mondays)
  review close-days               store the running week&apos;s finished days (cron, nightly)
  seed-scale --files N      seed an empty database with a state-scale office (benchmark)
  bench [--json PATH]       measure inbox, search, file, forwarding, PDF against raw baselines
</source>
        <translation>Usage: nasti-admin [--db URL] [--as LOGIN] COMMAND [options]

Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB?sslmode=...
(several servers: postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB?target_session_attrs=read-write)
(default: $NASTI_DB, else the demo database in your data directory).
--as LOGIN acts as that user; the password comes from NASTI_PASSWORD or a prompt.

Commands (each has --help):
  init                      create or migrate the schema
  migrate [--lock-timeout MS]  migrate a live database step by step (report each step&apos;s time)
  demo                      seed the demo office (once)
  org [--json]              list departments, sections and posts
  import-org FILE.csv       import an organisation (all rows or none)
  user add|disable|enable|passwd|transfer ...
  file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ...
  receipt add PDF_PATH ...  diarise an incoming letter
  draft new|revise|show|diff|approve|issue ...  drafts for approval and their issue
  dispatch list|postage ... the section&apos;s dispatch register
  keys authority|enrol|certify|revoke|list|status ...  digital signatures: keys and certificates
  letterhead set DEPT ...   a department&apos;s letterhead (Hindi, English)
  inbox [--json]            the files your posts hold
  search [WORDS] [--sender TEXT] [--letter-no P] [--diary-no P] [--file-no P] [--holder POST]
         [--from DATE] [--to DATE] [--priority P] [--grading G] [--status S] [--json]
                            find files (every option narrows)
  verify                    check the tamper-evident event log
  verify-letter FILE.pdf [--ca CA.pem ...] [--crl CRL ...]  check a letter&apos;s digital signatures
                        (default: the organisation&apos;s CA and revocations in the database)
  ca init|export|crl [--dir DIR] ...  the organisation&apos;s signing CA (export without --dir: the
                        database&apos;s; crl: its revocation list)
  backup FILE               a consistent backup while clients work (SQLite copy, pg_dump)
  restore FILE              replace the database with a backup, then verify it
  report weekly [--week 2025-W02] [--department CODE] [--pdf PATH] [--csv PATH] [--lang hi|en]
                            the weekly review of pendency and disposal
  followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ...
                            reminders, escalation, calls for files, watch-list, categories
  review close-weeks [--weeks N]  store the review&apos;s figures of ended weeks (cron, Mondays)
  review close-days               store the running week&apos;s finished days (cron, nightly)
  seed-scale --files N      seed an empty database with a state-scale office (benchmark)
  bench [--json PATH]       measure inbox, search, file, forwarding, PDF against raw baselines
</translation>
    </message>
    <message>
        <source>Store the weekly review&apos;s flows of each finished day of the week still running not stored yet, so its review reads only today from history (idempotent; run it every night after 00:00 IST). Runs as the database owner, like init.</source>
        <translation>Store the weekly review&apos;s flows of each finished day of the week still running not stored yet, so its review reads only today from history (idempotent; run it every night after 00:00 IST). Runs as the database owner, like init.</translation>
    </message>
    <message>
        <source>review close-days takes no positional arguments.</source>
        <translation>review close-days takes no positional arguments.</translation>
    </message>
    <message>
        <source>review close-days runs as the database owner: leave out --as.</source>
        <translation>review close-days runs as the database owner: leave out --as.</translation>
    </message>
    <message>
        <source>close-days: %1 of %2 days checked</source>
        <translation>close-days: %1 of %2 days checked</translation>
    </message>
    <message>
        <source>Days stored for the week still running: %1 (%2 ms).</source>
        <translation>Days stored for the week still running: %1 (%2 ms).</translation>
    </message>
    <message>
        <source>review knows two commands: close-weeks and close-days (nasti-admin review close-weeks --help).</source>
        <translation>review knows two commands: close-weeks and close-days (nasti-admin review close-weeks --help).</translation>
    </message>
</context>
<context>
    <name>nasti::cli::keys</name>
    <message numerus="yes">
        <source>%n certificate(s) revoked.</source>
        <translation>
            <numerusform>%n certificate revoked.</numerusform>
            <numerusform>%n certificates revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::codes</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Top Priority</source>
        <translation>Top Priority</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Top Secret</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>For approval</source>
        <translation>For approval</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>For comments</source>
        <translation>For comments</translation>
    </message>
    <message>
        <source>For signature</source>
        <translation>For signature</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Put up</source>
        <translation>Put up</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Approved and returned</source>
        <translation>Approved and returned</translation>
    </message>
    <message>
        <source>Rejected and returned</source>
        <translation>Rejected and returned</translation>
    </message>
    <message>
        <source>VIP reference</source>
        <translation>VIP reference</translation>
    </message>
    <message>
        <source>Assembly question</source>
        <translation>Assembly question</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>Court case</translation>
    </message>
    <message>
        <source>CM Helpline grievance</source>
        <translation>CM Helpline grievance</translation>
    </message>
    <message>
        <source>CPGRAMS grievance</source>
        <translation>CPGRAMS grievance</translation>
    </message>
</context>
<context>
    <name>nasti::dsctokens</name>
    <message>
        <source>the registration of your DSC token (%1) was revoked on %2</source>
        <translation>the registration of your DSC token (%1) was revoked on %2</translation>
    </message>
    <message>
        <source>the certificate on your DSC token (%1) expired on %2</source>
        <translation>the certificate on your DSC token (%1) expired on %2</translation>
    </message>
    <message>
        <source>the certificate on your DSC token (%1) is valid only from %2</source>
        <translation>the certificate on your DSC token (%1) is valid only from %2</translation>
    </message>
</context>
<context>
    <name>nasti::migrations</name>
    <message>
        <source>The database %1 is empty; run nasti-admin init first.</source>
        <translation>The database %1 is empty; run nasti-admin init first.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this program&apos;s %3: it has not been upgraded yet. Ask the administrator to run nasti-admin migrate on it; then sign in again.</source>
        <translation>The database %1 has schema version %2, older than this program&apos;s %3: it has not been upgraded yet. Ask the administrator to run nasti-admin migrate on it; then sign in again.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program&apos;s %3, and its step %4 works only with programs of schema %5 or newer. Install the newer Nasti (ask the administrator for the update).</source>
        <translation>The database %1 has schema version %2, newer than this program&apos;s %3, and its step %4 works only with programs of schema %5 or newer. Install the newer Nasti (ask the administrator for the update).</translation>
    </message>
    <message>
        <source>This program knows schema steps up to %1; it cannot migrate to %2.</source>
        <translation>This program knows schema steps up to %1; it cannot migrate to %2.</translation>
    </message>
    <message>
        <source>step %1 (%2): started</source>
        <translation>step %1 (%2): started</translation>
    </message>
    <message>
        <source>step %1: already applied by another migrator</source>
        <translation>step %1: already applied by another migrator</translation>
    </message>
    <message>
        <source>step %1 (%2): done in %3 ms</source>
        <translation>step %1 (%2): done in %3 ms</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) could not get its locks in %3 attempts of %4 ms each: another session keeps a lock on a table it changes (a long query or a transaction left open; see pg_stat_activity). Nothing of step %1 was done; steps before it are. Run nasti-admin migrate again when that session has ended. (%5)</source>
        <translation>Schema step %1 (%2) could not get its locks in %3 attempts of %4 ms each: another session keeps a lock on a table it changes (a long query or a transaction left open; see pg_stat_activity). Nothing of step %1 was done; steps before it are. Run nasti-admin migrate again when that session has ended. (%5)</translation>
    </message>
    <message>
        <source>step %1: no lock within %2 ms (attempt %3 of %4); rolled back, trying again in %5 ms</source>
        <translation>step %1: no lock within %2 ms (attempt %3 of %4); rolled back, trying again in %5 ms</translation>
    </message>
</context>
<context>
    <name>nasti::notesheet</name>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Reopening</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>NOTE SHEET</source>
        <translation>NOTE SHEET</translation>
    </message>
    <message>
        <source>File No.:</source>
        <translation>File No.:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2</source>
        <translation>Digitally signed by %1 on %2</translation>
    </message>
    <message>
        <source>SIGNATURE BROKEN: altered after signing</source>
        <translation>SIGNATURE BROKEN: altered after signing</translation>
    </message>
</context>
<context>
    <name>nasti::offlinekeychain</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Setting the certificate&apos;s subject</source>
        <translation>Setting the certificate&apos;s subject</translation>
    </message>
    <message>
        <source>Setting the request&apos;s subject</source>
        <translation>Setting the request&apos;s subject</translation>
    </message>
    <message>
        <source>The officer&apos;s name is empty.</source>
        <translation>The officer&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The officer&apos;s organisation is empty.</source>
        <translation>The officer&apos;s organisation is empty.</translation>
    </message>
    <message>
        <source>Signing the certificate request</source>
        <translation>Signing the certificate request</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>The certificate</translation>
    </message>
    <message>
        <source>No certificate found in the PEM text.</source>
        <translation>No certificate found in the PEM text.</translation>
    </message>
    <message>
        <source>The officer&apos;s private key</source>
        <translation>The officer&apos;s private key</translation>
    </message>
    <message>
        <source>The officer&apos;s certificate</source>
        <translation>The officer&apos;s certificate</translation>
    </message>
    <message>
        <source>The certificate does not belong to this private key.</source>
        <translation>The certificate does not belong to this private key.</translation>
    </message>
    <message>
        <source>The document is empty, not a PDF.</source>
        <translation>The document is empty, not a PDF.</translation>
    </message>
    <message>
        <source>The document is not a PDF (no %PDF- header).</source>
        <translation>The document is not a PDF (no %PDF- header).</translation>
    </message>
    <message>
        <source>The PDF is damaged: it cannot be read.</source>
        <translation>The PDF is damaged: it cannot be read.</translation>
    </message>
    <message>
        <source>The PDF is password-protected; it cannot be signed or checked.</source>
        <translation>The PDF is password-protected; it cannot be signed or checked.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate</source>
        <translation>The signer&apos;s certificate</translation>
    </message>
    <message>
        <source>A trusted CA certificate</source>
        <translation>A trusted CA certificate</translation>
    </message>
    <message>
        <source>Digitally signed by %1</source>
        <translation>Digitally signed by %1</translation>
    </message>
    <message>
        <source>Date: %1 IST</source>
        <translation>Date: %1 IST</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>certificate trusted</translation>
    </message>
    <message>
        <source>the certificate was not issued by a trusted CA (unknown CA)</source>
        <translation>the certificate was not issued by a trusted CA (unknown CA)</translation>
    </message>
    <message>
        <source>the certificate was not valid at the signing time (expired or not yet valid)</source>
        <translation>the certificate was not valid at the signing time (expired or not yet valid)</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>the certificate has been revoked</translation>
    </message>
    <message>
        <source>the certificate is not fit for signing (bad signature, usage or algorithm)</source>
        <translation>the certificate is not fit for signing (bad signature, usage or algorithm)</translation>
    </message>
    <message>
        <source>The signing certificate of %1 expired on %2 IST; it cannot sign.</source>
        <translation>The signing certificate of %1 expired on %2 IST; it cannot sign.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 is valid only from %2 IST; it cannot sign yet.</source>
        <translation>The signing certificate of %1 is valid only from %2 IST; it cannot sign yet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not meant for signatures.</source>
        <translation>The certificate of %1 is not meant for signatures.</translation>
    </message>
    <message>
        <source>A CA certificate cannot sign letters; certify an officer.</source>
        <translation>A CA certificate cannot sign letters; certify an officer.</translation>
    </message>
    <message>
        <source>The signature&apos;s visible text is empty.</source>
        <translation>The signature&apos;s visible text is empty.</translation>
    </message>
    <message>
        <source>The PDF has no page %1 (it has %2).</source>
        <translation>The PDF has no page %1 (it has %2).</translation>
    </message>
    <message>
        <source>The signature&apos;s rectangle lies off the page.</source>
        <translation>The signature&apos;s rectangle lies off the page.</translation>
    </message>
    <message>
        <source>Cannot create a scratch file for signing: %1</source>
        <translation>Cannot create a scratch file for signing: %1</translation>
    </message>
    <message>
        <source>Poppler could not sign the PDF (error %1).</source>
        <translation>Poppler could not sign the PDF (error %1).</translation>
    </message>
    <message>
        <source>Cannot read the signed PDF: %1</source>
        <translation>Cannot read the signed PDF: %1</translation>
    </message>
    <message>
        <source>Poppler wrote no signature into the PDF.</source>
        <translation>Poppler wrote no signature into the PDF.</translation>
    </message>
    <message>
        <source>This is not a certificate revocation list (CRL).</source>
        <translation>This is not a certificate revocation list (CRL).</translation>
    </message>
    <message>
        <source>The revocation list is not signed by a trusted CA (or was changed after signing).</source>
        <translation>The revocation list is not signed by a trusted CA (or was changed after signing).</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::OrganisationCa</name>
    <message>
        <source>The organisation&apos;s name is empty.</source>
        <translation>The organisation&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The CA passphrase must have at least %1 characters.</source>
        <translation>The CA passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The CA&apos;s validity must be 1 to 50 years.</source>
        <translation>The CA&apos;s validity must be 1 to 50 years.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>%1 already holds a CA.</source>
        <translation>%1 already holds a CA.</translation>
    </message>
    <message>
        <source>%1 Signing CA</source>
        <translation>%1 Signing CA</translation>
    </message>
    <message>
        <source>Signing the CA certificate</source>
        <translation>Signing the CA certificate</translation>
    </message>
    <message>
        <source>Encrypting the CA key</source>
        <translation>Encrypting the CA key</translation>
    </message>
    <message>
        <source>%1 holds no CA (no %2).</source>
        <translation>%1 holds no CA (no %2).</translation>
    </message>
    <message>
        <source>%1 holds no CA.</source>
        <translation>%1 holds no CA.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the CA in %1 (or its key file is damaged).</source>
        <translation>Wrong passphrase for the CA in %1 (or its key file is damaged).</translation>
    </message>
    <message>
        <source>The CA key in %1 does not belong to its certificate.</source>
        <translation>The CA key in %1 does not belong to its certificate.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity period is empty.</source>
        <translation>The certificate&apos;s validity period is empty.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity (%1 to %2) must lie within the CA&apos;s (%3 to %4).</source>
        <translation>The certificate&apos;s validity (%1 to %2) must lie within the CA&apos;s (%3 to %4).</translation>
    </message>
    <message>
        <source>The certificate request is not a PKCS#10 request (DER).</source>
        <translation>The certificate request is not a PKCS#10 request (DER).</translation>
    </message>
    <message>
        <source>The certificate request&apos;s own signature does not verify.</source>
        <translation>The certificate request&apos;s own signature does not verify.</translation>
    </message>
    <message>
        <source>The request&apos;s public key</source>
        <translation>The request&apos;s public key</translation>
    </message>
    <message>
        <source>The public key is not a SubjectPublicKeyInfo (DER).</source>
        <translation>The public key is not a SubjectPublicKeyInfo (DER).</translation>
    </message>
    <message>
        <source>Neither a certificate request nor a public key was given.</source>
        <translation>Neither a certificate request nor a public key was given.</translation>
    </message>
    <message>
        <source>The officer&apos;s RSA key has %1 bits; at least 2048 are needed.</source>
        <translation>The officer&apos;s RSA key has %1 bits; at least 2048 are needed.</translation>
    </message>
    <message>
        <source>The CA in %1 is busy (its serial register is locked).</source>
        <translation>The CA in %1 is busy (its serial register is locked).</translation>
    </message>
    <message>
        <source>Cannot open the serial register %1: %2</source>
        <translation>Cannot open the serial register %1: %2</translation>
    </message>
    <message>
        <source>Signing the officer&apos;s certificate</source>
        <translation>Signing the officer&apos;s certificate</translation>
    </message>
    <message>
        <source>Cannot record the serial in %1: %2</source>
        <translation>Cannot record the serial in %1: %2</translation>
    </message>
    <message>
        <source>The CA certificate</source>
        <translation>The CA certificate</translation>
    </message>
    <message>
        <source>The CA&apos;s private key</source>
        <translation>The CA&apos;s private key</translation>
    </message>
    <message>
        <source>The CA&apos;s private key does not belong to its certificate.</source>
        <translation>The CA&apos;s private key does not belong to its certificate.</translation>
    </message>
    <message>
        <source>A revocation list&apos;s next update must be after now.</source>
        <translation>A revocation list&apos;s next update must be after now.</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::SignatureCheck</name>
    <message>
        <source>the signed bytes were changed after signing</source>
        <translation>the signed bytes were changed after signing</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>the signature is not valid</translation>
    </message>
    <message>
        <source>the document was changed after signing (it has content the signature does not cover)</source>
        <translation>the document was changed after signing (it has content the signature does not cover)</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::gt</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an X.509 certificate (%2).</source>
        <translation>%1 is not an X.509 certificate (%2).</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#8 private key (%2).</source>
        <translation>%1 is not a PKCS#8 private key (%2).</translation>
    </message>
    <message>
        <source>Generating an RSA key</source>
        <translation>Generating an RSA key</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::nss</name>
    <message>
        <source>Cannot create a private directory for signing: %1</source>
        <translation>Cannot create a private directory for signing: %1</translation>
    </message>
    <message>
        <source>NSS was initialised before Nasti&apos;s signing set-up (Poppler uses %1); signatures cannot be made or checked in this process.</source>
        <translation>NSS was initialised before Nasti&apos;s signing set-up (Poppler uses %1); signatures cannot be made or checked in this process.</translation>
    </message>
    <message>
        <source>Cannot create the signing database: %1</source>
        <translation>Cannot create the signing database: %1</translation>
    </message>
    <message>
        <source>NSS has no key slot: %1</source>
        <translation>NSS has no key slot: %1</translation>
    </message>
    <message>
        <source>Cannot protect the signing database: %1</source>
        <translation>Cannot protect the signing database: %1</translation>
    </message>
    <message>
        <source>Cannot log in to the signing database: %1</source>
        <translation>Cannot log in to the signing database: %1</translation>
    </message>
    <message>
        <source>The DSC token&apos;s driver (PKCS#11 module) %1 is not installed on this computer.</source>
        <translation>The DSC token&apos;s driver (PKCS#11 module) %1 is not installed on this computer.</translation>
    </message>
    <message>
        <source>The DSC token&apos;s driver (PKCS#11 module) %1 could not be loaded: %2</source>
        <translation>The DSC token&apos;s driver (PKCS#11 module) %1 could not be loaded: %2</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::nss::SessionSigner</name>
    <message>
        <source>NSS has no key slot: %1</source>
        <translation>NSS has no key slot: %1</translation>
    </message>
    <message>
        <source>NSS refused the officer&apos;s private key: %1</source>
        <translation>NSS refused the officer&apos;s private key: %1</translation>
    </message>
    <message>
        <source>NSS cannot read the officer&apos;s certificate: %1</source>
        <translation>NSS cannot read the officer&apos;s certificate: %1</translation>
    </message>
    <message>
        <source>NSS refused the officer&apos;s certificate: %1</source>
        <translation>NSS refused the officer&apos;s certificate: %1</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::nss::TokenSigner</name>
    <message>
        <source>The PIN of the DSC token %1 was not given.</source>
        <translation>The PIN of the DSC token %1 was not given.</translation>
    </message>
    <message>
        <source>The PIN of the DSC token %1 is wrong; nothing was signed. (The token locks itself after a few wrong PINs.)</source>
        <translation>The PIN of the DSC token %1 is wrong; nothing was signed. (The token locks itself after a few wrong PINs.)</translation>
    </message>
    <message>
        <source>The DSC token %1 is locked (too many wrong PINs); its certifying authority&apos;s tools unlock it.</source>
        <translation>The DSC token %1 is locked (too many wrong PINs); its certifying authority&apos;s tools unlock it.</translation>
    </message>
    <message>
        <source>The DSC token %1 refused the PIN: %2</source>
        <translation>The DSC token %1 refused the PIN: %2</translation>
    </message>
    <message>
        <source>No DSC token is inserted (the driver %1 finds none). Insert your token and try again.</source>
        <translation>No DSC token is inserted (the driver %1 finds none). Insert your token and try again.</translation>
    </message>
    <message>
        <source>The DSC token in this computer (%1) does not hold your registered certificate.</source>
        <translation>The DSC token in this computer (%1) does not hold your registered certificate.</translation>
    </message>
    <message>
        <source>The certificate on the DSC token %1 has no label; NSS cannot name it.</source>
        <translation>The certificate on the DSC token %1 has no label; NSS cannot name it.</translation>
    </message>
</context>
<context>
    <name>nasti::qrCode</name>
    <message>
        <source>A QR code needs some text.</source>
        <translation>A QR code needs some text.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>The text is too long for a QR code (%1 bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>The QR code could not be made.</translation>
    </message>
</context>
<context>
    <name>nasti::review</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>0–7 d</source>
        <translation>0–7 d</translation>
    </message>
    <message>
        <source>8–15 d</source>
        <translation>8–15 d</translation>
    </message>
    <message>
        <source>16–30 d</source>
        <translation>16–30 d</translation>
    </message>
    <message>
        <source>&gt;30 d</source>
        <translation>&gt;30 d</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Recd</source>
        <translation>Recd</translation>
    </message>
    <message>
        <source>Recd (prev)</source>
        <translation>Recd (prev)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Created (prev)</source>
        <translation>Created (prev)</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Disposed (prev)</source>
        <translation>Disposed (prev)</translation>
    </message>
    <message>
        <source>Department, section or post</source>
        <translation>Department, section or post</translation>
    </message>
    <message>
        <source>Files open or parked at the week&apos;s end</source>
        <translation>Files open or parked at the week&apos;s end</translation>
    </message>
    <message>
        <source>Of the pending files, those parked</source>
        <translation>Of the pending files, those parked</translation>
    </message>
    <message>
        <source>Pending 0 to 7 calendar days with the holder</source>
        <translation>Pending 0 to 7 calendar days with the holder</translation>
    </message>
    <message>
        <source>Pending 8 to 15 calendar days with the holder</source>
        <translation>Pending 8 to 15 calendar days with the holder</translation>
    </message>
    <message>
        <source>Pending 16 to 30 calendar days with the holder</source>
        <translation>Pending 16 to 30 calendar days with the holder</translation>
    </message>
    <message>
        <source>Pending over 30 calendar days with the holder</source>
        <translation>Pending over 30 calendar days with the holder</translation>
    </message>
    <message>
        <source>Open files past the department&apos;s time limit in working days</source>
        <translation>Open files past the department&apos;s time limit in working days</translation>
    </message>
    <message>
        <source>Files received from outside the unit this week (secretariat: dak diarised)</source>
        <translation>Files received from outside the unit this week (secretariat: dak diarised)</translation>
    </message>
    <message>
        <source>Received in the week before</source>
        <translation>Received in the week before</translation>
    </message>
    <message>
        <source>Files opened this week</source>
        <translation>Files opened this week</translation>
    </message>
    <message>
        <source>Files opened in the week before</source>
        <translation>Files opened in the week before</translation>
    </message>
    <message>
        <source>Files closed this week</source>
        <translation>Files closed this week</translation>
    </message>
    <message>
        <source>Files closed in the week before</source>
        <translation>Files closed in the week before</translation>
    </message>
    <message>
        <source>Average days a file waited with a Section Officer (stays ended this week)</source>
        <translation>Average days a file waited with a Section Officer (stays ended this week)</translation>
    </message>
    <message>
        <source>Average days a file waited with an Under Secretary (stays ended this week)</source>
        <translation>Average days a file waited with an Under Secretary (stays ended this week)</translation>
    </message>
    <message>
        <source>Average days a file waited with a Deputy Secretary (stays ended this week)</source>
        <translation>Average days a file waited with a Deputy Secretary (stays ended this week)</translation>
    </message>
    <message>
        <source>Average days a file waited with a Principal Secretary (stays ended this week)</source>
        <translation>Average days a file waited with a Principal Secretary (stays ended this week)</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Section Officer</source>
        <translation>Section Officer</translation>
    </message>
    <message>
        <source>Under Secretary</source>
        <translation>Under Secretary</translation>
    </message>
    <message>
        <source>Deputy Secretary</source>
        <translation>Deputy Secretary</translation>
    </message>
    <message>
        <source>Principal Secretary</source>
        <translation>Principal Secretary</translation>
    </message>
    <message>
        <source>Chief Secretary</source>
        <translation>Chief Secretary</translation>
    </message>
    <message>
        <source>Wait Asst (d)</source>
        <translation>Wait Asst (d)</translation>
    </message>
    <message>
        <source>Wait SO (d)</source>
        <translation>Wait SO (d)</translation>
    </message>
    <message>
        <source>Wait US (d)</source>
        <translation>Wait US (d)</translation>
    </message>
    <message>
        <source>Wait DS (d)</source>
        <translation>Wait DS (d)</translation>
    </message>
    <message>
        <source>Wait PS (d)</source>
        <translation>Wait PS (d)</translation>
    </message>
    <message>
        <source>Called for</source>
        <translation>Called for</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>&gt;4 levels</source>
        <translation>&gt;4 levels</translation>
    </message>
    <message>
        <source>Disposed/official</source>
        <translation>Disposed/official</translation>
    </message>
    <message>
        <source>Average days a file waited with an Assistant (stays ended this week)</source>
        <translation>Average days a file waited with an Assistant (stays ended this week)</translation>
    </message>
    <message>
        <source>Pending files with a call for the file not yet answered</source>
        <translation>Pending files with a call for the file not yet answered</translation>
    </message>
    <message>
        <source>Reminders raised this week for files past their time limit</source>
        <translation>Reminders raised this week for files past their time limit</translation>
    </message>
    <message>
        <source>Files escalated this week to the holder&apos;s reporting officer</source>
        <translation>Files escalated this week to the holder&apos;s reporting officer</translation>
    </message>
    <message>
        <source>Average number of posts a file closed this week passed through</source>
        <translation>Average number of posts a file closed this week passed through</translation>
    </message>
    <message>
        <source>Files closed this week that passed through more than four posts</source>
        <translation>Files closed this week that passed through more than four posts</translation>
    </message>
    <message>
        <source>Files closed this week per post held by an official</source>
        <translation>Files closed this week per post held by an official</translation>
    </message>
</context>
<context>
    <name>nasti::signingkeychain</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
</context>
<context>
    <name>nasti::textfields</name>
    <message>
        <source>The %1 is not valid text (it holds bytes that are not UTF-8).</source>
        <translation>The %1 is not valid text (it holds bytes that are not UTF-8).</translation>
    </message>
    <message>
        <source>The %1 must be one line; it contains a line break.</source>
        <translation>The %1 must be one line; it contains a line break.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2); remove it.</source>
        <translation>The %1 contains a control character (%2); remove it.</translation>
    </message>
    <message>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>The %1 is too long (%2 characters; at most %3).</translation>
    </message>
</context>
<context>
    <name>nasti::ui</name>
    <message>
        <source>PUC</source>
        <translation>PUC</translation>
    </message>
    <message>
        <source>FR %1</source>
        <translation>FR %1</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <comment>reference category and its number</comment>
        <translation>%1 no. %2</translation>
    </message>
</context>
</TS>
