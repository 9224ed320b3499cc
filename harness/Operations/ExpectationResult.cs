using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Operations;

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
