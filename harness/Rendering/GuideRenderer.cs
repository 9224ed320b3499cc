using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Rendering;

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
