using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Teardown.Cleanup;

namespace KedaGuidance.Harness.Tests.Targets;

/// <summary>What each profile offers follows from its strategies, and so do the scenario skips and the guide's clean-up skips.</summary>
public sealed class ProfileCapabilitiesTests
{
    private static TargetProfile Profile(string name) => SuiteTargets.Find(name)!.Profile;

    private static SuiteSettings Settings(string target) => TestRuns.PlanSettings(target, Path.GetTempPath());

    [Fact]
    public void Eks_follows_the_guide_and_offers_everything_it_uses()
    {
        Profile("eks").Capabilities.Should().BeEquivalentTo(TargetCapabilities.Cluster, TargetCapabilities.Aws, TargetCapabilities.Ecr,
            TargetCapabilities.Eksctl, TargetCapabilities.RequirementsStack, TargetCapabilities.Amp);
    }

    [Theory]
    [InlineData("local", "k3s")]
    public void An_emulated_target_lacks_what_only_AWS_has_each_with_its_reason(string target, string cluster)
    {
        var profile = Profile(target);
        profile.Capabilities.Should().BeEquivalentTo(TargetCapabilities.Cluster, TargetCapabilities.Aws);
        profile.LackReason(TargetCapabilities.Ecr).Should().Contain($"the {target} target has no ECR").And.Contain(cluster);
        profile.LackReason(TargetCapabilities.Eksctl).Should().Contain("no EKS OIDC provider");
        profile.LackReason(TargetCapabilities.RequirementsStack).Should().Contain("requirements stack is never created");
        profile.LackReason(TargetCapabilities.Amp).Should().Contain("in-cluster Prometheus stands in");
        profile.LackReason("gpu").Should().Be($"the {target} target does not offer 'gpu' (it offers aws, cluster)");
        profile.LackReason(TargetCapabilities.Cluster).Should().BeNull();
    }

    [Fact]
    public void A_needs_tag_runs_where_the_profile_offers_it_and_is_skipped_elsewhere_naming_who_offers_it()
    {
        string? Skip(string target) => ScenarioRequirements.SkipReason(["cluster", "needs-ecr"], Settings(target), Profile(target), SuiteTargets.Catalog);

        Skip("eks").Should().BeNull();
        Skip("local").Should().Contain("needs 'ecr': the local target has no ECR").And.Contain($"{SettingNames.Target}=eks");
    }

    [Fact]
    public void Without_a_target_cluster_scenarios_are_skipped_naming_the_targets_and_aws_ones_run_on_an_endpoint()
    {
        var none = SettingsReader.Read(new Dictionary<string, string?> { [SettingNames.Guide] = Path.GetTempPath() }, Path.GetTempPath(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);
        ScenarioRequirements.SkipReason(["cluster"], none, null, SuiteTargets.Catalog).Should().Contain("needs a cluster").And.Contain(string.Join(" | ", SuiteTargets.Catalog.Names));
        ScenarioRequirements.SkipReason(["aws"], none, null, SuiteTargets.Catalog).Should().Contain("needs AWS");
        ScenarioRequirements.SkipReason(["aws"], none with { AwsEndpoint = new Uri("http://127.0.0.1:5000") }, null, SuiteTargets.Catalog).Should().BeNull();
        ScenarioRequirements.SkipReason(["static"], none, null, SuiteTargets.Catalog).Should().BeNull();
        ScenarioRequirements.SkipReason(["needs-ecr"], none, null, SuiteTargets.Catalog).Should().Contain("only a target offers");
    }

    [Fact]
    public void The_guide_clean_up_skips_exactly_what_the_target_never_creates()
    {
        string[] Skipped(string target) => [.. GuideCleanupSteps.For(Guide.GuideModel.Read(TestRuns.TestDataGuide).Names).Where(s => s.SkipReason(Profile(target)) is not null).Select(s => s.Phrase)];

        Skipped("eks").Should().BeEmpty();
        Skipped("local").Should().BeEquivalentTo("the sqsconsumer ECR repository is deleted", "the sqsconsumer service account is deleted",
            "the adot-collector service account is deleted", "the Prometheus requirements stack is deleted");
    }
}
