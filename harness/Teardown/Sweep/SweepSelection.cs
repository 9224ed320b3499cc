using System.Globalization;
using System.Text.RegularExpressions;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>
/// Which leftovers the sweep takes. Never anything without the suite's run-id label or tag; never the current run's
/// own resources (its ledger owns them) unless that run is named; with KEDAGUIDE_SWEEP_RUN_ID exactly that run;
/// otherwise runs older than KEDAGUIDE_SWEEP_OLDER_THAN, by creation time or else by the time in the run id.
/// </summary>
public static partial class SweepSelection
{
    public static IReadOnlyList<SweepDecision> Decide(IEnumerable<SweepCandidate> candidates, SuiteSettings settings, DateTimeOffset now) =>
        candidates.Select(c => Decide(c, settings, now)).ToArray();

    public static SweepDecision Decide(SweepCandidate candidate, SuiteSettings settings, DateTimeOffset now)
    {
        if (candidate.RunId is null)
            return new(candidate, false, "no kedaguidance run-id label or tag: not created by this suite, never touched");
        if (settings.SweepRunId is { } wanted)
            return candidate.RunId == wanted
                ? new(candidate, true, $"belongs to run {wanted}, named by {SettingNames.SweepRunId}")
                : new(candidate, false, $"belongs to run {candidate.RunId}, not {wanted}");
        if (candidate.RunId == settings.RunId)
            return new(candidate, false, "belongs to this run; its own teardown removes it");

        var created = candidate.CreatedAt ?? TimeOfRunId(candidate.RunId);
        if (created is not { } time)
            return new(candidate, false, $"age unknown (no creation time, run id {candidate.RunId} carries none): name the run with {SettingNames.SweepRunId}");
        var age = now - time;
        return age >= settings.SweepOlderThan
            ? new(candidate, true, $"run {candidate.RunId} is {Hours(age)} old, older than {Hours(settings.SweepOlderThan)}")
            : new(candidate, false, $"run {candidate.RunId} is {Hours(age)} old, younger than {Hours(settings.SweepOlderThan)}");
    }

    /// <summary>The creation time in a default run id (kg-yyyyMMdd-HHmmss-xxxx), or null for a chosen one.</summary>
    public static DateTimeOffset? TimeOfRunId(string runId)
    {
        var match = DefaultRunId().Match(runId);
        return match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? new DateTimeOffset(time, TimeSpan.Zero)
            : null;
    }

    private static string Hours(TimeSpan t) => t.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h";

    [GeneratedRegex(@"^kg-(\d{8}-\d{6})-[0-9a-f]{4}$")]
    private static partial Regex DefaultRunId();
}
