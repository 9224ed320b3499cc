namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>
/// The order the sweep deletes in, so nothing is held by something deleted later. In the cluster: KEDA's ScaledObjects
/// and ScaledJobs first, waited out while KEDA's operator still runs to remove their finalizers; then the KEDA
/// release's cluster-scoped objects — the APIService first (an APIService whose service is gone makes discovery fail,
/// and namespace deletion with it, cluster-wide), then the webhook configurations (a webhook with no backend refuses
/// the objects it guards), then the CRDs (while the operator still runs); then Helm releases and namespaces; then
/// the remaining cluster-scoped objects (ClusterRoles, ClusterRoleBindings). In AWS: stacks first (an eksctl
/// service-account stack takes its IAM role with it), repositories and queues, IAM roles (detaching their policies)
/// before IAM policies, which IAM refuses to delete while attached.
/// </summary>
public static class SweepOrder
{
    public const string HelmRelease = "helm release";
    public const string Namespace = "Namespace";
    public const string SqsQueue = "sqs queue";
    public const string CloudFormationStack = "cloudformation stack";
    public const string EcrRepository = "ecr repository";
    public const string IamRole = "iam role";
    public const string IamPolicy = "iam policy";

    private static readonly string[] Ranked =
    [
        "ScaledObject", "ScaledJob", "TriggerAuthentication",
        "APIService", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "CustomResourceDefinition",
        HelmRelease, Namespace,
    ];
    private static readonly string[] AwsRanked = [CloudFormationStack, EcrRepository, SqsQueue, IamRole, IamPolicy];

    public static int Rank(SweepCandidate candidate)
    {
        var i = Array.IndexOf(Ranked, candidate.Kind);
        if (i >= 0)
            return i;
        var a = Array.IndexOf(AwsRanked, candidate.Kind);
        // Other Kubernetes kinds (cluster-scoped: ClusterRole, ClusterRoleBinding) after the namespaces.
        return a >= 0 ? Ranked.Length + 1 + a : Ranked.Length;
    }

    public static IReadOnlyList<SweepCandidate> Sort(IEnumerable<SweepCandidate> candidates) =>
        candidates.OrderBy(Rank).ThenBy(c => c.Place, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToArray();
}
