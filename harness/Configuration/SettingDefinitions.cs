namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// The pinned defaults and the general settings (those every run reads). A target's own settings are defined by the
/// target; <see cref="Targets.TargetCatalog.Settings"/> lists both.
/// </summary>
public static class SettingDefinitions
{
    /// <summary>The guide's upstream repository at the commit the suite was written against.</summary>
    public const string DefaultGuide =
        "https://github.com/aws-solutions-library-samples/guidance-for-event-driven-application-auto-scaling-with-keda-on-amazon-eks#8d2ef5d4e1ea80922fa52ffb0eca66088dc1381b";

    /// <summary>
    /// The newest chart that takes the guide's values unchanged and whose KEDA was tested on the guide's Kubernetes 1.29
    /// (KEDA 2.13/2.14 tested 1.27–1.29). The guide's expected output shows 2.12.0, tested on 1.26–1.28 only. Rendered
    /// with helm 3.17.2 (kedacore/charts at each tag, the guide's values): 2.14.3 gives single-registry images and the
    /// IRSA annotation on the keda-operator service account; 2.14.0 misses that annotation; from 2.15 the chart's
    /// image.*.registry default (ghcr.io) doubles the registry the guide's repositories already name, which the suite
    /// then overrides as a declared deviation. Chart 2.14.3 ships KEDA 2.14.1. See README "Pinned versions".
    /// </summary>
    public const string DefaultKedaChartVersion = "2.14.3";

    public const int DefaultSlackSeconds = 30;

    /// <summary>The settings every run reads; <paramref name="targets"/> is what KEDAGUIDE_TARGET accepts (from the catalog).</summary>
    public static IReadOnlyList<SettingDefinition> General(string targets) =>
    [
        new(SettingNames.Target, targets, "none", "Where cluster and AWS scenarios run; none runs the static checks and skips the rest with a reason."),
        new(SettingNames.Mode, "live | plan", "live", "plan performs nothing and records every operation and expectation with its deadline."),
        new(SettingNames.Guide, "a folder, or a git URL with #ref", "the upstream repository at 8d2ef5d", "The guide under test; never modified in place."),
        new(SettingNames.GuideText, "a file path", "(unset: coverage skipped)", "The implementation guide's text or markdown, for guide coverage."),
        new(SettingNames.GuideCache, "a folder", "$XDG_CACHE_HOME/kedaguidance or ~/.cache/kedaguidance", "Where a git guide is shallow-cloned once and reused."),
        new(SettingNames.AwsEndpoint, "an http(s) URL", "(unset)", "An AWS-compatible endpoint (LocalStack, moto) used with dummy credentials instead of the target's own AWS."),
        new(SettingNames.Evidence, "a folder", "TestResults/evidence/<run id>", "Where the run record and reports are written."),
        new(SettingNames.RunId, "lowercase letters, digits, '-' (≤ 40)", "kg-<UTC time>-<random>", "Labels and tags every resource the run creates."),
        new(SettingNames.KedaChartVersion, "a chart version (x.y.z)", DefaultKedaChartVersion, "KEDA Helm chart version installed by the suite."),
        new(SettingNames.KedaChart, "kedacore/keda, a chart folder or a .tgz", Keda.KedaChartSource.RepositoryReference, "The KEDA chart: the kedacore repository, or a chart on disk (air-gapped clusters; checking the render against the real chart)."),
        new(SettingNames.SlackSeconds, "0–3600", DefaultSlackSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "Slack added to every derived wait budget."),
        new(SettingNames.RunDeadline, "a duration: 90s, 45m, 2h (at most 1000h)", "(unset)", "Overall deadline; teardown starts before it."),
        new(SettingNames.KeepOnFailure, "true | false", "false", "Keep resources of a failed run for debugging (printed loudly)."),
        new(SettingNames.QueueNameSuffix, "true | false", "false", "Suffix the queue name with the run id (declared deviation, for shared accounts)."),
        new(SettingNames.Sweep, "off | list | delete", "off", "The sweep scenario (Category=sweep): list or delete what earlier runs left behind."),
        new(SettingNames.SweepOlderThan, "a duration: 90s, 45m, 6h", "24h", "The sweep selects resources of runs older than this."),
        new(SettingNames.SweepRunId, "a run id", "(unset)", "The sweep selects the resources of this run only (any age)."),
        new(SettingNames.DeliberateFailure, "off | fail | wait-for-cancel", "off", "CI's leak check: @deliberate-failure scenarios fail (or wait to be cancelled) after creating AWS resources; teardown must still remove them."),
    ];
}
