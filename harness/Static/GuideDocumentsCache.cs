namespace KedaGuidance.Harness.Static;

/// <summary>
/// Loaded guide documents shared by the scenarios of one feature (they differ only if their inputs differ), so a
/// feature of many static scenarios renders and parses the guide once. Owned by the feature's context, not static.
/// </summary>
public sealed class GuideDocumentsCache
{
    private readonly Dictionary<string, GuideDocuments> _loaded = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public GuideDocuments GetOrLoad(StaticInputs inputs)
    {
        var key = string.Join("\u0001", [inputs.GuideRoot, inputs.KedaVersion,
            .. inputs.Environment.Variables.Select(v => $"{v.Name}={v.Value}"),
            .. inputs.InlineManifests.Select(m => $"{m.FileName}\u0002{m.Text}"),
            .. inputs.Commands.Select(c => $"{c.Step}\u0002{c.Text}")]);
        lock (_gate)
        {
            if (!_loaded.TryGetValue(key, out var documents))
                _loaded[key] = documents = Load(inputs);
            return documents;
        }
    }

    /// <summary>Renders into a scratch folder (never the guide), keeps the texts in memory and deletes the folder.</summary>
    public static GuideDocuments Load(StaticInputs inputs)
    {
        using var scratch = Operations.ScratchFolder.Create("static");
        var documents = GuideDocuments.Load(inputs, scratch.Path);
        documents.StartToolChecks();
        _ = Rules.KubernetesStrictDecodeRule.WarmUp();
        return documents;
    }
}
