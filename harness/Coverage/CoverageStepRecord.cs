namespace KedaGuidance.Harness.Coverage;

/// <summary>One guide step as the run record shows it.</summary>
public sealed record CoverageStepRecord(
    string Id, string Section, int Line, string Kind, string Step, string Status, string? CoveredBy, IReadOnlyList<string> Targets, string? Waived);
