using KedaGuidance.Harness.Evidence;

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

/// <summary>
/// What an expectation observed: met or not, the last observation in words, how long it took, and the evidence the
/// handler gathered while it waited (a timeline, diagnostics), which the executor attaches to the scenario.
/// </summary>
public sealed record ExpectationResult(bool Met, string Observed, TimeSpan Elapsed, bool Planned = false)
{
    public IReadOnlyList<EvidenceAttachment> Attachments { get; init; } = [];

    public static ExpectationResult PlannedOnly(Expectation expectation) =>
        new(true, $"planned: would wait up to {expectation.Budget}", TimeSpan.Zero, Planned: true);
}

/// <summary>An expectation was not met within its budget. The message says what was expected, what was seen, and the budget.</summary>
public sealed class ExpectationFailedException(Expectation expectation, ExpectationResult result)
    : Exception($"Expected {expectation.Summary} within {expectation.Budget}; observed: {result.Observed} after {result.Elapsed.TotalSeconds:0.#} s.")
{
    public Expectation Expectation { get; } = expectation;
    public ExpectationResult Result { get; } = result;
}
