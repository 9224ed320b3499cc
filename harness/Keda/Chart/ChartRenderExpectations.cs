namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// What the rendered KEDA chart must hold for the rest of the run to work, each item taken from where the suite
/// depends on it: the Deployments the guide's expected output lists (the pod expectations select <c>app=&lt;name&gt;</c>),
/// the operator's service account the guide's trust policy trusts (<c>system:serviceaccount:keda:keda-operator</c>),
/// the annotations and environment the values give the operator (the IRSA role on eks; LocalStack's endpoint and
/// the credentials Secret on local), the chart version that is pinned, and the run-id label on every object.
/// </summary>
/// <param name="ChartLabel">The chart's <c>helm.sh/chart</c> label for the pinned version, e.g. <c>keda-2.14.3</c>.</param>
/// <param name="Deployments">Deployment names; each Deployment's pods must carry <c>app=&lt;name&gt;</c>.</param>
/// <param name="OperatorServiceAccount">From the guide's trust policy (its <c>:sub</c> condition).</param>
/// <param name="OperatorServiceAccountAnnotations">Annotations the operator's ServiceAccount must carry (the IRSA role ARN where the target uses IRSA).</param>
/// <param name="OperatorEnv">Environment the operator's container must get (name → value, or <c>secretKeyRef NAME/KEY</c>).</param>
/// <param name="KindsWithoutRunLabel">Kinds the chart renders with a fixed label set that values cannot extend; listed, not failed.</param>
public sealed record ChartRenderExpectations(
    string Namespace,
    string RunLabelKey,
    string RunId,
    string ChartLabel,
    IReadOnlyList<string> Deployments,
    string OperatorDeployment,
    string OperatorServiceAccount,
    IReadOnlyDictionary<string, string> OperatorServiceAccountAnnotations,
    IReadOnlyDictionary<string, string> OperatorEnv,
    IReadOnlySet<string> KindsWithoutRunLabel)
{
    /// <summary>The same, in words, for the plan and the evidence.</summary>
    public string Describe() =>
        $"Deployments {string.Join(", ", Deployments.Select(d => $"{Namespace}/{d} (pods app={d})"))}; " +
        $"{OperatorDeployment} runs as ServiceAccount {Namespace}/{OperatorServiceAccount} (the trust policy's subject)" +
        (OperatorServiceAccountAnnotations.Count > 0 ? $" annotated {string.Join(", ", OperatorServiceAccountAnnotations.Select(a => $"{a.Key}={a.Value}"))}" : "") +
        (OperatorEnv.Count > 0 ? $"; its container gets {string.Join(", ", OperatorEnv.Keys)}" : "") +
        $"; every image names exactly one registry; every object is chart {ChartLabel} and carries {RunLabelKey}={RunId}" +
        (KindsWithoutRunLabel.Count > 0 ? $" (except {string.Join(", ", KindsWithoutRunLabel)}: the chart's values cannot label them)" : "");
}
