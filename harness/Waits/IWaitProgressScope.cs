namespace KedaGuidance.Harness.Waits;

/// <summary>One wait in progress. Dispose ends it (as "stopped" when <see cref="End"/> was not called).</summary>
public interface IWaitProgressScope : IDisposable
{
    /// <summary>The latest observation in words ("2 ready", "queue depth 340"); printed at the next tick.</summary>
    void Observe(string current);

    /// <summary>Prints the final line ("met", "not met: …") and stops the ticks.</summary>
    void End(string outcome);
}
