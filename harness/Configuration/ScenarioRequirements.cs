namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// Decides from a scenario's tags and the run's settings whether it can run, or is skipped with a reason a user can
/// act on (naming the runsettings or variable to use). Tags: @static (needs only the guide), @cluster (a cluster:
/// local or eks target, or plan mode), @aws (an AWS: a target, or KEDAGUIDE_AWS_ENDPOINT), @eks-only, @local-only.
/// Explicitly requested targets that cannot start fail in their fixtures; they are never turned into skips here.
/// </summary>
public static class ScenarioRequirements
{
    public static string? SkipReason(IReadOnlyCollection<string> tags, SuiteSettings settings)
    {
        bool Has(string tag) => tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

        if (Has("sweep") && settings.Sweep == SweepMode.Off)
            return $"the sweep runs only when asked: set {SettingNames.Sweep}=list (show what earlier runs left) or delete, with {SettingNames.SweepOlderThan} or {SettingNames.SweepRunId}.";
        if (Has("eks-only") && settings.Target != SuiteTarget.Eks)
            return $"runs on the eks target only ({SettingNames.Target}=eks, e.g. --settings runsettings/eks.runsettings, or runsettings/plan-eks.runsettings to plan it); this run's target is {Name(settings.Target)}.";
        if (Has("local-only") && settings.Target != SuiteTarget.Local)
            return $"runs on the local target only ({SettingNames.Target}=local, e.g. --settings runsettings/local.runsettings); this run's target is {Name(settings.Target)}.";
        if (Has("cluster") && settings.Target == SuiteTarget.None)
            return $"needs a cluster: run with --settings runsettings/local.runsettings (k3s in Docker), runsettings/eks.runsettings, or runsettings/plan.runsettings to see the plan without a cluster ({SettingNames.Target} is none).";
        if (Has("aws") && settings.Target == SuiteTarget.None && settings.AwsEndpoint is null)
            return $"needs AWS: set {SettingNames.AwsEndpoint} to a LocalStack or moto endpoint, or run with --settings runsettings/local.runsettings or runsettings/eks.runsettings.";
        return null;
    }

    private static string Name(SuiteTarget target) => target.ToString().ToLowerInvariant();
}
