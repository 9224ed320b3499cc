namespace KedaGuidance.Harness.Waits;

/// <summary>
/// What a long wait reports while it runs, so a CI log never goes silent: it begins a scope with what it waits for,
/// the target and its budget, hands over each new observation, and ends with the outcome. The reporter decides when
/// to print (a steady pace, independent of how often the wait polls or how long a watch stays quiet).
/// </summary>
public interface IWaitProgress
{
    IWaitProgressScope Begin(string what, string target, TimeSpan budget);
}

/// <summary>One wait in progress. Dispose ends it (as "stopped" when <see cref="End"/> was not called).</summary>
public interface IWaitProgressScope : IDisposable
{
    /// <summary>The latest observation in words ("2 ready", "queue depth 340"); printed at the next tick.</summary>
    void Observe(string current);

    /// <summary>Prints the final line ("met", "not met: …") and stops the ticks.</summary>
    void End(string outcome);
}

/// <summary>Where progress lines go: the console, or the running test's live diagnostics.</summary>
public interface IProgressOutput
{
    void WriteLine(string line);
}
