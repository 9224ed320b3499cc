using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Tests.Static;

/// <summary>One realistic defect per case (TestData/static/broken): the named rule reports it as an error, at that file and line.</summary>
public sealed class BrokenGuideTests
{
    private const string SqsScaledObject = "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml";
    private const string Consumer = "scaledobject-samples/amazonsqs/setup/sqs-consumer-deployment.yaml";
    private const string SigV4 = "scaledobject-samples/prometheus/sigv4/keda-sigv4.yaml";
    private const string App = "scaledobject-samples/prometheus/sample-app/app.yaml";
    private const string Inline = StaticTestGuide.InlinePath;

    [Theory]
    [InlineData("wrong-target-name", "keda-scale-target", SqsScaledObject, 8)]
    [InlineData("wrong-namespace", "keda-scale-target", SqsScaledObject, 8)]
    [InlineData("wrong-scrape-port", "scrape-port", App, 46)]
    [InlineData("wrong-target-port", "service-target-port", SigV4, 41)]
    [InlineData("selector-mismatch", "workload-selector", SigV4, 12)]
    [InlineData("wrong-iam-action", "iam-keda-operator", "scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json", 7)]
    [InlineData("wrong-iam-resource", "iam-keda-operator", "scaledobject-samples/prometheus/setup/keda-prometheus-policy.json", 8)]
    [InlineData("consumer-cannot-delete", "iam-consumer", "scaledobject-samples/amazonsqs/setup/sqs-consumer-policy.json", 8)]
    [InlineData("wrong-trust-subject", "iam-trust-subject", "keda/trust-policy-keda-operator.json", 12)]
    [InlineData("proxy-wrong-service-account", "iam-keda-service-account", SigV4, 19)]
    [InlineData("undefined-variable", "placeholder-undefined", Consumer, 22)]
    [InlineData("leftover-placeholder", "placeholder-leftover", App, 50)]
    [InlineData("dollar-in-sed-file", "placeholder-leftover", SigV4, 29)]
    [InlineData("queue-length-not-integer", "keda-trigger-metadata", SqsScaledObject, 18)]
    [InlineData("metadata-not-string", "keda-trigger-metadata", SqsScaledObject, 18)]
    [InlineData("wrong-identity-owner", "keda-trigger-metadata", SqsScaledObject, 20)]
    [InlineData("replicas-quoted", "keda-replicas", SqsScaledObject, 10)]
    [InlineData("min-above-max", "keda-replicas", Inline, 14)]
    [InlineData("unknown-trigger-type", "keda-trigger-type", SqsScaledObject, 14)]
    [InlineData("unknown-field", "k8s-strict-decode", Consumer, 10)]
    [InlineData("wrong-replicas-type", "k8s-strict-decode", Consumer, 10)]
    [InlineData("removed-api", "k8s-strict-decode", SigV4, 1)]
    [InlineData("broken-yaml", "yaml-parse", "scaledobject-samples/prometheus/adot/collector.yaml", 27)]
    [InlineData("broken-json", "json-parse", "scaledobject-samples/amazonsqs/setup/sqs-consumer-policy.json", 13)]
    [InlineData("promql-metric-without-prefix", "promql-metric", Inline, 25)]
    public void A_single_defect_fails_the_rule_at_its_file_and_line(string brokenCase, string ruleId, string file, int line)
    {
        using var guide = new StaticTestGuide(brokenCase);
        var report = guide.RunAll();

        report.Errors.Should().Contain(f => f.RuleId == ruleId && f.File == file && f.Location.Line == line,
            "the defect {0} must be reported by {1} at {2}:{3}; found:\n{4}", brokenCase, ruleId, file, line, report.Describe());
        report.DescribeErrors().Should().Contain(file).And.Contain(ruleId).And.Contain("fix:");
    }

    [Fact]
    public void A_query_that_does_not_parse_fails_promql_syntax()
    {
        if (Promtool.Path is null)
            Assert.Skip("promtool is not on PATH (apt-get install prometheus).");
        using var guide = new StaticTestGuide("promql-unbalanced");
        var report = guide.RunAll();
        report.Errors.Should().Contain(f => f.RuleId == "promql-syntax" && f.File == Inline && f.Location.Line == 25, report.Describe());
    }
}
