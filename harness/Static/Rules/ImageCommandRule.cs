using System.Text.RegularExpressions;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Each image the guide builds runs a file the image contains: the Dockerfile's CMD/ENTRYPOINT names a script that a
/// COPY/ADD puts there (from a file that exists in the build context the guide's <c>docker build</c> passes), and the
/// Deployment that runs the image keeps that command (or overrides it with one that also runs a file of the image) and
/// declares the port the script listens on.
/// </summary>
public sealed partial class ImageCommandRule : GuideRule
{
    public override string Id => "image-command";
    public override string Family => RuleFamilies.Workloads;
    public override string Checks => "each image the guide builds runs a file its COPY/ADD puts in (from its build context), and the Deployment running it keeps that command and declares the port the script listens on";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var build in docs.ImageBuilds())
        {
            var dockerfile = docs.Dockerfile(build.Dockerfile);
            if (dockerfile is null)
            {
                yield return Error(build.Dockerfile, FindingLocation.None,
                    $"The guide builds an image from {build.Context} ({build.Step}: docker build -t {build.Names[0]} {build.Context}/), which has no Dockerfile.",
                    $"Restore {build.Dockerfile}.");
                continue;
            }
            var copies = Copies(docs, dockerfile, build).ToList();
            foreach (var missing in copies.Where(c => !c.Exists))
                yield return Error(build.Dockerfile, FindingLocation.AtLine(missing.Instruction.Line, missing.Instruction.Keyword),
                    $"{missing.Instruction.Keyword} {missing.Instruction.Arguments}: {missing.Source} is not in the build context {build.Context}/ (docker build -t {build.Names[0]} {build.Context}/): the build fails.",
                    $"Add {build.Context}/{missing.Source} or copy a file that is there.");
            var imageCommand = dockerfile.Command();
            if (imageCommand is null)
            {
                yield return Error(build.Dockerfile, FindingLocation.None,
                    "The Dockerfile sets neither CMD nor ENTRYPOINT: the container runs its base image's default command, not the guide's program.",
                    "Add CMD [\"python\", \"<script>.py\"] (or the ENTRYPOINT the program needs).");
                continue;
            }
            var at = dockerfile.Last("CMD") ?? dockerfile.Last("ENTRYPOINT")!;
            var script = Script(imageCommand);
            string? scriptInImage = null;
            if (script is not null)
            {
                scriptInImage = Dockerfile.Combine(dockerfile.WorkdirAt(at), script);
                if (copies.All(c => !c.Provides(scriptInImage)))
                    yield return Error(build.Dockerfile, FindingLocation.AtLine(at.Line, at.Keyword),
                        $"The image runs {string.Join(' ', imageCommand)}, but no COPY/ADD puts {scriptInImage} into it (it copies {string.Join(", ", copies.Select(c => c.Destination))}): the container exits with \"No such file or directory\".",
                        $"Make the command name the file the Dockerfile copies ({string.Join(", ", copies.Where(c => c.Destination.EndsWith(".py", StringComparison.Ordinal)).Select(c => c.Destination).DefaultIfEmpty("COPY it first"))}), or copy {Path.GetFileName(script)} to {scriptInImage}.");
            }
            foreach (var finding in CheckDeployments(docs, build, dockerfile, copies, scriptInImage))
                yield return finding;
        }
    }

    private IEnumerable<Finding> CheckDeployments(GuideDocuments docs, ImageBuild build, Dockerfile dockerfile, IReadOnlyList<CopiedFile> copies, string? script)
    {
        foreach (var workload in Workloads.Of(docs))
        {
            var containers = workload.PodSpec.Seq("containers");
            for (var i = 0; i < containers.Count; i++)
            {
                var image = containers[i].Str("image");
                if (image is null || !build.Builds(image))
                    continue;
                var command = containers[i].Seq("command").Select(c => c.Str() ?? "").ToList();
                var args = containers[i].Seq("args").Select(c => c.Str() ?? "").ToList();
                if (command.Count > 0 || args.Count > 0)
                {
                    var runs = dockerfile.Command(command.Count > 0 ? command : null, args.Count > 0 ? args : null) ?? [];
                    var overridden = Script(runs);
                    var inImage = overridden is null ? null : Dockerfile.Combine(containers[i].Str("workingDir") ?? dockerfile.WorkdirAt(dockerfile.FinalStage[^1]), overridden);
                    if (inImage is not null && copies.All(c => !c.Provides(inImage)))
                        yield return Error(workload.Document.Path, containers[i].Get(command.Count > 0 ? "command" : "args"), $"spec.template.spec.containers[{i}].{(command.Count > 0 ? "command" : "args")}",
                            $"{workload.Describe()} overrides the image's command with {string.Join(' ', runs)}, but {build.Dockerfile} puts no {inImage} into the image: the container exits at start.",
                            $"Remove the override (the image runs {string.Join(' ', dockerfile.Command() ?? [])}) or run a file the image contains.");
                    continue;
                }
                if (script is null || docs[Source(build, copies, script)] is not { } source)
                    continue;
                var port = ListenPort().Match(source.Text);
                var declared = Workloads.Ports(workload).Select(p => p.Number).ToList();
                if (port.Success && declared.Count > 0 && !declared.Contains(int.Parse(port.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture)))
                    yield return Error(workload.Document.Path, containers[i].Get("ports") ?? containers[i], $"spec.template.spec.containers[{i}].ports",
                        $"{workload.Describe()} runs {source.Path}, which listens on port {port.Groups["port"].Value} (line {source.LineOf(port.Value)}), but the container declares {string.Join(", ", declared)}: the Service and the scrape annotation reach nothing.",
                        $"Declare containerPort {port.Groups["port"].Value}, or make the app listen on {string.Join(", ", declared)}.");
            }
        }
    }

    // The repository path of the file the image holds at a container path (what COPY took it from).
    private static string Source(ImageBuild build, IReadOnlyList<CopiedFile> copies, string inImage) =>
        copies.FirstOrDefault(c => c.Provides(inImage)) is { } copy ? $"{build.Context}/{(copy.IsDirectory ? Path.GetFileName(inImage) : copy.Source)}" : "";

    /// <summary>The script a command runs: the first .py argument (python x.py, or the script itself as the command).</summary>
    private static string? Script(IReadOnlyList<string> command) =>
        command.FirstOrDefault(w => w.EndsWith(".py", StringComparison.Ordinal) && !w.StartsWith('-'));

    private static IEnumerable<CopiedFile> Copies(GuideDocuments docs, Dockerfile dockerfile, ImageBuild build)
    {
        foreach (var instruction in dockerfile.FinalStage.Where(i => i.Keyword is "COPY" or "ADD"))
        {
            var words = instruction.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            if (instruction.Words.Any(w => w.StartsWith("--from", StringComparison.Ordinal)) || words.Count < 2)
                continue; // From another stage or image: not the build context.
            var destination = words[^1];
            var directory = words.Count > 2 || destination.EndsWith('/') || destination is "." or "./";
            var target = Dockerfile.Combine(dockerfile.WorkdirAt(instruction), destination);
            foreach (var source in words[..^1])
            {
                yield return new CopiedFile(instruction, source, target, directory || source == ".", InContext(docs.Inputs.GuideRoot, build.Context, source));
            }
        }
    }

    // Docker reads COPY sources inside the build context only; so does this check (the guide is untrusted: never look beyond it).
    private static bool InContext(string guideRoot, string context, string source)
    {
        if (source.Contains('*', StringComparison.Ordinal) || source == ".")
            return true;
        var root = Path.GetFullPath(Path.Combine(guideRoot, context));
        var full = Path.GetFullPath(Path.Combine(root, source));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && (File.Exists(full) || Directory.Exists(full));
    }

    private sealed record CopiedFile(DockerInstruction Instruction, string Source, string Destination, bool IsDirectory, bool Exists)
    {
        public bool Provides(string path) => IsDirectory
            ? Source == "." || Source.Contains('*', StringComparison.Ordinal)
                ? path.StartsWith(Destination.TrimEnd('/') + "/", StringComparison.Ordinal)
                : path == Dockerfile.Combine(Destination, Path.GetFileName(Source))
            : path == Destination;
    }

    [GeneratedRegex(@"\.run\([^)]*port\s*=\s*(?<port>\d+)")]
    private static partial Regex ListenPort();
}
