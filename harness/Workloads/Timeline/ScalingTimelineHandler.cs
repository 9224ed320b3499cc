using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Workloads.Diagnostics;

namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>
/// Samples the workload and the metric every period into a <see cref="ReplicaTimeline"/> until the goal or the budget.
/// A failed read is recorded as a gap (never as 0). The result carries the <see cref="ScalingTimeline"/> in every case,
/// which the executor attaches to the scenario (the report draws it); on failure also the diagnostics, which also go
/// to the output.
/// </summary>
public sealed class ScalingTimelineHandler(ITimelineSource source, IScalingDiagnostics diagnostics, Action<string> output,
    TimeSpan samplePeriod, TimeProvider? clock = null) : ExpectationHandler<ScalingFollowsOracle>
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override async Task<ExpectationResult> AwaitAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
    {
        var run = new TimelineRun(expectation, _clock);
        var started = _clock.GetTimestamp();
        using var timer = new PeriodicTimer(samplePeriod, _clock);
        do
        {
            await run.SampleAsync(source, cancellationToken);
            WaitObservations.Report(run.Latest());
            if (run.GoalReached || run.Timeline.Violations.Count > 0 || run.CannotStart is not null)
                break;
        }
        while (_clock.GetElapsedTime(started) < expectation.Budget.Limit && await timer.WaitForNextTickAsync(cancellationToken));

        var result = run.Result(_clock.GetElapsedTime(started));
        List<EvidenceAttachment> evidence = [new($"timeline {expectation.Goal} {expectation.Namespace}/{expectation.Deployment}", run.Evidence())];
        if (!result.Met)
        {
            var text = TimelineText.Format(run.Timeline) + "\n" + await diagnostics.CollectAsync(expectation, cancellationToken);
            output(text);
            evidence.Add(new($"diagnostics {expectation.Goal} {expectation.Namespace}/{expectation.Deployment}", text));
        }
        return result with { Attachments = evidence };
    }
}
