using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Teardown.Cleanup;

/// <summary>
/// One step of the guide's clean-up, as data: the phrase the feature uses, the guide's command, which of this run's
/// ledger entries it removes (by the resource names the creating code registers), and on which targets the thing
/// never exists (then the step is skipped with <see cref="NeverCreatedOn"/>'s reason).
/// </summary>
public sealed record CleanupStep(string Phrase, string Section, string GuideCommand, Func<string, bool> Matches,
    IReadOnlyDictionary<SuiteTarget, string> NeverCreatedOn)
{
    /// <summary>Why this target never has the thing, or null when it may.</summary>
    public string? SkipReason(SuiteTarget target) => NeverCreatedOn.GetValueOrDefault(target);

    public override string ToString() => $"{Section}: {Phrase} ({GuideCommand})";
}
