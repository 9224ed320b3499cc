namespace KedaGuidance.Harness.Teardown.Cleanup;

/// <summary>What one clean-up step did: skipped (with the reason), or the resources it removed and could not.</summary>
public sealed record CleanupOutcome(CleanupStep Step, string? Skipped, TeardownReport Report)
{
    public string Describe() => Skipped is { } reason
        ? $"skipped {Step.Phrase}: {reason}"
        : $"{Step.Phrase}: removed {(Report.Removed.Count == 0 ? "nothing" : string.Join(", ", Report.Removed))}"
          + (Report.Clean ? "" : $"; could not remove {string.Join("; ", Report.Leftovers)}");
}
