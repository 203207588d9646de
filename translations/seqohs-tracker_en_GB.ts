<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;SEQOHS Tracker %1&lt;/h2&gt;&lt;p&gt;Prepare an occupational health service for SEQOHS accreditation, and review a service&apos;s submission offline.&lt;/p&gt;&lt;p&gt;SEQOHS and its standards belong to the Faculty of Occupational Medicine. This project is independent of the Faculty and is not endorsed by it. The bundled standards sets are summaries in the project&apos;s own words; load the official wording you hold to work with it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done to close the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No particular criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every how many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every year on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, occurrence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made when action %1 was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), %1 not done, %2 overdue</source>
        <translation>
            <numerusform>%n action, %1 not done, %2 overdue</numerusform>
            <numerusform>%n actions, %1 not done, %2 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet.

Add one with 쫝 action…” above, or from a criterion on the Assessment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions match “%1” for %2. Clear the filter to see every action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>Action %1 has a status this version does not know (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed outside seqohs-tracker or by a newer version: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the actions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archived actions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 repeats in a way this version does not know (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddEvidenceCommand</name>
    <message>
        <source>Add evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 evidence items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRoundsDialog</name>
    <message>
        <source>Assessment rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings per standard and round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submission pack has been made from this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) with the assessor: the full pack, then each follow-up pack, with the finding of the response to it.</source>
        <translation>
            <numerusform>%n round with the assessor: the full pack, then each follow-up pack, with the finding of the response to it.</numerusform>
            <numerusform>%n rounds with the assessor: the full pack, then each follow-up pack, with the finding of the response to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 (full pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>The assessment of &apos;%1&apos; holds a value this version does not know (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed outside seqohs-tracker or by a newer version: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessments failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assessment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the assessments failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archived assessments failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <source>Assessor - SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export assessor report (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create signed &amp;response...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a standard on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comments for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your overall comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overall comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export assessor report (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create signed response...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission packs (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder to check the pack in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the temporary folder exists and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1: every file&apos;s hash and the signature, before anything is shown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Assessor — SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is complete and unaltered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was refused: it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack failed its checks: do not rely on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the key you named: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key &lt;b&gt;%1&lt;/b&gt;. Check this fingerprint with the service (by telephone or letter) before you rely on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1. Standards: %2 (version %3). Made %4. Root hash %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file beside the pack cannot be read, so it is left as it is and this review is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier review of this pack cannot be read, so it is left as it is and this review is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export assessor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-assessor-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create signed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no assessor key yet. Create one now? It is kept in %1, outside any pack, and its fingerprint is what the service checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-response.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, signed with key %2: give the service this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a submission pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a submission pack to review it (File &gt; Open a submission pack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n standard(s) have a finding. Saved in %2.</source>
        <translation>
            <numerusform>%1 of %n standard has a finding. Saved in %2.</numerusform>
            <numerusform>%1 of %n standards have a finding. Saved in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed off by %2 on %3; still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed off by %2 on %3; VOID, changed since: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;follow-up pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the service&apos;s follow-up pack to this review as its next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since last round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since last round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this is the first round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last follow-up did not concern this standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: no follow-up pack yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed assessment %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence or assessment changed, and no required action was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-up pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up packs (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied the follow-up pack as round %1: %n standard(s) to assess again.</source>
        <translation>
            <numerusform>Applied the follow-up pack as round %1: %n standard to assess again.</numerusform>
            <numerusform>Applied the follow-up pack as round %1: %n standards to assess again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it does not apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsDialog</name>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person is responsible for the criteria, standards and domains assigned to them, and for every item under them: their items are the ones View &gt; My items shows. On a team workspace a contributor may change only what is assigned to them, and only a lead may assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name their changes are recorded under; on a team workspace, their login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assessed, %3 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs, as saved&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a change to %1 since you opened it, in the same fields as yours. Choose which to keep for each; what either of you changed anywhere else is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to services marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text in this standards set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guidance in this standards set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Needs re-confirmation after the move to this standards set. %1
Carried from: %2. Confirm it on the Re-confirm page, or choose a new result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;Changed since the response: needs re-review.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this does not apply to the service (needed for not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not applicable is not saved until you give a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the service meets this criterion, in your own words. Name the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to add them as evidence for this criterion, or drag evidence from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace to assess its criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a criterion in the navigator to see what is required and record your assessment.
Use the search box or the filters there to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable needs a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set to not applicable, but it has no justification, so that result has not been saved.

Cancel to stay on %1 and write the justification, or Discard to leave its result as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in %1 looks like an NHS number or a date of birth. Patient-identifiable data does not belong in a self-assessment: please take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set to not applicable, but it has no justification, so that result has not been saved.

Cancel to go back and write the justification, or Discard to leave its result as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#4a5568;color:white;padding:2px 6px;border-radius:3px&apos;&gt;&amp;nbsp;MUST&amp;nbsp;&lt;/span&gt; required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a must criterion and it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a must criterion marked met, but none of its evidence is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion blocks readiness: %1 Any unmet must criterion keeps the service from being ready, whatever its percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off this criterion, its standard, its domain or the whole self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The sign-off of %1 by %2 on %3 is void: what it covers changed since. What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed off by %1 on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own view of standard %1 beside the latest finding: %2 against the assessor&apos;s %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · figures as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · planned visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace follows “%1”, a summary of the standards in this project&apos;s own words. Load the official wording you hold for the accreditation itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each one blocks readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired · %1 more expire before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired of %1 evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click a check to open the criterion it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by domain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains at a glance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness over time chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence reaching its review-by date chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicable criterion is met with current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable criteria met, %3 partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria have current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No must criterion is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the criterion (click or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness &amp;checks: nothing to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click a step to open its criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet it, with current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifts the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before the visit: nothing stands between the service and “nearly ready”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step has an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n standard(s) changed since: their findings need re-review.</source>
        <translation>
            <numerusform> %n standard changed since: its finding needs re-review.</numerusform>
            <numerusform> %n standards changed since: their findings need re-review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no action yet.</source>
        <translation>
            <numerusform>%n step has no action yet.</numerusform>
            <numerusform>%n steps have no action yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Before the visit: %n step(s) to “nearly ready”.</source>
        <translation>
            <numerusform>&amp;Before the visit: %n step to “nearly ready”.</numerusform>
            <numerusform>&amp;Before the visit: %n steps to “nearly ready”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness &amp;checks: %1, %2. Click one, or press Enter, to open its criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blocking</numerusform>
            <numerusform>%n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No action yet: nobody is doing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click an entry to open the evidence item or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon: nothing falls due in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon: %1 within 30 days, %2 in 31 to 60, %3 in 61 to 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more change(s)</source>
        <translation>
            <numerusform>%1 and %n more change</numerusform>
            <numerusform>%1 and %n more changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n sign-off(s), all holding: nothing they cover has changed.</source>
        <translation>
            <numerusform>✔ %n sign-off, holding: nothing it covers has changed.</numerusform>
            <numerusform>✔ %n sign-offs, all holding: nothing they cover has changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 of %n sign-off(s) void: what they cover changed after signing. See Submission &gt; Sign-offs.</source>
        <translation>
            <numerusform>⚠ %1 of %n sign-off void: what it covers changed after signing. See Submission &gt; Sign-offs.</numerusform>
            <numerusform>⚠ %1 of %n sign-offs void: what they cover changed after signing. See Submission &gt; Sign-offs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your view against the assessor&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) where you were more optimistic than the assessor found.</source>
        <translation>
            <numerusform>%n standard where you were more optimistic than the assessor found.</numerusform>
            <numerusform>%n standards where you were more optimistic than the assessor found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More optimistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More cautious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s response from %1, imported %2: &lt;b&gt;%3&lt;/b&gt;. Findings: %4 met, %5 not met, %6 further evidence required; %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required action(s)</source>
        <translation>
            <numerusform>%n required action</numerusform>
            <numerusform>%n required actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 assessed, %4 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueSoonModel</name>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 31 to 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 61 to 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evidence item (click or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the action (click or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEvidenceCommand</name>
    <message>
        <source>Edit evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://intranet/policies/... or \\server\share\file.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement, as the service would put it to an assessor. No patient-identifiable data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the linked document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal data (left out of submission packs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceLibraryPage</name>
    <message>
        <source>All evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select evidence to see its details and where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1, %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, owner, criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n evidence item(s) shown</source>
        <translation>
            <numerusform>%1 of %n evidence item shown</numerusform>
            <numerusform>%1 of %n evidence items shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet.

Add files with 쫝 files…” above, or drop files on a criterion on the Assessment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter to see all evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any criterion yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another evidence item has the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as containing personal data: submission packs leave it out unless it is included with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePreviewWindow</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link or a written statement has no file to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview for “%1”. Use Open to view it in the program your computer uses for such files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be shown: it is damaged, empty or protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>Evidence item %1 is of a kind this version does not know (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed outside seqohs-tracker or by a newer version: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence&apos;s versions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the evidence version failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the evidence version failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTargetDialog</name>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search criteria by code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria this evidence serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it unticked for evidence that does not go out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion chosen: the evidence goes into the library unlinked, and you can link it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One criterion chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criteria chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report (HTML, one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report for editing (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole assessment for other tools (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it with the new export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPackDialog</name>
    <message>
        <source>Make follow-up pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the pack the assessor reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard and what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;answers to the required actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to the required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-follow-up.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save pack as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create follow-up pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to follow up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up pack answers the assessor&apos;s latest response (%1, on pack %2) as round %3. It holds only what changed since that pack for the standards below, and your answers to the required actions; sign it with the key that signed the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (earlier: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed assessment %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence or assessment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action made of this requirement was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save follow-up pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the follow-up pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack was written, but the workspace could not record it, so the assessor&apos;s response to it will not be accepted. Make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (round %2): %n evidence file(s).</source>
        <translation>
            <numerusform>Wrote %1 (round %2): %n evidence file.</numerusform>
            <numerusform>Wrote %1 (round %2): %n evidence files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required action(s) have no answer; the pack was made all the same.</source>
        <translation>
            <numerusform>%n required action has no answer; the pack was made all the same.</numerusform>
            <numerusform>%n required actions have no answer; the pack was made all the same.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>There are no files to add there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• the same content is already stored as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the files is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the files are already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the stored items instead of adding second copies? Yes links the stored items to the chosen criteria; No keeps the new copies as separate items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) look as if they contain patient-identifiable data:</source>
        <translation>
            <numerusform>%n file looks as if it contains patient-identifiable data:</numerusform>
            <numerusform>%n files look as if they contain patient-identifiable data:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding evidence: %1 of %n file(s)</source>
        <translation>
            <numerusform>Adding evidence: %1 of %n file</numerusform>
            <numerusform>Adding evidence: %1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Accreditation evidence should not hold personal data. Add these files anyway?
Yes adds them, marked as containing personal data, so that submission packs leave them out; No leaves them out and adds the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkEvidenceCommand</name>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Reading the evidence links failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archived links failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the evidence links failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace for a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace, or a submission pack to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add written &amp;statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness &amp;checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this score?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast at a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;integrity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another standards set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load a standards set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the official &amp;wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create submission pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import assessor’s response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review a submission pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pack as its assessor, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace or a submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces and submission packs (*.seqohs *.zip);;SEQOHS workspaces (*.seqohs);;Submission packs (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no snapshots yet. Save one with Workspace &gt; Save a snapshot; you can then compare it with the figures as they are now, or with a later snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1” into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the set just loaded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is loaded. Move this workspace to it now? The move shows a preview first and keeps the figures before it as a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS workspaces (*.seqohs);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS workspaces (*.seqohs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> readiness report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every file in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding every file in %1 and its subfolders (hidden files and workspaces are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened for viewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private temporary folder could not be made; check that the temporary folder has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this evidence item and its links? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 evidence items and their links? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot records today’s figures, and the window is showing a forecast for %1. Choose View &gt; Back to today, then save the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the snapshot, for example Ǌnnual return %1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is still being added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace: the file, the audit trail and every stored evidence file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is intact: the file, the audit trail and every stored evidence file check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is intact: SQLite&apos;s integrity check, the audit trail&apos;s hash chain and every stored evidence file all check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission packs (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to “%1”. The figures before the move are kept as a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures as they will be on this date, with evidence that will have expired by then. Choose today to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast for %1.&lt;/b&gt; Every figure shows the workspace as it will be on that date, with the evidence that will have expired by then. Snapshots record today’s figures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · score %2 · evidence coverage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · forecast for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is still being added. Stop the import and quit? Files added so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or in a folder you may not write to, so it is open for reading only: changes cannot be saved. To work on it, use File &gt; Save a copy to put a copy where you may write, and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s).</source>
        <translation>
            <numerusform>Adding %n file.</numerusform>
            <numerusform>Adding %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged: it is open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review-by dates, actions due and the visit, for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dates to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries for the next 12 months and anything overdue: %1 evidence reviews, %2 actions, %3 service dates.</source>
        <translation>
            <numerusform>%n entry for the next 12 months and anything overdue: %1 evidence reviews, %2 actions, %3 service dates.</numerusform>
            <numerusform>%n entries for the next 12 months and anything overdue: %1 evidence reviews, %2 actions, %3 service dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 into your calendar (Thunderbird, Outlook). Export again after changes and import it once more, or subscribe to the file: each entry keeps its identity, so it is updated, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. It repeats: the next one is due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) reached the review-by date</source>
        <translation>
            <numerusform>%n evidence item reached the review-by date</numerusform>
            <numerusform>%n evidence items reached the review-by date</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) became overdue</source>
        <translation>
            <numerusform>%n action became overdue</numerusform>
            <numerusform>%n actions became overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Since you last opened this workspace on %1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off a criterion, its standard, its domain or the whole self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-o&amp;ffs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sign-offs still hold, and what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;follow-up pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the assessor&apos;s latest response with what changed since the pack reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp;rounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-&amp;up across services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several services side by side: readiness, shared gaps and evidence expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your service&apos;s team workspace on a PostgreSQL server, as yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this workspace to a team workspace on a PostgreSQL server, so that the whole service can work on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your service&apos;s team workspace on a PostgreSQL server. Everyone in the team works on the same workspace at once, each as their own login, and the server decides what each of them may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to a team workspace on a PostgreSQL server, so that everyone in the service can work on it at once. The team workspace must be set up and empty: your server&apos;s administrator makes one with &quot;seqohs-tracker-cli server init&quot;. This file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now on %2: every evidence item, version and the audit trail, each stored file read back from the server and checked.

Open the team workspace now? From now on the team works there; this file stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up to date with a change by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace is intact: the server&apos;s trail, the audit trail and every stored evidence file check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace is intact: the server&apos;s own trail, the workspace&apos;s audit trail and every stored evidence file all check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items assigned to you, in the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible for which criteria, standards and domains, and how far each person has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 What you type stays on screen; connecting again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again; everything shown is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Move to another standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace follows %1. Nothing changes until you have seen the preview and chosen Move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from a file (a standards set, or a spreadsheet made with the template)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move to the official wording, choose “Load from a file” and the spreadsheet you filled in from the template, saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the old items map to the new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crosswalk says, for each item, where its work goes and how the scopes relate: equal, subset, superset or intersect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;bundled crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a crosswalk &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest one from codes and wording, to check here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a crosswalk &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the new set and what it receives. A snapshot of the figures is saved before the move; the old assessments stay readable with the old set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item of the new set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried (kept with the old set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards sets and spreadsheets (*.json *.csv);;Standards sets (*.json);;Spreadsheets saved as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalks (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation changed by the service after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the crosswalk as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crosswalk is bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept at least one suggestion, or choose a crosswalk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move cannot be planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: stays not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every item has a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2: %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>⟳ Re-confirm · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Evidence: %1 linked, %2 current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from the previous standards set: needs re-confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · must (required by law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks readiness: any unmet must criterion keeps the service from being ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sign-off void · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed off · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off by %1 is void: what it covers changed since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor: %1 · your view: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring before visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-confirmation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a criterion (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show criteria with this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the criteria that keep the service from being ready: must criteria that are not met or have no current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria match the search and filters. Clear the search box and untick the filters to see every criterion again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks readiness (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the criteria that block readiness (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items assigned to you (Workspace &gt; Assignments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items assigned to me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceWizard</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about the occupational health service being prepared for accreditation. You can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Northgate Occupational Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service includes occupational health physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the edition you are assessed against and when the assessment is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment is planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sets are summaries in this project&apos;s own words. Load the official wording you hold from a file to work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS workspaces (*.seqohs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service serves NHS organisations (adds the NHS standards)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Create submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission pack is one signed file for your assessor: a read-only copy of this workspace, every evidence file, the readiness report and a list of their SHA-256 hashes. Any change to it after signing is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-submission.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save pack as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the readiness report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet: choose &quot;Create key&quot; to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Give this fingerprint to your assessor by telephone or letter, so they can tell the pack is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was written, but the workspace could not record it, so the assessor&apos;s response will not be accepted. Create the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 evidence files.&lt;br&gt;Root hash %3&lt;br&gt;Signed with key &lt;b&gt;%4&lt;/b&gt;: give this fingerprint to your assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) are marked as containing personal data and will be left out of the pack, and out of its copy of the workspace. To include one, tick it and say why; the reason goes into the audit trail and the manifest.</source>
        <translation>
            <numerusform>%n evidence item is marked as containing personal data and will be left out of the pack, and out of its copy of the workspace. To include it, tick it and say why; the reason goes into the audit trail and the manifest.</numerusform>
            <numerusform>%n evidence items are marked as containing personal data and will be left out of the pack, and out of its copy of the workspace. To include one, tick it and say why; the reason goes into the audit trail and the manifest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for including it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why “%1”, which holds personal data, goes into the pack, or untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n item(s) marked as containing personal data.</source>
        <translation>
            <numerusform>Left out %n item marked as containing personal data.</numerusform>
            <numerusform>Left out %n items marked as containing personal data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfTextReader</name>
    <message>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security scheme is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a PDF Qt PDF can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataPrompt</name>
    <message>
        <source>This looks as if it contains patient-identifiable data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation work should not hold personal data. Keep the text anyway? No goes back so you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickEvidenceDialog</name>
    <message>
        <source>Use existing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>Print the readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: readiness report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Service profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves NHS organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes occupational health physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the construction industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Reading the service profile failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no service profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the service profile failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessCheckModel</name>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the criterion (click or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconfirmItemCommand</name>
    <message>
        <source>Re-confirm %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconfirmationPanel</name>
    <message>
        <source>Items that need re-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply (for not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was carried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs re-confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need a fresh look after the move to another standards set.</source>
        <translation>
            <numerusform>%n item needs a fresh look after the move to another standards set.</numerusform>
            <numerusform>%n items need a fresh look after the move to another standards set.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification for not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was carried answers this criterion: keep the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>Remove evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private folder could be made to keep the evidence for undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed. Free some space in the temporary folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message>
        <source>Import assessor response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint your assessor gave you (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the response file your assessor sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key &lt;b&gt;%1&lt;/b&gt;: check this fingerprint with your assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by your assessor&apos;s key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, %2.&lt;br&gt;Recommendation: &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4, %5 (they will be added to your action plan).&lt;br&gt;%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required action(s)</source>
        <translation>
            <numerusform>%n required action</numerusform>
            <numerusform>%n required actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1; %2 added to the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was imported, but the workspace&apos;s history has changed since the pack was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was imported, but it is signed with another key than the earlier responses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollUpDialog</name>
    <message>
        <source>Roll-up across services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared gaps: not met, or without current evidence, in two or more services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.seqohs);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n workspace(s)…</source>
        <translation>
            <numerusform>Reading %n workspace…</numerusform>
            <numerusform>Reading %n workspaces…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) as of %1.</source>
        <translation>
            <numerusform>%n service as of %1.</numerusform>
            <numerusform>%n services as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll-up.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roll-up as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the roll-up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the workspace files of the services to roll up, or the team workspaces on a server that you belong to. Each is read as it is saved and never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;team workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team workspace on a PostgreSQL server that your login belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of a PostgreSQL server as your own login, with any database there that you may connect to: one of your sites, or postgres. Every team workspace on that server that your login belongs to is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspaces cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login belongs to no team workspace on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Level        Weight  Result          Points</source>
        <comment>column headings; keep the widths</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreExplanationDialog</name>
    <message>
        <source>Why this score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its standard: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its domain: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same explanation as the command line prints with “score --explain”. The rules are in the scoring documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to explain for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as yourself: put your own login before the @. A password is not part of the address; the server asks for it, or finds it in your ~/.pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for your password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAssessmentCommand</name>
    <message>
        <source>Set result to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing in the narrative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetProfileCommand</name>
    <message>
        <source>Edit service profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetStore</name>
    <message>
        <source>Reading the standards set failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace does not record its standards set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the standards set failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the standards set history failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving the current standards set failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old assessments and links could not all be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the items to re-confirm failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagging the item for re-confirmation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the re-confirmation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the re-confirmations failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffCommand</name>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its standard: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its domain: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: reviewed at the governance group meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sign-off records the result, narrative and justification of %n criterion(s) and the content of the evidence linked to them. Any later change to them voids it, and the window, the report and the pack then say what changed.</source>
        <translation>
            <numerusform>The sign-off records the result, narrative and justification of %n criterion and the content of the evidence linked to it. Any later change to them voids it, and the window, the report and the pack then say what changed.</numerusform>
            <numerusform>The sign-off records the result, narrative and justification of %n criteria and the content of the evidence linked to them. Any later change to them voids it, and the window, the report and the pack then say what changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the name of the person signing off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffStore</name>
    <message>
        <source>Sign-off %1 has a scope this version does not know (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed outside seqohs-tracker or by a newer version: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-offs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the sign-off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the sign-off failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffsDialog</name>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners may sign off their &amp;own assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When unticked, a sign-off is refused if its signer owns any of the assessments it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Void: changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-offs yet. Sign off a criterion, a standard, a domain or the whole self-assessment with Submission &gt; Sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s); %1 void because what they cover changed after signing.</source>
        <translation>
            <numerusform>%n sign-off; %1 void because what it covers changed after signing.</numerusform>
            <numerusform>%n sign-offs; %1 void because what they cover changed after signing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sign-off to see what it covers and what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds: nothing it covers has changed since it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the sign-off:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCompareDialog</name>
    <message>
        <source>Compare snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiffText</name>
    <message>
        <source>From &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 -&gt; %2; coverage: %3 -&gt; %4; verdict: %5 -&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Results changed (%n):</source>
        <translation>
            <numerusform>Results changed (%n):</numerusform>
            <numerusform>Results changed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence added (%n):</source>
        <translation>
            <numerusform>Evidence added (%n):</numerusform>
            <numerusform>Evidence added (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence expired (%n):</source>
        <translation>
            <numerusform>Evidence expired (%n):</numerusform>
            <numerusform>Evidence expired (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence removed (%n):</source>
        <translation>
            <numerusform>Evidence removed (%n):</numerusform>
            <numerusform>Evidence removed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions closed (%n):</source>
        <translation>
            <numerusform>Actions closed (%n):</numerusform>
            <numerusform>Actions closed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions added (%n):</source>
        <translation>
            <numerusform>Actions added (%n):</numerusform>
            <numerusform>Actions added (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Reading the snapshots failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the snapshot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the snapshot failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsImportDialog</name>
    <message>
        <source>Load the official wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a standards set file (.json), or a spreadsheet saved as CSV from the template. Nothing is kept until the whole file has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example seqohs-2023-official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example SEQOHS standards 2023 (official wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the standards owner’s &amp;official wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards sets and spreadsheets (*.json *.csv);;Standards sets (*.json);;Spreadsheets saved as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a standards spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet of the standards is well under 16 MB; check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the set an id and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id names the set in workspaces; the title is what people read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not loaded.&lt;/b&gt; Nothing was kept.&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set with the id %1 is already loaded. Replace it with this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not loaded.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the official wording of the standards, which your service holds under licence: save the spreadsheet template, fill in one row per criterion, save it as CSV, and choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spreadsheet &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spreadsheet template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template as %1. Open it in a spreadsheet, fill in one row per criterion, save it as CSV and choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n item(s) to assess.</source>
        <translation>
            <numerusform>Loaded %1: %n item to assess.</numerusform>
            <numerusform>Loaded %1: %n items to assess.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not loaded.&lt;/b&gt; The folder %1 cannot be made; check that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionStore</name>
    <message>
        <source>Reading the submission packs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the submission pack failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessors&apos; responses failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the assessor&apos;s response failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare your occupational health service for SEQOHS accreditation: the standards, your evidence and the gaps, in one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace, or a submission pack to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review a submission pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For assessors: open a service&apos;s pack, check it and record findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Recent workspaces and packs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces and packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Start with a new workspace, or explore the demo to see how it works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawSignOffCommand</name>
    <message>
        <source>Withdraw sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCli</name>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace with --workspace FILE (-w FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a sub-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 sub-command &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead even though the text seems to hold personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 seems to contain personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seems to contain personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Remove the personal data, or add --allow-personal-data if it must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the action&apos;s text as one argument (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks an action done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one action id (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the actions to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1: %2 Make sure it holds no patient-identifiable data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds evidence and links it to criteria: files (each its own item; identical content is stored once), every file of a folder, a link (URL or path) or a written statement. Files and statements are scanned for NHS numbers and dates of birth first; patient-identifiable data does not belong in evidence, and the import is refused unless --allow-personal-data is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every file in DIR and its subfolders (hidden files and workspaces are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a written statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated criterion ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review-by or expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give files, or --folder, or --link, or --statement: exactly one kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which criteria it serves with --criteria ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added evidence %1 (link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added. Remove the personal data, or add --allow-personal-data if it must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added evidence %1 (statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored as evidence %1: %2 (linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added evidence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the evidence with its dates and criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes, v%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a file evidence item&apos;s content, byte for byte, after checking its hash. Without --version, the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one evidence id (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write it with --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set to move to: a bundled id or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk file (default: the bundled one for the pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crosswalk from %1 to %2 is bundled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build one: seqohs-tracker-cli crosswalk suggest --from %1 --to %2 --out FILE; check it, then pass it with --crosswalk FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows, without changing anything, what moving the workspace to another standards set would do to each of its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the set to move to with --to SET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the workspace to another standards set: prints the plan&apos;s summary, saves a snapshot of the figures, then moves everything in one step. Nothing is deleted: the old assessments stay readable with the old set. Without --yes it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the workspace now? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to move without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests a crosswalk between two standards sets by code and by the similarity of titles and text, and writes it as a crosswalk file to check and edit. Near-identical wording is suggested as equal, other matches as intersect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set moved from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out suggestions scoring below X (0 to 1, default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from SET, --to SET and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-score: give a number from 0 to 1, e.g. 0.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items that need a fresh look after a move to another standards set, with what was carried into them and from where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs re-confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources suggest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears an item&apos;s re-confirmation: without --result its result is confirmed as it is; with --result the new result is recorded. RESULT: not-met, partially-met, met, not-applicable (which needs --justification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one item id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--result: &apos;%1&apos; is not a result; use not-met, partially-met, met or not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an Ed25519 signing key, kept outside any workspace (default: %1), and prints its fingerprint: give that to whoever checks your signatures (your assessor, or the service you assess). Also writes the public key beside it as KEYFILE.pub (minisign format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the signing key %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack to write (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the readiness report out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the pack with --out PACK.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this build has no report renderer; the pack has no readiness report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created your signing key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hash:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fingerprint to your assessor by a separate channel (telephone, letter), so they can tell the pack is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a pack without changing it: refuses unsafe or oversized content, checks the signature (against the key you name, or else the pack&apos;s own key, whose fingerprint you then check with the service) and the SHA-256 of every file. Exits with 1 and names every failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s fingerprint, minisign public key or .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format: %1. Default: from the --out suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the figures are for (YYYY-MM-DD). Default: today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format with --format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format this command writes; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: snapshot &quot;%1&quot; is left out of the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the readiness report: cover with the verdict, summary by domain with charts, must criteria, why not ready, readiness checks, gap list, action plan, evidence expiring before the visit, evidence index and an appendix of narratives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqohs-tracker-cli: this build has no report renderer (it was configured without the GUI). Build with SEQOHS_GUI=ON to write PDF, HTML or ODT reports; &apos;export&apos; writes XLSX, CSV and JSON in this build too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the readiness report to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CSV, the table: assessment, evidence or actions. Default: assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what chooses the table of a CSV file; %1 holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what: &apos;%1&apos; is not a table; use assessment, evidence or actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new workspace from an assessment exported as JSON. The export holds no evidence files: files found in --evidence-from with the recorded SHA-256 are added; the others become written statements naming the file to add again. Never overwrites an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder holding the evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one exported JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new workspace with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; import never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new name for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the assessor&apos;s signed response into the workspace that made the pack: the findings appear on the criteria and the required actions become actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of your assessor&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one response file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key %1: check this fingerprint with your assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the imported responses and their findings; with --item, the findings about one criterion or standard, marked when the item changed after the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion or standard id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessor finding concerns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessor response has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response from %1 (key %2), imported %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[changed since: needs re-review]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seqohs-tracker-cli response import|show ... (--help for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies a pack and starts your review of it: REVIEW is your own file, kept beside the pack (never inside it), with one finding per standard that applies to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s key fingerprint, minisign public key or .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your review file with --review FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a review file exists already; it is never overwritten. Choose another name, or carry on with &apos;review set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the finding for one standard (id or code). F: met, not-met, further-evidence-required. G: major-non-conformity, minor-non-conformity, observation, good-practice, none. --action replaces the standard&apos;s required actions; the n-th --due belongs to the n-th --action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required action (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of the action before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard id or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the review file and one standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review has no standard &quot;%2&quot;; use a standard&apos;s id or code as &apos;review show&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--finding must be met, not-met or further-evidence-required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade must be major-non-conformity, minor-non-conformity, observation, good-practice or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each --due follows the --action it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due: &apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records your overall recommendation and, optionally, your overall comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the review file and the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation is accredit, defer-with-actions or not-accredit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every standard of the review with its finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1 by %2 (pack %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the assessor report (PDF): the recommendation, the finding per standard with grades, comments and required actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the assessor report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqohs-tracker-cli: this build has no report renderer; build with SEQOHS_GUI=ON to write the assessor report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the response for the service: your findings and recommendation, signed with your key. Give the service your key&apos;s fingerprint so it can check the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --out RESPONSE.json and --key KEYFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key&apos;s fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the standards sets bundled with the program. The default set is marked with *. A summary set is our own wording of public facts, not the official text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;standards list&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a bundled set (by id) or a set in a file: its domains, standards and criteria with their codes, levels and tags. With --json, prints the set in the canonical file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundled set id or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;standards show&apos; needs one set id or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: %1   year: %2   version: %3   provenance: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a summary in our own words, not the official wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks standards set and crosswalk files (told apart by their &quot;format&quot; field) and prints every problem with the file and the place in it. A crosswalk is also checked against the two sets it names, taken from the files given or the bundled sets. Exits with 1 when any file has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;standards validate&apos; needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk refers to the set &quot;%1&quot;, which is neither bundled nor among the valid files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the set&apos;s file on the same command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (replaced only when all went well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the spreadsheet template for &apos;standards import-csv&apos;: the header row and two example rows to replace. Open it in a spreadsheet, fill in one row per criterion and save it as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;standards template&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.csv is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a standards set from a spreadsheet saved as CSV from the template. Every problem is listed by row and column, and nothing is written unless the whole sheet is right. Use --official when the sheet holds the owner&apos;s wording; the set is otherwise marked as a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new set&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new set&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the edition the sheet holds, e.g. 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name of --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who publishes the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data&apos;s own version, e.g. 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the set took effect (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet holds the official wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filled-in spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;standards import-csv&apos; needs one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id and --title are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edition is the former name of --year; give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqohs-tracker-cli: --edition is deprecated here and will be removed; use --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--effective-date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a standards spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a workspace for a service, following a bundled standards set (by default %1) or one loaded from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service serves NHS organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set to follow (an edition of the standards): a bundled set&apos;s id or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual return date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the service&apos;s name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2, following %3 (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is a summary in our own words, not the official standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the service profile, the standards set and what the workspace holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves NHS:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual return:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards set:  %1 (version %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a summary, not the official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:        %1 (%2 open, %3 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the service&apos;s own result for one criterion (or a standard assessed as a whole). RESULT: not-assessed, not-met, partially-met, met, not-applicable (which needs --justification). S: to-do, in-progress, ready-for-review, done. Options not given keep their current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one criterion id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the result with --result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a result; use not-assessed, not-met, partially-met, met or not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use to-do, in-progress, ready-for-review or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the workspace: SQLite&apos;s integrity check, the audit trail&apos;s hash chain and the hash of every stored file. Exits 1 and names every problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the workspace, safe to take while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the copy with --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a demonstration workspace for a fictional service, Northgate Occupational Health, with dates relative to today (or --today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to build around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n file(s) were not scanned. %1 Make sure they hold no patient-identifiable data.</source>
        <translation>
            <numerusform>Note: one file was not scanned. %1 Make sure it holds no patient-identifiable data.</numerusform>
            <numerusform>Note: %n files were not scanned. %1 Make sure they hold no patient-identifiable data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: of %1, %2 and %3 (listed above); the rest were not. Run the same command again to finish: files already stored are linked, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were added</source>
        <translation>
            <numerusform>%n was added</numerusform>
            <numerusform>%n were added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already stored and linked</source>
        <translation>
            <numerusform>%n was already stored and linked</numerusform>
            <numerusform>%n were already stored and linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) could be added.</source>
        <translation>
            <numerusform>The file could not be added.</numerusform>
            <numerusform>None of the %n files could be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) could not be added; the others were.</source>
        <translation>
            <numerusform>%1 of %n file could not be added; the others were.</numerusform>
            <numerusform>%1 of %n files could not be added; the others were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to %1 (version %2). The figures before the move are in the snapshot &quot;%3&quot;; %4 (reconfirm list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need re-confirmation</source>
        <translation>
            <numerusform>%n item needs re-confirmation</numerusform>
            <numerusform>%n items need re-confirmation</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 of %3 matched) to %4. Check each one, and change the relations where the scope differs, before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggested mapping(s)</source>
        <translation>
            <numerusform>%n suggested mapping</numerusform>
            <numerusform>%n suggested mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need re-confirmation.</source>
        <translation>
            <numerusform>%n item needs re-confirmation.</numerusform>
            <numerusform>%n items need re-confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n item(s) still need re-confirmation.</source>
        <translation>
            <numerusform>%1: %2; %n item still needs re-confirmation.</numerusform>
            <numerusform>%1: %2; %n items still need re-confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the pack %1: %2, %3 bytes of content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 from %2: %3, %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were not in the export and became written statements; add them again:</source>
        <translation>
            <numerusform>%n evidence file was not in the export and became a written statement; add it again:</numerusform>
            <numerusform>%n evidence files were not in the export and became written statements; add them again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the response of %1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required action(s) added</source>
        <translation>
            <numerusform>%n required action added</numerusform>
            <numerusform>%n required actions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started the review %1 of %2: %n standard(s) to assess.</source>
        <translation>
            <numerusform>Started the review %1 of %2: %n standard to assess.</numerusform>
            <numerusform>Started the review %1 of %2: %n standards to assess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) still without a finding.</source>
        <translation>
            <numerusform>%n standard still without a finding.</numerusform>
            <numerusform>%n standards still without a finding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n standard(s) have no finding yet.</source>
        <translation>
            <numerusform>Note: %n standard has no finding yet.</numerusform>
            <numerusform>Note: %n standards have no finding yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the signed response %1: %2, recommendation %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n standard(s) have no finding and are not in the response.</source>
        <translation>
            <numerusform>Note: %n standard has no finding and is not in the response.</numerusform>
            <numerusform>Note: %n standards have no finding and are not in the response.</numerusform>
        </translation>
    </message>
    <message>
        <source>(a summary in our own words, not the official wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Score Coverage  Met/Appl.  Must met</source>
        <comment>column headings, aligned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current</source>
        <translation>
            <numerusform>%n current</numerusform>
            <numerusform>%n current</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring before the visit</source>
        <translation>
            <numerusform>%n expiring before the visit</numerusform>
            <numerusform>%n expiring before the visit</numerusform>
        </translation>
    </message>
    <message>
        <source>Score as of this date (a forecast when it is in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by domain: score, evidence coverage, must criteria met, the verdict and why. --explain lists every item&apos;s contribution to a domain, standard or item, or to &apos;overall&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every item&apos;s contribution to NODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain, standard or item of this workspace&apos;s standards set; see &apos;standards show&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readiness checks an accreditation office would run before a visit: must criteria, evidence, justifications, overdue actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 blocking readiness.</source>
        <translation>
            <numerusform>%n check, %1 blocking readiness.</numerusform>
            <numerusform>%n checks, %1 blocking readiness.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the current figures under a name (&quot;Annual return 2026&quot;), list the snapshots, or compare two. In diff, &apos;current&apos; stands for the figures as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: say save, list or diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot save: give one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot save: &apos;current&apos; is reserved; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved snapshot &quot;%1&quot;: %2, score %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot diff: give two names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>covers %n month(s)</source>
        <translation>
            <numerusform>covers %n month</numerusform>
            <numerusform>covers %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refresh every %n month(s)</source>
        <translation>
            <numerusform>refresh every %n month</numerusform>
            <numerusform>refresh every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK: standards set %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessable item(s)</source>
        <translation>
            <numerusform>%n assessable item</numerusform>
            <numerusform>%n assessable items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: OK: crosswalk %2 -&gt; %3, %n mapping(s)</source>
        <translation>
            <numerusform>%1: OK: crosswalk %2 -&gt; %3, %n mapping</numerusform>
            <numerusform>%1: OK: crosswalk %2 -&gt; %3, %n mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: standards set %2 (%3), %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assessments:    %n applicable item(s)</source>
        <translation>
            <numerusform>Assessments:    %n applicable item</numerusform>
            <numerusform>Assessments:    %n applicable items</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n past their review date</source>
        <translation>
            <numerusform>%n past its review date</numerusform>
            <numerusform>%n past their review date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail:    %n entries</source>
        <translation>
            <numerusform>Audit trail:    %n entry</numerusform>
            <numerusform>Audit trail:    %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports for spreadsheets and other tools. XLSX: one workbook with the sheets Summary, Assessment, Evidence and Actions, and the assessor&apos;s findings once a response is imported. CSV: one table per file, chosen with --what (default: assessment). JSON: the whole assessment, which &apos;import&apos; turns into a new workspace; evidence files themselves are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion it serves, or a standard&apos;s id for the whole standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 exists; wrote its missing public key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace could not be given its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file does not exist yet and that you may write to the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an iCalendar file with each evidence item&apos;s review-by date, each open action&apos;s due date, the planned assessment visit and the annual return, up to N months ahead (12 unless given; overdue ones are always in). Each entry keeps its identity, so importing the file again, or subscribing to it, updates the entries rather than adding them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many months ahead (1 to 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file with --out FILE.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n entries (%2 evidence reviews, %3 actions, %4 service dates).</source>
        <translation>
            <numerusform>Wrote %1: %n entry (%2 evidence reviews, %3 actions, %4 service dates).</numerusform>
            <numerusform>Wrote %1: %n entries (%2 evidence reviews, %3 actions, %4 service dates).</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds an action to the plan. The text is checked for NHS numbers and dates of birth first, as evidence is. A repeating action gets its next occurrence when it is done: N months after its due date, or on the next MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats every N months (1 to 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats every year on this day (MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --every-months or --yearly, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every-months takes a whole number from 1 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yearly takes a day of the year as MM-DD, such as 03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after action %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one is action %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what falls due from today: evidence to review and actions not done, within 30 days, in 31 to 60 and in 61 to 90. With --since, also what expired or became overdue from that date until yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list what fell due from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or overdue since %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 31 to 60 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 61 to 90 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it even though it seems to hold personal data; it is then marked as containing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as containing personal data, so that packs leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(marked as containing personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONAL DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks an evidence item as containing personal data (on), which submission packs then leave out unless it is included with a reason, or takes the mark away (off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an evidence id and on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the evidence to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is marked as containing personal data; packs leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is no longer marked as containing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a signed submission pack for the assessor: a zip with a read-only snapshot of the workspace, every evidence file, the readiness report (PDF), a manifest of SHA-256 hashes and its signature. Signs with KEYFILE, or with your default key (%1), which is created on first use. Evidence marked as containing personal data is left out (from the snapshot too) unless it is included by id with a reason, which the audit trail records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include evidence ID, marked as containing personal data, for REASON (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-personal-data takes an evidence id and a reason, as in 12=&quot;the assessor asked for the signed original&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n evidence item(s) marked as containing personal data; the manifest says so.</source>
        <translation>
            <numerusform>Left out %n evidence item marked as containing personal data; the manifest says so.</numerusform>
            <numerusform>Left out %n evidence items marked as containing personal data; the manifest says so.</numerusform>
        </translation>
    </message>
    <message>
        <source>Included evidence %1, which holds personal data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs off a criterion, a standard, a domain or the whole self-assessment in NAME&apos;s name. The sign-off records what it covers: the assessments and the content of the evidence linked to them. Any later change to those voids it, and &apos;signoff show&apos; then says what changed. Give ids or codes as &apos;standards show&apos; prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off a standard (all its criteria).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off a domain (all its standards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the whole self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person signing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sign-off says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is signed off: one of --criterion, --standard, --domain or --whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the person signing off with --by NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off %1: %2 signed off by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It covers hash %1; any change under it voids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sign-offs, oldest first, each with whether it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-offs yet. Sign off with &apos;signoff add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one sign-off: what it covers, who signed it, whether it still holds and, if not, what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one sign-off id, as &apos;signoff list&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-off %1. List them with &apos;signoff list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:    holds: nothing it covers has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:    VOID since %1: what it covers changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the sign-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says, or sets, whether the owner of an assessment may sign it off (this workspace&apos;s rule; owners may unless forbidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow or forbid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &apos;allow&apos; or &apos;forbid&apos;, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners may sign off their own assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners may not sign off their own assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records your answer to an action the assessor required; the next follow-up pack carries it to the assessor. An empty TEXT removes the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one action id (a number) and the answer (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is your own, not one the assessor required; only those take an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the actions: the assessor&apos;s name the standard they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the answer to action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the answer to action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a signed follow-up pack answering the latest assessor&apos;s response: for each standard found not met or needing further evidence, the evidence that is new or changed since the pack the assessor reviewed, the assessments that changed, and your answers to the required actions (actions answer). Sign it with the key that signed the reviewed pack (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack to write (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response it answers (the latest one imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the pack with --out FOLLOWUP.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the follow-up pack %1 (round %2), answering response %3 on pack %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) new or changed</source>
        <translation>
            <numerusform>%n evidence item new or changed</numerusform>
            <numerusform>%n evidence items new or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) changed</source>
        <translation>
            <numerusform>%n assessment changed</numerusform>
            <numerusform>%n assessments changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 required action(s) answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was made all the same; answer with &apos;actions answer&apos; and make it again if the assessor should read the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) in the pack.</source>
        <translation>
            <numerusform>%n evidence file in the pack.</numerusform>
            <numerusform>%n evidence files in the pack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the rounds with the assessor: the full pack, then each follow-up, each with the response to it and the finding per standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack has been made from this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (%4), made %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seqohs-tracker-cli pack keygen|create|verify|followup|rounds ... (--help for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a follow-up pack: apply it to the review of the pack it follows up with &apos;review followup %1 --review REVIEW&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier finding (round %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since last round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence or assessment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required action &quot;%1&quot;: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required action &quot;%1&quot;: answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: follow-up pack %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies a follow-up pack (signed by the key of the pack under review, unless you name one) and applies it to your review as its next round: the standards it answers keep their earlier finding and wait for a new one. Refused when it does not follow up the pack you reviewed last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one follow-up pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied the follow-up as round %1 of %2: %n standard(s) to assess again.</source>
        <translation>
            <numerusform>Applied the follow-up as round %1 of %2: %n standard to assess again.</numerusform>
            <numerusform>Applied the follow-up as round %1 of %2: %n standards to assess again.</numerusform>
        </translation>
    </message>
    <message>
        <source>See what is new with &apos;review show %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seqohs-tracker-cli review open|set|recommend|show|report|respond|followup ... (--help for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justification now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 as a team workspace (server schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging set for this database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted to set, so the server&apos;s administrator must (see docs/team-server.md): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a workspace file into a team workspace that &apos;server init&apos; has set up and that holds nothing yet: every table, evidence item, version and content, and the audit trail. The file must pass its integrity check and is not changed. Before the upload is committed the server&apos;s rows are counted and every content is read back and its SHA-256 compared; any difference leaves the server as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file and the server: workspace upload FILE --to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %1 to %2: %3, %n stored file content(s) (%4 bytes), each read back and checked.</source>
        <translation>
            <numerusform>Uploaded %1 to %2: %3, %n stored file content (%4 bytes), read back and checked.</numerusform>
            <numerusform>Uploaded %1 to %2: %3, %n stored file contents (%4 bytes), each read back and checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the workspace a team workspace holds to a new file: every table, evidence item, version and content, and the audit trail. The file is put in place only when every content&apos;s SHA-256 and every table&apos;s row count match the server and the file passes its own integrity check; an existing file is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server and the file: workspace download URL --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %1 into %2: %3, %n stored file content(s) (%4 bytes); every content&apos;s SHA-256 checked and the integrity check passed.</source>
        <translation>
            <numerusform>Downloaded %1 into %2: %3, %n stored file content (%4 bytes); its SHA-256 checked and the integrity check passed.</numerusform>
            <numerusform>Downloaded %1 into %2: %3, %n stored file contents (%4 bytes); every content&apos;s SHA-256 checked and the integrity check passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll-up of %n service(s) as of %1</source>
        <translation>
            <numerusform>Roll-up of %n service as of %1</numerusform>
            <numerusform>Roll-up of %n services as of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, version %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Score Coverage  Must met</source>
        <comment>column headings, aligned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by domain, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared gaps (not met, or without current evidence, in two or more services):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence expiring within %n day(s) or before the planned visit:</source>
        <translation>
            <numerusform>Evidence expiring within %n day or before the planned visit:</numerusform>
            <numerusform>Evidence expiring within %n days or before the planned visit:</numerusform>
        </translation>
    </message>
    <message>
        <source>(before the visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the roll-up as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqohs-tracker-cli: this build has no report renderer (it was configured without the GUI). Build with SEQOHS_GUI=ON to write the roll-up as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the roll-up to %1 (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file, or the postgresql:// address of a team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes PERSON responsible for each criterion, standard or domain ID (its id or code, e.g. S23-GOV-01 or 1 for the first domain), and so for every item under it. PERSON is the name their changes are recorded under; on a team workspace, their login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back PERSON&apos;s assignment of each ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion, standard or domain ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a person and at least one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer assigned to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists each person&apos;s assignments and how far their items have got: how many are assessed and how many are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is assigned anything yet. Assign with &apos;assign add -w FILE PERSON ID...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 items assessed, %4 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My items: the items assigned to you (on a team workspace, your login; on a file, the name your changes are recorded under), or to NAME, with each one&apos;s result and how far its work has got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items assigned to %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several services side by side: verdict, score, coverage and must criteria met by service, the score by domain, the gaps two or more services share, and the evidence expiring across them. A workspace is a file or a team workspace&apos;s postgresql:// address; --server adds every team workspace on that server your login belongs to. Each workspace is read, never changed; one that cannot be read is named and the others are still rolled up (the exit code is then 1). --pdf writes the same as a report for the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also roll up every team workspace on this server that your login belongs to (URL: any database there you may connect to, such as one of your sites or postgres). May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace files or team workspace addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your login belongs to no team workspace there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspaces to roll up, or a server with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up an empty PostgreSQL database as a team workspace: the tables, the group roles named after the database (DATABASE_lead, _contributor, _viewer, _assessor, and _regional for a regional lead who sees only a roll-up&apos;s figures) with what each may do, the views a roll-up reads, the audit trail the server writes itself, and logging that keeps statement values out of the server&apos;s log where the login may set it. Run it as the login that owns the database and may create roles. URL is postgresql://USER@HOST:PORT/DATABASE; the password comes from ~/.pgpass or PGPASSWORD, or is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has server schema version %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from server schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a team workspace set up by an older version of seqohs-tracker to the server schema this version writes, in one step that either completes or changes nothing; the workspace&apos;s content is not touched. Version 2 adds the roll-up views and the DATABASE_regional role. Run it as the login that ran &apos;server init&apos;; the team&apos;s older programs cannot open it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database: %1 URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>seqohs-tracker-cli: &apos;%1&apos; is deprecated and will be removed; use &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the welcome page, not the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit (for documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: dashboard, assessment, evidence or actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for and review SEQOHS accreditation. Give a workspace (.seqohs) to open it, or a submission pack (.zip) to review it as its assessor. With nothing named, the demo workspace opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace (.seqohs) or a submission pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqohs-tracker-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs</name>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file, if any, is unchanged. Free some disk space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not need re-confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record its result with &apos;assess&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major non-conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer with actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not in minisign&apos;s format or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this file in the pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 bytes but declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not applicable without a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set id and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot cannot be read; save a new one from the current figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was written by a newer version of SEQOHS Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update SEQOHS Tracker to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We meet &quot;%1&quot;. The arrangements are written into our operating procedures, were last audited this year with no exceptions, and the clinical governance group reviews them quarterly. Evidence is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is met across all three sites. Staff confirm the process at induction and in annual appraisal; the most recent spot check of ten cases found all compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largely in place for &quot;%1&quot; at Northgate House, but the Riverside Clinic still follows the older procedure. An action is open to align the sites before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet met: we have no written process for &quot;%1&quot;. A draft is with the Clinical Lead and an action is in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to our service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be read as an Office or OpenDocument file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open in another program (%1, process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it there first. If that program is no longer running on that computer, remove the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be locked for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to its folder, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the file was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file, if any, is unchanged. Check the disk and that you may write to the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the workspace cannot be opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space on %1, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is on a read-only disk or in a folder you may not write to, so it can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading works as usual (info, score, reports). To change it, copy it to a folder you may write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-ahead log, %1, lies beside it; if the workspace was copied or restored over an older one, that log belongs to the older file. Move %1 (and %2, if there) to another folder and open the workspace again. If it is still reported as damaged, restore it from a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS submission pack
======================

Service: %1
Standards set: %2 (version %3)
Created: %4 (UTC)
Signing key fingerprint: %5

This zip file is a submission for SEQOHS accreditation, made with seqohs-tracker. It is
read-only and tamper-evident: manifest.json lists every file in it with its size and
SHA-256 hash, and manifest.json.minisig is a signature over manifest.json made with the
service&apos;s key.

What is inside
  workspace.seqohs       the service&apos;s workspace (self-assessment, evidence, actions),
                         a snapshot that seqohs-tracker opens read-only
  evidence/              every evidence file, named &lt;id&gt;-&lt;file name&gt;
  report/readiness.pdf   the readiness report, when the service included it
  evidence-index.html    every evidence item: dates, the criteria it supports, a
                         written statement&apos;s full text, a link&apos;s address
  evidence-index.csv     the same as a table for a spreadsheet
  manifest.json          the list of files with their hashes
  manifest.json.minisig  the signature (minisign format)
  signing-key.minisign.pub  the public key that made the signature

Checking it
  In seqohs-tracker: Submission &gt; Review a submission pack, or
      seqohs-tracker-cli pack verify PACK.zip --public-key &quot;FINGERPRINT&quot;
  Without the program: unzip the pack into an empty folder, then
      minisign -Vm manifest.json -p signing-key.minisign.pub
  and compare each file&apos;s SHA-256 (sha256sum) with manifest.json.

Ask the service to confirm the fingerprint above by a channel other than the one that
brought you this file (for example by telephone): anyone can sign a pack with a key of
their own, only the fingerprint tells you it is the service&apos;s.

The fingerprint of the key in the pack
  The service reads out its fingerprint from its key (shown when the key was made) or
  from its own copy of this pack. To print the fingerprint of the key this pack
  carries, so as to compare the two:
      seqohs-tracker-cli pack verify PACK.zip
  (the line &quot;Signed by key ...&quot;); or without the program, in the unzipped folder:
      tail -n 1 signing-key.minisign.pub | base64 -d | tail -c 32 | sha256sum \
        | cut -c1-32 | tr a-f A-F | sed &apos;s/..../&amp; /g&apos;
  It must read: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% to %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open in another program, or being opened by one right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it there first. If no program has it open, try again in a few seconds: a lock file that nobody holds is then cleared by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ActionChange</name>
    <message>
        <source>There is no action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the actions to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 cannot be put back: the id is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the later additions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the action failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssessmentChange</name>
    <message>
        <source>&apos;Not applicable&apos; needs a justification: say why the criterion does not apply to this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a justification (CLI: --justification TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assessment failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssessmentImport</name>
    <message>
        <source>The file already exists; importing never overwrites a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file name, or move the existing file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; (SHA-256 %2) was listed in an exported assessment; its content was not part of the export. Add the file to this item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: add the file &quot;%2&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the assessment failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssessmentJson</name>
    <message>
        <source>Not included. File evidence is listed with its name, size and SHA-256 only; the files themselves stay in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the JSON file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment again; files changed by hand must stay valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an exported assessment (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing or not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of seqohs-tracker (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update seqohs-tracker, then import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service profile is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the standards set inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set&apos;s id &quot;%1&quot; differs from the id of its content &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the standards set as an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names the standards set &quot;%1&quot; without including it, and this version of seqohs-tracker does not bundle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment again with the standards set included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made with version %1 of &quot;%2&quot;; this program bundles version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set does not match its recorded content hash: it was changed after the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment again from the workspace; do not edit the set inside an exported file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set has no item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is assessed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown result &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use not-assessed, not-met, partially-met, met or not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown workflow status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use to-do, in-progress, ready-for-review or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use file, link or statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence item has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use open, in-progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for an exported assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file exported as JSON (File &gt; Export in the window, or seqohs-tracker-cli export --format json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file exported as JSON (File &gt; Export in the window, or seqohs-tracker-cli export --format json) or &quot;seqohs-tracker-cli export --format json&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor response does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment again from the workspace that imported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id does not match the response&apos;s own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the assessors&apos; responses failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text value longer than %1 KiB: more than any field of an exported assessment holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it, or keep the full text in an evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown repetition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use every-months:N (1 to 60) or yearly:MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssessorReportRenderer</name>
    <message>
        <source>Assessor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS assessor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack root hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (confirmed with the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fingerprint not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action, due %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS assessor report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %1 standards has no finding yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 standards have no finding yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recommendation is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a final report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm that the findings and the recommendation above are my assessment of the submission identified by the pack root hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS assessor report · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssignedWork</name>
    <message>
        <source>domain %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssignmentChange</name>
    <message>
        <source>Say whom to assign %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name as their changes are recorded (on a team workspace: their login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs doing; the assignments list shows who has what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments list shows who has what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back the assignment of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AssignmentStore</name>
    <message>
        <source>Reading the assignments failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assignment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the assignment failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::AuditAnchor</name>
    <message>
        <source>If nobody here restored an older copy, the file was changed outside seqohs-tracker: keep it as it is and compare it with a backup or the last submission pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is shorter than when this computer last opened this workspace: it had %1 rows and now has %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was rewritten since this computer last opened this workspace: row %1 is no longer the row seen then. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::BlobStore</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity); if it reports problems, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up stored content failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files in it, or use --folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was stored does not read back the same; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity) and check the disk; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stored content failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored content %1 is damaged: it has %2 bytes hashing to %3, expected %4 bytes hashing to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup, or replace the evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the exported file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content is damaged; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity) and restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the stored content failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing unused content failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept copy of the evidence&apos;s content has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being read or stored; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed or replaced it, or is writing it. Wait until it has finished, then add the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Body</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::CalendarExport</name>
    <message>
        <source>SEQOHS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1, “%2”, is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It supports %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS assessment visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned SEQOHS assessment visit for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS annual return due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SEQOHS annual return for %1 is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report this fault in seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Calibration</name>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More optimistic than the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More cautious than the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ChartFactory</name>
    <message>
        <source>Score by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence reaching its review-by date, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ▲ planned visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::CrosswalkFormat</name>
    <message>
        <source>The &quot;format&quot; field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a crosswalk (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a standards set, not a crosswalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crosswalk starts with &quot;format&quot;: &quot;seqohs-crosswalk&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version reads format version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of seqohs-tracker (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update seqohs-tracker to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use equal, subset (the source covers part of the target), superset (all of it and more) or intersect (they overlap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping from &quot;%1&quot; to &quot;%2&quot; is listed twice; it is already at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk maps from &quot;%1&quot;, but it was checked against &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it against the set it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk maps to &quot;%1&quot;, but it was checked against &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessable item of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the id of a criterion, or of a standard without criteria.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::CrosswalkSuggester</name>
    <message>
        <source>Suggested: same code, %1% similar wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1% similar wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (suggested; check every mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by seqohs-tracker from codes and wording, then reviewed by the service. It is not an official mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spreadsheet as &quot;CSV UTF-8&quot; (Excel) or as CSV with the character set Unicode (UTF-8) (LibreOffice), then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a quoted field write a quote as two quotes (&quot;&quot;), and put nothing between the closing quote and the next comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the whole field in quotes and double the quote inside it (&quot;a &quot;&quot;quoted&quot;&quot; word&quot;); spreadsheet programs do this when they save as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing closing quote; everything after the opening quote was read as one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Deadlines</name>
    <message>
        <source>Review evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::DemoWorkspace</name>
    <message>
        <source>We provide no services of this kind: our contracts exclude it, and referrals for it go to the regional specialist service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder for the demo files could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space in the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::EvidenceChange</name>
    <message>
        <source>There is no evidence item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the evidence to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the evidence file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1 cannot be put back: the id is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the later additions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of version %1 of evidence item %2 was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::EvidenceIndex</name>
    <message>
        <source>Evidence index – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evidence item of the submission, with the criteria it supports. Files are in the pack&apos;s evidence folder; written statements and links are given in full here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::EvidenceIntake</name>
    <message>
        <source>Evidence needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the evidence covers ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the covers-from and covers-to dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs a URL or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written statement cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1 is a %2, not a file; only files have versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the link or statement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file evidence item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the evidence and its versions to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of evidence item %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity) and restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::FolderImportRule</name>
    <message numerus="yes">
        <source>%n file name(s) in the folder are not valid UTF-8, so they cannot be read: %1. Nothing was imported.</source>
        <translation>
            <numerusform>%n file name in the folder is not valid UTF-8, so it cannot be read: %1. Nothing was imported.</numerusform>
            <numerusform>%n file names in the folder are not valid UTF-8, so they cannot be read: %1. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename those files (for example with the convmv tool), then import the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::FollowUpContent</name>
    <message>
        <source>The follow-up&apos;s list of changes is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a follow-up&apos;s list of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was written in a newer format (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with a newer version of seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::FollowUpPlan</name>
    <message>
        <source>No assessor&apos;s response has been imported, so there is nothing to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the assessor&apos;s response first (response import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1 is not the latest one imported (%2): a follow-up answers the latest response, as the assessor reviews on from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response %1 has been imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out --response to answer the latest response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no record of pack %1, which the follow-up would build on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a full pack (pack create) and send that to your assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of earlier packs loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack the response answers (%1, made %2) was made by an earlier release, which did not record what it held, so a follow-up cannot tell what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a full pack instead (pack create) and send that to your assessor; follow-ups can answer the response to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 &quot;%2&quot; is marked as containing personal data and was left out; send it in a full pack if the assessor must see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the required action &quot;%2&quot; has no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest response finds every standard met, or records no finding that asks for more: there is nothing to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a full pack (pack create) if the assessor asked for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed for %1 since the pack the assessor reviewed: no evidence, no assessment and no answer to a required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update the evidence the assessor asked for, or answer the required actions (&apos;actions answer&apos;), then make the follow-up pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::FollowUpReader</name>
    <message>
        <source>Cannot create a private temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack did not verify and was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a full pack, not a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new review of it (review open) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack has no list of changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to make the follow-up pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up&apos;s list of changes names another base, round or response than its manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::FollowUpWriter</name>
    <message>
        <source>SEQOHS follow-up pack
=====================

Service: %1
Standards set: %2 (version %3)
Created: %4 (UTC)
Signing key fingerprint: %5
Round: %6
Follows up the pack with root hash: %7
Answers the response: %8

This zip file answers the assessor&apos;s findings on an earlier submission pack (its base).
It holds only what changed since: follow-up.json lists, for each standard whose finding
was &quot;not met&quot; or &quot;further evidence required&quot;, the earlier finding, the new or changed
evidence, the assessments that changed and the answers to the required actions. New
or changed evidence files are under evidence/.

Checking it
  In seqohs-tracker: open your review, then File &gt; Open follow-up pack, or
      seqohs-tracker-cli review followup FOLLOWUP.zip --review REVIEW
  Without the program: unzip it into an empty folder, then
      minisign -Vm manifest.json -p signing-key.minisign.pub
  compare each file&apos;s SHA-256 (sha256sum) with manifest.json, and check that
  &quot;followUp&quot;.&quot;base&quot; in manifest.json is the root hash of the pack you reviewed last.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key was given for the follow-up pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack your assessor reviewed was signed with key %1, but this key is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the follow-up with the key that signed the pack, so that your assessor can tell it is yours (--key KEYFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the pack does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 was removed while the follow-up was being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the follow-up pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the pack was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder beside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to the pack&apos;s folder and that it has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; (id %2) could not be exported for the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ImportedFinding</name>
    <message>
        <source>Assessor (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Changed since the response: needs re-review.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Importer</name>
    <message>
        <source>The spreadsheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the template that &apos;standards template&apos; writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one row per criterion under the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1. The wording belongs to its publisher; use it as your licence allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new set needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid set id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and &apos;-&apos;, for example seqohs-2023-official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new set needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example &quot;SEQOHS standards 2023 (official wording)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file seems to use semicolons between fields; save it as CSV with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the template&apos;s header row; the columns may be in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it in; it may be left blank only to repeat the row above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; has no letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes become ids; give each a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes &quot;%1&quot; and &quot;%2&quot; would get the same id &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes must differ in more than spaces and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more fields than the header has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a comma that should be inside quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the template&apos;s example rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with your own content, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;; use must, should or unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are single words or words joined by &apos;-&apos;, such as nhs or physiotherapy, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; already has rows (from row %2); a row without a criterion code is allowed only for a standard that has no criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this row a criterion code, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; was given as a whole on row %2 and cannot also have criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give that row a criterion code too, or leave this one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion code &quot;%1&quot; is already used on row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion needs a code of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion_text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the criterion requires in this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is titled &quot;%2&quot; here but &quot;%3&quot; above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a domain one title, or leave the cell blank after its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the title on the domain&apos;s first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; is in domain &quot;%2&quot; on row %3 and in &quot;%4&quot; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard belongs to one domain; check the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; is titled &quot;%2&quot; here but &quot;%3&quot; above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a standard one title, or leave the cell blank after its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the title on the standard&apos;s first row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::IntegrityCheck</name>
    <message>
        <source>The stored standards set does not match its recorded hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed outside seqohs-tracker; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1 has no stored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored content %1 was never completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled before every file was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::LinkChange</name>
    <message>
        <source>Linking evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item %1 is not linked to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the evidence to see its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::MergeFields</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the assessor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::MigrationApplier</name>
    <message>
        <source>Before move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has changed since the move was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the move again and check the preview before applying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to another standards set failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::MigrationPlan</name>
    <message>
        <source>Move from %1 (%2) to %3 (%4) through the crosswalk %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  target items:          %1 (%2 receive work, %3 with nothing mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  results carried:       %1 of %2 assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  needs re-confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  evidence links:        %1 now = %2 carried + %3 kept with the old set (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOES NOT ADD UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>                         %1 links after the move (%2 merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  actions:               %1 moved, %2 copied, %3 left without an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not carried:           %1 old items with no mapping (kept with the old set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing mapped: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (result carried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence, %2 actions, confidence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs re-confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried (no mapping; kept, readable with the old set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqohs::MigrationPlanner</name>
    <message>
        <source>the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk %1 goes from the set &apos;%2&apos;, but the workspace follows &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a crosswalk from &apos;%1&apos;, or build one with &apos;crosswalk suggest&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk %1 goes to the set &apos;%2&apos;, not to &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a crosswalk to &apos;%1&apos;, or build one with &apos;crosswalk suggest&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already follows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another standards set to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers only part of this criterion (subset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps this criterion only in part (intersect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was itself still awaiting re-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sources do not agree (%1); the lowest result counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2, %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence links do not add up: %1 now, %2 carried, %3 kept with the old set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity) and report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::MinisignSignature</name>
    <message>
        <source>The signature was made with another key (key id %1, not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment has been altered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::OdtReport</name>
    <message>
        <source>FORECAST for %1 · made %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness forecast for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS readiness on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORECAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are projected to %1 from the evidence and review dates known on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary of the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – a forecast, not today&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary, not the official standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score %1, evidence coverage %2, %3. %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must criteria met %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no must criterion applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the service is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly ready needs every must criterion met with current evidence, a score of at least %1 and evidence coverage of at least %2. Ready needs every applicable criterion met with current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal duties: any must criterion not met with current evidence blocks readiness whatever the percentages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No must criterion applies to this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands between the service and the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion left to close would change the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With every step done: score %1 (now %2), evidence coverage %3 (now %4); the thresholds are %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even with every gap closed, nearly ready is out of reach: check the weights and what is marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score +%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage +%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score +%1, coverage +%2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet it (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check raised anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3, blockers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every included criterion is met with current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included criteria not met, partially met, not assessed or without current evidence, in the order of the standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expiring before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment visit is planned; the chart shows the next twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current evidence reaches its review-by date before the visit on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: criteria and narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 current of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No narrative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashes are the first characters of the SHA-256 of the stored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with SEQOHS Tracker %1. Figures follow the rules in the program&apos;s documentation (docs/scoring.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODT report could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try PDF or HTML instead, and report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires before the planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s own view beside the assessor&apos;s, by domain: where the service rated a standard higher than the assessor found it, it was more optimistic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment and what changed since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackArchive</name>
    <message>
        <source>Creating the pack was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the pack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the pack to disk (sync failed); is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished pack into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackContents</name>
    <message>
        <source>The record of what pack %1 held is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a full pack (pack create) and send that to your assessor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackManifest</name>
    <message>
        <source>The manifest is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is not a seqohs-tracker pack manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was written in a newer format (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with a newer version of seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists an unsafe path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest entry for &quot;%1&quot; has no valid size or SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names a kind of pack this version does not know (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack does not say which pack it follows up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackVerification</name>
    <message>
        <source>REFUSED: the pack was not opened, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the pack is complete and unaltered (%1 files, %2 checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) found.</source>
        <translation>
            <numerusform>FAILED: %n problem found.</numerusform>
            <numerusform>FAILED: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by the expected key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key %1; check this fingerprint with the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackVerifier</name>
    <message>
        <source>The pack does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds two entries of the same name, so which one is meant is ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete zip archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may be truncated or damaged in transfer; ask the service to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has %1 entries, more than the %2 a pack may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the zip directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe folder name in the pack (it could write outside the folder it is extracted to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe file name in the pack (an absolute path, &quot;..&quot;, a backslash or a control character could write outside the folder it is extracted to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds two entries of this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is a symbolic link; a pack holds only plain files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is encrypted; a pack holds no encrypted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry declares %1, more than the %2 one file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is stored uncompressed but declares %1 bytes of content in %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry would expand from %1 to %2, a ratio above %3:1 (a compression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is far too large for what it should be (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack declares %1 of content, more than the %2 a pack may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip directory is intact and safe (%1 entries, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a key fingerprint (32 hex digits) nor a minisign public key or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is signed by another key, not the one you expected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack may have been altered and re-signed: ask the service to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest or its signature was altered after the pack was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is signed by key %1, not by the key you expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature over the manifest is valid (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root hash does not match the manifest&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names signer %1 but the signature is by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra file that is not listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the manifest lists this file but the pack does not hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size (%1 bytes) does not match the manifest (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this file in the pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged in the zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more data than the %1 bytes it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 bytes but declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was altered after the pack was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file matches the manifest (%1 files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s signature could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract the file: its folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackWorkFolder</name>
    <message>
        <source>Cannot create a temporary folder beside the pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to the folder and that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the temporary folder beside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the pack was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space on %1, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PackWriter</name>
    <message>
        <source>No signing key was given for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the pack does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the pack was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; (id %2) could not be exported for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; (id %2) was exported with the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity) to find damaged content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder beside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to the pack&apos;s folder and that it has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not marked as containing personal data, so there is nothing to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the evidence to see which items are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 holds personal data: including it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the assessor must see it; the reason goes into the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of a submission pack: marked as containing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the pack failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PagedPdf</name>
    <message>
        <source>Cannot paint on the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the destination can be written, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PersonalDataGuard</name>
    <message>
        <source>The text of PDF files is not scanned for personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this kind are not scanned for personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s text could not be read (%1), so it was not checked for personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) of this PDF were checked for personal data.</source>
        <translation>
            <numerusform>Only the first page of this PDF was checked for personal data.</numerusform>
            <numerusform>Only the first %n pages of this PDF were checked for personal data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqohs::PersonalDataGuard::Finding</name>
    <message>
        <source>what looks like an NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what looks like a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ProfileChange</name>
    <message>
        <source>The service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the occupational health service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the service profile failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::PublicKey</name>
    <message>
        <source>This is not a minisign public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key as the line starting &quot;RW&quot; from the signer&apos;s .pub file, or the .pub file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Reader</name>
    <message>
        <source>A required member is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time in ISO 8601 form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, where at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it, or keep the full text in an evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ReadinessReportBuilder</name>
    <message>
        <source>The standards in this report come from &quot;%1&quot;, a summary written from public sources. It is not the official wording of the Faculty of Occupational Medicine: check each criterion against the official standards before relying on this report for accreditation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS readiness report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ReconfirmationChange</name>
    <message>
        <source>&apos;%1&apos; does not need re-confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the items that do with &apos;reconfirm list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item of this standards set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already needs re-confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the re-confirmation failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ReportRenderer</name>
    <message>
        <source>Summary by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness over time appears here once the workspace holds a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the service is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal duties: any must criterion not met with current evidence blocks readiness whatever the percentages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No must criterion applies to this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check raised anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every included criterion is met with current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included criteria not met, partially met, not assessed or without current evidence, in the order of the standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expiring before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment visit is planned; the chart shows the next twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current evidence reaches its review-by date before the visit on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: criteria and narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 current of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No narrative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;✖&lt;/span&gt; expired &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;▲&lt;/span&gt; expires before the planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary of the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary, not the official standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with SEQOHS Tracker %1. Figures follow the rules in the program&apos;s documentation (docs/scoring.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint on the printer or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the destination can be written, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the HTML report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the ODT report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: score %3, coverage %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of the score by domain. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar chart of score and evidence coverage by domain. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2, coverage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this report): score %2, coverage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart of score and evidence coverage over time. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of current evidence items by the month they reach their review-by date, over the next twelve months. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned visit is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score &lt;b&gt;%1&lt;/b&gt;, evidence coverage &lt;b&gt;%2&lt;/b&gt;, %3. %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must criteria met &lt;b&gt;%1 of %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no must criterion applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly ready needs every must criterion met with current evidence, a score of at least %1 and evidence coverage of at least %2. Ready needs every applicable criterion met with current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands between the service and the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion left to close would change the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With every step done: score %1 (now %2), evidence coverage %3 (now %4); the thresholds are %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even with every gap closed, nearly ready is out of reach: check the weights and what is marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score +%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage +%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score +%1, coverage +%2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet it (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3, blockers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashes are the first characters of the SHA-256 of the stored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORECAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are projected to %1 from the evidence and review dates known on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – a forecast, not today&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORECAST for %1 · made %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness forecast for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS readiness on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, response imported %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1. Response from %2, imported on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) met</source>
        <translation>
            <numerusform>%n standard met</numerusform>
            <numerusform>%n standards met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n not met</numerusform>
            <numerusform>%n not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) further evidence</source>
        <translation>
            <numerusform>%n needs further evidence</numerusform>
            <numerusform>%n need further evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a finding</source>
        <translation>
            <numerusform>%n without a finding</numerusform>
            <numerusform>%n without a finding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required action(s)</source>
        <translation>
            <numerusform>%n required action</numerusform>
            <numerusform>%n required actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) changed after the response was imported: the assessor&apos;s finding may no longer describe them.</source>
        <translation>
            <numerusform>%n standard changed after the response was imported: the assessor&apos;s finding may no longer describe it.</numerusform>
            <numerusform>%n standards changed after the response was imported: the assessor&apos;s finding may no longer describe them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the response: needs re-review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The assessor gave no finding for %n of the %1 standards; the response says nothing about them.</source>
        <translation>
            <numerusform>The assessor gave no finding for %n of the %1 standards; the response says nothing about it.</numerusform>
            <numerusform>The assessor gave no finding for %n of the %1 standards; the response says nothing about them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s own view: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service more optimistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service more cautious</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) recorded.</source>
        <translation>
            <numerusform>%n sign-off recorded.</numerusform>
            <numerusform>%n sign-offs recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer hold(s): what they cover changed after they were signed, so they must be signed again.</source>
        <translation>
            <numerusform>%n no longer holds: what it covers changed after it was signed, so it must be signed again.</numerusform>
            <numerusform>%n no longer hold: what they cover changed after they were signed, so they must be signed again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each still holds: nothing it covers has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s own view beside the assessor&apos;s, by domain: where the service rated a standard higher than the assessor found it, it was more optimistic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment and what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: changed since, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ReportTable</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification or exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ResponseFile</name>
    <message>
        <source>The review has no overall recommendation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one with &apos;review recommend&apos; before responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1); it may have been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an assessor&apos;s response file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was written by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer version of seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not signed, or signed in a way this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s signing key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s signature does not match its content: it was altered after the assessor signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the assessor to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is signed by key %1, not by the assessor&apos;s key you named (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fingerprint with your assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response does not say which pack it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the response file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a response file (it is far too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up pack re-opened %1, which has no finding in this round yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a finding for each with &apos;review set&apos; (or in the assessor&apos;s window) before responding; the earlier finding is kept for reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ResponseImport</name>
    <message>
        <source>Cannot read the response file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a response file (it is far too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response answers a pack (root hash %1) that this workspace did not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it into the workspace the pack was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is about standards set %1, but the workspace follows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response has been imported already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its findings are shown on the criteria; there is nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assessor, standard %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the response failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause below and import the response again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s audit trail no longer holds row %1 as it was when the pack was made: its history was rewritten since, outside seqohs-tracker. If nobody here restored an older copy, keep the file as it is and compare it with the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response is signed with key %1, but an earlier response came from key %2 (%3). If your assessor did not tell you of a new key, check the fingerprint with them before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Review</name>
    <message>
        <source>The review file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review with &apos;review open PACK --review FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file was written by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer version of seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recommendation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file does not say which pack it reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the review file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a review file (it is far too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a full pack, not a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new review of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is in the review already (round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is signed by key %1, but the pack under review was signed by key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to sign the follow-up with the key that signed its pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up does not chain to a pack this review holds: it follows up pack %1, but this review is of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the review of the pack it follows up, or ask the service for a follow-up of the pack you reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up answers round %1 (pack %2), but this review is at round %3 (pack %4): it was made against an earlier round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for a follow-up that answers your latest response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up&apos;s chain of earlier packs does not match this review&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service to make the follow-up again from the workspace that made the pack you reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is about standards set %1, but this review is of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up answers standard %1, which this review does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::RollUpReportRenderer</name>
    <message>
        <source>Roll-up across services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQOHS roll-up across services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services follow different standards sets: their domains and gaps are shown set by set and never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not met, or without current evidence, in two or more services following the same set; those shared by most come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence current on the date above whose review-by date falls within %n day(s) of it, or before its service&apos;s planned visit.</source>
        <translation>
            <numerusform>Evidence current on the date above whose review-by date falls within %n day of it, or before its service&apos;s planned visit.</numerusform>
            <numerusform>Evidence current on the date above whose review-by date falls within %n days of it, or before its service&apos;s planned visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SEQOHS roll-up · %n service(s)</source>
        <translation>
            <numerusform>SEQOHS roll-up · %n service</numerusform>
            <numerusform>SEQOHS roll-up · %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqohs::RowDigests</name>
    <message>
        <source>Preparing the workspace failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the rows failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup, or keep this file as evidence of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added outside seqohs-tracker: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed outside seqohs-tracker: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed outside seqohs-tracker: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) differ from their record.</source>
        <translation>
            <numerusform>%n more row differs from its record.</numerusform>
            <numerusform>%n more rows differ from their record.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s rows do not match what the audit trail recorded of them: they were changed outside seqohs-tracker, and the record of each row was changed to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standards set followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of stored content %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of evidence item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link from evidence item %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of earlier standards set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archived assessment of %1 (earlier set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archived link from evidence item %1 to %2 (earlier set %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archived target of action %1 (earlier set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-confirmation flag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Schema</name>
    <message>
        <source>The workspace does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name, or create a workspace with &apos;init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, not a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .seqohs workspace file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an SQLite database of another application, not a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of seqohs-tracker (format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has the workspace signature but no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is truncated: it holds %1 bytes of the %2 its header declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was probably copied incompletely. Restore it from a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has format %1, which this version cannot upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the version of seqohs-tracker that wrote it and make a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (it is a pipe, a socket or a device), so it cannot be a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .seqohs workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Scorer</name>
    <message>
        <source>Applies only to services marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked not applicable without a justification, so it still counts as not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a must criterion and is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a must criterion marked met, with no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a must criterion marked met, but none of its evidence is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked met, with no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked met, but none of its evidence is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; passed its review-by date on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; must be reviewed by %2, before the planned visit on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; was due on %2 and is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion of the standards set applies to this service, so there is nothing to be ready for. Check the service profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicable criterion has a weight of zero, so no score can be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of %1 is below the %2 needed for nearly ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence coverage of %1 is below the %2 needed for nearly ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address holds a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out of the address: put it in ~/.pgpass or PGPASSWORD, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; in the server address is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 in the server address holds a space or a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has an option this program does not know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known options: host, port, dbname, user, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerAuditTrail</name>
    <message>
        <source>Checking the server&apos;s audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s audit trail on %1 skips from row %2 to row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the server&apos;s audit trail on %2 does not follow the row before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the server&apos;s audit trail on %2 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s audit trail on %1 ends at row %2, but its head says row %3: rows were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerBlobStore</name>
    <message>
        <source>Reading stored content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored content %1 is damaged: it has %2 bytes hashing to %3, expected %4 bytes hashing to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the team&apos;s lead to restore the team workspace from a backup, or replace the evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files in it, or use --folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being read; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing it. Wait until it has finished, then add the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was stored does not read back the same; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may have changed while it was read, or the connection to the server is faulty. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the exported file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content is damaged; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the stored content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing unused content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerChunkChannel</name>
    <message>
        <source>the connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so no team workspace can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it (on Debian: the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the password: libpq reads it from ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database and login names; the server&apos;s administrator creates both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running and that the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server who is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this team workspace does not allow it; ask the service lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a version of seqohs-tracker that writes this server&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server %2 refused it, as your login (%3) is not permitted to do it (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on %2 it met another person&apos;s change at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server %2 refused it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server %2 said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is not a member of this team workspace; ask its lead or the server&apos;s administrator to add you to one of its roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerDirectory</name>
    <message>
        <source>Listing the team workspaces on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking whether %1 is a team workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerKernel</name>
    <message>
        <source>The team workspace on %1 holds nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead puts a workspace into it first: &apos;seqohs-tracker-cli workspace upload FILE --to URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the team&apos;s lead to assign it to you, or to make the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it again as it is now, then make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and that the server is running; the program connects again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 again in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again when the change has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again, but cannot follow others&apos; changes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workspace and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the team workspace on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login (%1) may read only the roll-up figures of the team workspace on %2, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll it up instead (File &gt; Roll-up across services… in the window, or &apos;seqohs-tracker-cli rollup URL&apos;); to work on it, ask its lead for another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading through the roll-up views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerRowUpdate</name>
    <message>
        <source>Saving a change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed this since you opened it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to change this; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::ServerSchema</name>
    <message>
        <source>Reading what the database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has a seqohs schema without a version: it was not made by &apos;server init&apos;, or that was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to check it; use an empty database for a new team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team workspace: &apos;server init&apos; has not been run on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;seqohs-tracker-cli server init URL&apos; on an empty database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace on %1 has server schema version %2, newer than this version of seqohs-tracker writes (%3), so it will not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace on %1 has server schema version %2, newer than this version of seqohs-tracker reads (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the version of seqohs-tracker the team uses. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; is too long to name its roles after it (at most %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a database with a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a team workspace (server schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty: it holds %n table(s) of something else.</source>
        <translation>
            <numerusform>%1 is not empty: it holds %n table of something else.</numerusform>
            <numerusform>%1 is not empty: it holds %n tables of something else.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the server&apos;s administrator for an empty database (CREATE DATABASE ... OWNER you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group role %1 could not be created on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace on %1 has server schema version %2, older than this version of seqohs-tracker writes (%3), so it will not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it as the login that ran &apos;server init&apos;: one that may create roles (CREATEROLE) and owns the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace on %1 has server schema version %2, newer than this version of seqohs-tracker knows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Install the version of seqohs-tracker the team uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else upgraded the team workspace on %1 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed by this upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace on %1 was not upgraded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;server upgrade&apos; as the login that ran &apos;server init&apos; (it owns the workspace&apos;s tables and may create roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its owner (the login that ran &apos;server init&apos;) upgrades it with &apos;seqohs-tracker-cli server upgrade URL&apos;; until then it can be read only by the commands that read (score, report, workspace download) and in a roll-up. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SetMove</name>
    <message>
        <source>Plan the move again and check the preview before applying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was planned for the standards set &apos;%1&apos;, but the workspace follows &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has changed since the move was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set to move to has no id or nothing to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a valid standards set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move names &apos;%1&apos;, which the standards set &apos;%2&apos; does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move assesses &apos;%1&apos; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move marks &apos;%1&apos; not applicable without a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move links evidence item %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move links evidence item %1 to &apos;%2&apos; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move re-points action %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the workspace to another standards set failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SetReader</name>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2023-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provenance &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;official&quot; for the owner&apos;s wording or &quot;summary&quot; for a summary in other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a crosswalk file, not a standards set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standards set starts with &quot;format&quot;: &quot;seqohs-standards&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;format&quot; field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a standards set (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;formatVersion&quot; field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version reads format version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of seqohs-tracker (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update seqohs-tracker to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate id &quot;%1&quot;; it is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every domain, standard and criterion needs an id of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are lower case letters, digits and &apos;-&apos;, such as nhs or physiotherapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use must (a legal duty), should, or unspecified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;weight&quot; must be a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out for the usual weight of 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {&quot;coverMonths&quot;: 12, &quot;refreshMonths&quot;: 12}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SettingChange</name>
    <message>
        <source>The setting name &apos;%1&apos; is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a name that does not start with &quot;workspace.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a setting failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SignOffChange</name>
    <message>
        <source>Changing who may sign off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off needs the name of the person signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name as it should appear in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to sign off in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part that has criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns the assessment of %2, and this workspace does not let owners sign off their own work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask someone who does not own it to sign off, or allow owners to sign off in the workspace&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the sign-off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-off %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sign-offs to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing the sign-off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the sign-off failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SignOffCoverage</name>
    <message>
        <source>The standards set has no %1 &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its id or its code as the navigator shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer covered (the standards set changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: newly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the result changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the narrative was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the justification was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 is no longer linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 has new content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 was linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (no longer in the standards set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace moved from the standards set %1 to %2: what was signed off was assessed against the earlier set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or create a key with &apos;pack keygen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a signing key file (it is far too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a seqohs-tracker signing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was written by a newer version of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer version of seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its key is missing or the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the key file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its public and secret keys do not belong together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of this name exists already; a key is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name, or use the existing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SnapshotChange</name>
    <message>
        <source>There is no snapshot named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots to see their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it, e.g. &quot;Annual return 2026&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the snapshot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the snapshot failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SqliteKernel</name>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Qt SQLite driver that links the system SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the workspace failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or open the existing workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the folder first or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be put in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was replaced. Check free space and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not pass SQLite&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite left a journal beside the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be synced to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the workspace failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of seqohs-tracker (format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity); if it reports problems, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import into this workspace was cut short, and what it had written could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace where you may write to its folder, so that it can be undone from %1 beside it; do not move or delete that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::StandardsLibrary</name>
    <message>
        <source>There is no bundled standards set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sets are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled file holds the set &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name and the id of a bundled set must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crosswalk from &quot;%1&quot; to &quot;%2&quot; is bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving between these sets needs a crosswalk file of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a bundled standards set nor a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of a standards JSON file, or one of the bundled sets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::StorageKernel</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity); if it reports problems, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it for editing to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a setting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was changed outside seqohs-tracker. Restore the workspace from a backup, or keep this file as evidence of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: row %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: row %1 does not follow the row before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: row %1 was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: it should have %1 rows but has %2; the last rows were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was about to be saved without its audit row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Please report this fault in seqohs-tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace (use Workspace &gt; Check integrity in the window, or seqohs-tracker-cli integrity); if it reports problems, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::SubmissionChange</name>
    <message>
        <source>Recording the submission pack failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the assessor&apos;s response failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::VerdictReasons</name>
    <message>
        <source>No criterion of the standards set applies to this service, so there is nothing to be ready for. Check the service profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicable criterion is met with current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::Workspace</name>
    <message>
        <source>The standards set of this workspace has no item &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an id listed by &apos;standards show&apos;, e.g. from the criterion&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no earlier standards set numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the set history to see the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving evidence out of the copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be completed: its log was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check free space and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set of this workspace has no criterion, standard or domain &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::WorkspaceDownload</name>
    <message>
        <source>A file with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name; a download never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the folder first or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace on %1 holds workspace format %2; this version of seqohs-tracker writes format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the version of seqohs-tracker the team uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload one with &apos;workspace upload FILE --to URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to the folder. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 arrived from %3, which holds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content %1 on %2 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written. Tell the server&apos;s administrator: the team workspace is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded workspace does not pass its integrity check, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the team workspace on %1 is not consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be put in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name or place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::WorkspaceFile</name>
    <message>
        <source>The service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the occupational health service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not open for editing in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it first; a companion connection shares that lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards set stored in the workspace cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::WorkspaceUpload</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;integrity&apos; on the workspace. Nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the standards set&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s standards set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds %1 rows of %2 where %3 were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded. Try again, and tell the server&apos;s administrator if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content %1 read back from %2 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail on %1 does not end where the workspace&apos;s does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded. Run &apos;integrity&apos; on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has format %1; a team workspace holds format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it once with this version of seqohs-tracker, which upgrades it, then upload it. Nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace does not pass its integrity check, so it was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup, or run &apos;integrity&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace, so nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload into a database that &apos;server init&apos; has just set up, or download this one with &apos;workspace download&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content %1 does not match its SHA-256 as it was read for the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content %1 is missing a chunk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::WriteGate</name>
    <message>
        <source>The workspace is damaged, so it will not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it still works. Check its integrity (Workspace &gt; Check integrity in the window, or &apos;seqohs-tracker-cli integrity&apos;) for the whole report, then restore the workspace from a backup or from the last submission pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-ahead log, %1, lies beside the workspace: if the workspace was copied or restored over an older one, that log belongs to the older file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left as it is. Move %1 (and %2, if there) to another folder and open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqohs::XlsxExport</name>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or memory, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::json</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 bytes); standards files are at most %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the right file: a complete standards set is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the right file, and that it was saved completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a byte order mark (BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files must be UTF-8 without a BOM. Save it again as &quot;UTF-8&quot; rather than &quot;UTF-8 with BOM&quot;, or delete the first three bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8; it may have been saved in a legacy encoding such as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standards file needs fewer than ten levels; this is not a standards file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look just before this place for a missing comma, quote or bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a JSON array or value, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standards or crosswalk file is one JSON object with a &quot;format&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a .json file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a raw control character (0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, or write it as an escape such as \u0000 if it is meant to be there. The file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (it is a pipe, a socket or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqohs::json::SchemaReader</name>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling. The fields read here are: %1. Names starting with &quot;x-&quot; are free for your own notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node needs an id, a code and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids start with a letter or digit and use only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;; no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as [&quot;first&quot;, &quot;second&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty text in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
