namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// How long scaling took, read from a timeline: scale-out runs from the first moment desired (or ready) rises above
/// the starting ready count to the first moment ready reaches its peak; scale-in runs from the first moment after
/// that peak when desired (or ready) falls below it to the moment ready settles at its final value.
/// </summary>
public static class ScalingPhases
{
    public static IReadOnlyList<ScalingPhase> Of(ScalingTimeline timeline)
    {
        var rows = timeline.Drawn().ToArray();
        var ready = rows.Where(r => r.Ready is not null).ToArray();
        if (ready.Length < 2)
            return [];

        var baseline = ready[0].Ready!.Value;
        var peak = ready.Max(r => r.Ready!.Value);
        var phases = new List<ScalingPhase>();
        var peakReached = ready[0];
        if (peak > baseline)
        {
            peakReached = ready.First(r => r.Ready == peak);
            var start = rows.First(r => r.Desired > baseline || r.Ready > baseline).At;
            phases.Add(new ScalingPhase("scale-out", baseline, peak, start, peakReached.At));
        }

        var final = ready[^1].Ready!.Value;
        if (final < peak)
        {
            var afterPeak = rows.Where(r => r.At >= peakReached.At).ToArray();
            var start = afterPeak.First(r => r.Desired < peak || r.Ready < peak).At;
            // Settled: the first row from which every later observation of ready is the final value.
            var settled = ready.Last(r => r.Ready != final);
            var end = ready.First(r => r.At > settled.At).At;
            phases.Add(new ScalingPhase("scale-in", peak, final, start, end));
        }
        return phases;
    }
}
