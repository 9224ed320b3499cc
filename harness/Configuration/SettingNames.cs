namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// The environment variables every run reads. These names are public: users and CI rely on them. A target's own
/// variables (its images, its kube context) are named by the target.
/// </summary>
public static class SettingNames
{
    public const string Prefix = "KEDAGUIDE_";
    public const string Target = "KEDAGUIDE_TARGET";
    public const string Mode = "KEDAGUIDE_MODE";
    public const string Guide = "KEDAGUIDE_GUIDE";
    public const string GuideText = "KEDAGUIDE_GUIDE_TEXT";
    public const string GuideCache = "KEDAGUIDE_GUIDE_CACHE";
    public const string AwsEndpoint = "KEDAGUIDE_AWS_ENDPOINT";
    public const string Evidence = "KEDAGUIDE_EVIDENCE";
    public const string RunId = "KEDAGUIDE_RUN_ID";
    public const string KedaChartVersion = "KEDAGUIDE_KEDA_CHART_VERSION";
    public const string KedaChart = "KEDAGUIDE_KEDA_CHART";
    public const string SlackSeconds = "KEDAGUIDE_SLACK_SECONDS";
    public const string RunDeadline = "KEDAGUIDE_RUN_DEADLINE";
    public const string KeepOnFailure = "KEDAGUIDE_KEEP_ON_FAILURE";
    public const string QueueNameSuffix = "KEDAGUIDE_QUEUE_NAME_SUFFIX";
    public const string Sweep = "KEDAGUIDE_SWEEP";
    public const string SweepOlderThan = "KEDAGUIDE_SWEEP_OLDER_THAN";
    public const string SweepRunId = "KEDAGUIDE_SWEEP_RUN_ID";
    public const string DeliberateFailure = "KEDAGUIDE_DELIBERATE_FAILURE";
}
