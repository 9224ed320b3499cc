namespace KedaGuidance.Harness.Workloads;

/// <summary>What ends a timeline successfully.</summary>
public enum TimelineGoal
{
    /// <summary>Desired replicas leave 0 (KEDA's activation).</summary>
    LeaveZero,

    /// <summary>Desired replicas reach what the oracle expects for the metric then (the AverageValue band), above the minimum.</summary>
    ReachOracleBand,

    /// <summary>Desired and existing replicas are back at minReplicaCount (0 for SQS, 1 for the prometheus example).</summary>
    ReturnToMin,
}
