using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// One static scenario's inputs and documents: the guide-text-only parts (heredoc manifests, commands) gathered by
/// its steps, then the guide rendered once into a scratch folder that is deleted with the scenario.
/// </summary>
public sealed class StaticGuideCheck : IDisposable
{
    private readonly List<InlineManifest> _inline = [];
    private readonly List<GuideCommand> _commands = [];
    private string? _scratch;
    private GuideDocuments? _documents;

    public GuideEnvironment Environment { get; private set; } = GuideEnvironment.Example;

    public void Use(GuideEnvironment environment) => Environment = environment;

    public void AddInlineManifest(string fileName, string text) => _inline.Add(new InlineManifest(fileName, text));

    public void AddCommand(string step, string text) => _commands.Add(new GuideCommand(step, text));

    /// <summary>The guide's documents, rendered on first use.</summary>
    public GuideDocuments Documents(string guideRoot, string kedaVersion)
    {
        if (_documents is not null)
            return _documents;
        _scratch = Directory.CreateTempSubdirectory("kg-static-").FullName;
        _documents = GuideDocuments.Load(new StaticInputs(guideRoot, Environment, kedaVersion, _inline, _commands), _scratch);
        return _documents;
    }

    /// <summary>Runs one family (optionally only its findings in one file).</summary>
    public StaticReport Run(string guideRoot, string kedaVersion, string family, string? onlyFile = null) =>
        StaticConformance.Run(Documents(guideRoot, kedaVersion), GuideRules.Of(family), onlyFile);

    public void Dispose()
    {
        if (_scratch is not null && Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
    }
}
