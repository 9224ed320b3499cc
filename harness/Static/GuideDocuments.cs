using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// Every file the static rules look at, rendered exactly as the guide renders it (<see cref="GuideRenderer"/>, into a
/// scratch folder) plus the inline manifests (rendered like an unquoted heredoc: envsubst semantics), parsed.
/// Files the guide uses as they are (the CloudFormation template, Dockerfiles, the sample app) are read as sources.
/// </summary>
public sealed class GuideDocuments
{
    /// <summary>Files the guide uses without substitution that rules read (YAML is parsed; the rest is text).</summary>
    public static IReadOnlyList<string> SourceFiles { get; } =
    [
        GuideLayout.PrometheusRequirementsTemplate,
        GuideLayout.SqsConsumerDockerfile,
        GuideLayout.SampleAppDockerfile,
        GuideLayout.SampleAppScript,
        GuideLayout.SqsConsumerScript,
        GuideLayout.SampleAppRequirements,
        GuideLayout.EnvScript,
        GuideLayout.PrometheusCreateRequirements,
        GuideLayout.Cloud9Template,
    ];

    private GuideDocuments(StaticInputs inputs, IReadOnlyList<GuideDocument> files, IReadOnlyList<UndefinedVariable> undefined,
        IReadOnlyList<GuideCommand> commands, GuideTreeScan tree)
    {
        Inputs = inputs;
        Tree = tree;
        Files = files;
        Undefined = undefined;
        Commands = commands;
        KubernetesObjects = files
            .SelectMany(f => f.ParsedParts.Select(p => (f, p)))
            .Where(x => x.p.Mapping is { } m && m.Str("apiVersion") is not null && m.Str("kind") is not null)
            .Select(x => new KubeObject(x.f, x.p, x.p.Mapping!))
            .ToList();
    }

    public StaticInputs Inputs { get; }
    public GuideEnvironment Environment => Inputs.Environment;
    public Version KedaVersion => Version.Parse(Inputs.KedaVersion);
    public IReadOnlyList<GuideDocument> Files { get; }

    /// <summary>Variables a file used that no step defined (rendered empty, as the guide's shell would).</summary>
    public IReadOnlyList<UndefinedVariable> Undefined { get; }

    /// <summary>The guide's commands, rendered as the shell expands them.</summary>
    public IReadOnlyList<GuideCommand> Commands { get; }

    public IReadOnlyList<KubeObject> KubernetesObjects { get; }

    /// <summary>The guide's whole tree as listed without following links: the links and special files in it, or the limit it ran into.</summary>
    public GuideTreeScan Tree { get; }

    public GuideDocument? this[string path] => Files.FirstOrDefault(f => f.Path == path);

    public IEnumerable<KubeObject> ScaledObjects => KubernetesObjects.Where(o => o.Is("keda.sh", "ScaledObject"));

    public static GuideDocuments Load(StaticInputs inputs, string scratchFolder)
    {
        var guide = new GuideFiles(inputs.GuideRoot);
        var rendered = GuideRenderer.Render(guide, inputs.Environment, scratchFolder);
        var files = new List<GuideDocument>();
        var undefined = new List<UndefinedVariable>(rendered.Undefined);
        foreach (var file in rendered.Files)
            files.Add(Parse(file.Spec.Path, file.SourceText, file.Text, file.Spec.Substitution));
        foreach (var problem in rendered.Problems)
            files.Add(Unread(problem, GuideRenderPlan.For(problem.Path).Substitution));
        foreach (var inline in inputs.InlineManifests)
        {
            var text = Envsubst.Render(inline.Text, inputs.Environment.Values, out var missing);
            undefined.AddRange(missing.Select(v => new UndefinedVariable(inline.DisplayPath, v, GuideEnvironment.StepDefining(v))));
            files.Add(Parse(inline.DisplayPath, inline.Text, text, Substitution.Envsubst));
        }
        foreach (var path in SourceFiles)
        {
            var read = guide.Read(path);
            if (read.Problem is { } problem)
                files.Add(Unread(problem, null));
            else if (read.Text is { } text)
                files.Add(Parse(path, text, text, null));
        }
        var commands = inputs.Commands
            .Select(c => c with { Text = Envsubst.Render(c.Text, inputs.Environment.Values, out _) })
            .ToList();
        return new GuideDocuments(inputs, files, undefined, commands, GuideTree.Scan(inputs.GuideRoot));
    }

    /// <summary>A file the reader refused: present (so every rule and scenario sees the file), empty, with its problem.</summary>
    private static GuideDocument Unread(GuideFileProblem problem, Substitution? substitution) =>
        Parse(problem.Path, "", "", substitution) with { Parts = [], JsonProblem = null, ReadProblem = problem };

    private static GuideDocument Parse(string path, string source, string text, Substitution? substitution)
    {
        var extension = Path.GetExtension(path.EndsWith(".template", StringComparison.Ordinal) ? path[..^".template".Length] : path);
        switch (extension)
        {
            case ".yaml" or ".yml":
                return new GuideDocument(path, source, text, DocumentFormat.Yaml, substitution, DocumentParser.ParseYaml(text), null);
            case ".json":
                var (parts, problem) = DocumentParser.ParseJson(text);
                return new GuideDocument(path, source, text, DocumentFormat.Json, substitution, parts, problem);
            default:
                return new GuideDocument(path, source, text, DocumentFormat.Text, substitution, [], null);
        }
    }
}
