namespace KedaGuidance.Harness.Rendering;

/// <summary>One exported variable of the guide's shell session and the guide step that defines it.</summary>
public sealed record GuideVariable(string Name, string Value, string DefinedBy);
