namespace KedaGuidance.Harness.Guide;

/// <summary>
/// Lists the guide's tree without following a link and without opening a file, in ordinal path order, stopping at the
/// first limit (entries, folder depth, bytes of regular files). <c>.git</c> at the root is not the guide's content.
/// Iterative: a deep tree cannot overflow the stack.
/// </summary>
public static class GuideTree
{
    public static GuideTreeScan Scan(string root, GuideReadLimits? limits = null, IReadOnlySet<string>? skip = null)
    {
        limits ??= GuideReadLimits.Default;
        root = Path.GetFullPath(root);
        var entries = new List<GuideTreeEntry>();
        var pending = new Stack<(string Full, string Relative, int Depth)>();
        pending.Push((root, "", 0));
        long bytes = 0;
        while (pending.Count > 0)
        {
            var (folder, relativeFolder, depth) = pending.Pop();
            var children = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
            foreach (var full in children.AsEnumerable().Reverse())
            {
                var name = Path.GetFileName(full);
                var relative = relativeFolder.Length == 0 ? name : relativeFolder + "/" + name;
                if (relative == ".git" || skip?.Contains(relative) == true)
                    continue;
                var (kind, size) = FileKinds.Of(full);
                entries.Add(new GuideTreeEntry(relative, kind, size, kind == FileKind.SymbolicLink ? FileKinds.LinkTarget(full) : null));
                if (entries.Count > limits.MaxEntries)
                    return Stop(entries, relative, $"the guide holds more than {limits.MaxEntries:N0} files and folders.");
                bytes += size;
                if (bytes > limits.MaxGuideBytes)
                    return Stop(entries, relative, $"the guide's files hold more than {limits.MaxGuideBytes:N0} bytes (this one {size:N0}).");
                if (kind == FileKind.Directory)
                {
                    if (depth + 1 > limits.MaxFolderDepth)
                        return Stop(entries, relative, $"the guide's folders nest deeper than {limits.MaxFolderDepth} levels.");
                    pending.Push((full, relative, depth + 1));
                }
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new GuideTreeScan(entries, null);
    }

    private static GuideTreeScan Stop(List<GuideTreeEntry> entries, string at, string message)
    {
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new GuideTreeScan(entries, new GuideFileProblem(at, GuideFileProblemKind.GuideTooLarge, message));
    }
}
