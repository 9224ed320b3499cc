namespace KedaGuidance.Harness.Static;

/// <summary>Error: a reader following the guide fails (or gets something other than the guide says). Warning: it works today but is fragile or misleading.</summary>
public enum Severity { Error, Warning }
