using KedaGuidance.Fixtures.Guide;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Runner;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Steps.Runner;

/// <summary>
/// The run's assembly fixture: starts the <see cref="SuiteSession"/> (a bad setting or an unreachable guide fails
/// every test with the message, before anything is created), then the Reqnroll run; at the end, the Reqnroll run
/// ends (AfterFeature/AfterTestRun), the session tears down and writes the evidence. One exception: the plain test
/// command (no KEDAGUIDE_GUIDE, no target) on a machine that cannot fetch the default guide skips every scenario with
/// one reason, printed once, saying what to set — nothing was asked for that could not be had.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    private SuiteSession? _session;
    private GherkinTestRun? _run;
    private string? _notStarted;
    private int _notStartedReported;
    private string? _noGuide;

    public static FeatureCatalog Catalog { get; } = FeatureCatalog.FromEmbeddedFeatures(typeof(SuiteFixture).Assembly);

    public SuiteSession Session => _session ?? throw new InvalidOperationException("The suite session has not started.");

    public async ValueTask InitializeAsync()
    {
        try
        {
            _session = await SuiteSession.StartAsync(SolutionFolder(), TestContext.Current.CancellationToken);
        }
        catch (GuideUnavailableException e) when (Unset(SettingNames.Guide) && NoTarget())
        {
            _noGuide = $"The guide's default repository (upstream at the pinned commit) could not be fetched ({e.Message.Split('\n')[0]}). " +
                       $"Set {SettingNames.Guide} to a checkout of the guide, or to a git URL with #ref (file:///path/to/guide#<commit> works).";
            new TestContextProgressOutput().WriteLine("[kedaguidance] every scenario is skipped: " + _noGuide);
            return;
        }
        catch (Exception e) when (e is SettingsException or GuideUnavailableException)
        {
            // Said once for the run: the first scenario fails with it, the others point at it (see RunAsync).
            _notStarted = e.Message;
            return;
        }
        EnableReqnrollFormatters(_session.Settings.EvidenceFolder);
        _run = await GherkinTestRun.StartAsync(typeof(SuiteFixture).Assembly, Catalog);
    }

    public async Task RunAsync(string id)
    {
        if (_noGuide is not null)
            Assert.Skip(_noGuide);
        if (_notStarted is { } notStarted)
        {
            throw new RunNotStartedException(Interlocked.Exchange(ref _notStartedReported, 1) == 0
                ? notStarted
                : "Not run: the run did not start; the reason is the message of the first scenario that failed.");
        }
        var scenario = Catalog[id];
        var session = Session;
        var skip = ScenarioRequirements.SkipReason(scenario.AllTags, session.Settings, session.Run.Profile, SuiteTargets.Catalog);
        session.Recorder.BeginScenario(scenario.Id, scenario.FeatureTitle, scenario.DisplayName, scenario.AllTags);
        if (skip is not null)
        {
            session.Recorder.EndScenario(ScenarioOutcome.Skipped, skip);
            Assert.Skip(skip);
        }

        // A scenario stops when the test host cancels, on Ctrl+C/SIGTERM, or at the run deadline's cutoff.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken, session.RunToken);
        try
        {
            linked.Token.ThrowIfCancellationRequested();
            var cancellation = new ScenarioCancellation(linked.Token);
            await _run!.RunAsync(scenario, container =>
            {
                container.RegisterInstanceAs(session);
                container.RegisterInstanceAs(cancellation);
            });
            session.Recorder.EndScenario(ScenarioOutcome.Passed, null);
        }
        catch (Exception e) when (XunitRuntimeProvider.IsSkip(e, out var reason))
        {
            session.Recorder.EndScenario(ScenarioOutcome.Skipped, reason);
            throw;
        }
        catch (Exception e)
        {
            session.ReportScenarioFailed();
            session.Recorder.EndScenario(e is OperationCanceledException ? ScenarioOutcome.Cancelled : ScenarioOutcome.Failed, e.Message);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
            await _run.DisposeAsync();
        if (_session is not null)
            await _session.DisposeAsync();
    }

    /// <summary>
    /// Reqnroll's own HTML report and Cucumber messages, next to the run record, unless the user configured them
    /// (environment variables are Reqnroll's documented way; they are read when the Reqnroll run starts).
    /// </summary>
    private static void EnableReqnrollFormatters(string evidenceFolder)
    {
        Directory.CreateDirectory(evidenceFolder);
        if (Environment.GetEnvironmentVariable("REQNROLL_FORMATTERS_HTML") is null)
            Environment.SetEnvironmentVariable("REQNROLL_FORMATTERS_HTML", "outputFilePath=" + Path.Combine(evidenceFolder, "reqnroll-report.html"));
        if (Environment.GetEnvironmentVariable("REQNROLL_FORMATTERS_MESSAGE") is null)
            Environment.SetEnvironmentVariable("REQNROLL_FORMATTERS_MESSAGE", "outputFilePath=" + Path.Combine(evidenceFolder, "reqnroll-messages.ndjson"));
    }

    private static bool Unset(string name) => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name));

    /// <summary>KEDAGUIDE_TARGET unset or "none", read as <see cref="SettingsReader"/> reads it (trimmed, any case).</summary>
    private static bool NoTarget() =>
        Unset(SettingNames.Target) || string.Equals(Environment.GetEnvironmentVariable(SettingNames.Target)!.Trim(), Harness.Targets.TargetCatalog.None, StringComparison.OrdinalIgnoreCase);

    /// <summary>Relative settings (KEDAGUIDE_GUIDE=../shared/guide/repo) are read from the solution's folder, wherever the test host runs.</summary>
    private static string SolutionFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KedaGuidance.sln")))
                return folder.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
