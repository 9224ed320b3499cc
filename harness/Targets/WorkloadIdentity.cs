namespace KedaGuidance.Harness.Targets;

/// <summary>
/// A ServiceAccount one of the guide's workloads runs as, and the AWS permissions the guide gives it with
/// <c>eksctl create iamserviceaccount</c>. <see cref="PolicyArnsAsync"/> creates the guide's own policies (where a
/// target grants them) and returns the ARNs to attach; a target that grants none never calls it.
/// </summary>
/// <param name="ClusterName">The guide's CLUSTER_NAME (eksctl's --cluster).</param>
/// <param name="GuideSays">The guide's command, for a declared deviation.</param>
/// <param name="Purpose">Why the account exists, in the words the plan shows ("the guide's IAM service account for the consumer").</param>
/// <param name="CleanupPurpose">The same for its removal.</param>
public sealed record WorkloadIdentity(
    string Namespace,
    string Name,
    string ClusterName,
    string GuideSays,
    string Purpose,
    string CleanupPurpose,
    Func<CancellationToken, Task<IReadOnlyList<string>>> PolicyArnsAsync)
{
    /// <summary>eksctl's --role-name, when the guide names the role.</summary>
    public string? RoleName { get; init; }

    /// <summary>The ledger's name for an IRSA service account (the guide's clean-up matches it).</summary>
    public string EksctlResource => $"eksctl iamserviceaccount {Namespace}/{Name}";
}
