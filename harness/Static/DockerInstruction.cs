namespace KedaGuidance.Harness.Static;

/// <summary>One instruction of a Dockerfile: keyword (upper case), its argument text, its line, and its exec-form words when it is a JSON array.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line, IReadOnlyList<string>? ExecForm)
{
    /// <summary>The words of the instruction: the exec form, or the shell form split on whitespace.</summary>
    public IReadOnlyList<string> Words => ExecForm ?? Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
