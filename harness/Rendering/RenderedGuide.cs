using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Rendering;

/// <summary>
/// The guide rendered into a scratch folder, with every variable that was used but undefined, and every file of the
/// plan the bounded reader refused (a link, a FIFO, too large, not UTF-8): those are never read, hence never rendered.
/// </summary>
public sealed record RenderedGuide(string ScratchFolder, GuideEnvironment Environment, IReadOnlyList<RenderedFile> Files,
    IReadOnlyList<UndefinedVariable> Undefined, IReadOnlyList<GuideFileProblem> Problems)
{
    public RenderedFile this[string path] => Files.FirstOrDefault(f => f.Spec.Path == path)
        ?? throw (Problems.FirstOrDefault(p => p.Path == path) is { } problem
            ? new GuideReadException(problem)
            : new KeyNotFoundException($"{path} was not rendered."));

    /// <summary>Fails when one of <paramref name="paths"/> was refused, naming the file and why.</summary>
    public void RequireReadable(IEnumerable<string> paths)
    {
        if (Problems.FirstOrDefault(p => paths.Contains(p.Path)) is { } problem)
            throw new GuideReadException(problem);
    }
}
