namespace KedaGuidance.Harness.Guide;

/// <summary>The guide's tree as <see cref="GuideTree.Scan"/> saw it, or the limit it stopped at.</summary>
public sealed record GuideTreeScan(IReadOnlyList<GuideTreeEntry> Entries, GuideFileProblem? Limit)
{
    /// <summary>Links and special files: the entries the suite never reads.</summary>
    public IEnumerable<GuideTreeEntry> Unreadable => Entries.Where(e => e.Kind is FileKind.SymbolicLink or FileKind.Other);
}
