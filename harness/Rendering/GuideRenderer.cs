using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Rendering;

/// <summary>A variable a file used that the environment did not define (rendered as empty, as the guide's shell would).</summary>
public sealed record UndefinedVariable(string File, string Variable, string? StepThatShouldDefineIt);

/// <summary>One rendered file: where the guide has it, where the scratch copy is, its text, and the guide's text it came from.</summary>
public sealed record RenderedFile(RenderedFileSpec Spec, string ScratchPath, string Text, string SourceText);

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

/// <summary>
/// Renders the guide's files as the guide does (<see cref="GuideRenderPlan"/>) into a scratch folder, never into the
/// guide itself: the guide's own in-place edits (<c>mv /tmp/f f</c>, <c>sed -i</c>) would make a second run a no-op.
/// The guide is read through <see cref="GuideFiles"/> (regular files inside the root only, bounded, strict UTF-8), and
/// the scratch folder is the run's own, outside the evidence: a rendered copy is input for a command (aws iam
/// create-role --assume-role-policy-document file://…), not evidence.
/// </summary>
public static class GuideRenderer
{
    public static RenderedGuide Render(string guideRoot, GuideEnvironment environment, string scratchFolder) =>
        Render(new GuideFiles(guideRoot), environment, scratchFolder);

    public static RenderedGuide Render(GuideFiles guide, GuideEnvironment environment, string scratchFolder)
    {
        var values = environment.Values;
        var files = new List<RenderedFile>();
        var undefined = new List<UndefinedVariable>();
        var problems = new List<GuideFileProblem>();
        foreach (var spec in GuideRenderPlan.Files)
        {
            var read = guide.Read(spec.Path);
            if (read.Problem is { } problem)
            {
                problems.Add(problem);
                continue;
            }
            if (read.Text is not { } source)
                continue; // A missing file is a finding of the repository checks, not a rendering error.
            var text = RenderText(source, spec, values, out var missing);
            undefined.AddRange(missing.Select(v => new UndefinedVariable(spec.Path, v, GuideEnvironment.StepDefining(v))));
            files.Add(new RenderedFile(spec, Write(scratchFolder, spec.Path, text), text, source));
        }
        return new RenderedGuide(scratchFolder, environment, files, undefined, problems);
    }

    /// <summary>
    /// A file the guide uses as it is (the CloudFormation template), copied through the bounded reader into the scratch
    /// folder, so a command given its path never reads what a link in the guide points at.
    /// </summary>
    public static string CopySource(GuideFiles guide, string path, string scratchFolder) =>
        Write(scratchFolder, path, guide.ReadText(path));

    private static string Write(string scratchFolder, string path, string text)
    {
        var target = Path.Combine(scratchFolder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        return target;
    }

    /// <summary>Renders one text by the given treatment.</summary>
    public static string RenderText(string text, RenderedFileSpec spec, IReadOnlyDictionary<string, string> values, out IReadOnlyList<string> undefined)
    {
        if (spec.Substitution == Substitution.Envsubst)
            return Envsubst.Render(text, values, out undefined);
        var missing = new List<string>();
        foreach (var variable in spec.SedVariables)
        {
            if (!values.TryGetValue(variable, out var value))
                missing.Add(variable);
            text = SedPlaceholder.Render(text, variable, value);
        }
        undefined = missing;
        return text;
    }
}
