using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// How long KEDA + the HPA may take for each transition of a ScaledObject, derived from its pollingInterval,
/// cooldownPeriod and HPA behavior plus the run's stated slack, as <see cref="WaitBudget"/> terms.
/// </summary>
public sealed class ScalingAllowances(ScalingSpec spec, TimeSpan slack)
{
    /// <summary>0 → max(min,1): KEDA sees the metric at its next poll and scales the target itself.</summary>
    public WaitBudget LeaveZero() =>
        WaitBudget.Sum(("pollingInterval", spec.PollingInterval), ("slack", slack));

    /// <summary>Back to 0 once the metric is at or below activation: the last active poll, then cooldownPeriod.</summary>
    public WaitBudget BackToZero()
    {
        if (spec.MinReplicas != 0)
            throw new InvalidOperationException($"{spec.Name} has minReplicaCount {spec.MinReplicas}: it never returns to 0; use BackToMin.");
        return WaitBudget.Sum(("cooldownPeriod", spec.CooldownPeriod), ("pollingInterval", spec.PollingInterval), ("slack", slack));
    }

    /// <summary>
    /// Back to max(min,1) from above: the HPA scales down only after its scale-down stabilization window (the highest
    /// recommendation of the window wins), seen at its next sync, with the metric at most one poll old.
    /// </summary>
    public WaitBudget BackToMin() =>
        WaitBudget.Sum(
            ("HPA scale-down stabilization window", spec.Behavior.ScaleDownStabilization),
            ("pollingInterval", spec.PollingInterval),
            ("HPA sync period", ScalingOracle.HpaSyncPeriod),
            ("slack", slack));

    /// <summary>
    /// From max(min,1) up to <paramref name="replicas"/>: one poll, the scale-up stabilization window, and one HPA
    /// sync per doubling step the default scale-up policy allows.
    /// </summary>
    public WaitBudget ScaleUpTo(int replicas)
    {
        var steps = ScalingOracle.ScaleUpSteps(spec.HpaMinReplicas, Math.Min(replicas, spec.MaxReplicas));
        return WaitBudget.Sum(
            ("pollingInterval", spec.PollingInterval),
            ("HPA scale-up stabilization window", spec.Behavior.ScaleUpStabilization),
            ($"HPA sync period × {steps} scale-up steps", ScalingOracle.HpaSyncPeriod * steps),
            ("slack", slack));
    }
}
