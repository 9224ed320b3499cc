using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

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

/// <summary>Polls the existence check of <see cref="AwsResourceAbsent"/> until it answers false.</summary>
public sealed class AwsResourceAbsentHandler(AwsCliRunner runner, TimeSpan interval) : ExpectationHandler<AwsResourceAbsent>
{
    protected override Task<ExpectationResult> AwaitAsync(AwsResourceAbsent expectation, CancellationToken cancellationToken)
    {
        IAwsCliOperation exists = expectation.Exists;
        return new Polling(interval).UntilAsync(async ct =>
            (bool)exists.Interpret(await runner.RunAsync(exists.Arguments, ct))!
                ? new Observation(false, "still exists")
                : new Observation(true, "gone (not found)"), expectation.Budget, cancellationToken);
    }
}
