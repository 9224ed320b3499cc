using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// What one line of the guide's plain text is. The text has no markup (headings, prose, commands and outputs are
/// all plain lines), so these are heuristics tuned to how the guide is written: commands start with a command word,
/// prose is a sentence ending in punctuation, "- " lines are bullets, headings are short title lines.
/// </summary>
public static partial class GuideLine
{
    /// <summary>First words of shell commands the guide (or a later version of it) runs.</summary>
    private static readonly HashSet<string> CommandWords = new(StringComparer.Ordinal)
    {
        "kubectl", "helm", "aws", "eksctl", "envsubst", "sed", "docker", "git", "chmod", "source", "echo", "export",
        "rm", "cd", "cat", "for", "while", "curl", "mv", "cp", "mkdir", "jq", "grep", "unset", "bash", "sh", "sudo",
        "pip", "pip3", "python", "python3", "wget", "tar", "kubectx", "k9s", "make", "terraform", "cdk", ".",
    };

    public static bool IsCommand(string line)
    {
        var t = line.Trim();
        if (t.Length == 0)
            return false;
        if (t.StartsWith("./", StringComparison.Ordinal) || t.StartsWith("../", StringComparison.Ordinal))
            return true;
        if (Assignment().IsMatch(t))
            return true;
        var first = t.Split(' ', 2)[0];
        return CommandWords.Contains(first);
    }

    public static bool IsBullet(string line) => BulletPattern().IsMatch(line.TrimStart());

    /// <summary>A shell comment inside the guide's command runs ("# Check the resources").</summary>
    public static bool IsComment(string line) => line.TrimStart().StartsWith('#');

    public static bool IsExpectedHeader(string line) => ExpectedHeader().IsMatch(line.Trim());

    /// <summary>The column header of a kubectl/helm table: three or more upper-case words (NAME READY STATUS …).</summary>
    public static bool IsColumnHeader(string line) => ColumnHeader().IsMatch(line.Trim());

    /// <summary>The first line of a manifest shown for reading.</summary>
    public static bool StartsListing(string line) => line.Trim().StartsWith("apiVersion:", StringComparison.Ordinal);

    /// <summary>A YAML line as the plain text keeps it: "key: value", "key:", or "- key: value".</summary>
    public static bool IsYamlLine(string line) => YamlLine().IsMatch(line.Trim());

    /// <summary>A sentence: starts with a capital, has four or more words, ends with . : ? or !</summary>
    public static bool IsProse(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && char.IsUpper(t[0]) && Words(t) >= 4 && ".:?!".Contains(t[^1]) && !IsCommand(t);
    }

    /// <summary>
    /// A line that looks like a heading: short, a capital first letter, no closing punctuation, and none of the
    /// marks of a command, bullet, table row, figure caption, column header or output line.
    /// </summary>
    public static bool IsHeadingCandidate(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 80 || Words(t) > 12 || !char.IsUpper(t[0]))
            return false;
        if (".:;,|".Contains(t[^1]) || t.IndexOfAny(['|', '{', '}', '=', '$', '<', '>', '`']) >= 0)
            return false;
        return !IsCommand(t) && !IsBullet(t) && !IsComment(t) && !IsExpectedHeader(t) && !IsColumnHeader(t)
               && !FigureCaption().IsMatch(t) && !StartsListing(t);
    }

    /// <summary>The here-document terminator word of a command line (<c>cat &lt;&lt; EOF &gt; x</c> → EOF), or null.</summary>
    public static string? HeredocTerminator(string commandLine)
    {
        var match = Heredoc().Match(commandLine);
        return match.Success ? match.Groups["word"].Value : null;
    }

    /// <summary>A multi-line loop: <c>for …</c> or <c>while …</c> without its <c>done</c> on the same line.</summary>
    public static bool OpensLoop(string commandLine)
    {
        var t = commandLine.Trim();
        return (t.StartsWith("for ", StringComparison.Ordinal) || t.StartsWith("while ", StringComparison.Ordinal))
               && !ClosesLoop(t);
    }

    public static bool ClosesLoop(string line) => LoopEnd().IsMatch(line.Trim());

    /// <summary>Markdown: the code of a line that is one code span, optionally a bullet ("- ```kubectl get nodes```"), or null.</summary>
    public static string? InlineCode(string line)
    {
        var match = InlineCodeLine().Match(line.Trim());
        return match.Success ? match.Groups["code"].Value.Trim() : null;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^([-*] )?(?<tick>`{1,3})(?<code>[^`]+)\k<tick>$")]
    private static partial Regex InlineCodeLine();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=\S")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^[-*•] ")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(expected\s+(output|result)s?|you\s+will\s+(get|see)\s+the\s+following\s+output)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedHeader();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_-]+( +[A-Z][A-Z0-9_-]+){2,}$")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex(@"^(- )?[A-Za-z_][\w.-]*:(\s|$)")]
    private static partial Regex YamlLine();

    [GeneratedRegex(@"^Figure\s+\d+")]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"<<-?\s*(?<q>['""]?)(?<word>[A-Za-z_][A-Za-z0-9_]*)\k<q>")]
    private static partial Regex Heredoc();

    [GeneratedRegex(@"(^|[;\s])done\s*(;|$|\||>|&)")]
    private static partial Regex LoopEnd();
}
