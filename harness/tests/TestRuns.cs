using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Tests;

/// <summary>Plan runs for tests: settings read as a run reads them, and the run context the sections act with (the target's own profile).</summary>
internal static class TestRuns
{
    /// <summary>Plan-mode settings for <paramref name="target"/> over the guide at <paramref name="guideRoot"/>.</summary>
    public static SuiteSettings PlanSettings(string target, string guideRoot, string runId = "plan-test", params (string Name, string Value)[] extra)
    {
        var variables = new Dictionary<string, string?>
        {
            [SettingNames.Target] = target,
            [SettingNames.Mode] = "plan",
            [SettingNames.Guide] = guideRoot,
            [SettingNames.RunId] = runId,
            [SettingNames.Evidence] = Path.Combine(Path.GetTempPath(), "kedaguidance-tests", Guid.NewGuid().ToString("n")),
        };
        foreach (var (name, value) in extra)
            variables[name] = value;
        return SettingsReader.Read(variables, Path.GetTempPath(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);
    }

    /// <summary>
    /// The test process's scratch folder, as a session has one per run: plans render the guide's files into a child of
    /// it, as live runs do. Removed when the test process exits, so repeated test runs leave no folders behind.
    /// </summary>
    public static ScratchFolder Scratch { get; } = CreateScratch();

    private static ScratchFolder CreateScratch()
    {
        var scratch = ScratchFolder.Create("unit");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => scratch.Dispose();
        return scratch;
    }

    /// <summary>The copy of the guide's files in TestData/static/guide: there in every clone (tests that only need a guide's names and exports use it, not the real guide).</summary>
    public static string TestDataGuide => Path.Combine(AppContext.BaseDirectory, "TestData", "static", "guide");

    /// <summary>The example environment (fake account, region us-west-2) read from the guide at <paramref name="guideRoot"/> (default: <see cref="TestDataGuide"/>).</summary>
    public static GuideEnvironment ExampleEnvironment(string? guideRoot = null) => GuideEnvironment.ExampleFor(GuideModel.Read(guideRoot ?? TestDataGuide));

    /// <summary>A plan run over <paramref name="settings"/>: recorder (one scenario begun), plan executor, ledger, and the target's profile.</summary>
    public static RunContext Plan(SuiteSettings settings, string guideRoot, IExecutor? executor = null)
    {
        var recorder = new RunRecorder(settings.RunId, "plan", settings.Target, settings.EvidenceFolder);
        recorder.BeginScenario("s", "f", "t", []);
        return new RunContext(settings, guideRoot, executor ?? new PlanExecutor(recorder), new TeardownLedger(), recorder, SuiteTargets.Find(settings.Target)?.Profile,
            Scratch.Child("plan"));
    }
}
