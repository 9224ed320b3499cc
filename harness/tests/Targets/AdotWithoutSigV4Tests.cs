using KedaGuidance.Fixtures.Targets.Strategies;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Tests.Configuration;
using KedaGuidance.Harness.Workloads;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Tests.Targets;

public sealed class AdotWithoutSigV4Tests
{
    private static string GuideRoot => TestGuide.Root;

    private static string RenderedConfigMap()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "kedaguidance-tests", Guid.NewGuid().ToString("n"));
        return GuideRenderer.Render(GuideRoot, TestRuns.ExampleEnvironment(GuideRoot), scratch)[GuideLayout.AdotConfigMap].Text;
    }

    private static YamlMappingNode Collector(string configMapYaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(configMapYaml));
        var configMap = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Single(d => ((YamlScalarNode)d.Children[new YamlScalarNode("kind")]).Value == "ConfigMap");
        var text = ((YamlScalarNode)((YamlMappingNode)configMap.Children[new YamlScalarNode("data")]).Children[new YamlScalarNode(AdotWithoutSigV4.ConfigKey)]).Value!;
        var inner = new YamlStream();
        inner.Load(new StringReader(text));
        return (YamlMappingNode)inner.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => (YamlMappingNode)n.Children[new YamlScalarNode(key)]);

    [Fact]
    public void The_guides_config_loses_only_sigv4auth_and_writes_to_the_in_cluster_prometheus()
    {
        var rendered = RenderedConfigMap();
        var before = Collector(rendered);
        var after = Collector(AdotWithoutSigV4.Transform(rendered, "adot-collector", "http://prometheus.ns.svc.cluster.local:9090/api/v1/write"));

        var exporter = Map(after, "exporters", "prometheusremotewrite");
        ((YamlScalarNode)exporter.Children[new YamlScalarNode("endpoint")]).Value.Should().Be("http://prometheus.ns.svc.cluster.local:9090/api/v1/write");
        exporter.Children.Should().NotContainKey(new YamlScalarNode("auth"));
        ((YamlScalarNode)exporter.Children[new YamlScalarNode("namespace")]).Value.Should().Be("adot", "the adot_ prefix of the guide's query comes from here");
        Map(after, "extensions").Children.Keys.Select(k => ((YamlScalarNode)k).Value)
            .Should().BeEquivalentTo(["health_check", "pprof", "zpages"]);
        ((YamlSequenceNode)Map(after, "service").Children[new YamlScalarNode("extensions")]).Children.Select(c => ((YamlScalarNode)c).Value)
            .Should().Equal("pprof", "zpages", "health_check");

        // Everything else is the guide's: receivers (scrape configs), processors, pipelines.
        foreach (var key in new[] { "receivers", "processors" })
            Map(after, key).ToString().Should().Be(Map(before, key).ToString());
        Map(after, "service", "pipelines").ToString().Should().Be(Map(before, "service", "pipelines").ToString());
        Map(before, "exporters", "prometheusremotewrite").Children.Should().ContainKey(new YamlScalarNode("auth"), "the transform must not have edited its input");
    }

    [Fact]
    public void The_collector_scrape_configs_keep_the_double_dollar_escapes()
    {
        var after = AdotWithoutSigV4.Transform(RenderedConfigMap(), "adot-collector", "http://p:9090/api/v1/write");
        after.Should().Contain("$$1:$$2").And.Contain("$${1}:8888");
    }

    [Fact]
    public void A_config_without_sigv4auth_is_refused_with_a_reason()
    {
        const string collector = "exporters:\n  prometheusremotewrite:\n    endpoint: x\nextensions:\n  health_check:\nservice:\n  extensions: [health_check]\n";
        var act = () => AdotWithoutSigV4.TransformCollectorConfig(collector, "http://p");
        act.Should().Throw<ManifestOverlayException>().WithMessage("*authenticator is not sigv4auth*review the deviation*");
    }
}
