namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>Where a Python source does not parse: the interpreter's own line, column and message.</summary>
public sealed record PythonProblem(string Path, int Line, int Column, string Message);
