using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// Checks a recorded "Install KEDA" (a plan, or a live run's record) says what the guide's section does, in order:
/// the namespace, the repository (for the repository chart), the chart's image defaults read and the chart preflight
/// (helm template with the same two values files) before the install, the install at the pinned version with the
/// guide's rendered values (its IRSA annotation) and the suite's deviations file, and every expected output with a
/// finite budget. Returns the problems found, in words; none means the record is complete.
/// </summary>
public static partial class KedaInstallRecord
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<RecordEntry> entries, KedaAwsAccess access, string chartVersion, string account, string runId,
        KedaChartSource? chart = null)
    {
        chart ??= new KedaChartSource.Repository();
        var problems = new List<string>();
        int IndexOf(Func<RecordEntry, bool> match) => entries.ToList().FindIndex(e => match(e));

        var ns = IndexOf(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("Namespace keda", StringComparison.Ordinal));
        if (ns < 0) problems.Add("no operation creates the namespace keda (kubectl create namespace $KEDA_NAMESPACE)");
        var repository = IndexOf(e => e.Kind == "helm.repo-add" && e.Summary == $"helm repo add {KedaInstallation.RepositoryName} {KedaInstallation.RepositoryUrl}");
        if (chart.NeedsRepository && repository < 0)
            problems.Add($"no operation adds the Helm repository {KedaInstallation.RepositoryName} {KedaInstallation.RepositoryUrl}");
        if (!chart.NeedsRepository && repository >= 0)
            problems.Add($"the chart is on disk ({chart}), yet the record adds the Helm repository (an air-gapped run would fail there)");

        var install = IndexOf(e => e.Kind == "helm.install");
        if (install < 0)
        {
            problems.Add("no helm install operation");
            return problems;
        }
        var defaults = IndexOf(e => e.Kind == "helm.show-values");
        if (defaults < 0 || defaults > install)
            problems.Add("the chart's image defaults are not read (helm show values) before helm install");
        var preflight = IndexOf(e => e.Kind == "helm.template-check");
        if (preflight < 0 || preflight > install)
            problems.Add("no chart preflight (helm template with the install's values files, checked) before helm install");
        else if (!(entries[preflight].Content ?? "").Contains($"template keda {chart.Reference} --namespace keda --version {chartVersion} -f {KedaInstallation.ValuesFileName} -f {KedaInstallation.DeviationsValuesFile}", StringComparison.Ordinal))
            problems.Add("the chart preflight does not render the chart with the install's two values files");
        else if (Values(entries[preflight].Content) != Values(entries[install].Content))
            problems.Add("the chart preflight rendered other values than helm install gets");
        if (access is KedaAwsAccess.Irsa)
            problems.AddRange(OperatorRoleProblems(entries, IndexOf, preflight));
        var secretFirst = IndexOf(e => e.Kind == "kubernetes.apply" && e.Summary.Contains($"Secret keda/{KedaInstallation.CredentialsSecret}", StringComparison.Ordinal));
        if (secretFirst >= 0 && preflight > secretFirst)
            problems.Add("the credentials Secret is created before the chart preflight");

        var content = entries[install].Content ?? "";
        var required = new[]
        {
            $"helm install keda {chart.Reference} --namespace keda --version {chartVersion} -f {KedaInstallation.ValuesFileName} -f {KedaInstallation.DeviationsValuesFile}",
            $"eks.amazonaws.com/role-arn: arn:aws:iam::{account}:role/keda-operator-role",
            $"{Kubernetes.RunLabel.Key}: \"{runId}\"",
            "--kube-context",
        };
        problems.AddRange(required.Where(r => !content.Contains(r, StringComparison.Ordinal)).Select(r => $"the helm install does not contain '{r}'"));
        if (ns > install) problems.Add("the namespace is created after helm install");

        var secret = IndexOf(e => e.Kind == "kubernetes.apply" && e.Summary.Contains($"Secret keda/{KedaInstallation.CredentialsSecret}", StringComparison.Ordinal));
        if (access is KedaAwsAccess.StaticCredentials)
        {
            if (!content.Contains("AWS_ENDPOINT_URL", StringComparison.Ordinal) || !content.Contains("secretKeyRef", StringComparison.Ordinal))
                problems.Add("with static credentials the values do not give KEDA the AWS endpoint and credentials from a Secret");
            if (secret < 0 || secret > install) problems.Add("with static credentials the credentials Secret is not applied before helm install");
            else if (!(entries[secret].Content ?? "").StartsWith("(content withheld", StringComparison.Ordinal))
                problems.Add("the credentials Secret's content reached the record");
        }
        else if (secret >= 0 || content.Contains("AWS_ENDPOINT_URL", StringComparison.Ordinal))
        {
            problems.Add("with IRSA KEDA must use its role, yet the record gives it static credentials or an endpoint");
        }

        var expected = new List<string> { "helm.release-deployed", "kubernetes.crd-established", "kubernetes.apiservice-available" };
        expected.AddRange(KedaInstallation.Components.Select(_ => "kubernetes.pods-ready"));
        var expectations = entries.Where(e => e.Type == EntryType.Expectation).ToList();
        foreach (var group in expected.GroupBy(k => k))
        {
            var found = expectations.Count(e => e.Kind == group.Key);
            if (found < group.Count()) problems.Add($"{group.Count()} expectation(s) {group.Key} expected, {found} recorded");
        }
        foreach (var component in KedaInstallation.Components)
        {
            if (!expectations.Any(e => e.Summary == $"pods app={component} in keda are Running and Ready"))
                problems.Add($"no expectation that the {component} pods are Running and Ready");
        }
        problems.AddRange(expectations.Where(e => string.IsNullOrEmpty(e.Budget) || !char.IsDigit(e.Budget[0]))
            .Select(e => $"expectation '{e.Summary}' has no finite budget"));
        problems.AddRange(expectations.Where(e => e.Sequence < entries[install].Sequence).Select(e => $"expectation '{e.Summary}' comes before helm install"));
        return problems;
    }

    /// <summary>
    /// With IRSA, the operator's role comes before the chart preflight, as the guide creates it before the Helm steps:
    /// describe-cluster (the OIDC id), the OIDC provider check, then create-role with a trust policy that names that id.
    /// </summary>
    private static IEnumerable<string> OperatorRoleProblems(IReadOnlyList<RecordEntry> entries, Func<Func<RecordEntry, bool>, int> indexOf, int preflight)
    {
        var describe = indexOf(e => e.Kind == "eks.describe-cluster");
        var provider = indexOf(e => e.Kind == "iam.get-open-id-connect-provider");
        var role = indexOf(e => e.Kind == "iam.create-role" && e.Summary.Contains($"role {KedaOperatorRoleName} ", StringComparison.Ordinal));
        if (role < 0)
        {
            yield return $"with IRSA no operation creates the KEDA operator role {KedaOperatorRoleName} (aws iam create-role) before the chart preflight";
            yield break;
        }
        if (preflight >= 0 && role > preflight)
            yield return "the KEDA operator role is created after the chart preflight (the guide creates it before the Helm steps)";
        if (describe < 0 || describe > role)
            yield return "the KEDA operator role is created without the cluster's OIDC id from aws eks describe-cluster before it";
        else if (OidcId().Match(entries[describe].Detail ?? "") is { Success: true } id && !(entries[role].Content ?? "").Contains("/id/" + id.Groups[1].Value, StringComparison.Ordinal))
            yield return $"the KEDA operator role's trust policy does not name the cluster's OIDC id {id.Groups[1].Value}";
        if (provider < 0 || provider > role)
            yield return "the KEDA operator role is created before the cluster's IAM OIDC provider was checked";
    }

    private const string KedaOperatorRoleName = "keda-operator-role";

    [System.Text.RegularExpressions.GeneratedRegex(@"OIDC id ([A-Za-z0-9]+)")]
    private static partial System.Text.RegularExpressions.Regex OidcId();

    /// <summary>The values files' text of a recorded helm command (everything after the first <c># -f</c> header, up to the preflight's note).</summary>
    private static string Values(string? content)
    {
        if (content is null)
            return "";
        var start = content.IndexOf("\n\n# -f ", StringComparison.Ordinal);
        if (start < 0)
            return "";
        var end = content.IndexOf("\n\n# checked: ", start, StringComparison.Ordinal);
        return end < 0 ? content[start..] : content[start..end];
    }
}
