namespace KedaGuidance.Harness.Static;

/// <summary>A parse error with the parser's own 1-based line and column.</summary>
public sealed record ParseProblem(int Line, int Column, string Message);
