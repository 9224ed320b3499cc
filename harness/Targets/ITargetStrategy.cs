namespace KedaGuidance.Harness.Targets;

/// <summary>
/// What every strategy of a <see cref="TargetProfile"/> says about itself, so that a profile's capabilities and what
/// it never creates follow from the strategies it is made of instead of being listed by hand.
/// </summary>
public interface ITargetStrategy
{
    /// <summary>Capabilities this strategy gives its target (<see cref="TargetCapabilities"/>; a scenario tagged <c>@needs-NAME</c> runs only where offered).</summary>
    IReadOnlySet<string> Offers { get; }

    /// <summary>
    /// Capabilities this strategy stands in for, each with why the target never has that thing. The guide's clean-up
    /// skips a step that removes such a thing with this reason, and a scenario that needs it is skipped with it.
    /// </summary>
    IReadOnlyDictionary<string, string> Lacks { get; }
}
