using System.Globalization;
using System.Net;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// Escaping and formatting shared by the report's parts. Every piece of text that comes from the run record (the
/// guide's content, scenario titles, error messages) goes through <see cref="Text"/>, so it can never become markup.
/// </summary>
internal static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>An outcome as a CSS class: passed, failed, skipped, or other.</summary>
    public static string OutcomeClass(string outcome) => outcome.ToLowerInvariant() switch
    {
        "passed" or "done" or "met" or "planned" => "ok",
        "failed" or "not met" or "cancelled" => "bad",
        "skipped" => "skip",
        _ => "other",
    };

    public static string Seconds(TimeSpan t) => t.TotalSeconds switch
    {
        < 10 => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        < 120 => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s",
        _ => $"{(int)t.TotalMinutes} min {t.Seconds} s",
    };

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
