using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static;

/// <summary>One static scenario's inputs, gathered by its steps: the environment, heredoc manifests and commands of the guide's text.</summary>
public sealed class StaticGuideCheck
{
    private readonly List<InlineManifest> _inline = [];
    private readonly List<GuideCommand> _commands = [];

    /// <summary>The environment the guide's files are rendered with; null until <see cref="Use"/>: the guide's own example environment then.</summary>
    public GuideEnvironment? Environment { get; private set; }

    public void Use(GuideEnvironment environment) => Environment = environment;

    public void AddInlineManifest(string fileName, string text) => _inline.Add(new InlineManifest(fileName, text));

    public void AddCommand(string step, string text) => _commands.Add(new GuideCommand(step, text));

    public GuideDocuments Documents(GuideDocumentsCache cache, string guideRoot, string kedaVersion) =>
        cache.GetOrLoad(new StaticInputs(guideRoot, Environment ?? GuideEnvironment.ExampleFor(Guide.GuideModel.Read(guideRoot)), kedaVersion, [.. _inline], [.. _commands]));

    /// <summary>Runs one family (optionally only its findings in one file).</summary>
    public StaticReport Run(GuideDocumentsCache cache, string guideRoot, string kedaVersion, string family, string? onlyFile = null) =>
        StaticConformance.Run(Documents(cache, guideRoot, kedaVersion), GuideRules.Of(family), onlyFile);
}
