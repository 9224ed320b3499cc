namespace KedaGuidance.Harness.Evidence;

/// <summary>A named, target-specific change to what the guide says, shown in the evidence next to the step it changes.</summary>
public sealed record DeclaredDeviation(string Id, string Target, string GuideSays, string SuiteDoes, string Reason);
