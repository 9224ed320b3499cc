using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>
/// What eksctl's output says it left out. <c>eksctl create iamserviceaccount</c> skips a service account whose
/// CloudFormation stack or Kubernetes ServiceAccount already exists and still exits 0; it says so in two log lines
/// (eksctl v0.230.0, pkg/ctl/cmdutils/filter/filter.go): doSetExcludeExistingFilter logs
/// <c>"%d existing %s(s) (%s) will be excluded"</c>, and doLogInfo logs <c>"%d %s (%s) was excluded (based on the
/// include/exclude rules)"</c> (<c>"%d %ss (%s) were excluded …"</c> for several), the names as NAMESPACE/NAME joined by
/// ", " or ",". pkg/ctl/create/iamserviceaccount.go also warns <c>"serviceaccounts that exist in Kubernetes will be
/// excluded, use --override-existing-serviceaccounts to override"</c> on every call: that line names nothing and says
/// nothing was excluded.
/// </summary>
public static partial class EksctlOutput
{
    /// <summary>The NAMESPACE/NAME of every iamserviceaccount eksctl said it excluded.</summary>
    public static IReadOnlyList<string> ExcludedServiceAccounts(string output) =>
        [.. Excluded().Matches(output).SelectMany(m => m.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\d+ (?:existing )?iamserviceaccounts?(?:\(s\))? \((?<names>[^)]*)\) (?:will be|was|were) excluded")]
    private static partial Regex Excluded();
}
