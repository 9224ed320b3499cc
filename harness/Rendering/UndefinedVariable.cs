namespace KedaGuidance.Harness.Rendering;

/// <summary>A variable a file used that the environment did not define (rendered as empty, as the guide's shell would).</summary>
public sealed record UndefinedVariable(string File, string Variable, string? StepThatShouldDefineIt);
