using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// Removes credentials from text before it is recorded or printed: the user information of a URL
/// (<c>https://user:token@host</c> → <c>https://***@host</c>) and the value of a header-like pair whose name says it
/// carries a credential (<c>Authorization: Bearer …</c>, <c>X-Amz-Security-Token: …</c>, <c>AWS_SESSION_TOKEN=…</c>). A value
/// ends at white space, a quote, a backslash or a comma, so redacting JSON text keeps it valid JSON.
/// </summary>
public static partial class Redaction
{
    public const string Mask = "***";

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        text = UrlUserInfo().Replace(text, m => m.Groups["scheme"].Value + Mask + "@");
        return HeaderLike().Replace(text, m => m.Groups["name"].Value + m.Groups["separator"].Value + Mask);
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    /// <summary>scheme://user[:password]@ — any scheme git or an HTTP client accepts; the user part has no '/', '@' or space.</summary>
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.-]*://)[^/@\s""'\\]+@")]
    private static partial Regex UrlUserInfo();

    /// <summary>
    /// An HTTP header that carries a credential (<c>Authorization: Bearer …</c>, <c>Cookie: …</c>,
    /// <c>X-Amz-Security-Token: …</c>), or an environment-style name of one (<c>AWS_SECRET_ACCESS_KEY=…</c>,
    /// <c>GITHUB_TOKEN: …</c>; upper case, so a manifest's <c>tokenExpiration: 3600</c> is left alone).
    /// </summary>
    [GeneratedRegex(@"(?<name>\b(?:(?i:(?:proxy-)?authorization|set-cookie|cookie|x-[a-z0-9-]*(?:token|key|secret|signature|credential)s?)|[A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|CREDENTIALS?)[A-Z0-9_]*))(?<separator>[ \t]*[:=][ \t]*(?:(?i:bearer|basic|token|aws4-hmac-sha256)[ \t]+)?)(?!\*\*\*)[^\s""'\\,]+")]
    private static partial Regex HeaderLike();
}
