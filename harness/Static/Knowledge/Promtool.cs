using System.Diagnostics;
using System.Text.Json;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// Prometheus' own offline PromQL parser: <c>promtool check rules</c> on a one-rule file holding the expression.
/// Found on PATH (Debian's prometheus package installs it; .ci/apt-packages.txt lists it).
/// </summary>
public static class Promtool
{
    public static string? Path { get; } = ToolOnPath.Find("promtool");

    /// <summary>Null when the expression parses; otherwise promtool's message.</summary>
    public static string? CheckExpression(string expression, TimeSpan timeout)
    {
        using var folder = Operations.ScratchFolder.Create("promtool");
        var file = folder.Combine("scaledobject-query.rules.yml");
        // A JSON string is a valid YAML double-quoted scalar: the expression reaches promtool unchanged.
        File.WriteAllText(file, $"groups:\n- name: kedaguidance-static\n  rules:\n  - record: kedaguidance:scaledobject_query\n    expr: {JsonSerializer.Serialize(expression)}\n");
        using var process = Process.Start(new ProcessStartInfo(Path ?? "promtool", ["check", "rules", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"promtool did not answer within {timeout.TotalSeconds:0} s";
        }
        return process.ExitCode == 0 ? null : (stderr.Result + stdout.Result).Replace(file, "<rule file>").Trim();
    }
}
