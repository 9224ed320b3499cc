using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Teardown.Cleanup;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class TeardownOrderTests
{
    private static readonly WaitBudget Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(30)));

    private static DeleteObject Delete(string apiVersion, string kind, string? ns, string name) => new(new ObjectReference(apiVersion, kind, ns, name), "kg-t", Budget);

    private static async Task<IReadOnlyList<RecordEntry>> PlanTeardown(Action<TeardownLedger> register)
    {
        var recorder = new RunRecorder("kg-t", "plan", "local", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        recorder.BeginScenario("s", "f", "t", []);
        var ledger = new TeardownLedger(attempts: 1, delay: TimeSpan.Zero);
        register(ledger);
        (await ledger.TearDownAsync(new PlanExecutor(recorder), CancellationToken.None)).Clean.Should().BeTrue();
        return recorder.CurrentEntries();
    }

    [Fact]
    public async Task A_planned_teardown_of_a_run_in_creation_order_deletes_in_reverse_and_respects_finalizers()
    {
        var entries = await PlanTeardown(ledger =>
        {
            ledger.Register("Namespace keda", Delete("v1", "Namespace", null, "keda"));
            ledger.Register("helm release keda/keda", new HelmUninstall("keda", "keda", Budget));
            ledger.Register("Namespace keda-sqs-guidance", Delete("v1", "Namespace", null, "keda-sqs-guidance"));
            ledger.Register("ScaledObject keda-sqs-guidance/sqsconsumer-hpa", Delete("keda.sh/v1alpha1", "ScaledObject", "keda-sqs-guidance", "sqsconsumer-hpa"));
        });

        entries.Select(e => e.Summary.Split(" (")[0]).Should().Equal(
            "delete ScaledObject keda-sqs-guidance/sqsconsumer-hpa", "delete Namespace keda-sqs-guidance",
            "helm uninstall keda --namespace keda", "delete Namespace keda");
        TeardownOrder.Problems(entries).Should().BeEmpty();
    }

    [Fact]
    public async Task A_scaled_object_deleted_after_the_keda_release_is_a_finalizer_problem()
    {
        var entries = await PlanTeardown(ledger =>
        {
            ledger.Register("ScaledObject apps/so", Delete("keda.sh/v1alpha1", "ScaledObject", "apps", "so"));
            ledger.Register("helm release keda/keda", new HelmUninstall("keda", "keda", Budget));
        });

        TeardownOrder.Problems(entries).Should().ContainSingle().Which.Should().Contain("ScaledObject apps/so").And.Contain("finalizer");
    }

    [Fact]
    public async Task An_object_deleted_after_its_namespace_is_a_problem()
    {
        var entries = await PlanTeardown(ledger =>
        {
            ledger.Register("Deployment apps/web", Delete("apps/v1", "Deployment", "apps", "web"));
            ledger.Register("Namespace apps", Delete("v1", "Namespace", null, "apps"));
        });

        TeardownOrder.Problems(entries).Should().ContainSingle().Which.Should().Contain("a namespace must go after what is in it");
    }

    [Fact]
    public async Task Tearing_down_a_matching_part_settles_it_so_final_teardown_does_not_delete_it_again()
    {
        var ledger = new TeardownLedger(attempts: 1, delay: TimeSpan.Zero);
        ledger.Register("Namespace a", Delete("v1", "Namespace", null, "a"));
        ledger.Register("Namespace b", Delete("v1", "Namespace", null, "b"));
        var recorder = new RunRecorder("kg-t", "plan", "local", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        recorder.BeginScenario("s", "f", "t", []);
        var executor = new PlanExecutor(recorder);

        (await ledger.TearDownMatchingAsync(executor, r => r == "Namespace a", CancellationToken.None)).Removed.Should().Equal("Namespace a");
        ledger.Pending.Should().Equal("Namespace b");
        (await ledger.TearDownAsync(executor, CancellationToken.None)).Removed.Should().Equal("Namespace b");
        recorder.CurrentEntries().Count(e => e.Summary.StartsWith("delete Namespace a", StringComparison.Ordinal)).Should().Be(1);
    }
}
