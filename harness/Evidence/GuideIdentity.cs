namespace KedaGuidance.Harness.Evidence;

/// <summary>The guide's version: a git commit, or a content hash for a plain folder.</summary>
public sealed record GuideIdentity(string Source, string Kind, string Value)
{
    public override string ToString() => $"{Kind} {Value} ({Source})";
}
