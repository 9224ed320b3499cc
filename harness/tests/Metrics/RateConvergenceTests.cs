using KedaGuidance.Harness.Metrics;

namespace KedaGuidance.Harness.Tests.Metrics;

public sealed class RateConvergenceTests
{
    private static RateSample Sample(double seconds, double? value, double generated = 25, int elements = 1) =>
        new(TimeSpan.FromSeconds(seconds), value, value is null ? 0 : elements, generated);

    [Theory]
    [InlineData("sum(rate(adot_app_request_count_total[1m]))", 60)]
    [InlineData("sum(rate(x[30s]))", 30)]
    [InlineData("rate(x{a=\"b\"}[2h])", 7200)]
    public void The_rate_window_is_read_from_the_query(string query, int seconds) =>
        RateConvergence.RateWindowOf(query).Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void A_query_without_a_rate_range_is_refused()
    {
        var act = () => RateConvergence.RateWindowOf("sum(app_request_count_total)");

        act.Should().Throw<ArgumentException>().WithMessage("*cannot be derived*");
    }

    [Fact]
    public void The_budget_is_window_plus_two_scrapes_plus_slack()
    {
        var budget = RateConvergence.Budget(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));

        budget.Limit.Should().Be(TimeSpan.FromSeconds(82));
        budget.Derivation.Should().Be("rate window [60s] 60 s + 2 × scrape interval 2 s + slack 20 s = 82 s");
        RateConvergence.WindowFilled(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)).Should().Be(TimeSpan.FromSeconds(62));
        RateConvergence.EarliestCorrect(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1), 0.1).Should().Be(TimeSpan.FromSeconds(52));
    }

    [Fact]
    public void A_value_within_tolerance_on_the_ramp_is_not_settled_until_the_window_has_filled()
    {
        var ramp = new List<RateSample> { Sample(30, 12.5), Sample(55, 23) };

        RateConvergence.Settled(ramp, TimeSpan.FromSeconds(62), 25, 0.1).Should().BeFalse("23 is within 10 % of 25 but the window has not filled");
        ramp.Add(Sample(62, 25.02));
        RateConvergence.Settled(ramp, TimeSpan.FromSeconds(62), 25, 0.1).Should().BeTrue();
        RateConvergence.TimeToCorrectValue(ramp, 25, 0.1).Should().Be(TimeSpan.FromSeconds(55));
    }

    [Fact]
    public void Time_to_correct_value_restarts_when_a_value_falls_out_and_needs_one_element()
    {
        var samples = new[] { Sample(50, 23), Sample(51, 20), Sample(52, 23), Sample(53, 24, elements: 2) };

        RateConvergence.TimeToCorrectValue(samples, 25, 0.1).Should().BeNull("the last sample had two elements: KEDA would fail on it");
        RateConvergence.TimeToCorrectValue(samples[..3], 25, 0.1).Should().Be(TimeSpan.FromSeconds(52));
    }

    [Fact]
    public void Tracking_error_compares_with_the_rate_generated_over_the_window()
    {
        var samples = new[] { Sample(1, 0.9, generated: 0.4), Sample(10, 4.4, generated: 4.0), Sample(20, 8.0, generated: 8.0), Sample(21, null) };

        RateConvergence.TrackingError(samples, minimumRate: 2).Should().BeApproximately(0.1, 1e-9, "4.4 vs 4.0; the 0.4 req/s sample is below the minimum");
        RateConvergence.TrackingError([Sample(1, null)], 2).Should().BeNull();
    }
}
