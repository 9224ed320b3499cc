using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Tests.Scaling;

public sealed class ScalingAllowancesTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    [Fact]
    public void Sqs_allowances_follow_polling_and_cooldown()
    {
        var allowances = new ScalingAllowances(ScalingSpecReader.Parse(GuideScaledObjects.Sqs), Slack);

        allowances.LeaveZero().Limit.Should().Be(TimeSpan.FromSeconds(40));
        allowances.LeaveZero().Derivation.Should().Be("pollingInterval 10 s + slack 30 s = 40 s");
        allowances.BackToZero().Limit.Should().Be(TimeSpan.FromSeconds(50));
        allowances.BackToZero().Derivation.Should().Contain("cooldownPeriod 10 s");
        allowances.ScaleUpTo(100).Limit.Should().Be(TimeSpan.FromSeconds(10 + 0 + 6 * 15 + 30));
    }

    [Fact]
    public void Prometheus_back_to_one_waits_for_the_scale_down_stabilization_window()
    {
        var allowances = new ScalingAllowances(ScalingSpecReader.Parse(GuideScaledObjects.Prometheus), Slack);

        allowances.BackToMin().Limit.Should().Be(TimeSpan.FromSeconds(300 + 10 + 15 + 30));
        allowances.BackToMin().Derivation.Should().Be(
            "HPA scale-down stabilization window 300 s + pollingInterval 10 s + HPA sync period 15 s + slack 30 s = 355 s");
        var back = () => allowances.BackToZero();
        back.Should().Throw<InvalidOperationException>().WithMessage("*minReplicaCount 1*");
    }
}
