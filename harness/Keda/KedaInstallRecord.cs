using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// Checks a recorded "Install KEDA" (a plan, or a live run's record) says what the guide's section does, in order:
/// the namespace, the repository, the install at the pinned version with the guide's rendered values (its IRSA
/// annotation) and the suite's deviations file, and every expected output with a finite budget. Returns the problems
/// found, in words; none means the record is complete.
/// </summary>
public static class KedaInstallRecord
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<RecordEntry> entries, KedaAwsAccess access, string chartVersion, string account, string runId)
    {
        var problems = new List<string>();
        int IndexOf(Func<RecordEntry, bool> match) => entries.ToList().FindIndex(e => match(e));

        var ns = IndexOf(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("Namespace keda", StringComparison.Ordinal));
        if (ns < 0) problems.Add("no operation creates the namespace keda (kubectl create namespace $KEDA_NAMESPACE)");
        if (IndexOf(e => e.Kind == "helm.repo-add" && e.Summary == $"helm repo add {KedaInstallation.RepositoryName} {KedaInstallation.RepositoryUrl}") < 0)
            problems.Add($"no operation adds the Helm repository {KedaInstallation.RepositoryName} {KedaInstallation.RepositoryUrl}");

        var install = IndexOf(e => e.Kind == "helm.install");
        if (install < 0)
        {
            problems.Add("no helm install operation");
            return problems;
        }
        var content = entries[install].Content ?? "";
        var required = new[]
        {
            $"helm install keda kedacore/keda --namespace keda --version {chartVersion} -f {KedaInstallation.ValuesFileName} -f {KedaInstallation.DeviationsValuesFile}",
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
        var expectations = entries.Where(e => e.Type == "expectation").ToList();
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
}
