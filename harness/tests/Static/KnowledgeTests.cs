using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Tests.Static;

public sealed class KnowledgeTests
{
    [Theory]
    [InlineData("sum(rate(adot_app_request_count_total[1m]))", "adot_app_request_count_total")]
    [InlineData("sum by (pod) (rate(http_total{job=\"a\", le=\"0.5\"}[5m] offset 1m)) / on(pod) group_left up", "http_total,up")]
    [InlineData("histogram_quantile(0.9, sum(rate(x_bucket[2m])) by (le))", "x_bucket")]
    public void PromQl_names_the_metrics_a_query_selects(string query, string expected) =>
        PromQl.SelectedMetrics(query).Should().Equal(expected.Split(','));

    [Fact]
    public void The_python_client_exports_a_counter_with_total_and_created() =>
        PromQl.PythonClientExports("REQUEST_COUNT = Counter(\n    'app_request_count',\n 'x')\nG = Gauge('queue_depth_total', 'y')")
            .Should().Equal("app_request_count_total", "app_request_count_created", "queue_depth_total");

    [Theory]
    [InlineData("arn:aws:sqs:us-west-2:123456789012:app-*", "arn:aws:sqs:us-west-2:123456789012:app-queue", true)]
    [InlineData("arn:aws:sqs:*:*:app-queue", "arn:aws:sqs:eu-west-1:1:app-queue", true)]
    [InlineData("arn:aws:sqs:us-west-2:123456789012:app-queue", "arn:aws:sqs:us-west-2:123456789012:app-queue2", false)]
    public void Iam_resources_match_like_iam(string pattern, string resource, bool matches) =>
        IamPolicy.Glob(pattern, resource, ignoreCase: false).Should().Be(matches);

    [Fact]
    public void An_explicit_deny_wins_and_actions_ignore_case()
    {
        const string json = """
            {"Statement": [
              {"Effect": "Allow", "Action": "SQS:*", "Resource": "*"},
              {"Effect": "Deny", "Action": ["sqs:DeleteMessage"], "Resource": "arn:aws:sqs:us-west-2:1:q"}]}
            """;
        var policy = IamPolicy.Parse("p.json", DocumentParser.ParseJson(json).Parts[0].Root!);
        policy.Allows("sqs:receivemessage", "arn:aws:sqs:us-west-2:1:q").Should().BeTrue();
        policy.Allows("sqs:DeleteMessage", "arn:aws:sqs:us-west-2:1:q").Should().BeFalse();
    }

    [Theory]
    [InlineData("https://sqs.us-west-2.amazonaws.com/123456789012/app-queue", "arn:aws:sqs:us-west-2:123456789012:app-queue")]
    [InlineData("app-queue", "arn:aws:sqs:us-west-2:999999999999:app-queue")]
    [InlineData("http://localstack:4566/000000000000/app-queue", "arn:aws:sqs:us-west-2:000000000000:app-queue")]
    public void A_keda_queue_url_names_its_queue_arn(string queue, string arn) =>
        GuideIam.SqsQueueArn(queue, "us-west-2", "999999999999").Should().Be(arn);

    [Theory]
    [InlineData("a: 5", "integer")]
    [InlineData("a: '5'", "string")]
    [InlineData("a: on", "boolean")]
    [InlineData("a: 1.5", "number")]
    [InlineData("a: ~", "null")]
    [InlineData("a: operator", "string")]
    public void Unquoted_scalars_resolve_as_kubectl_reads_them(string yaml, string type)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        YamlScalars.ResolvedType(((YamlMappingNode)stream.Documents[0].RootNode).Children.Values.Single()).Should().Be(type);
    }

    [Fact]
    public void The_guides_helm_install_is_parsed()
    {
        var install = HelmInstall.In([new GuideCommand("s", "helm install keda kedacore/keda --namespace keda -f keda/keda-values.yaml")]).Single();
        install.Should().BeEquivalentTo(new { Release = "keda", Chart = "kedacore/keda", Namespace = "keda", Version = (string?)null });
        HelmInstall.In([new GuideCommand("s", "helm upgrade --install keda kedacore/keda -n keda --version=2.16.1")]).Single().Version.Should().Be("2.16.1");
    }

    [Fact]
    public void Multi_document_yaml_keeps_the_files_line_numbers_and_skips_empty_documents()
    {
        var parts = DocumentParser.ParseYaml("---\n---\n# only a comment\n---\na: 1\n---\nb:\n  c: [\n");
        parts.Should().HaveCount(2);
        parts[0].Root!.Start.Line.Should().Be(5);
        parts[1].Problem!.Line.Should().BeGreaterThanOrEqualTo(8);
    }
}
