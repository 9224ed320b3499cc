using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;
using Microsoft.Extensions.Time.Testing;

namespace KedaGuidance.Harness.Tests.Waits;

/// <summary>The [wait] lines come from the executor decorator around the live executor, fed by what handlers report.</summary>
public sealed class ProgressReportingExecutorTests
{
    private sealed record Wait : Expectation
    {
        public override string Kind => "test.wait";
        public override string Summary => "deployment app reaches 10 ready";
    }

    /// <summary>Reports "2 ready", waits for the test to open the gate, reports the end state.</summary>
    private sealed class GatedHandler(TaskCompletionSource gate, bool met) : ExpectationHandler<Wait>
    {
        protected override async Task<ExpectationResult> AwaitAsync(Wait expectation, CancellationToken cancellationToken)
        {
            WaitObservations.Report("2 ready");
            await gate.Task;
            return new ExpectationResult(met, met ? "10 ready" : "4 ready", TimeSpan.FromSeconds(16));
        }
    }

    private sealed class Lines : IProgressOutput
    {
        public List<string> Written { get; } = [];

        public void WriteLine(string line)
        {
            lock (Written) Written.Add(line);
        }
    }

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly Lines _lines = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IExecutor Executor(bool met)
    {
        var handlers = new HandlerRegistry();
        handlers.Add([], [new GatedHandler(_gate, met)]);
        var recorder = new RunRecorder("r", "live", "local", Path.Combine(Path.GetTempPath(), "kedaguidance-tests", Guid.NewGuid().ToString("n")));
        return new ProgressReportingExecutor(new LiveExecutor(recorder, handlers), new WaitProgressReporter(_lines, _clock));
    }

    [Fact]
    public async Task A_long_wait_prints_at_start_every_tick_with_the_handlers_latest_observation_and_at_the_end()
    {
        var wait = Executor(met: true).ExpectAsync(new Wait { Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(90))) }, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(15));
        _gate.SetResult();
        await wait;
        _clock.Advance(TimeSpan.FromSeconds(1));

        _lines.Written.Should().Equal(
            "[wait] test.wait: waiting for deployment app reaches 10 ready, budget 90 s",
            "[wait] test.wait: now 2 ready, target deployment app reaches 10 ready - 15 s of 90 s",
            "[wait] test.wait: met after 15 s of 90 s (last seen: 10 ready)");
    }

    [Fact]
    public async Task A_wait_not_met_ends_with_not_met_and_still_throws()
    {
        var wait = Executor(met: false).ExpectAsync(new Wait { Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(60))) }, CancellationToken.None);
        _gate.SetResult();

        await wait.Invoking(async w => await w).Should().ThrowAsync<ExpectationFailedException>();
        _lines.Written[^1].Should().Be("[wait] test.wait: not met after 0 s of 60 s (last seen: 4 ready)");
    }

    [Fact]
    public async Task A_wait_shorter_than_one_tick_prints_nothing()
    {
        _gate.SetResult();
        await Executor(met: true).ExpectAsync(new Wait { Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(10))) }, CancellationToken.None);

        _lines.Written.Should().BeEmpty();
    }
}
