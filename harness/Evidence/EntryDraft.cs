namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// What an executor hands <see cref="RunRecorder.Record"/> when an operation or expectation ends: the entry without
/// its sequence number and duration, which the recorder assigns (the duration runs from <see cref="Start"/> to now).
/// </summary>
public sealed record EntryDraft(EntryType Type, string Kind, string Summary, DateTimeOffset Start, EntryOutcome Outcome)
{
    /// <summary>The exact rendered content an operation sent (manifest, values, command line).</summary>
    public string? Content { get; init; }

    /// <summary>An expectation's budget with its derivation ("150 s (… = 150 s)").</summary>
    public string? Budget { get; init; }

    /// <summary>What was observed or achieved, or the error.</summary>
    public string? Detail { get; init; }
}
