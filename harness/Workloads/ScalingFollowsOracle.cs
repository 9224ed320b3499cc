using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// Records a timeline (metric, desired, ready, pod phases, HPA, events) of a scaling workload until <see cref="Goal"/>
/// within the budget; every desired count must stay within the oracle's band for the metric seen then (with the
/// scale lags), never above maxReplicaCount. Met only when the goal was reached and nothing violated the oracle.
/// </summary>
public sealed record ScalingFollowsOracle(string Namespace, string Deployment, string Hpa, ScalingSpec Spec, MetricSource Metric,
    TimelineGoal Goal, TimeSpan Slack) : Expectation
{
    /// <summary>
    /// ReturnToMin: once the metric is inactive for good (the last stretch of inactive samples), the goal must follow
    /// within this (cooldownPeriod + pollingInterval + slack for → 0).
    /// </summary>
    public TimeSpan? GoalAfterInactiveWithin { get; init; }

    /// <summary>Operator log lines the guide expects while this happens; the timeline marks when each was first seen.</summary>
    public IReadOnlyList<OperatorLogLine> ExpectedLines { get; init; } = [];

    public override string Kind => "keda.scaling-timeline";
    public override string Summary => Goal switch
    {
        TimelineGoal.LeaveZero => $"Deployment {Namespace}/{Deployment} leaves 0 replicas, within the oracle's band of {Metric.Describe()} and ≤ {Spec.MaxReplicas}",
        TimelineGoal.ReachOracleBand => $"Deployment {Namespace}/{Deployment} scales to the oracle's replica count for {Metric.Describe()} (within {Spec.HpaMinReplicas}..{Spec.MaxReplicas})",
        _ => $"Deployment {Namespace}/{Deployment} returns to minReplicaCount {Spec.MinReplicas}, staying within the oracle's band of {Metric.Describe()}",
    };
}
