namespace KedaGuidance.Harness.Waits;

/// <summary>
/// Where a wait's handler reports what it sees now ("2 ready", "queue depth 340"), without knowing who listens: the
/// progress-reporting executor opens a scope around each expectation it awaits, and the poller, the timeline and the
/// rate measurement report into whichever scope encloses them (an <see cref="AsyncLocal{T}"/> flows with the awaits of
/// that one expectation only, so parallel waits never see each other's observations). Outside a scope it is a no-op.
/// </summary>
public static class WaitObservations
{
    private static readonly AsyncLocal<IWaitProgressScope?> Current = new();

    /// <summary>Makes <paramref name="scope"/> the one reports go to, until the returned handle is disposed.</summary>
    public static IDisposable Enter(IWaitProgressScope scope)
    {
        var previous = Current.Value;
        Current.Value = scope;
        return new Restore(previous);
    }

    /// <summary>The latest observation of the wait in progress, in words.</summary>
    public static void Report(string observed) => Current.Value?.Observe(observed);

    private sealed class Restore(IWaitProgressScope? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
