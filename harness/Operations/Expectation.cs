namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Something a step expects to observe on a target within a <see cref="WaitBudget"/>: a deployment reaching N ready
/// replicas, staying at 0 for T, an HPA existing, a log line appearing. Live: awaited by watching or polling (Polly),
/// never by sleeping. Plan: recorded with its deadline.
/// </summary>
public abstract record Expectation
{
    public abstract string Kind { get; }

    public abstract string Summary { get; }

    public required WaitBudget Budget { get; init; }
}
