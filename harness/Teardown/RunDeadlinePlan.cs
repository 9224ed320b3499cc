namespace KedaGuidance.Harness.Teardown;

/// <summary>
/// Splits an overall run deadline (KEDAGUIDE_RUN_DEADLINE) into the time scenarios may use and a reserve kept for
/// teardown, so that a CI job timeout never cuts cleanup short (Terratest's users' complaint: a test-timeout panic
/// skips deferred teardown). The reserve is a quarter of the deadline, at least 1 minute and at most 15.
/// Without a deadline teardown still gets <see cref="DefaultTeardownBudget"/>.
/// </summary>
public sealed record RunDeadlinePlan(TimeSpan? ScenarioCutoff, TimeSpan TeardownBudget)
{
    public static readonly TimeSpan DefaultTeardownBudget = TimeSpan.FromMinutes(15);

    public static RunDeadlinePlan For(TimeSpan? deadline)
    {
        if (deadline is not { } total)
            return new RunDeadlinePlan(null, DefaultTeardownBudget);
        var reserve = TimeSpan.FromTicks(Math.Clamp(total.Ticks / 4, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromMinutes(15).Ticks));
        if (reserve >= total)
            reserve = total / 2;
        return new RunDeadlinePlan(total - reserve, reserve);
    }

    public override string ToString() => ScenarioCutoff is { } cutoff
        ? $"scenarios stop after {cutoff.TotalMinutes:0.#} min; teardown reserve {TeardownBudget.TotalMinutes:0.#} min"
        : $"no run deadline; teardown budget {TeardownBudget.TotalMinutes:0.#} min";
}
