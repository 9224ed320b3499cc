using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Workloads;

/// <summary>A ScaledObject reports the condition Ready=True (KEDA validated its trigger and created its HPA).</summary>
public sealed record ScaledObjectReady(string Namespace, string Name) : Expectation
{
    public override string Kind => "keda.scaledobject-ready";
    public override string Summary => $"ScaledObject {Namespace}/{Name} reports Ready=True";
}

/// <summary>The KEDA operator's log has the <see cref="OperatorLogLine"/> these values describe.</summary>
public sealed record OperatorLogShows(string KedaNamespace, string Namespace, string ScaledObject, string Message, string? AlsoContains = null) : Expectation
{
    public OperatorLogLine Line => new(KedaNamespace, Namespace, ScaledObject, Message, AlsoContains);

    public override string Kind => "keda.operator-log";
    public override string Summary => $"the {Line.Source} shows {Line.Describe()}";
}

/// <summary>
/// An event of the HPA (kubectl describe hpa … Events) has reason <see cref="Reason"/> and a message holding every
/// one of <see cref="MessageParts"/>, e.g. SuccessfulRescale, "external metric s0-prometheus(", "above target".
/// </summary>
public sealed record HpaEventShows(string Namespace, string Hpa, string Reason, IReadOnlyList<string> MessageParts) : Expectation
{
    public override string Kind => "kubernetes.hpa-event";
    public override string Summary => $"HPA {Namespace}/{Hpa} has a {Reason} event whose message holds {string.Join(" … ", MessageParts.Select(p => $"\"{p}\""))}";

    public bool Matches(string? reason, string? message) =>
        reason == Reason && message is not null && MessageParts.All(p => message.Contains(p, StringComparison.Ordinal));
}

/// <summary>Where the scaling metric is read while a timeline runs: the SQS queue's depth, or the guide's Prometheus query.</summary>
public abstract record MetricSource
{
    /// <summary>The metric's name on the timeline's left axis ("SQS queue depth").</summary>
    public abstract string Name { get; }

    public abstract string Unit { get; }

    public abstract string Describe();
}

/// <summary>ApproximateNumberOfMessages (+ NotVisible when the trigger scales on in-flight messages), through the SQS operations.</summary>
public sealed record QueueDepthSource(string QueueUrl, bool ScaleOnInFlight) : MetricSource
{
    public override string Name => ScaleOnInFlight ? "SQS queue depth (visible + not visible)" : "SQS queue depth (visible)";
    public override string Unit => "messages";

    public override string Describe() => $"SQS {QueueUrl}: visible{(ScaleOnInFlight ? " + not visible" : "")} (as KEDA's aws-sqs-queue scaler counts)";
}

/// <summary>
/// The trigger's value as KEDA serves it to the HPA: GET /apis/external.metrics.k8s.io/v1beta1/namespaces/NS/METRIC
/// ?labelSelector=scaledobject.keda.sh/name=SO (kubectl get --raw …). For the prometheus trigger that is the guide's
/// query evaluated by the server KEDA asks; the oracle then checks the HPA's arithmetic on it.
/// </summary>
public sealed record ExternalMetricSource(string Namespace, string MetricName, string ScaledObject) : MetricSource
{
    public override string Name => $"external metric {MetricName}";
    public override string Unit => "value KEDA serves to the HPA";

    public override string Describe() => $"external metric {MetricName} of ScaledObject {Namespace}/{ScaledObject}";
}

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
