namespace KedaGuidance.Harness.Guide;

/// <summary>
/// How much of the guide the suite reads. The guide arrives in pull requests, so it is read as bounded data: the
/// largest file it ever held is 687 KB (an image in assets/, over the upstream repository's whole history) and its
/// text files are under 9 KB; the limits leave a wide margin for that and none for a hostile one.
/// </summary>
public sealed record GuideReadLimits(long MaxFileBytes, long MaxGuideBytes, int MaxEntries, int MaxFolderDepth)
{
    /// <summary>1 MiB per file read as text, 64 MiB for the whole tree, 10,000 files and folders, 32 folder levels.</summary>
    public static GuideReadLimits Default { get; } = new(1L << 20, 64L << 20, 10_000, 32);
}
