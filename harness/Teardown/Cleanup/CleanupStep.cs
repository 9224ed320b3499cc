using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Teardown.Cleanup;

/// <summary>
/// One step of the guide's clean-up, as data: the phrase the feature uses, the guide's command, which of this run's
/// ledger entries it removes (by the resource names the creating code registers), and the capability a target must
/// offer to ever have the thing (<see cref="TargetCapabilities"/>; null: every target may have it). On a target that
/// lacks it the step is skipped with the profile's reason.
/// </summary>
public sealed record CleanupStep(string Phrase, string Section, string GuideCommand, Func<string, bool> Matches, string? Needs)
{
    /// <summary>Why this target never has the thing, or null when it may.</summary>
    public string? SkipReason(TargetProfile profile) => Needs is { } capability ? profile.LackReason(capability) : null;

    public override string ToString() => $"{Section}: {Phrase} ({GuideCommand})";
}
