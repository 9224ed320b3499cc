using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// What a static scenario leaves in the run record: every finding (warnings included), an accepted one with its known
/// defect (severity "known-defect", the reason, since when, what the suite does), and the "known guide defects"
/// attachment. One place, so the static feature and the tests of the report record the same way.
/// </summary>
public static class StaticEvidence
{
    public const string KnownDefectsAttachment = "known guide defects";

    public static void Record(RunRecorder recorder, StaticReport report, KnownDefectOutcome outcome)
    {
        foreach (var finding in report.Findings)
            recorder.AddFinding(finding.ToRecord(outcome.DefectOf(finding)));
        if (outcome.Accepted.Count > 0)
            recorder.Attach(KnownDefectsAttachment, outcome.Accepted.Select(a => new
            {
                rule = a.Finding.RuleId, file = a.Finding.File, subject = a.Defect.Subject ?? "", where = a.Finding.Location.ToString(),
                finding = a.Finding.Message, reason = a.Defect.Reason, since = a.Defect.Since, suite = a.Defect.SuiteDoes,
            }).ToList());
    }
}
