namespace KedaGuidance.Harness.Rendering;

/// <summary>A variable a file used that the environment did not define (rendered as empty, as the guide's shell would).</summary>
public sealed record UndefinedVariable(string File, string Variable, string? StepThatShouldDefineIt);

/// <summary>One rendered file: where the guide has it, where the scratch copy is, and its text.</summary>
public sealed record RenderedFile(RenderedFileSpec Spec, string ScratchPath, string Text);

/// <summary>The guide rendered into a scratch folder, with every variable that was used but undefined.</summary>
public sealed record RenderedGuide(string ScratchFolder, GuideEnvironment Environment, IReadOnlyList<RenderedFile> Files,
    IReadOnlyList<UndefinedVariable> Undefined)
{
    public RenderedFile this[string path] => Files.FirstOrDefault(f => f.Spec.Path == path)
        ?? throw new KeyNotFoundException($"{path} was not rendered.");
}

/// <summary>
/// Renders the guide's files as the guide does (<see cref="GuideRenderPlan"/>) into a scratch folder, never into the
/// guide itself: the guide's own in-place edits (<c>mv /tmp/f f</c>, <c>sed -i</c>) would make a second run a no-op.
/// </summary>
public static class GuideRenderer
{
    public static RenderedGuide Render(string guideRoot, GuideEnvironment environment, string scratchFolder)
    {
        var values = environment.Values;
        var files = new List<RenderedFile>();
        var undefined = new List<UndefinedVariable>();
        foreach (var spec in GuideRenderPlan.Files)
        {
            var source = Path.Combine(guideRoot, spec.Path);
            if (!File.Exists(source))
                continue; // A missing file is a finding of the repository checks, not a rendering error.
            var text = RenderText(File.ReadAllText(source), spec, values, out var missing);
            undefined.AddRange(missing.Select(v => new UndefinedVariable(spec.Path, v, GuideEnvironment.StepDefining(v))));
            var target = Path.Combine(scratchFolder, spec.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
            files.Add(new RenderedFile(spec, target, text));
        }
        return new RenderedGuide(scratchFolder, environment, files, undefined);
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
