namespace KedaGuidance.Harness.Runner;

/// <summary>A scenario that cannot pass: a parse error, an undefined or pending step. The message says what to fix.</summary>
public sealed class ScenarioFailure(string message) : Exception(message);
