using System.Text.RegularExpressions;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// KEDAGUIDE_GUIDE as a git source: a URL (https, http, ssh, file, or scp-like <c>git@host:path</c>) and a ref after
/// <c>#</c> (default HEAD). Both are validated before git sees them: a ref must be a commit id or a valid ref name
/// (git check-ref-format's rules) and never starts with '-', so <c>#--upload-pack=…</c> can never become an option;
/// git is also given <c>--</c> before them. <see cref="Display"/> is the address with any user information redacted,
/// the only form that is ever recorded or printed.
/// </summary>
public sealed partial record GitGuideAddress(string Url, string Reference)
{
    public string Display => Redaction.Redact(Url) + "#" + Reference;

    public static bool LooksLikeGitUrl(string value) =>
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("git@", StringComparison.Ordinal)
        || value.StartsWith("file://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses "url#ref"; a problem says what is wrong (with credentials redacted) and the address is null.</summary>
    public static (GitGuideAddress? Address, string? Problem) Parse(string value)
    {
        var hash = value.LastIndexOf('#');
        var url = hash < 0 ? value : value[..hash];
        var reference = hash < 0 || hash == value.Length - 1 ? "HEAD" : value[(hash + 1)..];
        var shown = Redaction.Redact(url);
        if (!LooksLikeGitUrl(url))
            return (null, $"'{shown}' is not a git URL: use https://, http://, ssh://, file:// or git@host:path.");
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            return (null, $"the URL '{shown}' contains white space or control characters.");
        if (url.StartsWith("git@", StringComparison.Ordinal))
        {
            if (!ScpLike().IsMatch(url))
                return (null, $"'{shown}' is not a git@host:path address.");
        }
        else if (url.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            if (url.Length == "file://".Length)
                return (null, $"'{shown}' names no repository.");
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return (null, $"'{shown}' is not an absolute URL with a host.");
        if (ReferenceProblem(reference) is { } problem)
            return (null, $"the ref '{reference}' {problem}");
        return (new GitGuideAddress(url, reference), null);
    }

    /// <summary>Why <paramref name="reference"/> is not a commit id or a valid ref name (git check-ref-format), or null.</summary>
    public static string? ReferenceProblem(string reference)
    {
        if (reference.StartsWith('-'))
            return "starts with '-' (git would read it as an option).";
        if (CommitId().IsMatch(reference) || reference == "HEAD")
            return null;
        if (reference.Length > 255)
            return "is longer than 255 characters.";
        if (reference.Any(c => c < 0x20 || c == 0x7F || " ~^:?*[\\".Contains(c)))
            return "contains a space, a control character or one of ~ ^ : ? * [ \\ (not allowed in a git ref name).";
        if (reference.Contains("..", StringComparison.Ordinal) || reference.Contains("@{", StringComparison.Ordinal) || reference == "@"
            || reference.Contains("//", StringComparison.Ordinal) || reference.StartsWith('/') || reference.EndsWith('/') || reference.EndsWith('.')
            || reference.Split('/').Any(part => part.StartsWith('.') || part.EndsWith(".lock", StringComparison.Ordinal)))
            return "is not a valid git ref name (git check-ref-format: no '..', '@{', '//', leading '/' or '.', trailing '/', '.' or '.lock').";
        return null;
    }

    [GeneratedRegex("^[0-9a-fA-F]{7,64}$")]
    private static partial Regex CommitId();

    [GeneratedRegex(@"^git@[A-Za-z0-9.-]+:[^\s]+$")]
    private static partial Regex ScpLike();
}
