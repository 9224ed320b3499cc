namespace KedaGuidance.Harness.Guide;

/// <summary>A file of the guide the suite refuses to read; the message names the file and why (see <see cref="GuideFileProblem"/>).</summary>
public sealed class GuideReadException(GuideFileProblem problem)
    : Exception($"The guide's file {problem.Path} was not read: {problem.Message} {problem.Hint}")
{
    public GuideFileProblem Problem { get; } = problem;
}
