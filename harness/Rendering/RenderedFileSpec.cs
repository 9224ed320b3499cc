namespace KedaGuidance.Harness.Rendering;

/// <summary>One file the guide renders, the way it renders it, and the command of the guide that does it.</summary>
public sealed record RenderedFileSpec(string Path, Substitution Substitution, IReadOnlyList<string> SedVariables, string GuideCommand);
