using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class RunDeadlinePlanTests
{
    [Theory]
    [InlineData(60, 45, 15)]    // an hour: a quarter (15 min) is kept for teardown
    [InlineData(20, 15, 5)]
    [InlineData(2, 1, 1)]       // at least a minute
    [InlineData(240, 225, 15)]  // at most 15 minutes
    public void Keeps_a_quarter_of_the_deadline_for_teardown_within_bounds(int deadlineMinutes, int cutoffMinutes, int reserveMinutes)
    {
        var plan = RunDeadlinePlan.For(TimeSpan.FromMinutes(deadlineMinutes));
        plan.ScenarioCutoff.Should().Be(TimeSpan.FromMinutes(cutoffMinutes));
        plan.TeardownBudget.Should().Be(TimeSpan.FromMinutes(reserveMinutes));
    }

    [Fact]
    public void A_very_short_deadline_still_leaves_scenarios_time() =>
        RunDeadlinePlan.For(TimeSpan.FromSeconds(40)).Should().Be(new RunDeadlinePlan(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20)));

    [Fact]
    public void Without_a_deadline_teardown_has_the_default_budget() =>
        RunDeadlinePlan.For(null).Should().Be(new RunDeadlinePlan(null, RunDeadlinePlan.DefaultTeardownBudget));
}

public sealed class TeardownLedgerAttemptsTests
{
    private sealed record Fails : KedaGuidance.Harness.Operations.Operation<KedaGuidance.Harness.Operations.Done>
    {
        public override string Kind => "test.fail";
        public override string Summary => "always fails";
        public override KedaGuidance.Harness.Operations.Done Planned() => KedaGuidance.Harness.Operations.Done.Value;
    }

    [Fact]
    public async Task A_single_attempt_ledger_reports_the_failure_without_retrying()
    {
        var ledger = new TeardownLedger(attempts: 1);
        ledger.Register("thing", new Fails());
        var executor = new FailingExecutor();
        var report = await ledger.TearDownAsync(executor, CancellationToken.None);
        executor.Calls.Should().Be(1);
        report.Leftovers.Should().ContainSingle().Which.Resource.Should().Be("thing");
    }

    private sealed class FailingExecutor : KedaGuidance.Harness.Operations.IExecutor
    {
        public int Calls { get; private set; }
        public KedaGuidance.Harness.Configuration.ExecutionMode Mode => KedaGuidance.Harness.Configuration.ExecutionMode.Live;

        public Task<TResult> RunAsync<TResult>(KedaGuidance.Harness.Operations.Operation<TResult> operation, CancellationToken cancellationToken)
        {
            Calls++;
            throw new InvalidOperationException("stuck");
        }

        public Task<KedaGuidance.Harness.Operations.ExpectationResult> ExpectAsync(KedaGuidance.Harness.Operations.Expectation expectation, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
