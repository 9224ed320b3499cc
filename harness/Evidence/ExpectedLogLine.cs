namespace KedaGuidance.Harness.Evidence;

/// <summary>A log line the guide says to expect, and when the run saw it (null: not seen).</summary>
public sealed record ExpectedLogLine(string Source, string Line, DateTimeOffset? SeenAt);
