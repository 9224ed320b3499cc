namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>
/// The order the sweep deletes in, so nothing is held by something deleted later: in the cluster KEDA's objects
/// before the Helm releases (whose operator removes their finalizers), releases before namespaces, namespaces before
/// cluster-scoped objects; in AWS stacks and queues first, IAM roles (detaching their policies) before IAM policies,
/// which IAM refuses to delete while attached.
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

    private static readonly string[] Ranked = ["ScaledObject", "ScaledJob", "TriggerAuthentication", HelmRelease, Namespace];
    private static readonly string[] AwsRanked = [CloudFormationStack, EcrRepository, SqsQueue, IamRole, IamPolicy];

    public static int Rank(SweepCandidate candidate)
    {
        var i = Array.IndexOf(Ranked, candidate.Kind);
        if (i >= 0)
            return i;
        var a = Array.IndexOf(AwsRanked, candidate.Kind);
        // Other Kubernetes kinds (cluster-scoped: ClusterRole, APIService, CRDs) after the namespaces.
        return a >= 0 ? Ranked.Length + 1 + a : Ranked.Length;
    }

    public static IReadOnlyList<SweepCandidate> Sort(IEnumerable<SweepCandidate> candidates) =>
        candidates.OrderBy(Rank).ThenBy(c => c.Place, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToArray();
}
