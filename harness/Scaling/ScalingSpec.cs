namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// The scaling parameters of one ScaledObject with one trigger, as KEDA reads them (defaults applied).
/// <see cref="TargetPerReplica"/> is queueLength (aws-sqs-queue) or threshold (prometheus);
/// <see cref="ActivationThreshold"/> is activationQueueLength or activationThreshold.
/// </summary>
public sealed record ScalingSpec
{
    public required string Name { get; init; }
    public required int MinReplicas { get; init; }
    public required int MaxReplicas { get; init; }
    public required TimeSpan PollingInterval { get; init; }
    public required TimeSpan CooldownPeriod { get; init; }
    public required TriggerKind Trigger { get; init; }
    public required double TargetPerReplica { get; init; }
    public required double ActivationThreshold { get; init; }

    /// <summary>aws-sqs-queue only: the metric counts in-flight (not visible) messages too. Default true.</summary>
    public bool ScaleOnInFlight { get; init; } = true;

    /// <summary>prometheus only: the trigger's PromQL query (the guide: sum(rate(adot_app_request_count_total[1m]))).</summary>
    public string? Query { get; init; }

    public HpaBehavior Behavior { get; init; } = HpaBehavior.KubernetesDefault;

    /// <summary>KEDA creates the HPA with minReplicas = max(minReplicaCount, 1): the HPA never goes below 1; KEDA does 1 ↔ 0.</summary>
    public int HpaMinReplicas => Math.Max(MinReplicas, 1);
}
