using System.Runtime.CompilerServices;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// What several rules derive from the same loaded guide, computed once per <see cref="GuideDocuments"/>: the guide's
/// model (names, exports), its Dockerfiles and image builds, the Python sources and whether each parses, and which
/// files do not parse at all (their other findings would only repeat the parse error).
/// </summary>
public static class GuideDocumentsFacts
{
    private static readonly ConditionalWeakTable<GuideDocuments, Facts> Cache = new();

    public static GuideModel Model(this GuideDocuments docs) => Of(docs).Model.Value;

    /// <summary>The image builds of the guide's text, rendered with the run's environment.</summary>
    public static IReadOnlyList<ImageBuild> ImageBuilds(this GuideDocuments docs) => Of(docs).ImageBuilds.Value;

    public static Dockerfile? Dockerfile(this GuideDocuments docs, string path) =>
        docs[path] is { } file ? Of(docs).Dockerfiles.GetOrAdd(path, _ => Static.Dockerfile.Parse(path, file.Text)) : null;

    /// <summary>The Python files the guide ships, each with the Python minor of the image that runs it when its Dockerfile says.</summary>
    public static IReadOnlyList<PythonSource> PythonSources(this GuideDocuments docs) => Of(docs).Python.Value;

    /// <summary>Python sources that do not parse; null when no python3 is on PATH (then nothing is known).</summary>
    public static IReadOnlyList<PythonProblem>? PythonProblems(this GuideDocuments docs) => Of(docs).PythonProblems.Value.GetAwaiter().GetResult();

    /// <summary>
    /// Starts the checks that run an external tool (python3) in the background, so their process start overlaps the
    /// rules that need none (a pyenv shim alone takes most of a second). Idempotent.
    /// </summary>
    public static void StartToolChecks(this GuideDocuments docs) => _ = Of(docs).PythonProblems.Value;

    /// <summary>True when the file does not parse (YAML, JSON, or Python when an interpreter could say so).</summary>
    public static bool IsBroken(this GuideDocuments docs, string path) =>
        docs[path]?.Problem is not null || docs.PythonProblems()?.Any(p => p.Path == path) == true;

    private static Facts Of(GuideDocuments docs) => Cache.GetValue(docs, d => new Facts(d));

    private sealed class Facts
    {
        public Facts(GuideDocuments docs)
        {
            Model = new(() => GuideModel.Parse(path => docs[path]?.SourceText));
            ImageBuilds = new(() => ImageBuild.In(ImplementationGuideText.ImageBuilds
                .Select(b => (b.Step, Envsubst.Render(b.Command, docs.Environment.Values, out _)))));
            Python = new(() => docs.Files.Where(f => f.Path.EndsWith(".py", StringComparison.Ordinal))
                .Select(f => new PythonSource(f.Path, f.SourceText, ImagePython(docs, f.Path)))
                .ToList());
            PythonProblems = new(() => PythonSyntax.Path is null
                ? Task.FromResult<IReadOnlyList<PythonProblem>?>(null)
                : Task.Run<IReadOnlyList<PythonProblem>?>(() => PythonSyntax.Check(Python.Value, TimeSpan.FromSeconds(30))));
        }

        public Lazy<GuideModel> Model { get; }
        public Lazy<IReadOnlyList<ImageBuild>> ImageBuilds { get; }
        public Lazy<IReadOnlyList<PythonSource>> Python { get; }
        public Lazy<Task<IReadOnlyList<PythonProblem>?>> PythonProblems { get; }
        public System.Collections.Concurrent.ConcurrentDictionary<string, Dockerfile> Dockerfiles { get; } = new(StringComparer.Ordinal);
    }

    // The Python minor of the image built from the script's folder: FROM python:3.8-alpine → 3.8.
    private static Version? ImagePython(GuideDocuments docs, string script)
    {
        var dockerfile = docs.Dockerfile(Path.GetDirectoryName(script)!.Replace('\\', '/') + "/Dockerfile");
        var from = dockerfile?.Last("FROM")?.Words.FirstOrDefault(w => !w.StartsWith("--", StringComparison.Ordinal));
        var match = from is null ? null : System.Text.RegularExpressions.Regex.Match(from, @"python:(?<v>\d+\.\d+)");
        return match is { Success: true } ? Version.Parse(match.Groups["v"].Value) : null;
    }
}
