using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class TeardownLedgerTests
{
    private sealed record Remove(string What) : Operation<Done>
    {
        public override string Kind => "test.remove";
        public override string Summary => $"remove {What}";
        public override Done Planned() => Done.Value;
    }

    /// <summary>Runs inverses by a script: records the order, fails some a number of times, can cancel mid-way.</summary>
    private sealed class ScriptedExecutor(Dictionary<string, int>? failures = null, Action<string>? onRun = null) : IExecutor
    {
        public List<string> Ran { get; } = [];
        public ExecutionMode Mode => ExecutionMode.Live;

        public Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var what = ((Remove)(Operation)operation).What;
            Ran.Add(what);
            onRun?.Invoke(what);
            if (failures is not null && failures.TryGetValue(what, out var left) && left > 0)
            {
                failures[what] = left - 1;
                throw new InvalidOperationException($"{what} is held by a finalizer");
            }
            return Task.FromResult(operation.Planned());
        }

        public Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private static TeardownLedger Ledger(params string[] resources)
    {
        var ledger = new TeardownLedger(attempts: 2, delay: TimeSpan.FromMilliseconds(1));
        foreach (var r in resources)
            ledger.Register(r, new Remove(r));
        return ledger;
    }

    [Fact]
    public async Task Tears_down_newest_first_so_scaledobjects_go_before_keda_and_namespaces_last()
    {
        var ledger = Ledger("Namespace keda", "helm release keda/keda", "Namespace apps", "ScaledObject apps/so");
        var executor = new ScriptedExecutor();

        var report = await ledger.TearDownAsync(executor, CancellationToken.None);

        executor.Ran.Should().Equal("ScaledObject apps/so", "Namespace apps", "helm release keda/keda", "Namespace keda");
        report.Clean.Should().BeTrue();
        ledger.Pending.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failing_inverse_is_retried_then_reported_by_name_and_the_rest_still_runs()
    {
        var ledger = Ledger("Namespace keda", "helm release keda/keda", "ScaledObject apps/so");
        var executor = new ScriptedExecutor(new Dictionary<string, int> { ["ScaledObject apps/so"] = 5, ["helm release keda/keda"] = 1 });

        var report = await ledger.TearDownAsync(executor, CancellationToken.None);

        executor.Ran.Should().Equal("ScaledObject apps/so", "ScaledObject apps/so", "helm release keda/keda", "helm release keda/keda", "Namespace keda");
        report.Leftovers.Should().ContainSingle().Which.ToString().Should().Be("ScaledObject apps/so: ScaledObject apps/so is held by a finalizer");
        report.Removed.Should().Equal("helm release keda/keda", "Namespace keda");
    }

    [Fact]
    public async Task Cancelled_teardown_reports_what_it_did_not_reach_as_leftovers()
    {
        using var cancel = new CancellationTokenSource();
        var ledger = Ledger("Namespace keda", "helm release keda/keda", "ScaledObject apps/so");
        var executor = new ScriptedExecutor(onRun: what => { if (what == "ScaledObject apps/so") cancel.Cancel(); });

        var report = await ledger.TearDownAsync(executor, cancel.Token);

        executor.Ran.Should().Equal("ScaledObject apps/so");
        report.Removed.Should().Equal("ScaledObject apps/so");
        report.Leftovers.Select(l => l.Resource).Should().Equal("helm release keda/keda", "Namespace keda");
        report.Leftovers.Should().AllSatisfy(l => l.Error.Should().Contain("teardown budget exhausted"));
    }

    [Fact]
    public async Task A_settled_resource_is_not_torn_down_again()
    {
        var ledger = Ledger("Namespace apps", "ScaledObject apps/so");
        ledger.Settle("ScaledObject apps/so");
        var executor = new ScriptedExecutor();

        await ledger.TearDownAsync(executor, CancellationToken.None);

        executor.Ran.Should().Equal("Namespace apps");
    }

    [Fact]
    public async Task In_a_plan_teardown_is_recorded_in_order_and_contacts_nothing()
    {
        var recorder = new RunRecorder("kg-t", "plan", "local", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        var ledger = Ledger("Namespace keda", "ScaledObject apps/so");

        var report = await ledger.TearDownAsync(new PlanExecutor(recorder), CancellationToken.None);

        report.Clean.Should().BeTrue();
        recorder.Snapshot().RunEntries.Select(e => (e.Summary, e.Outcome)).Should().Equal(("remove ScaledObject apps/so", EntryOutcome.Planned), ("remove Namespace keda", EntryOutcome.Planned));
    }
}
