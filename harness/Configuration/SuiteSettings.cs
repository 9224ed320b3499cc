using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// Every setting of a run, validated. Built once from KEDAGUIDE_* variables by <see cref="SettingsReader"/>;
/// runsettings presets only set those variables.
/// </summary>
public sealed record SuiteSettings
{
    /// <summary>The target's name in the catalog, or <see cref="TargetCatalog.None"/>.</summary>
    public required string Target { get; init; }

    /// <summary>The target's own validated settings (null for <see cref="TargetCatalog.None"/>); only the target reads them.</summary>
    public ITargetSettings? TargetSettings { get; init; }
    public required ExecutionMode Mode { get; init; }

    /// <summary>A local folder, or a git URL with an optional <c>#ref</c>.</summary>
    public required string Guide { get; init; }

    /// <summary>The implementation guide's text (or markdown), for guide coverage; null: coverage is skipped.</summary>
    public string? GuideText { get; init; }

    /// <summary>Folder where a shallow clone of a git guide is cached and reused.</summary>
    public required string GuideCache { get; init; }

    /// <summary>An AWS-compatible endpoint (LocalStack, moto); null means the target's own AWS.</summary>
    public Uri? AwsEndpoint { get; init; }

    public required string AwsRegion { get; init; }
    public required string EvidenceFolder { get; init; }

    /// <summary>True when KEDAGUIDE_EVIDENCE named the folder: a folder holding another run's evidence is then refused, not replaced by a new one.</summary>
    public bool EvidenceFolderChosen { get; init; }

    public required string RunId { get; init; }

    public required string KedaChartVersion { get; init; }

    /// <summary>Where the KEDA chart comes from: the kedacore repository (the guide's way) or a chart on disk.</summary>
    public Keda.KedaChartSource KedaChart { get; init; } = new Keda.KedaChartSource.Repository();

    /// <summary>Added to every derived wait budget, and stated next to it in the evidence.</summary>
    public required TimeSpan Slack { get; init; }

    /// <summary>Overall run deadline; teardown starts before it so a CI timeout never skips cleanup.</summary>
    public TimeSpan? RunDeadline { get; init; }

    public required bool KeepOnFailure { get; init; }

    /// <summary>Suffix the queue name with the run id (a declared deviation, for shared accounts).</summary>
    public required bool QueueNameSuffix { get; init; }

    /// <summary>What the sweep scenario does; off unless asked.</summary>
    public SweepMode Sweep { get; init; } = SweepMode.Off;

    /// <summary>The sweep selects resources of runs older than this (unless <see cref="SweepRunId"/> is set).</summary>
    public TimeSpan SweepOlderThan { get; init; } = TimeSpan.FromHours(24);

    public string? SweepRunId { get; init; }
    /// <summary>What @deliberate-failure scenarios do once their resources exist (CI's leak check); off skips them.</summary>
    public DeliberateFailure DeliberateFailure { get; init; } = DeliberateFailure.Off;

    public bool IsPlan => Mode == ExecutionMode.Plan;

    public bool HasTarget => Target != TargetCatalog.None;

    /// <summary>The target's own settings as its type; throws when the run's target reads another type (a suite defect).</summary>
    public T TargetSettingsAs<T>() where T : class, ITargetSettings => TargetSettings as T
        ?? throw new InvalidOperationException($"{SettingNames.Target}={Target} has settings of type {TargetSettings?.GetType().Name ?? "none"}, not {typeof(T).Name} (suite defect).");
}
