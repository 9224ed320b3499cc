using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Keda.Chart;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Static.Knowledge;
using KedaGuidance.Harness.Tests.Configuration;
using KedaGuidance.Harness.Tests.Helm;

namespace KedaGuidance.Harness.Tests.Keda;

/// <summary>
/// The honest proof of the chart preflight: the values files a plan records for "Install KEDA", rendered by the real
/// KEDA chart with a real helm, give single-registry images, the operator's service account the trust policy names
/// (with the IRSA role on eks, LocalStack's endpoint and credentials on local) and the run-id label; and the plan's
/// knowledge of the chart's image defaults is what the chart's own values say. Needs KEDAGUIDE_KEDA_CHART pointing at
/// a chart on disk (kedacore/charts, folder keda/ at tag v&lt;version&gt;) and helm on PATH; Skipped otherwise
/// (CI has neither).
/// </summary>
public sealed class RealChartRenderTests
{
    [Theory]
    [InlineData("local")]
    [InlineData("eks")]
    public async Task The_values_files_a_plan_records_render_with_the_real_chart_to_what_the_run_depends_on(string target)
    {
        var (chart, cli, version) = await RealChartAsync();
        var (recorder, _, keda) = await KedaInstallPlanTests.PlanInstallationAsync(target, version, chart);
        var files = RecordedValues(recorder.CurrentEntries().Single(e => e.Kind == "helm.install").Content!);
        files.Select(f => f.Name).Should().Equal(KedaInstallation.ValuesFileName, KedaInstallation.DeviationsValuesFile);

        var operation = new CheckChartRender(keda.Release, new KedaChartSource.OnDisk(chart), keda.Namespace, version, files, keda.RenderExpectations(files[0]));
        var report = (ChartRenderReport)(await ((IOperationHandler)new CheckChartRenderHandler(cli, Scratch())).ExecuteAsync(operation, CancellationToken.None))!;

        TestContext.Current.SendDiagnosticMessage($"chart {version}, {target}: {report.Describe()}");
        report.Images.Should().HaveCount(3).And.OnlyContain(i => i.StartsWith("ghcr.io/kedacore/", StringComparison.Ordinal));
        report.ServiceAccounts.Should().Contain("keda-operator → keda-operator");
    }

    [Fact]
    public async Task The_plans_knowledge_of_the_image_registries_is_what_the_charts_own_values_say()
    {
        var (chart, cli, version) = await RealChartAsync();
        var real = (ChartImageDefaults)(await ((IOperationHandler)new ReadChartImageDefaultsHandler(cli))
            .ExecuteAsync(new ReadChartImageDefaults(new KedaChartSource.OnDisk(chart), version), CancellationToken.None))!;
        var known = ChartImageDefaults.Planned(version);

        real.GlobalRegistry.Should().Be(known.GlobalRegistry);
        real.Registries.Where(r => Enum.GetValues<KedaComponent>().Select(KedaChart.ImageKey).Contains(r.Key)).Should().BeEquivalentTo(known.Registries);
    }

    private static async Task<(string Chart, HelmCli Cli, string Version)> RealChartAsync()
    {
        var setting = Environment.GetEnvironmentVariable(SettingNames.KedaChart);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(setting) || setting == KedaChartSource.RepositoryReference,
            $"needs the real KEDA chart on disk: set {SettingNames.KedaChart} to its folder or .tgz (the chart's source is the public repository kedacore/charts, folder keda/ at tag v<version>) and put helm on PATH.");
        var source = KedaChartSource.Parse(setting, SettingsReaderTests.RepositoryRoot(), out var problem);
        source.Should().BeOfType<KedaChartSource.OnDisk>(problem);
        var cli = new HelmCli(HelmTests.RealHelm(), "/not-used", "not-used", HelmHome.In(Scratch()));
        var metadata = await cli.RunAsync(["show", "chart", source!.Reference], targetsCluster: false, CancellationToken.None);
        var version = metadata.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("version:", StringComparison.Ordinal))["version:".Length..].Trim().Trim('"');
        return (source.Reference, cli, version);
    }

    /// <summary>The values files of a recorded helm command: each <c># -f NAME</c> header and the text up to the next.</summary>
    private static IReadOnlyList<ValuesFile> RecordedValues(string content) =>
        content.Split("\n\n# -f ").Skip(1).Select(part =>
        {
            var newline = part.IndexOf('\n');
            return new ValuesFile(part[..newline], part[(newline + 1)..]);
        }).ToList();

    private static string Scratch() => Directory.CreateTempSubdirectory("kg-chart-scratch-").FullName;
}
