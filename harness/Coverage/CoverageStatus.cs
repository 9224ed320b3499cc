namespace KedaGuidance.Harness.Coverage;

/// <summary>How one guide step is accounted for.</summary>
public enum CoverageStatus { Covered, Waived, Missing }
