namespace KedaGuidance.Harness.Metrics;

/// <summary>
/// One evaluation of a rate query while a paced load runs: when (since the load started), what the query returned
/// (null when it failed or returned no element), how many elements it returned, and the rate the load really
/// generated over the same window.
/// </summary>
public sealed record RateSample(TimeSpan SinceLoadStart, double? Value, int Elements, double GeneratedRate, string? Error = null);
