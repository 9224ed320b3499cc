using CliWrap;
using CliWrap.Buffered;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Tests.Static;

/// <summary>
/// The chart knowledge against what it stands for. Without a chart: the facts the guide's values meet, per version.
/// With KEDAGUIDE_KEDA_CHART (a chart folder, e.g. keda/ of kedacore/charts at a tag) and helm on PATH: a real
/// <c>helm template</c> of that chart with the guide's rendered values gives the same images, service accounts and
/// IRSA role as <see cref="KedaChartRender"/>.
/// </summary>
public sealed class KedaChartRenderTests
{
    [Theory]
    [InlineData("2.12.0", "ghcr.io/kedacore/keda:2.12.0", "keda-operator", true)]
    [InlineData("2.13.2", "ghcr.io/kedacore/keda:2.13.1", "keda-operator", true)]
    [InlineData("2.14.0", "ghcr.io/kedacore/keda:2.14.0", "keda-operator", false)]
    [InlineData("2.14.3", "ghcr.io/kedacore/keda:2.14.1", "keda-operator", true)]
    [InlineData("2.16.1", "ghcr.io/ghcr.io/kedacore/keda:2.16.1", "keda-operator", true)]
    [InlineData("2.20.2", "ghcr.io/ghcr.io/kedacore/keda:2.20.2", "keda-operator", true)]
    public void The_guides_values_render_per_chart_as_the_chart_renders_them(string version, string operatorImage, string operatorAccount, bool operatorHasRole)
    {
        var render = KedaChartRender.Of(KedaCharts.Find(version)!, GuideValues(TestData));
        render.Image(KedaComponent.Operator).Image.Should().Be(operatorImage);
        render.Image(KedaComponent.Operator).RegistryTwice.Should().Be(operatorImage.StartsWith("ghcr.io/ghcr.io/", StringComparison.Ordinal));
        render.Image(KedaComponent.Webhooks).RegistryTwice.Should().BeFalse("the guide does not set the webhooks image");
        render.ServiceAccount(KedaComponent.Operator).Name.Should().Be(operatorAccount);
        (render.ServiceAccount(KedaComponent.Operator).RoleArn is not null).Should().Be(operatorHasRole);
        render.ServiceAccount(KedaComponent.MetricsApiServer).RoleArn.Should().Be("arn:aws:iam::123456789012:role/keda-operator-role");
    }

    [Fact]
    public void Keys_the_chart_does_not_read_are_reported_per_version()
    {
        var ignored = (string v) => KedaChartRender.Of(KedaCharts.Find(v)!, GuideValues(TestData)).Ignored.Select(i => i.Path).ToList();
        ignored("2.12.0").Should().BeEquivalentTo("service.portHttp", "service.portHttpTarget");
        ignored("2.20.2").Should().BeEquivalentTo("service.portHttp", "service.portHttpTarget", "podIdentity.activeDirectory");
    }

    [Fact]
    public async Task A_real_render_of_the_chart_matches_the_knowledge()
    {
        var chartFolder = Environment.GetEnvironmentVariable("KEDAGUIDE_KEDA_CHART");
        if (string.IsNullOrEmpty(chartFolder) || !File.Exists(Path.Combine(chartFolder, "Chart.yaml")))
            Assert.Skip("set KEDAGUIDE_KEDA_CHART to a KEDA chart folder (keda/ of kedacore/charts at a tag, e.g. git archive v2.20.2 keda) to compare the chart knowledge with a real render.");
        var helm = ToolOnPath.Find("helm");
        if (helm is null)
            Assert.Skip("helm is not on PATH; install helm 3 to compare the chart knowledge with a real render.");
        var chartYaml = File.ReadAllText(Path.Combine(chartFolder, "Chart.yaml"));
        var version = chartYaml.Split('\n').First(l => l.StartsWith("version:", StringComparison.Ordinal))["version:".Length..].Trim().Trim('"');
        var chart = KedaCharts.Find(version);
        if (chart is null)
            Assert.Fail($"chart {version} is not in KedaCharts.Known: add its facts (and its keys to KedaChartValues.txt) before relying on it.");

        var guide = TestGuide.Root;
        var values = GuideRenderer.RenderText(File.ReadAllText(Path.Combine(guide, GuideLayout.KedaValuesTemplate)),
            GuideRenderPlan.For(GuideLayout.KedaValuesTemplate), TestRuns.ExampleEnvironment(guide).Values, out _);
        var folder = Directory.CreateTempSubdirectory("kg-chart-").FullName;
        try
        {
            var valuesFile = Path.Combine(folder, "keda-values.yaml");
            File.WriteAllText(valuesFile, values);
            var rendered = await Template(helm, chartFolder, valuesFile, folder);
            var objects = DocumentParser.ParseYaml(rendered).Select(p => p.Root).OfType<YamlMappingNode>().ToList();
            var knowledge = KedaChartRender.Of(chart!, GuideValues(values));
            // Each key the knowledge calls ignored really is: the chart renders the same without it.
            foreach (var ignored in knowledge.Ignored)
            {
                var without = Path.Combine(folder, "without.yaml");
                File.WriteAllText(without, Without(values, ignored.Node));
                (await Template(helm, chartFolder, without, folder)).Should().Be(rendered, "chart {0} ignores {1}, so removing it changes nothing", version, ignored.Path);
            }
            foreach (var (component, deployment) in new[] { (KedaComponent.Operator, "keda-operator"), (KedaComponent.MetricsApiServer, "keda-operator-metrics-apiserver"), (KedaComponent.Webhooks, "keda-admission-webhooks") })
            {
                var workload = objects.Single(o => o.Str("kind") == "Deployment" && o.Str("metadata", "name") == deployment);
                var pod = workload.Get("spec", "template", "spec");
                pod.Seq("containers").First().Str("image").Should().Be(knowledge.Image(component).Image, "chart {0} renders {1}'s image", version, deployment);
                var account = pod.Str("serviceAccountName");
                account.Should().Be(knowledge.ServiceAccount(component).Name, "chart {0} runs {1} as that service account", version, deployment);
                var serviceAccount = objects.Single(o => o.Str("kind") == "ServiceAccount" && o.Str("metadata", "name") == account);
                serviceAccount.Str("metadata", "annotations", KedaChartRender.RoleAnnotation).Should().Be(knowledge.ServiceAccount(component).RoleArn,
                    "chart {0} annotates {1}'s service account {2} so", version, deployment, account);
            }
            TestContext.Current.SendDiagnosticMessage($"chart {version}: images and service accounts of a real helm template match the knowledge");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> Template(string helm, string chart, string valuesFile, string home)
    {
        var result = await Cli.Wrap(helm).WithArguments(["template", "keda", chart, "--namespace", "keda", "-f", valuesFile])
            .WithEnvironmentVariables(e => e.Set("HELM_CONFIG_HOME", home).Set("HELM_CACHE_HOME", home).Set("HELM_DATA_HOME", home))
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(TestContext.Current.CancellationToken);
        result.ExitCode.Should().Be(0, result.StandardError);
        return result.StandardOutput;
    }

    // The values text without the key at a node: its line and the more indented lines below it.
    private static string Without(string values, YamlNode key)
    {
        var lines = values.Split('\n').ToList();
        var start = (int)key.Start.Line - 1;
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end].Length - lines[end].TrimStart().Length > indent))
            end++;
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    private static string TestData => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "static", "guide", GuideLayout.KedaValuesTemplate))
        .Replace("${ACCOUNT_ID}", GuideFacts.ExampleAccount, StringComparison.Ordinal).Replace("${KEDA_OPERATOR_ROLENAME}", "keda-operator-role", StringComparison.Ordinal);

    private static YamlNode? GuideValues(string text) => DocumentParser.ParseYaml(text).First().Root;
}
