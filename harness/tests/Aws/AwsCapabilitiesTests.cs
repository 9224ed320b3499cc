using KedaGuidance.Fixtures.Aws;
using KedaGuidance.Harness.Aws;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class AwsCapabilitiesTests
{
    private static readonly AwsTarget Moto = new("the AWS endpoint http://127.0.0.1:5000/ (KEDAGUIDE_AWS_ENDPOINT)", "123456789012", "us-west-2", AwsCapabilities.Endpoint, false);
    private static readonly AwsTarget Real = new("the real AWS account ********9012 (us-west-2)", "210987659012", "us-west-2", AwsCapabilities.RealAccount, false);

    [Theory]
    [InlineData(AwsCapabilities.CloudFormationAps)]
    [InlineData(AwsCapabilities.ApsDataPlane)]
    [InlineData(AwsCapabilities.IamEnforcement)]
    public void What_moto_lacks_is_skipped_with_a_reason_naming_the_target_that_has_it(string capability)
    {
        var settings = TestRuns.PlanSettings("local", TestGuide.Root);
        var reason = AwsCapabilities.SkipReason(Moto, c => AwsTargets.WhoSupports(settings, c), capability);

        reason.Should().Contain($"needs '{capability}'").And.Contain("KEDAGUIDE_AWS_ENDPOINT")
            .And.Contain("real AWS account").And.Contain("KEDAGUIDE_TARGET=eks").And.Contain("runsettings/eks.runsettings")
            .And.NotContain("KEDAGUIDE_TARGET=local", "the local target's AWS is an emulator");
        AwsCapabilities.SkipReason(Moto, capability).Should().Contain("real AWS account", "without the catalog the reason still says what is needed");
        AwsCapabilities.SkipReason(Real, capability).Should().BeNull();
    }

    [Theory]
    [InlineData(AwsCapabilities.Sqs)]
    [InlineData(AwsCapabilities.Iam)]
    [InlineData(AwsCapabilities.Sts)]
    [InlineData(AwsCapabilities.ApsControlPlane)]
    public void What_moto_supports_runs_there(string capability) =>
        AwsCapabilities.SkipReason(Moto, capability).Should().BeNull();

    [Fact]
    public void Several_missing_capabilities_are_all_named()
    {
        AwsCapabilities.SkipReason(Moto, AwsCapabilities.Sqs, AwsCapabilities.CloudFormationAps, AwsCapabilities.ApsDataPlane)
            .Should().Contain("cloudformation-aps").And.Contain("aps-data-plane").And.NotContain("'sqs'");
    }

    [Fact]
    public void Account_ids_are_masked_to_their_last_four_digits()
    {
        AccountMask.Mask("123456789012").Should().Be("********9012");
        AccountMask.MaskIn("arn:aws:sts::123456789012:assumed-role/ci/session-1234").Should().Be("arn:aws:sts::********9012:assumed-role/ci/session-1234");
        AccountMask.MaskIn("no account here 12345").Should().Be("no account here 12345");
        AccountMask.Mask("12").Should().Be("**");
    }
}
