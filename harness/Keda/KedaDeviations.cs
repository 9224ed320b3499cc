using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Keda;

/// <summary>The named differences between the guide's "Install KEDA" and what the suite does, per target.</summary>
public static class KedaDeviations
{
    public static IReadOnlyList<DeclaredDeviation> For(SuiteTarget target, string chartVersion, KedaAwsAccess access)
    {
        var name = target.ToString().ToLowerInvariant();
        var deviations = new List<DeclaredDeviation>
        {
            new("keda-chart-version", name,
                "helm install keda kedacore/keda (unpinned; its expected output shows chart keda-2.12.0)",
                $"helm install … --version {chartVersion}; helm list then shows keda-{chartVersion}",
                "The guide's cluster is Kubernetes 1.29; KEDA 2.12 was tested on 1.26–1.28 only, and 2.16 is the newest release tested on 1.29 (1.29–1.31). " +
                "From chart 2.14 the guide's serviceAccount.annotations (the IRSA role) apply to all three KEDA service accounts. Override with KEDAGUIDE_KEDA_CHART_VERSION."),
            new("keda-run-id-labels", name,
                "additionalLabels: {} in keda-values.yaml",
                "a second values file sets additionalLabels kedaguidance.io/run-id=<run id>",
                "Every object the suite creates carries the run id, so a sweep finds what a crashed run left and nothing else is ever touched."),
        };
        if (access is KedaAwsAccess.StaticCredentials credentials)
            deviations.Add(new("keda-aws-access-local", name,
                "the KEDA operator reaches AWS through IRSA (serviceAccount annotation eks.amazonaws.com/role-arn, role from aws iam create-role)",
                $"env AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY from Secret keda-aws-credentials, AWS_REGION={credentials.Region}, AWS_ENDPOINT_URL={credentials.Endpoint.ToString().TrimEnd('/')} on all three KEDA deployments (chart top-level env); the IRSA annotation stays and is inert",
                "k3s has no IRSA webhook; LocalStack stands in for AWS and accepts its static credentials."));
        return deviations;
    }
}
