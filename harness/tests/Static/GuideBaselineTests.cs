using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Tests.Static;

/// <summary>The unbroken copy of the guide: no error, and exactly the warnings the real guide deserves.</summary>
public sealed class GuideBaselineTests
{
    [Fact]
    public void The_guide_has_no_error_and_its_known_warnings()
    {
        using var guide = new StaticTestGuide();
        var report = guide.RunAll();
        var outcome = StaticTestGuide.KnownDefects.Apply(report);

        outcome.Errors.Should().BeEmpty(report.Describe());
        outcome.Stale.Should().BeEmpty("features/known-guide-defects.yaml must list only what the guide has");
        outcome.Accepted.Select(a => a.Finding.Subject).Should().Contain($"chart {KedaCharts.Newest.Name} images",
            "the guide's unpinned install resolves to the newest chart, which doubles the registry: a known defect, not hidden");
        report.Warnings.Select(w => (w.RuleId, w.File, w.Location.Line)).Should().BeEquivalentTo(new (string, string, int?)[]
        {
            ("keda-trigger-metadata", StaticTestGuide.InlinePath, 20),                                  // metricName, ignored since 2.12
            ("keda-trigger-metadata", StaticTestGuide.InlinePath, 22),                                  // identityOwner, deprecated since 2.13
            ("keda-trigger-metadata", "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml", 20),      // identityOwner
            ("image-tag", "scaledobject-samples/amazonsqs/setup/sqs-consumer-deployment.yaml", 19),     // sqsconsumer:latest
            ("image-tag", "scaledobject-samples/prometheus/sample-app/app.yaml", 50),                   // ECR image without tag
            ("helm-chart-pinned", $"implementation guide: {StaticTestGuide.HelmStep}", null),           // no --version
            ("keda-chart-values", "keda/keda-values.yaml.template", 104),                               // podIdentity.activeDirectory, gone in 2.15
            ("keda-chart-values", "keda/keda-values.yaml.template", 201),                               // service.portHttp, no chart reads it
            ("keda-chart-values", "keda/keda-values.yaml.template", 202),                               // service.portHttpTarget
        }, report.Describe());
        report.Warnings.Single(w => w.Location.Line == 20 && w.File == StaticTestGuide.InlinePath).Message
            .Should().Contain("metricName is ignored since KEDA 2.12");
    }

    [Fact]
    public void Deprecations_and_removals_follow_the_pinned_keda_version()
    {
        using var guide = new StaticTestGuide(kedaVersion: "2.11.0");
        var warnings = guide.RunAll().Warnings.Where(w => w.RuleId == "keda-trigger-metadata");
        warnings.Should().BeEmpty("KEDA 2.11 still used metricName and had not deprecated identityOwner");
    }

    [Fact]
    public void The_collector_escapes_survive_and_are_not_placeholders()
    {
        using var guide = new StaticTestGuide();
        var adot = guide.Documents["scaledobject-samples/prometheus/adot/configmap.yaml"]!;
        adot.Text.Should().Contain("replacement: $$1:$$2").And.Contain("replacement: $${1}:8888");
        guide.RunAll().Findings.Should().NotContain(f => f.File == adot.Path);
    }

    [Fact]
    public void The_test_copy_of_the_heredoc_is_the_one_the_feature_checks()
    {
        var feature = File.ReadAllLines(Path.Combine(Configuration.SettingsReaderTests.RepositoryRoot(), "features", "00-static-conformance.feature"));
        var start = Array.FindIndex(feature, l => l.Contains("writes \"scaledobject.yaml\" with this heredoc:", StringComparison.Ordinal)) + 2;
        var end = Array.FindIndex(feature, start, l => l.Trim() == "\"\"\"");
        var docstring = feature[start..end].Select(l => l.Length >= 6 ? l[6..] : l.Trim());
        var copy = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "static", "inline", "scaledobject.yaml"));
        copy.Should().Equal(docstring, "TestData/static/inline/scaledobject.yaml must stay the heredoc of features/00-static-conformance.feature");
    }

    [Fact]
    public void Every_kubernetes_object_and_every_document_is_loaded()
    {
        using var guide = new StaticTestGuide();
        var docs = guide.Documents;
        docs.ScaledObjects.Select(s => s.Name).Should().BeEquivalentTo("sqsconsumer-hpa", "app-http-requests-minute");
        docs.KubernetesObjects.Should().Contain(o => o.Kind == "DaemonSet" && o.Name == "adot-collector" && o.Part.FirstLine > 1);
        docs.Files.Should().OnlyContain(f => f.Problem == null);
    }
}

public sealed class GuideDocumentsCacheTests
{
    [Fact]
    public void Scenarios_with_the_same_inputs_share_one_rendering_and_different_inputs_do_not()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "TestData", "static", "guide");
        var cache = new GuideDocumentsCache();
        var check = new StaticGuideCheck();
        check.AddInlineManifest("scaledobject.yaml", "kind: ScaledObject\n");
        var first = check.Documents(cache, root, "2.16.1");

        check.Documents(cache, root, "2.16.1").Should().BeSameAs(first);
        check.Documents(cache, root, "2.12.0").Should().NotBeSameAs(first);
        first["implementation guide: scaledobject.yaml"].Should().NotBeNull();
    }
}
