using System.Globalization;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// How long an expectation may take, and why: every budget is derived from the guide's configuration
/// (pollingInterval, cooldownPeriod, stabilization windows, scrape intervals) plus a stated slack, never guessed.
/// The derivation is shown in the plan and the evidence next to the time actually taken.
/// </summary>
public sealed record WaitBudget(TimeSpan Limit, string Derivation)
{
    /// <summary>Sums named terms: <c>WaitBudget.Sum(("cooldownPeriod", 10s), ("pollingInterval", 10s), ("slack", 30s))</c>.</summary>
    public static WaitBudget Sum(params (string Term, TimeSpan Duration)[] terms)
    {
        var total = terms.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Duration);
        var derivation = string.Join(" + ", terms.Select(t => $"{t.Term} {Seconds(t.Duration)}")) + $" = {Seconds(total)}";
        return new WaitBudget(total, derivation);
    }

    public override string ToString() => $"{Seconds(Limit)} ({Derivation})";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
