using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Tests.Configuration;

namespace KedaGuidance.Harness.Tests.Rendering;

public sealed class GuideRendererTests
{
    private static string GuideRoot => TestGuide.Root;

    [Fact]
    public void Renders_the_real_guide_into_scratch_and_never_touches_the_guide()
    {
        var before = File.ReadAllText(Path.Combine(GuideRoot, GuideLayout.AdotConfigMap));
        var scratch = Directory.CreateTempSubdirectory("kg-render-").FullName;

        var rendered = GuideRenderer.Render(GuideRoot, TestRuns.ExampleEnvironment(GuideRoot), scratch);

        File.ReadAllText(Path.Combine(GuideRoot, GuideLayout.AdotConfigMap)).Should().Be(before);
        rendered.Undefined.Should().BeEmpty();
        rendered[GuideLayout.SqsScaledObject].Text.Should().Contain("queueURL: https://sqs.us-west-2.amazonaws.com/123456789012/app-queue");
        var adot = rendered[GuideLayout.AdotConfigMap].Text;
        adot.Should().Contain("replacement: $$1:$$2").And.Contain("region: us-west-2").And.NotContain("{AWS_REGION}");
        rendered[GuideLayout.KedaValuesTemplate].Text.Should().Contain("eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/keda-operator-role");
        File.Exists(Path.Combine(scratch, GuideLayout.SampleAppManifest)).Should().BeTrue();
    }

    [Fact]
    public void A_variable_no_step_defines_is_reported_with_the_file()
    {
        var example = TestRuns.ExampleEnvironment(GuideRoot);
        var environment = example with { Variables = example.Variables.Where(v => v.Name != "OIDC_ID").ToArray() };
        var rendered = GuideRenderer.Render(GuideRoot, environment, Directory.CreateTempSubdirectory("kg-render-").FullName);
        rendered.Undefined.Should().ContainSingle().Which.Should().Be(
            new UndefinedVariable(GuideLayout.KedaTrustPolicy, "OIDC_ID", GuideEnvironment.OidcStep));
    }
}
