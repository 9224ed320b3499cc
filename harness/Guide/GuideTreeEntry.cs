namespace KedaGuidance.Harness.Guide;

/// <summary>One file, folder, link or special file of the guide's tree; <see cref="LinkTarget"/> is a link's target as written, never followed.</summary>
public sealed record GuideTreeEntry(string Path, FileKind Kind, long Size, string? LinkTarget);
