using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Deployment stays at N for T: watched for T; violated by any observation at another count; met at the end only if
/// the first read succeeded and the watch was current when T ended (a watch that could not read is not "stayed").
/// </summary>
public sealed class DeploymentStaysAtHandler(DeploymentWatch watch) : ExpectationHandler<DeploymentStaysAt>
{
    protected override async Task<ExpectationResult> AwaitAsync(DeploymentStaysAt expectation, CancellationToken cancellationToken)
    {
        var result = await watch.ObserveAsync(expectation.Namespace, expectation.Name, expectation.Duration,
            snapshot => snapshot.IsAt(expectation.Replicas) ? Verdict.Pending : Verdict.Violated,
            atDeadline: record => record.Observations > 0 && record.Current,
            cancellationToken);
        return result.Met ? result with { Observed = $"held for {expectation.Duration.TotalSeconds:0.#} s: {result.Observed}" } : result;
    }
}
