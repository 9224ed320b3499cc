namespace KedaGuidance.Harness.Workloads;

/// <summary>Where the scaling metric is read while a timeline runs: the SQS queue's depth, or the guide's Prometheus query.</summary>
public abstract record MetricSource
{
    /// <summary>The metric's name on the timeline's left axis ("SQS queue depth").</summary>
    public abstract string Name { get; }

    public abstract string Unit { get; }

    public abstract string Describe();
}
