using System.Globalization;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// Records what a scaling run showed, in time order, and checks every desired replica count against the oracle.
///
/// The allowed count at time t is not the band of the latest metric alone: the system lags. A count may still be
/// as low as the lowest band of the metrics seen within the scale-up lag (scale-up stabilization + pollingInterval +
/// one HPA sync per scale-up step up to max + slack), and as high as the highest band within the scale-down lag
/// (scale-down stabilization, or cooldownPeriod for → 0, + pollingInterval + HPA sync + slack). Going to 0 is a
/// violation while the metric was active within cooldownPeriod − pollingInterval (KEDA's lastActiveTime is one
/// poll coarse). A failed read is a gap: it never counts as a metric of 0 or as 0 replicas. Replicas from a watch
/// carry a resourceVersion; after a reconnect the watch replays events: a resourceVersion already seen, or older
/// than the newest seen, is ignored. (resourceVersions are opaque in general; one object's versions come from one
/// etcd revision counter, so numeric order is used when both are numbers, otherwise only exact repeats are dropped.)
/// </summary>
public sealed class ReplicaTimeline(ScalingOracle oracle, TimeSpan slack)
{
    private readonly List<TimelineRow> _rows = [];
    private readonly List<TimelineViolation> _violations = [];
    private readonly List<(DateTimeOffset At, double Metric)> _metrics = [];
    private readonly HashSet<string> _seenVersions = new(StringComparer.Ordinal);
    private ulong? _newestVersion;

    public IReadOnlyList<TimelineRow> Rows => _rows;
    public IReadOnlyList<TimelineViolation> Violations => _violations;

    /// <summary>Watch events dropped as repeats or out of order (after a reconnect), for the evidence.</summary>
    public int IgnoredEvents { get; private set; }

    public int Gaps => _rows.Count(r => r.IsGap);

    public TimeSpan ScaleUpLag =>
        oracle.Spec.Behavior.ScaleUpStabilization + oracle.Spec.PollingInterval
        + ScalingOracle.HpaSyncPeriod * ScalingOracle.ScaleUpSteps(oracle.Spec.HpaMinReplicas, oracle.Spec.MaxReplicas)
        + slack;

    public TimeSpan ScaleDownLag =>
        (oracle.Spec.MinReplicas == 0 && oracle.Spec.CooldownPeriod > oracle.Spec.Behavior.ScaleDownStabilization
            ? oracle.Spec.CooldownPeriod
            : oracle.Spec.Behavior.ScaleDownStabilization)
        + oracle.Spec.PollingInterval + ScalingOracle.HpaSyncPeriod + slack;

    public void Record(ReplicaObservation observation)
    {
        if (observation.ResourceVersion is { } version && !IsNew(version))
        {
            IgnoredEvents++;
            _rows.Add(new TimelineRow(observation.At, null, observation.Desired, observation.Ready,
                $"ignored: resourceVersion {version} already seen or older") { Kind = TimelineRowKind.Ignored, State = observation.State });
            return;
        }

        if (observation.MetricReadFailure is { } metricFailure)
            _rows.Add(new TimelineRow(observation.At, null, null, null, $"metric read failed: {metricFailure}") { Kind = TimelineRowKind.MetricGap });
        else if (observation.Metric is { } metric)
            _metrics.Add((observation.At, metric));

        if (observation.ReplicaReadFailure is { } replicaFailure)
        {
            _rows.Add(new TimelineRow(observation.At, observation.Metric, null, null, $"replicas read failed: {replicaFailure}") { Kind = TimelineRowKind.ReplicaGap });
            return;
        }

        if (observation.Desired is not { } desired)
        {
            if (observation.Metric is not null || observation.Line is not null || observation.Ready is not null || observation.State is not null)
                _rows.Add(new TimelineRow(observation.At, observation.Metric, null, observation.Ready, observation.Line) { State = observation.State });
            return;
        }

        var allowed = AllowedAt(observation.At);
        _rows.Add(new TimelineRow(observation.At, observation.Metric, desired, observation.Ready, observation.Line) { Allowed = allowed, State = observation.State });
        Check(observation.At, desired, allowed);
    }

    /// <summary>
    /// The band of desired replica counts the oracle accepts at <paramref name="at"/>; null before any metric. Where a
    /// lag window reaches back before the first metric sample, what the metric was then is unknown, so that side of
    /// the band is left open (minReplicaCount below, maxReplicaCount above) rather than guessed.
    /// </summary>
    public ReplicaBand? AllowedAt(DateTimeOffset at)
    {
        var spec = oracle.Spec;
        var (upWindow, upCovered) = InEffect(at - ScaleUpLag, at);
        var (downWindow, downCovered) = InEffect(at - ScaleDownLag, at);
        if (upWindow.Count == 0 || downWindow.Count == 0)
            return null;
        var low = upCovered ? upWindow.Min(m => oracle.SteadyBand(m).Low) : spec.MinReplicas;
        var high = downCovered ? Math.Min(spec.MaxReplicas, downWindow.Max(m => oracle.SteadyBand(m).High)) : spec.MaxReplicas;
        var metrics = string.Join(", ", upWindow.Concat(downWindow).Distinct().Select(Format));
        var open = upCovered && downCovered ? "" : "; open where the lag reaches before the first metric";
        return new ReplicaBand(Math.Max(spec.MinReplicas, low), high,
            $"metrics {metrics} within scale-up lag {ScaleUpLag.TotalSeconds:0} s / scale-down lag {ScaleDownLag.TotalSeconds:0} s{open}");
    }

    /// <summary>The first row matching <paramref name="predicate"/>, e.g. the first time desired left 0.</summary>
    public TimelineRow? First(Func<TimelineRow, bool> predicate) => _rows.FirstOrDefault(predicate);

    private void Check(DateTimeOffset at, int desired, ReplicaBand? allowed)
    {
        var spec = oracle.Spec;
        var lastMetric = _metrics.Where(m => m.At <= at).Select(m => (double?)m.Metric).LastOrDefault();
        if (desired > spec.MaxReplicas)
        {
            _violations.Add(new TimelineViolation(at, desired, lastMetric, $"≤ maxReplicaCount {spec.MaxReplicas}", "above maxReplicaCount"));
            return;
        }
        if (desired == 0 && spec.MinReplicas == 0)
        {
            var quiet = spec.CooldownPeriod - spec.PollingInterval;
            var lastActive = _metrics.LastOrDefault(m => m.At <= at && oracle.IsActive(m.Metric));
            if (lastActive != default && at - lastActive.At < quiet)
            {
                _violations.Add(new TimelineViolation(at, desired, lastMetric,
                    $"0 only {quiet.TotalSeconds:0} s (cooldownPeriod − pollingInterval) after the last active metric",
                    $"scaled to 0 {(at - lastActive.At).TotalSeconds:0.#} s after metric {Format(lastActive.Metric)} was active"));
                return;
            }
        }
        if (allowed is not null && !allowed.Contains(desired))
            _violations.Add(new TimelineViolation(at, desired, lastMetric, allowed.ToString(),
                desired < allowed.Low ? "below what the metric requires" : "above what the metric allows"));
    }

    /// <summary>
    /// Metric samples within [from, to], plus the last one before <paramref name="from"/> (still in effect then);
    /// Covered is false when no sample precedes <paramref name="from"/>.
    /// </summary>
    private (List<double> Metrics, bool Covered) InEffect(DateTimeOffset from, DateTimeOffset to)
    {
        var inside = _metrics.Where(m => m.At >= from && m.At <= to).Select(m => m.Metric).ToList();
        var before = _metrics.Where(m => m.At <= from).Select(m => (double?)m.Metric).LastOrDefault();
        if (before is { } b)
            inside.Add(b);
        return (inside, before is not null);
    }

    private bool IsNew(string version)
    {
        if (!_seenVersions.Add(version))
            return false;
        if (!ulong.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return true;
        if (_newestVersion is { } newest && number < newest)
            return false;
        _newestVersion = number;
        return true;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
