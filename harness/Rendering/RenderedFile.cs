namespace KedaGuidance.Harness.Rendering;

/// <summary>One rendered file: where the guide has it, where the scratch copy is, its text, and the guide's text it came from.</summary>
public sealed record RenderedFile(RenderedFileSpec Spec, string ScratchPath, string Text, string SourceText);
