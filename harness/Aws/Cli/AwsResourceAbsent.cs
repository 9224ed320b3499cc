using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>
/// An AWS resource that was deleted is gone: its existence check (get-role, get-policy, describe-repositories …)
/// answers "not found". Polled, not read once: IAM is eventually consistent ("changes … take time to become visible",
/// IAM user guide, troubleshooting), so a read right after a delete may still see the resource.
/// </summary>
public sealed record AwsResourceAbsent(string What, AwsCliOperation<bool> Exists) : Expectation
{
    /// <summary>Stated allowance for a deletion to become visible to IAM's (or ECR's) reads.</summary>
    public static readonly TimeSpan Propagation = TimeSpan.FromSeconds(60);

    public override string Kind => "aws.resource-absent";
    public override string Summary => $"{What} no longer exists ('{Exists.Content}' answers not found)";
}
