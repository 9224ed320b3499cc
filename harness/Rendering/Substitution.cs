namespace KedaGuidance.Harness.Rendering;

/// <summary>How the guide substitutes one file: through envsubst, or by sed on the named placeholders.</summary>
public enum Substitution { Envsubst, Sed }
