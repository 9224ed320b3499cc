using System.Globalization;
using System.Text.RegularExpressions;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Metrics;

/// <summary>
/// When a Prometheus <c>rate(counter[w])</c> may be expected to equal a steady generated rate, and whether it does.
/// rate() divides the counter's increase between the first and last samples inside the window by their distance,
/// extrapolating only a little towards the window's ends; while the window still reaches back before the load
/// started, it sees fewer requests than a full window and the value ramps up. The value is right once the whole
/// window lies inside the load: the rate window, plus up to one scrape interval until the first sample after the
/// load started and one more until the latest sample is in, plus the stated slack.
/// </summary>
public static partial class RateConvergence
{
    /// <summary>The range of the query's rate(): 1m in the guide's <c>sum(rate(adot_app_request_count_total[1m]))</c>.</summary>
    public static TimeSpan RateWindowOf(string query)
    {
        var match = RangeSelector().Match(query);
        if (!match.Success)
            throw new ArgumentException($"The query '{query}' has no rate(...[<n>s|m|h]) range; the time to a correct value cannot be derived.", nameof(query));
        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromHours(amount),
        };
    }

    public static WaitBudget Budget(TimeSpan rateWindow, TimeSpan scrapeInterval, TimeSpan slack) =>
        WaitBudget.Sum(($"rate window [{(int)rateWindow.TotalSeconds}s]", rateWindow), ("2 × scrape interval", scrapeInterval * 2), ("slack", slack));

    /// <summary>The time after which the window lies wholly inside the load (the budget without slack).</summary>
    public static TimeSpan WindowFilled(TimeSpan rateWindow, TimeSpan scrapeInterval) => rateWindow + scrapeInterval * 2;

    public static bool WithinTolerance(double value, double expected, double tolerance) =>
        expected > 0 && Math.Abs(value / expected - 1.0) <= tolerance;

    /// <summary>
    /// A sample is correct when the query returned exactly one element within tolerance of the steady rate the load
    /// runs at. (During the ramp the value also tracks the rate generated over the trailing window; that is accuracy,
    /// see <see cref="TrackingError"/>, not yet the value a scaler should act on.)
    /// </summary>
    public static bool IsCorrect(RateSample sample, double steadyRate, double tolerance) =>
        sample.Elements == 1 && sample.Value is { } value && WithinTolerance(value, steadyRate, tolerance);

    /// <summary>
    /// Done once the window has filled and the latest sample is correct. (Before the window has filled a value can be
    /// within tolerance by passing through on the ramp; that is not convergence.)
    /// </summary>
    public static bool Settled(IReadOnlyList<RateSample> samples, TimeSpan windowFilled, double steadyRate, double tolerance) =>
        samples.Count > 0 && samples[^1].SinceLoadStart >= windowFilled && IsCorrect(samples[^1], steadyRate, tolerance);

    /// <summary>The time of the first sample from which every later sample is correct; null when the last is not.</summary>
    public static TimeSpan? TimeToCorrectValue(IReadOnlyList<RateSample> samples, double steadyRate, double tolerance)
    {
        TimeSpan? since = null;
        foreach (var sample in samples)
            since = IsCorrect(sample, steadyRate, tolerance) ? since ?? sample.SinceLoadStart : null;
        return since;
    }

    /// <summary>
    /// The earliest a rate(counter[window]) can be within <paramref name="tolerance"/> of a load that started from
    /// nothing: the value ramps linearly over the window, so (1 − tolerance) × window, less two scrape intervals for
    /// the scrape phase and the small extrapolation rate() does at the window's start.
    /// </summary>
    public static TimeSpan EarliestCorrect(TimeSpan rateWindow, TimeSpan scrapeInterval, double tolerance) =>
        rateWindow * (1 - tolerance) - scrapeInterval * 2;

    /// <summary>
    /// The largest relative difference between the query and the rate the load really generated over the trailing
    /// window, over the samples with one element and a generated rate of at least <paramref name="minimumRate"/>.
    /// </summary>
    public static double? TrackingError(IReadOnlyList<RateSample> samples, double minimumRate)
    {
        var errors = samples
            .Where(s => s.Elements == 1 && s.Value is not null && s.GeneratedRate >= minimumRate)
            .Select(s => Math.Abs(s.Value!.Value / s.GeneratedRate - 1.0))
            .ToList();
        return errors.Count == 0 ? null : errors.Max();
    }

    [GeneratedRegex(@"rate\([^\[]*\[(\d+)([smh])\]\)")]
    private static partial Regex RangeSelector();
}
