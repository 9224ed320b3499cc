namespace KedaGuidance.Harness.Configuration;

/// <summary>One documented setting: what it accepts and its default. The README's settings table lists exactly these (a test checks).</summary>
public sealed record SettingDefinition(string Name, string Accepted, string Default, string Purpose);

/// <summary>The pinned defaults and the list of every setting.</summary>
public static class SettingDefinitions
{
    /// <summary>The guide's upstream repository at the commit the suite was written against.</summary>
    public const string DefaultGuide =
        "https://github.com/aws-solutions-library-samples/guidance-for-event-driven-application-auto-scaling-with-keda-on-amazon-eks#8d2ef5d4e1ea80922fa52ffb0eca66088dc1381b";

    /// <summary>Newest k3s of the guide's Kubernetes minor (setup/cluster.yaml says 1.29). Docker tags use '-' for '+'.</summary>
    public const string DefaultK3sImage = "rancher/k3s:v1.29.15-k3s1";

    /// <summary>4.15 and newer need LOCALSTACK_AUTH_TOKEN; 4.14.0 runs without one (and is what Testcontainers' own tests pin).</summary>
    public const string DefaultLocalStackImage = "localstack/localstack:4.14.0";

    /// <summary>
    /// The guide's expected output shows chart 2.12.0, which KEDA never tested on Kubernetes 1.29 (the guide's cluster).
    /// 2.16.1 is the newest release whose tested range (1.29–1.31) includes 1.29. The difference in `helm list`
    /// (keda-2.16.1) is declared as a deviation.
    /// </summary>
    public const string DefaultKedaChartVersion = "2.16.1";

    public const int DefaultSlackSeconds = 30;

    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(SettingNames.Target, "none | local | eks", "none", "Where cluster and AWS scenarios run; none runs the static checks and skips the rest with a reason."),
        new(SettingNames.Mode, "live | plan", "live", "plan performs nothing and records every operation and expectation with its deadline."),
        new(SettingNames.Guide, "a folder, or a git URL with #ref", "the upstream repository at 8d2ef5d", "The guide under test; never modified in place."),
        new(SettingNames.GuideText, "a file path", "(unset: coverage skipped)", "The implementation guide's text or markdown, for guide coverage."),
        new(SettingNames.GuideCache, "a folder", "$XDG_CACHE_HOME/kedaguidance or ~/.cache/kedaguidance", "Where a git guide is shallow-cloned once and reused."),
        new(SettingNames.AwsEndpoint, "an http(s) URL", "(unset)", "An AWS-compatible endpoint (LocalStack, moto) used with dummy credentials instead of the target's own AWS."),
        new(SettingNames.Evidence, "a folder", "TestResults/evidence/<run id>", "Where the run record and reports are written."),
        new(SettingNames.RunId, "lowercase letters, digits, '-' (≤ 40)", "kg-<UTC time>-<random>", "Labels and tags every resource the run creates."),
        new(SettingNames.KubeContext, "a kubeconfig context name", "(unset; required for eks)", "The only context the eks target may act on."),
        new(SettingNames.Kubeconfig, "a file path", "$KUBECONFIG or ~/.kube/config", "Kubeconfig for the eks target."),
        new(SettingNames.K3sImage, "an image reference", DefaultK3sImage, "k3s image of the local target."),
        new(SettingNames.LocalStackImage, "an image reference", DefaultLocalStackImage, "LocalStack image of the local target (4.15+ needs LOCALSTACK_AUTH_TOKEN)."),
        new(SettingNames.KedaChartVersion, "a chart version (x.y.z)", DefaultKedaChartVersion, "KEDA Helm chart version installed by the suite."),
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
