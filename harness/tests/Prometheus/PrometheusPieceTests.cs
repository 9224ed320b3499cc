using KedaGuidance.Fixtures.Prometheus;

namespace KedaGuidance.Harness.Tests.Prometheus;

public sealed class PrometheusPieceTests
{
    [Fact]
    public void The_scrape_config_states_the_interval_and_renames_metrics_as_the_guides_collector_does()
    {
        var config = PrometheusScrapeConfig.Render(appPort: 18081, scrapeInterval: TimeSpan.FromSeconds(2));

        config.Should().Contain("scrape_interval: 2s").And.Contain("targets: ['127.0.0.1:18081']");
        config.Should().Contain("target_label: __name__").And.Contain("replacement: 'adot_$1'").And.Contain("regex: '(.+)'");
    }

    [Fact]
    public void A_fractional_scrape_interval_is_refused()
    {
        var act = () => PrometheusScrapeConfig.Render(1, TimeSpan.FromMilliseconds(1500));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_collector_namespace_is_read_from_the_guides_configmap_shape()
    {
        const string configMap = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: adot
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: adot-collector
            data:
              adot-collector-config: |
                exporters:
                  prometheusremotewrite:
                    endpoint: {PROMETHEUS_ENDPOINT}
                    namespace: "adot"
            """;

        CollectorNamespace.Of(configMap).Should().Be("adot");
        CollectorNamespace.Of(configMap.Replace("namespace: \"adot\"", "", StringComparison.Ordinal)).Should().BeNull();
    }

    [Fact]
    public void An_instant_vector_answer_is_parsed_with_its_elements()
    {
        const string answer = """{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795882832.665,"1.8665666666666667"]}]}}""";

        var result = PrometheusQueryClient.Parse(answer);

        result.ResultType.Should().Be("vector");
        result.Elements.Should().ContainSingle().Which.Value.Should().BeApproximately(1.8666, 1e-4);
    }

    [Fact]
    public void An_empty_vector_and_a_scalar_are_told_apart()
    {
        PrometheusQueryClient.Parse("""{"status":"success","data":{"resultType":"vector","result":[]}}""").Elements.Should().BeEmpty();
        PrometheusQueryClient.Parse("""{"status":"success","data":{"resultType":"scalar","result":[1795882832.6,"3"]}}""")
            .Should().Match<PromQueryResult>(r => r.ResultType == "scalar" && r.Elements.Count == 1 && r.Elements[0].Value == 3);
    }

    [Fact]
    public void A_failed_query_is_an_error_with_the_answer()
    {
        var act = () => PrometheusQueryClient.Parse("""{"status":"error","errorType":"bad_data","error":"parse error"}""");

        act.Should().Throw<InvalidOperationException>().WithMessage("*parse error*");
    }

    [Fact]
    public async Task Disposing_a_local_process_kills_it_by_pid()
    {
        var process = LocalProcess.Start("sleeper", "/bin/sh", ["-c", "echo started; exec sleep 300"], Path.GetTempPath());
        var pid = process.Id;

        await process.DisposeAsync();

        var stillThere = () => System.Diagnostics.Process.GetProcessById(pid).HasExited;
        stillThere.Should().Throw<ArgumentException>("the process with PID {0} must be gone", pid);
    }

    [Fact]
    public void A_missing_sample_app_fails_before_any_process_starts()
    {
        var act = () => PrometheusPipeline.Start(Path.Combine(Path.GetTempPath(), "no-such-guide"), FreePort.Next(), FreePort.Next(),
            TimeSpan.FromSeconds(1), PrometheusScrapeConfig.Render(1, TimeSpan.FromSeconds(1)));

        act.Should().Throw<FileNotFoundException>().WithMessage("*app.py*KEDAGUIDE_GUIDE*");
    }
}
