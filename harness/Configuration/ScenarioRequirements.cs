using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// Decides from a scenario's tags and the run's target whether it can run, or is skipped with a reason a user can act
/// on (naming the target or variable to use). Tags: @static (needs only the guide), @cluster (a target: every profile
/// has a cluster, live or planned), @aws (a target, or KEDAGUIDE_AWS_ENDPOINT), @needs-NAME (a capability the
/// target's profile offers, <see cref="TargetCapabilities"/>), @sweep (only when asked). Targets are never named:
/// a target that was asked for but cannot start fails in its fixtures; that is never turned into a skip here.
/// </summary>
public static class ScenarioRequirements
{
    public static string? SkipReason(IReadOnlyCollection<string> tags, SuiteSettings settings, TargetProfile? profile, TargetCatalog catalog)
    {
        bool Has(string tag) => tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

        if (Has("sweep") && settings.Sweep == SweepMode.Off)
            return $"the sweep runs only when asked: set {SettingNames.Sweep}=list (show what earlier runs left) or delete, with {SettingNames.SweepOlderThan} or {SettingNames.SweepRunId}.";
        if (Has("cluster") && profile is null)
            return $"needs a cluster: set {SettingNames.Target} to one of {string.Join(" | ", catalog.Names)} ({catalog.Describe()}), with {SettingNames.Mode}=plan to see the plan without a cluster ({SettingNames.Target} is {settings.Target}).";
        if (Has("aws") && profile is null && settings.AwsEndpoint is null)
            return $"needs AWS: set {SettingNames.AwsEndpoint} to a LocalStack or moto endpoint, or {SettingNames.Target} to one of {string.Join(" | ", catalog.Names)} ({catalog.Describe()}).";
        foreach (var capability in tags.Where(t => t.StartsWith(TargetCapabilities.NeedsTagPrefix, StringComparison.OrdinalIgnoreCase))
                     .Select(t => t[TargetCapabilities.NeedsTagPrefix.Length..].ToLowerInvariant()))
        {
            if (profile is null)
                return $"needs '{capability}', which only a target offers ({SettingNames.Target} is {settings.Target}): {Offering(capability, catalog)}.";
            if (profile.LackReason(capability) is { } reason)
                return $"needs '{capability}': {reason}. {Offering(capability, catalog)}.";
        }
        return null;
    }

    private static string Offering(string capability, TargetCatalog catalog)
    {
        var offering = catalog.Targets.Where(t => t.Profile.Offers(capability)).Select(t => $"{t.Name} ({t.Description})").ToArray();
        return offering.Length == 0
            ? $"no target of this suite offers it"
            : $"it runs on {SettingNames.Target}={string.Join(" or ", offering)}";
    }
}
