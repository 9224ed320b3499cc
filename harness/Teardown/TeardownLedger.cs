using KedaGuidance.Harness.Operations;
using Polly;

namespace KedaGuidance.Harness.Teardown;

/// <summary>
/// Every create registers its inverse here; teardown runs them in reverse order (so ScaledObjects go before the
/// KEDA release that owns their finalizers, and namespaces after what is in them). A failing inverse is retried,
/// then reported by name, and never stops the rest of the teardown. Teardown is given its own cancellation
/// token by the caller so that a cancelled run still cleans up.
/// </summary>
public sealed class TeardownLedger
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private readonly ResiliencePipeline _retry;

    public TeardownLedger(int attempts = 3, TimeSpan? delay = null)
    {
        _retry = TeardownRetry.Pipeline(attempts, delay ?? TimeSpan.FromSeconds(1));
    }

    /// <summary>Resources still to tear down, oldest first.</summary>
    public IReadOnlyList<string> Pending
    {
        get
        {
            lock (_gate) return _entries.Select(e => e.Resource).ToArray();
        }
    }

    /// <summary>Registers the inverse of a create that just succeeded.</summary>
    public void Register(string resource, Operation<Done> inverse)
    {
        lock (_gate) _entries.Add(new Entry(resource, inverse));
    }

    /// <summary>Forgets a resource that a scenario removed itself (e.g. the guide's own cleanup steps).</summary>
    public void Settle(string resource)
    {
        lock (_gate) _entries.RemoveAll(e => e.Resource == resource);
    }

    /// <summary>Runs every registered inverse, newest first, and empties the ledger.</summary>
    public Task<TeardownReport> TearDownAsync(IExecutor executor, CancellationToken cancellationToken) =>
        TearDownMatchingAsync(executor, _ => true, cancellationToken);

    /// <summary>
    /// Runs the inverses of the resources <paramref name="matches"/> selects, newest first, and settles them: the
    /// guide's own clean-up steps remove their part of what the run created, so final teardown does not delete twice.
    /// </summary>
    public async Task<TeardownReport> TearDownMatchingAsync(IExecutor executor, Func<string, bool> matches, CancellationToken cancellationToken)
    {
        List<Entry> entries;
        lock (_gate)
        {
            entries = _entries.Where(e => matches(e.Resource)).ToList();
            _entries.RemoveAll(e => matches(e.Resource));
        }

        var removed = new List<string>();
        var leftovers = new List<Leftover>();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (cancellationToken.IsCancellationRequested)
            {
                leftovers.Add(new Leftover(entry.Resource, "teardown budget exhausted before it was reached"));
                continue;
            }

            try
            {
                await _retry.ExecuteAsync(async ct => await executor.RunAsync(entry.Inverse, ct), cancellationToken);
                removed.Add(entry.Resource);
            }
            catch (Exception e)
            {
                leftovers.Add(new Leftover(entry.Resource, e.Message));
            }
        }
        return new TeardownReport(removed, leftovers);
    }

    private sealed record Entry(string Resource, Operation<Done> Inverse);
}
