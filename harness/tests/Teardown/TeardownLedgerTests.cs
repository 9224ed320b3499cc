using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class TeardownLedgerTests
{
    private sealed record Delete(string Name) : Operation<Done>
    {
        public override string Kind => "test.delete";
        public override string Summary => "delete " + Name;
        public override Done Planned() => Done.Value;
    }

    /// <summary>Performs deletes, failing the ones named in <see cref="Failures"/> a given number of times.</summary>
    private sealed class ScriptedExecutor : IExecutor
    {
        public Dictionary<string, int> Failures { get; } = new();
        public List<string> Calls { get; } = [];
        public ExecutionMode Mode => ExecutionMode.Live;

        public Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken)
        {
            var name = ((Delete)(object)operation).Name;
            Calls.Add(name);
            if (Failures.TryGetValue(name, out var left) && left > 0)
            {
                Failures[name] = left - 1;
                throw new InvalidOperationException($"{name} is stuck");
            }
            return Task.FromResult(operation.Planned());
        }

        public Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    private static TeardownLedger Ledger(params string[] resources)
    {
        var ledger = new TeardownLedger(attempts: 3, delay: TimeSpan.FromMilliseconds(1));
        foreach (var r in resources)
            ledger.Register(r, new Delete(r));
        return ledger;
    }

    [Fact]
    public async Task Tears_down_newest_first()
    {
        var executor = new ScriptedExecutor();
        var report = await Ledger("a", "b", "c").TearDownAsync(executor, CancellationToken.None);
        executor.Calls.Should().Equal("c", "b", "a");
        report.Removed.Should().Equal("c", "b", "a");
        report.Clean.Should().BeTrue();
    }

    [Fact]
    public async Task A_failing_delete_is_retried_then_reported_and_the_rest_goes_on()
    {
        var executor = new ScriptedExecutor { Failures = { ["b"] = 5 } };
        var report = await Ledger("a", "b", "c").TearDownAsync(executor, CancellationToken.None);
        executor.Calls.Should().Equal("c", "b", "b", "b", "a");
        report.Removed.Should().Equal("c", "a");
        report.Leftovers.Should().ContainSingle().Which.Should().Be(new Leftover("b", "b is stuck"));
    }

    [Fact]
    public async Task A_delete_that_succeeds_on_retry_is_not_a_leftover()
    {
        var executor = new ScriptedExecutor { Failures = { ["b"] = 1 } };
        var report = await Ledger("a", "b").TearDownAsync(executor, CancellationToken.None);
        report.Clean.Should().BeTrue();
    }

    [Fact]
    public async Task An_exhausted_budget_reports_the_rest_by_name()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var report = await Ledger("a", "b").TearDownAsync(new ScriptedExecutor(), cancelled.Token);
        report.Leftovers.Select(l => l.Resource).Should().Equal("b", "a");
    }

    [Fact]
    public async Task Settled_resources_are_not_torn_down_again()
    {
        var executor = new ScriptedExecutor();
        var ledger = Ledger("a", "b");
        ledger.Settle("a");
        await ledger.TearDownAsync(executor, CancellationToken.None);
        executor.Calls.Should().Equal("b");
        ledger.Pending.Should().BeEmpty();
    }
}
