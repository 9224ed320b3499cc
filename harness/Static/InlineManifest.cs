namespace KedaGuidance.Harness.Static;

/// <summary>A manifest that exists only in the implementation guide's text (a <c>cat &lt;&lt; EOF &gt; file</c> heredoc), kept in a feature file.</summary>
public sealed record InlineManifest(string FileName, string Text)
{
    /// <summary>How findings name it: the guide maintainer finds it in the implementation guide, not the repository.</summary>
    public string DisplayPath => $"implementation guide: {FileName}";
}
