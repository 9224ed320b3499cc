using System.Diagnostics;
using System.Text.Json;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// Python's own parser: <c>compile()</c> (what <c>python app.py</c> does first; it also catches what only the compiler
/// rejects, e.g. <c>return</c> outside a function), then <c>ast.parse(feature_version=…)</c> with the Python minor of
/// the image the file runs in, so syntax newer than that Python is reported too (best effort, as Python documents it).
/// One interpreter start checks every file. python3 is found on PATH (Debian's python3; .ci/run has it).
/// </summary>
public static class PythonSyntax
{
    private const string Checker = """
        import ast, json, sys, warnings
        warnings.simplefilter("ignore")
        out = []
        for f in json.load(sys.stdin):
            problem = None
            try:
                compile(f["text"], f["path"], "exec", dont_inherit=True)
                if f["version"]:
                    try:
                        ast.parse(f["text"], f["path"], feature_version=tuple(f["version"]))
                    except ValueError:
                        pass  # older than this interpreter can emulate: compile() above is the check
            except SyntaxError as e:
                problem = {"line": e.lineno or 0, "column": e.offset or 0, "message": e.msg}
            out.append(problem)
        json.dump(out, sys.stdout)
        """;

    public static string? Path { get; } = ToolOnPath.Find("python3");

    /// <summary>The interpreter's version (e.g. "3.11.7"), for the evidence; null without python3.</summary>
    public static string? Version => LazyVersion.Value;

    private static readonly Lazy<string?> LazyVersion = new(() =>
        Path is null ? null : Run(["-c", "import sys; print(sys.version.split()[0])"], "", TimeSpan.FromSeconds(10)).Output.Trim());

    /// <summary>The problems of every source that does not parse; throws when the interpreter fails or times out.</summary>
    public static IReadOnlyList<PythonProblem> Check(IReadOnlyList<PythonSource> sources, TimeSpan timeout)
    {
        if (sources.Count == 0)
            return [];
        var input = JsonSerializer.Serialize(sources.Select(s => new
        {
            path = s.Path,
            text = s.Text,
            version = s.ImagePython is { } v ? new[] { v.Major, v.Minor } : null,
        }));
        var (exit, output, error) = Run(["-c", Checker], input, timeout);
        if (exit != 0)
            throw new InvalidOperationException($"python3 could not check the sources (exit {exit}): {error.Trim()}");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select((e, i) => e.ValueKind == JsonValueKind.Null ? null
                : new PythonProblem(sources[i].Path, e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(), e.GetProperty("message").GetString() ?? ""))
            .OfType<PythonProblem>()
            .ToList();
    }

    private static (int Exit, string Output, string Error) Run(IReadOnlyList<string> arguments, string input, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(Path ?? "python3", arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PYTHONDONTWRITEBYTECODE"] = "1", ["PYTHONIOENCODING"] = "utf-8" },
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 did not answer within {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
