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

    /// <summary>A scenario's outcome as a CSS class: ok, bad or skip.</summary>
    public static string OutcomeClass(ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.Passed => "ok",
        ScenarioOutcome.Skipped => "skip",
        _ => "bad",
    };

    /// <summary>An entry's outcome as a CSS class: ok (done, met, planned) or bad.</summary>
    public static string OutcomeClass(EntryOutcome outcome) => outcome.IsGood() ? "ok" : "bad";

    public static string Seconds(TimeSpan t) => t.TotalSeconds switch
    {
        < 10 => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        < 120 => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s",
        _ => $"{(int)t.TotalMinutes} min {t.Seconds} s",
    };

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
