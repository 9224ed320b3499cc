using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Tests.Evidence;

public sealed class ScalingPhasesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<ScalingPhase> Phases(params (int Second, int? Desired, int? Ready)[] rows) =>
        ScalingPhases.Of(new ScalingTimeline("m", "u",
            rows.Select(r => new TimelineRow(T0.AddSeconds(r.Second), 1, r.Desired, r.Ready)).ToArray(), [], []));

    [Fact]
    public void Scale_out_runs_from_desired_rising_to_ready_reaching_its_peak()
    {
        var p = Phases((0, 0, 0), (10, 3, 0), (20, 3, 1), (40, 3, 3), (50, 3, 3)).Should().ContainSingle().Subject;
        (p.Name, p.From, p.To, p.Start, p.Duration).Should().Be(("scale-out", 0, 3, T0.AddSeconds(10), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Scale_in_ends_when_ready_settles_at_its_final_value_not_at_a_dip()
    {
        var phases = Phases((0, 1, 1), (10, 4, 4), (20, 1, 4), (30, 1, 1), (40, 2, 2), (50, 1, 1), (60, 1, 1));
        phases.Should().HaveCount(2);
        var scaleIn = phases[1];
        (scaleIn.Name, scaleIn.From, scaleIn.To, scaleIn.Start, scaleIn.End).Should().Be(("scale-in", 4, 1, T0.AddSeconds(20), T0.AddSeconds(50)));
    }

    [Fact]
    public void Unobserved_ready_is_not_read_as_zero()
    {
        Phases((0, 2, 2), (10, 2, null), (20, 2, 2)).Should().BeEmpty();
    }

    [Fact]
    public void Fewer_than_two_observations_give_no_phase()
    {
        Phases((0, 1, 1)).Should().BeEmpty();
        Phases().Should().BeEmpty();
    }
}
