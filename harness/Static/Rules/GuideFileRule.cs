using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The guide is untrusted (it arrives in pull requests) and read as bounded data (<see cref="GuideFiles"/>): a file the
/// suite reads that is a link, a FIFO or a device, sits in a linked folder, is larger than a guide file may be or is not
/// UTF-8 is an error at that file, and was never read. A link or special file elsewhere in the tree is an error too:
/// the suite never reads it, but a reader's shell following the guide would (and the guide has no reason for one), so a
/// hostile pull request fails the static run visibly. A tree beyond the guide's limits is an error.
/// </summary>
public sealed class GuideFileRule : GuideRule
{
    public override string Id => "guide-file";
    public override string Family => RuleFamilies.Syntax;
    public override string Checks => "every file the suite reads is a regular UTF-8 file inside the guide, within the size limits; links and special files are never read";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var file in docs.Files)
        {
            if (file.ReadProblem is { } problem)
                yield return Error(file.Path, new FindingLocation(problem.Line, problem.Column, null), $"Not read: {problem.Message}", problem.Hint);
        }
        if (docs.Tree.Limit is { } limit)
            yield return Error(limit.Path, FindingLocation.None, $"The guide was not scanned further: {limit.Message}", limit.Hint);
        var read = docs.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in docs.Tree.Unreadable.Where(e => !read.Contains(e.Path)))
        {
            var what = entry.Kind == FileKind.SymbolicLink ? $"a symbolic link (to {entry.LinkTarget})" : "not a regular file (a FIFO, a device or a socket)";
            yield return Error(entry.Path, FindingLocation.None, $"{entry.Path} is {what}; the suite never reads it, but a reader's shell would follow it.",
                "Replace it with a regular file, or remove it from the guide.");
        }
    }
}
