using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// What every section of the guide acts with during one run: the validated settings, the guide's checkout and its
/// model, the executor (live or plan), the teardown ledger, the run record, the target's profile (null when
/// KEDAGUIDE_TARGET=none: only static and endpoint-AWS scenarios run then) and the run's scratch folder (rendered copies,
/// values files; removed when the run ends). One per run, built by the session.
/// </summary>
public sealed record RunContext(SuiteSettings Settings, string GuideRoot, IExecutor Executor, TeardownLedger Ledger, RunRecorder Recorder, TargetProfile? Profile,
    ScratchFolder Scratch)
{
    private readonly Lazy<GuideModel> _guide = new(() => GuideModel.Read(GuideRoot));

    /// <summary>
    /// The guide as data, read once from <see cref="GuideRoot"/> on first use: the names the sections create and clean
    /// up, and the exports the guide's environment is computed from — so a change in the guide's files reaches every section.
    /// </summary>
    public GuideModel Guide => _guide.Value;

    public string RunId => Settings.RunId;

    public TimeSpan Slack => Settings.Slack;

    /// <summary>The profile, for a section that acts on a cluster; such scenarios are skipped before they get here when the run has no target.</summary>
    public TargetProfile RequireProfile() => Profile
        ?? throw new InvalidOperationException($"{SettingNames.Target}={Settings.Target} has no target profile; scenarios that need one are skipped before they reach here (a suite defect if this shows).");
}
