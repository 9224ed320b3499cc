using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// What steps do to a cluster, through the executor: apply a rendered manifest and register each object's delete in
/// the teardown ledger (also for the objects applied before a failure), create a namespace as
/// <c>kubectl create namespace</c> does. Deletion budgets are derived and stated.
/// </summary>
public sealed class ClusterActions(IExecutor executor, TeardownLedger ledger, string runId, TimeSpan slack)
{
    /// <summary>Kubernetes' default terminationGracePeriodSeconds: how long a deleted pod may take to stop.</summary>
    public static readonly TimeSpan DefaultTerminationGrace = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<ObjectReference>> ApplyAsync(string source, string yaml, string defaultNamespace, CancellationToken cancellationToken,
        bool sensitive = false)
    {
        var operation = ApplyManifest.FromYaml(source, yaml, runId, defaultNamespace) with { Sensitive = sensitive };
        try
        {
            var applied = await executor.RunAsync(operation, cancellationToken);
            RegisterDeletes(applied);
            return applied;
        }
        catch (PartialApplyException e)
        {
            RegisterDeletes(e.Applied);
            throw;
        }
    }

    /// <summary><c>kubectl create namespace</c>: refused when the namespace exists and is not this run's.</summary>
    public Task<IReadOnlyList<ObjectReference>> CreateNamespaceAsync(string name, CancellationToken cancellationToken) =>
        ApplyAsync($"kubectl create namespace {name}", $"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {name}\n", "default", cancellationToken);

    /// <summary>Budget to wait for a deleted object to be gone: its pods' termination grace (namespaces: their contents') plus slack.</summary>
    public WaitBudget DeleteBudget(ObjectReference reference) => WaitBudget.Sum(
        (reference.Kind == "Namespace" ? "terminationGracePeriodSeconds of the pods inside (Kubernetes default)" : "terminationGracePeriodSeconds (Kubernetes default)", DefaultTerminationGrace),
        ("slack", slack));

    private void RegisterDeletes(IEnumerable<ObjectReference> references)
    {
        foreach (var reference in references)
        {
            var resource = reference.ToString();
            if (!ledger.Pending.Contains(resource))
                ledger.Register(resource, new DeleteObject(reference, runId, DeleteBudget(reference)));
        }
    }
}
