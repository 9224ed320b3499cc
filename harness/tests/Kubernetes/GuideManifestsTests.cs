using KedaGuidance.Harness.Kubernetes;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>Every manifest the guide applies passes the suite's YAML → apply-body conversion (no YAML 1.1 ambiguity in the guide).</summary>
public sealed class GuideManifestsTests
{
    [Theory]
    [InlineData(Guide.GuideLayout.SqsScaledObject)]
    [InlineData(Guide.GuideLayout.SqsConsumerDeployment)]
    [InlineData(Guide.GuideLayout.AdotConfigMap)]
    [InlineData(Guide.GuideLayout.AdotCollector)]
    [InlineData(Guide.GuideLayout.SigV4Proxy)]
    [InlineData(Guide.GuideLayout.SampleAppManifest)]
    public void Every_manifest_the_guide_applies_converts_to_apply_bodies(string path)
    {
        var guide = TestGuide.Root;
        var rendered = Harness.Rendering.GuideRenderer.Render(guide, TestRuns.ExampleEnvironment(guide), Directory.CreateTempSubdirectory("kg-m-").FullName);

        var documents = Manifest.Parse(path, rendered[path].Text, "run-1");

        documents.Should().NotBeEmpty().And.AllSatisfy(d => d.Json.Should().Contain("\"kedaguidance.io/run-id\":\"run-1\""));
    }
}
