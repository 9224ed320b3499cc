using System.Globalization;

namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// The replica counts KEDA + the HPA may show for a ScaledObject and an observed metric.
///
/// KEDA (keda.sh docs, aws-sqs-queue): "queueLength - Target value for queue length passed to the scaler. Example: if
/// one pod can handle 10 messages, set the queue length target to 10. If the actual messages in the SQS Queue is 30,
/// the scaler scales to 3 pods." and "the default formula for 'actual messages' is equal to
/// ApproximateNumberOfMessages + ApproximateNumberOfMessagesNotVisible, since NotVisible in SQS terms means the message
/// is still in-flight/processing. If you wish to only scale on ApproximateNumberOfMessages set scaleOnInFlight to
/// false." KEDA hands the HPA an external metric with an AverageValue target (queueLength or threshold), and is active
/// when the metric is strictly greater than the activation value (aws_sqs_queue_scaler.go: queuelen >
/// activationTargetQueueLength; prometheus_scaler.go: val > activationThreshold). KEDA itself scales 0 ↔ max(min, 1);
/// the HPA (minReplicas = max(min, 1)) scales between that and max.
///
/// Kubernetes (Horizontal Pod Autoscaling, "Algorithm details"): "desiredReplicas = ceil[currentReplicas *
/// ( currentMetricValue / desiredMetricValue )]" and "The control plane skips any scaling action if the ratio is
/// sufficiently close to 1.0 (within a globally-configurable tolerance, 0.1 by default)." For an external metric with
/// an AverageValue target the controller computes usageRatio = metric / (target × currentReplicas) and, outside the
/// tolerance, ceil(metric / target) (replica_calculator.go, GetExternalPerPodMetricReplicas), so with AverageValue
/// currentReplicas cancels out: desired = ceil(metric / target).
/// </summary>
public sealed class ScalingOracle(ScalingSpec spec)
{
    /// <summary>The HPA's default tolerance (kube-controller-manager --horizontal-pod-autoscaler-tolerance).</summary>
    public const double HpaTolerance = 0.1;

    /// <summary>The HPA controller's default sync period (--horizontal-pod-autoscaler-sync-period, 15 s).</summary>
    public static TimeSpan HpaSyncPeriod { get; } = TimeSpan.FromSeconds(15);

    public ScalingSpec Spec { get; } = spec;

    /// <summary>aws-sqs-queue: the metric KEDA reports, visible + in flight unless scaleOnInFlight is "false".</summary>
    public double SqsMetric(long visible, long inFlight)
    {
        if (Spec.Trigger != TriggerKind.AwsSqsQueue)
            throw new InvalidOperationException($"{Spec.Name} has a {Spec.Trigger} trigger; the SQS metric applies to aws-sqs-queue only.");
        if (visible < 0 || inFlight < 0)
            throw new ArgumentOutOfRangeException(nameof(visible), "Message counts are never negative.");
        return Spec.ScaleOnInFlight ? visible + inFlight : visible;
    }

    /// <summary>KEDA activates when the metric is strictly greater than the activation value.</summary>
    public bool IsActive(double metric) => metric > Spec.ActivationThreshold;

    /// <summary>The AverageValue recommendation, ceil(metric / target), clamped to the HPA's [max(min, 1), max].</summary>
    public int AverageValueReplicas(double metric) =>
        Math.Clamp(CeilingOf(metric / Spec.TargetPerReplica), Spec.HpaMinReplicas, Spec.MaxReplicas);

    /// <summary>
    /// Where the workload settles for a metric held steady: active → ceil(metric / target) within [max(min,1), max];
    /// inactive → minReplicaCount (0 for the SQS example, once cooldownPeriod has passed; 1 for the prometheus example).
    /// </summary>
    public int SteadyReplicas(double metric) => IsActive(metric) ? AverageValueReplicas(metric) : Spec.MinReplicas;

    /// <summary>
    /// One HPA evaluation: from the current replica count and the metric, the count the HPA recommends (before
    /// stabilization). Within the tolerance it keeps <paramref name="current"/>; otherwise ceil(metric / target).
    /// Current 0 is KEDA's business: it activates to max(min, 1) or stays at 0.
    /// </summary>
    public int Recommend(double metric, int current)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        if (current == 0)
            return IsActive(metric) ? Spec.HpaMinReplicas : 0;
        if (!IsActive(metric))
            return Spec.HpaMinReplicas;
        return WithinTolerance(metric, current) ? Math.Clamp(current, Spec.HpaMinReplicas, Spec.MaxReplicas) : AverageValueReplicas(metric);
    }

    /// <summary>|metric / (target × current) − 1| ≤ 0.1: the HPA leaves the count as it is.</summary>
    public bool WithinTolerance(double metric, int current) =>
        current > 0 && Math.Abs(metric / (Spec.TargetPerReplica * current) - 1.0) <= HpaTolerance;

    /// <summary>
    /// Every replica count the system may rest at for a steady metric: the AverageValue count, and every count the
    /// HPA's tolerance leaves alone (e.g. metric 50, target 10 → 5 exactly, but 5 ± tolerance: 46..55 at 5 replicas,
    /// so with metric 50 a current 5 stays; metric 105 at 10 replicas stays at 10 rather than going to 11).
    /// Inactive: [minReplicaCount, max(min, 1)] (0 only after cooldownPeriod).
    /// </summary>
    public ReplicaBand SteadyBand(double metric)
    {
        if (!IsActive(metric))
            return new ReplicaBand(Spec.MinReplicas, Spec.HpaMinReplicas,
                $"inactive: metric {Format(metric)} ≤ activation {Format(Spec.ActivationThreshold)}");
        var exact = AverageValueReplicas(metric);
        var stable = Enumerable.Range(Spec.HpaMinReplicas, Spec.MaxReplicas - Spec.HpaMinReplicas + 1)
            .Where(n => Recommend(metric, n) == n)
            .Append(exact)
            .ToList();
        return new ReplicaBand(stable.Min(), stable.Max(),
            $"ceil({Format(metric)} / {Format(Spec.TargetPerReplica)}) = {CeilingOf(metric / Spec.TargetPerReplica)} within {Spec.HpaMinReplicas}..{Spec.MaxReplicas}, HPA tolerance {HpaTolerance:0.##}");
    }

    /// <summary>
    /// The HPA's stabilization (horizontal.go, stabilizeRecommendationWithBehaviors): over the recommendations of the
    /// last scale-up window it takes the minimum, over the scale-down window the maximum ("the highest recommendation
    /// for the last 300sec is used"), and keeps the current count between the two.
    /// </summary>
    public int Stabilize(int current, IEnumerable<(DateTimeOffset At, int Recommendation)> history, DateTimeOffset now, int recommendationNow)
    {
        var up = recommendationNow;
        var down = recommendationNow;
        foreach (var (at, recommendation) in history)
        {
            if (at > now - Spec.Behavior.ScaleUpStabilization)
                up = Math.Min(up, recommendation);
            if (at > now - Spec.Behavior.ScaleDownStabilization)
                down = Math.Max(down, recommendation);
        }
        var result = current;
        if (result < up)
            result = up;
        if (result > down)
            result = down;
        return result;
    }

    /// <summary>
    /// HPA evaluations needed to go from <paramref name="from"/> to <paramref name="to"/> under the default scale-up
    /// policies ("allow doubling the number of pods, or an absolute change of 4 pods in a 15s window", Max of both).
    /// </summary>
    public static int ScaleUpSteps(int from, int to)
    {
        var steps = 0;
        for (var current = Math.Max(from, 1); current < to; steps++)
            current = Math.Max(current + 4, current * 2);
        return steps;
    }

    private static int CeilingOf(double value) => (int)Math.Min(int.MaxValue, Math.Ceiling(value - 1e-9));

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
