namespace KedaGuidance.Harness.Rendering;

/// <summary>Rendering a guide file failed the way the guide's own command would.</summary>
public sealed class RenderingException(string message) : Exception(message);
