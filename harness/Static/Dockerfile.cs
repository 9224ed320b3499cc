using System.Text.Json;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// A Dockerfile read the way BuildKit's parser reads it for what the static rules need: one instruction per logical
/// line (a trailing <c>\</c> continues it, <c>#</c> lines are comments), keywords case-insensitive, JSON exec form for
/// CMD/ENTRYPOINT/RUN/COPY/ADD. No served .NET library parses Dockerfiles; this keeps to that documented grammar
/// (docs.docker.com/reference/dockerfile, "Format", "Shell and exec form") without variables or heredocs.
/// </summary>
public sealed partial record Dockerfile(string Path, IReadOnlyList<DockerInstruction> Instructions)
{
    public static Dockerfile Parse(string path, string text)
    {
        var instructions = new List<DockerInstruction>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var first = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                var next = lines[++i].Trim();
                line = line[..^1].TrimEnd() + (next.StartsWith('#') ? "" : " " + next);
            }
            var match = Instruction().Match(line);
            if (!match.Success)
                continue;
            var arguments = match.Groups["args"].Value.Trim();
            instructions.Add(new DockerInstruction(match.Groups["keyword"].Value.ToUpperInvariant(), arguments, first, ExecForm(arguments)));
        }
        return new Dockerfile(path, instructions);
    }

    /// <summary>The instructions of the last build stage (what the image is).</summary>
    public IReadOnlyList<DockerInstruction> FinalStage =>
        Instructions.Skip(Math.Max(0, Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM"))).ToList();

    public DockerInstruction? Last(string keyword) => FinalStage.LastOrDefault(i => i.Keyword == keyword);

    /// <summary>The working directory a relative path of the final stage resolves against at an instruction (WORKDIR, default /).</summary>
    public string WorkdirAt(DockerInstruction instruction)
    {
        var workdir = "/";
        foreach (var i in FinalStage)
        {
            if (i == instruction)
                break;
            if (i.Keyword == "WORKDIR")
                workdir = Combine(workdir, i.Arguments.Trim('"'));
        }
        return workdir;
    }

    /// <summary>
    /// What the container runs: ENTRYPOINT (exec form) followed by CMD (exec form), an ENTRYPOINT in shell form alone
    /// (it ignores CMD), or CMD alone. Null when the image sets neither (it would run its base image's command).
    /// </summary>
    public IReadOnlyList<string>? Command(IReadOnlyList<string>? entrypointOverride = null, IReadOnlyList<string>? cmdOverride = null)
    {
        var entrypoint = entrypointOverride ?? Last("ENTRYPOINT")?.Words;
        var cmd = cmdOverride ?? (entrypointOverride is not null ? null : Last("CMD")?.Words);
        if (Last("ENTRYPOINT") is { ExecForm: null } shellEntrypoint && entrypointOverride is null)
            return ["/bin/sh", "-c", shellEntrypoint.Arguments];
        if (Last("CMD") is { ExecForm: null } shellCmd && cmdOverride is null && entrypointOverride is null && entrypoint is null)
            return ["/bin/sh", "-c", shellCmd.Arguments];
        var command = (entrypoint ?? []).Concat(cmd ?? []).ToList();
        return command.Count == 0 ? null : command;
    }

    /// <summary>Joins a container path to a base directory as the image's filesystem would (absolute paths win).</summary>
    public static string Combine(string directory, string path)
    {
        if (path.StartsWith('/'))
            return Normalize(path);
        return Normalize(directory.TrimEnd('/') + "/" + path);
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return "/" + string.Join('/', parts);
    }

    private static IReadOnlyList<string>? ExecForm(string arguments)
    {
        if (!arguments.StartsWith('['))
            return null;
        try
        {
            return JsonSerializer.Deserialize<List<string>>(arguments);
        }
        catch (JsonException)
        {
            return null; // Not valid JSON: Docker then runs it in shell form, as written.
        }
    }

    [GeneratedRegex(@"^(?<keyword>[A-Za-z]+)(\s+(?<args>.*))?$")]
    private static partial Regex Instruction();
}
