using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static;

/// <summary>What a static run checks: the guide's checkout, the values it is rendered with, the pinned KEDA version and the guide-text-only parts.</summary>
public sealed record StaticInputs(
    string GuideRoot,
    GuideEnvironment Environment,
    string KedaVersion,
    IReadOnlyList<InlineManifest> InlineManifests,
    IReadOnlyList<GuideCommand> Commands);
