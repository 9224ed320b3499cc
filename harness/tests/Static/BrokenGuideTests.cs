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
    private const string SampleApp = App;
    private const string Inline = StaticTestGuide.InlinePath;
    private const string EnvScript = "setup/env.sh";
    private const string AdotConfigMap = "scaledobject-samples/prometheus/adot/configmap.yaml";
    private const string AdotCollector = "scaledobject-samples/prometheus/adot/collector.yaml";
    private const string Requirements = "scaledobject-samples/prometheus/cloudformation/requirements.yaml";

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
    // The guide's own historical defects, reproduced (its repository's commits d498f04, 0d72e5d, 45ac8f7, 65aa54f).
    [InlineData("env-envsubst-wrong-path", "env-script", EnvScript, 7)]
    [InlineData("sed-placeholder-missing", "placeholder-sed-effect", AdotConfigMap, 110)]
    [InlineData("env-render-before-source", "env-script", EnvScript, 6)]
    [InlineData("env-export-missing", "placeholder-undefined", EnvScript, null)]
    [InlineData("hard-coded-account", "placeholder-hard-coded", "scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json", 8)]
    [InlineData("image-runs-missing-file", "image-command", "scaledobject-samples/prometheus/sample-app/Dockerfile", 9)]
    [InlineData("copy-missing-source", "image-command", "scaledobject-samples/amazonsqs/sample-app/Dockerfile", 6)]
    [InlineData("app-port-mismatch", "image-command", SampleApp, 53)]
    [InlineData("server-address-not-a-service", "keda-trigger-consistency", Inline, 19)]
    [InlineData("cfn-unknown-property", "cfn-resources", Requirements, 17)]
    [InlineData("cfn-unknown-attribute", "cfn-resources", Requirements, 26)]
    [InlineData("cfn-type-typo", "cfn-resources", "setup/cloud9-instance-enviroment.yaml", 41)]
    [InlineData("cfn-missing-output", "cfn-outputs", Requirements, 23)]
    [InlineData("adot-auth-not-enabled", "adot-pipeline", AdotConfigMap, 112)]
    [InlineData("adot-pipeline-undefined-exporter", "adot-pipeline", AdotConfigMap, 128)]
    [InlineData("adot-config-not-mounted", "adot-pipeline", AdotCollector, 71)]
    [InlineData("names-service-account-renamed", "guide-names", AdotCollector, 55)]
    [InlineData("names-rbac-subject", "guide-names", AdotCollector, 28)]
    [InlineData("names-namespace-not-created", "guide-names", SigV4, 7)]
    public void A_single_defect_fails_the_rule_at_its_file_and_line(string brokenCase, string ruleId, string file, int? line)
    {
        using var guide = new StaticTestGuide(brokenCase);
        var report = guide.RunAll();

        report.Errors.Should().Contain(f => f.RuleId == ruleId && f.File == file && f.Location.Line == line,
            "the defect {0} must be reported by {1} at {2}:{3}; found:\n{4}", brokenCase, ruleId, file, line, report.Describe());
        report.DescribeErrors().Should().Contain(file).And.Contain(ruleId).And.Contain("fix:");
    }

    [Fact]
    public void A_python_source_that_does_not_parse_fails_python_parse_at_its_line()
    {
        if (PythonSyntax.Path is null)
            Assert.Skip("python3 is not on PATH (apt-get install python3).");
        // The guide's commit 65aa54f left a Markdown fence at the end of sqs-consumer.py (fixed in 81f6919).
        using var guide = new StaticTestGuide("python-syntax-error");
        var errors = guide.RunWithKnownDefects().Errors;
        errors.Should().ContainSingle().Which.Should().Match<Finding>(f => f.RuleId == "python-parse"
            && f.File == "scaledobject-samples/amazonsqs/sample-app/sqs-consumer.py" && f.Location.Line == 45 && f.Message.Contains("Python 3.8"),
            "a file that does not parse is reported once, by the parse rule");
    }

    [Fact]
    public void A_file_that_does_not_parse_is_reported_once_and_named_as_not_checked_by_the_other_rules()
    {
        using var guide = new StaticTestGuide("broken-yaml");
        var report = guide.RunAll();
        const string collector = "scaledobject-samples/prometheus/adot/collector.yaml";
        report.Errors.Where(f => f.File == collector).Should().OnlyContain(f => f.RuleId == "yaml-parse", report.Describe());
        var iam = StaticConformance.Run(guide.Documents, GuideRules.Of(RuleFamilies.Workloads));
        iam.Errors.Should().NotContain(f => f.File == collector);
    }

    [Fact]
    public void The_2_14_0_chart_loses_the_operators_iam_role_and_the_fix_that_drops_the_doubled_registry_works()
    {
        using var pinned = new StaticTestGuide(kedaVersion: "2.14.0");
        pinned.RunAll().Errors.Should().ContainSingle(f => f.RuleId == "keda-chart-render" && f.Subject == "chart 2.14.0 operator role")
            .Which.Message.Should().Contain("keda-operator gets no IRSA role").And.Contain("keda-metrics-server and keda-webhook");

        using var fixedValues = new StaticTestGuide("values-registry-fixed");
        fixedValues.RunAll().Findings.Should().NotContain(f => f.RuleId == "keda-chart-render", "registry: \"\" next to the repositories renders single-registry images on every chart");
    }

    [Fact]
    public void A_values_key_the_chart_does_not_read_is_a_warning_at_its_line()
    {
        using var guide = new StaticTestGuide("values-key-typo");
        guide.RunAll().Warnings.Should().Contain(f => f.RuleId == "keda-chart-values" && f.Location.Line == 21 && f.Location.Path == "operator.replicas"
                                                      && f.Message.Contains("helm ignores it"));
    }

    [Fact]
    public void A_scale_target_of_another_kind_is_told_to_change_the_kind_not_to_move()
    {
        using var guide = new StaticTestGuide("wrong-target-kind");
        guide.RunAll().Errors.Should().ContainSingle(f => f.RuleId == "keda-scale-target").Which.Hint.Should().Contain("scaleTargetRef.kind to Deployment");
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
