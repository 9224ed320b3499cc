using KedaGuidance.Harness.Keda.Chart;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Tests.Keda;

/// <summary>Which images get their registry emptied, decided from the chart's own defaults and the guide's values — no version compare.</summary>
public sealed class KedaImageRegistryTests
{
    private const string GuideValues = """
        image:
          keda:
            repository: ghcr.io/kedacore/keda
            tag:
          metricsApiServer:
            repository: ghcr.io/kedacore/keda-metrics-apiserver
            tag:
          pullPolicy: Always
        """;

    /// <summary>The image section of kedacore/charts keda/values.yaml at v2.16.1 (registry kept apart, default ghcr.io).</summary>
    private const string Chart2161Values = """
        global:
          image:
            # -- Global image registry of KEDA components
            registry: null
        image:
          keda:
            # -- Image registry of KEDA operator
            registry: ghcr.io
            repository: kedacore/keda
            tag: ""
          metricsApiServer:
            registry: ghcr.io
            repository: kedacore/keda-metrics-apiserver
            tag: ""
          webhooks:
            registry: ghcr.io
            repository: kedacore/keda-admission-webhooks
            tag: ""
          pullPolicy: Always
        """;

    /// <summary>The same at v2.14.3: the keys exist, with no default.</summary>
    private const string Chart2143Values = """
        global:
          image:
            registry: null
        image:
          keda:
            registry: null
            repository: ghcr.io/kedacore/keda
          metricsApiServer:
            registry: null
            repository: ghcr.io/kedacore/keda-metrics-apiserver
          webhooks:
            registry: null
            repository: ghcr.io/kedacore/keda-admission-webhooks
        """;

    [Fact]
    public void A_chart_that_prefixes_ghcr_io_gets_both_guide_images_emptied_and_the_webhooks_image_left_alone()
    {
        var overrides = KedaImageRegistry.Overrides(ChartImageDefaults.Parse(Chart2161Values, "v2.16.1"), GuideValues);

        overrides.Select(o => o.Component).Should().Equal("keda", "metricsApiServer");
        overrides[0].Rendered("2.16.1").Should().Be("ghcr.io/ghcr.io/kedacore/keda:2.16.1", "that is what the chart renders without the override");
    }

    [Fact]
    public void A_chart_without_a_registry_default_needs_nothing() =>
        KedaImageRegistry.Overrides(ChartImageDefaults.Parse(Chart2143Values, "v2.14.3"), GuideValues).Should().BeEmpty();

    [Fact]
    public void A_chart_without_registry_keys_needs_nothing() =>
        KedaImageRegistry.Overrides(ChartImageDefaults.Parse("image:\n  keda:\n    repository: ghcr.io/kedacore/keda\n", "v2.12.0"), GuideValues).Should().BeEmpty();

    [Fact]
    public void A_guide_that_sets_the_registry_itself_is_rendered_as_written()
    {
        var values = GuideValues.Replace("    repository: ghcr.io/kedacore/keda\n", "    registry: \"\"\n    repository: ghcr.io/kedacore/keda\n", StringComparison.Ordinal);

        KedaImageRegistry.Overrides(ChartImageDefaults.Parse(Chart2161Values, "v2.16.1"), values).Select(o => o.Component).Should().Equal("metricsApiServer");
    }

    [Fact]
    public void A_guide_repository_without_a_registry_keeps_the_charts_registry() =>
        KedaImageRegistry.Overrides(ChartImageDefaults.Parse(Chart2161Values, "v2.16.1"), "image:\n  keda:\n    repository: kedacore/keda\n").Should().BeEmpty();

    [Theory]
    [InlineData("2.11.0", null, "2.12.0")]
    [InlineData("2.12.0", null, "2.12.0")]
    [InlineData("2.13.0", "", "2.13.2")]
    [InlineData("2.14.3", "", "2.14.3")]
    [InlineData("2.15.1", "ghcr.io", "2.15.2")]
    [InlineData("2.16.1", "ghcr.io", "2.16.1")]
    [InlineData("2.20.2", "ghcr.io", "2.20.2")]
    [InlineData("2.21.0-rc1", "ghcr.io", "2.20.2")]
    public void The_plans_knowledge_says_what_each_charts_values_default_to(string version, string? registry, string factsOf)
    {
        var defaults = ChartImageDefaults.Planned(version);

        if (registry is null)
            defaults.Registries.Should().BeEmpty();
        else
            defaults.Registries.Keys.Should().Equal("keda", "metricsApiServer", "webhooks").And.Subject.Should().OnlyContain(k => defaults.DefaultFor(k) == registry);
        defaults.Source.Should().StartWith("planned:");
        KedaCharts.Closest(version).Name.Should().Be(factsOf, "a version the suite does not know takes the facts of the nearest known one of its minor, else below");
        if (factsOf != version)
            defaults.Source.Should().Contain($"taken as v{factsOf}'s");
    }

    [Fact]
    public void Only_charts_before_2_13_label_their_crds_with_the_values_labels()
    {
        KedaCharts.Known.Where(c => c.CrdsTakeAdditionalLabels).Select(c => c.Name).Should().Equal("2.12.0", "2.12.1");
        KedaCharts.Closest("2.14.3").KindsWithoutRunLabel.Should().Equal("CustomResourceDefinition");
        KedaCharts.Closest("2.12.0").KindsWithoutRunLabel.Should().BeEmpty("chart 2.12 puts additionalLabels on its CRDs too");
    }

    [Theory]
    [InlineData("ghcr.io/ghcr.io/kedacore/keda:2.16.1", "ghcr.io", "ghcr.io")]
    [InlineData("ghcr.io/kedacore/keda:2.14.1", "ghcr.io", null)]
    [InlineData("kedacore/keda:2.14.1", null, null)]
    [InlineData("localhost:5000/sqsconsumer:kg-1", "localhost:5000", null)]
    [InlineData("registry.example.com/team/app.v2@sha256:abc", "registry.example.com", null)]
    [InlineData("curlimages/curl:8.10.1", null, null)]
    public void Image_references_split_as_the_runtimes_split_them(string text, string? registry, string? second)
    {
        var image = ImageReference.Parse(text);

        image.Registry.Should().Be(registry);
        image.SecondRegistry.Should().Be(second);
    }
}
