
namespace KedaGuidance.Harness.Workloads.Diagnostics;

/// <summary>What a failed scaling expectation adds to the output: logs, events, the HPA.</summary>
public interface IScalingDiagnostics
{
    Task<string> CollectAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken);
}
