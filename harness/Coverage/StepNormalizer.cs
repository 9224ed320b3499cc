using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Normalizes a step's text so that layout is not a change: whitespace runs become one space, backslash
/// continuations are joined, outputs ignore where lines were wrapped; a heredoc body keeps its line structure
/// (YAML lines), each line trimmed (the guide's text has already lost the indentation).
/// </summary>
public static partial class StepNormalizer
{
    /// <summary>Lines of one command (the first, then continuation lines) → one line.</summary>
    public static string Command(IEnumerable<string> lines)
    {
        var joined = string.Join(' ', lines.Select(l => l.TrimEnd() is var t && t.EndsWith('\\') ? t[..^1] : t));
        return Collapse(joined);
    }

    /// <summary>The heredoc's first line, its body and its terminator, one trimmed line each (empty lines dropped).</summary>
    public static string Heredoc(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(Collapse).Where(l => l.Length > 0));

    /// <summary>An output block: where its lines were wrapped does not matter, only its words.</summary>
    public static string Output(IEnumerable<string> lines) => Collapse(string.Join(' ', lines));

    /// <summary>A stable short id: kind prefix and the first 8 hex digits of SHA-256 of the normalized text.</summary>
    public static string Id(GuideStepKind kind, string normalized)
    {
        var prefix = kind switch
        {
            GuideStepKind.Command => "c",
            GuideStepKind.ExpectedOutput => "o",
            _ => "l",
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return $"{prefix}-{Convert.ToHexString(hash, 0, 4).ToLowerInvariant()}";
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
