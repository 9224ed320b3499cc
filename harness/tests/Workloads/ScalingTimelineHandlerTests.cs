using KedaGuidance.Harness.Evidence;
using Microsoft.Extensions.Time.Testing;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Workloads;
using KedaGuidance.Harness.Workloads.Diagnostics;
using KedaGuidance.Harness.Workloads.Timeline;

namespace KedaGuidance.Harness.Tests.Workloads;

public sealed class ScalingTimelineHandlerTests
{
    /// <summary>
    /// The Deployment never leaves 0 and the queue holds 500: the goal is never reached. Each workload read takes one
    /// sample period of the fake clock, so the budget runs out after a known number of samples whatever the machine's load.
    /// </summary>
    private sealed class StuckAtZero(FakeTimeProvider clock, TimeSpan readTakes) : ITimelineSource
    {
        public int Samples { get; private set; }

        public Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken) => Task.FromResult(500.0);

        public Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
        {
            Samples++;
            clock.Advance(readTakes);
            return Task.FromResult(new WorkloadSample(0, 0, "", "hpa current 0"));
        }

        public Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(Samples == 1 ? ["event ScaledObject/sqsconsumer-hpa KEDAScalerFailed: boom"] : []);

        public Task<IReadOnlyList<string>> ReadOperatorLogAsync(string kedaNamespace, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);
    }

    private sealed class FixedDiagnostics : IScalingDiagnostics
    {
        public Task<string> CollectAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken) =>
            Task.FromResult("--- logs app=keda-operator\nerror: could not reach the queue");
    }

    [Fact]
    public async Task A_missed_goal_puts_the_timeline_and_the_diagnostics_in_the_output_and_through_the_executor_in_the_evidence()
    {
        var recorder = new RunRecorder("r", "live", "local", Path.Combine(Path.GetTempPath(), "kedaguidance-tests", Guid.NewGuid().ToString("n")));
        recorder.BeginScenario("s", "f", "t", []);
        var output = new List<string>();
        // The guide's 10 s polling and a 60 s budget on a fake clock: time moves only as the source is read, so the
        // handler takes exactly 6 samples (elapsed 10, 20 … 60 s) and the test takes no wall-clock time.
        var period = TimeSpan.FromSeconds(10);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var source = new StuckAtZero(clock, period);
        var handlers = new HandlerRegistry();
        handlers.Add([], [new ScalingTimelineHandler(source, new FixedDiagnostics(), output.Add, period, clock)]);
        var executor = new LiveExecutor(recorder, handlers);
        var expectation = new ScalingFollowsOracle("keda-sqs-guidance", "sqs-consumer-backend", "keda-hpa-sqsconsumer-hpa",
            ScalingSpecReader.Parse(Scaling.GuideScaledObjects.Sqs), new QueueDepthSource("q", true), TimelineGoal.LeaveZero, TimeSpan.FromSeconds(30))
        {
            Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(60))),
        };

        var failed = await executor.Invoking(e => e.ExpectAsync(expectation, CancellationToken.None)).Should().ThrowAsync<ExpectationFailedException>();
        var result = failed.Which.Result;

        result.Met.Should().BeFalse();
        result.Observed.Should().Contain("LeaveZero not reached").And.Contain("desired 0").And.Contain("metric 500");
        source.Samples.Should().Be(6, "the handler samples every period until the 60 s budget runs out");
        output.Should().ContainSingle().Which.Should().Contain("KEDAScalerFailed: boom").And.Contain("could not reach the queue");
        recorder.EndScenario(ScenarioOutcome.Failed, null);
        var attachments = recorder.Snapshot().Scenarios.Single().Attachments;
        attachments.Keys.Should().Contain(k => k.StartsWith("timeline LeaveZero", StringComparison.Ordinal))
            .And.Contain(k => k.StartsWith("diagnostics LeaveZero", StringComparison.Ordinal));
    }
}
