using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Keda.Chart;

namespace KedaGuidance.Harness.Tests.Keda;

/// <summary>
/// The pinned chart against the cluster's Kubernetes version, from KEDA's tested ranges in the one store of chart facts
/// (keda-docs "Kubernetes Compatibility"): 2.14.3 (KEDA 2.14.1) was tested on 1.27–1.29; the nightly creates EKS 1.35.
/// </summary>
public sealed class KedaChartCompatibilityTests
{
    [Fact]
    public void The_pin_on_the_guides_kubernetes_is_no_deviation() =>
        KedaChartCompatibility.Deviation("eks", "2.14.3", "1.29").Should().BeNull();

    [Fact]
    public void The_pin_on_the_nightlys_kubernetes_is_declared_naming_the_range_and_the_chart_to_pin()
    {
        var deviation = KedaChartCompatibility.Deviation("eks", "2.14.3", "1.35");

        deviation.Should().NotBeNull();
        deviation!.Id.Should().Be("keda-chart-untested-kubernetes");
        deviation.SuiteDoes.Should().Be("chart 2.14.3 (KEDA 2.14.1, tested on Kubernetes 1.27–1.29) on this cluster's Kubernetes 1.35, outside that range");
        deviation.Reason.Should().EndWith("pin KEDAGUIDE_KEDA_CHART_VERSION=2.20.2 (KEDA 2.20.2, tested on 1.33–1.35)");
    }

    [Fact]
    public void A_version_no_known_chart_was_tested_on_says_so_and_an_unknown_version_declares_nothing()
    {
        KedaChartCompatibility.Deviation("eks", "2.14.3", "1.40")!.Reason.Should().Contain("no chart the suite knows was tested on 1.40");
        KedaChartCompatibility.Deviation("eks", "2.14.3", null).Should().BeNull();
        KedaChartCompatibility.Deviation("eks", "2.99.0", "1.29")!.SuiteDoes.Should().Contain("not one the suite knows");
    }

    [Theory]
    [InlineData("1.35", 1, 35)]
    [InlineData("v1.29.15+k3s1", 1, 29)]
    [InlineData("v1.27.5-eks-43840fb", 1, 27)]
    public void The_minor_is_read_as_eks_the_api_server_and_a_node_write_it(string version, int major, int minor) =>
        KedaChartCompatibility.Minor(version).Should().Be(new Version(major, minor));

    [Theory]
    [InlineData("1.35", true)]
    [InlineData("1.29", false)]
    public async Task Install_keda_declares_the_untested_combination_for_the_clusters_version(string kubernetes, bool declared)
    {
        var settings = TestRuns.PlanSettings("eks", TestGuide.Root, "kg-1");
        var run = TestRuns.Plan(settings, TestGuide.Root);
        var aws = Fixtures.Targets.SuiteTargets.Find("eks")!.PlanAws(settings).ForCluster;
        var cluster = new KedaGuidance.Harness.Targets.GuideCluster("kg-nightly", "test", "0123456789ABCDEF0123456789ABCDEF",
            "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF", kubernetes, NoOidcReason: null);
        var keda = new KedaInstallation(run, cluster.Apply(TestRuns.ExampleEnvironment(TestGuide.Root)), await run.RequireProfile().KedaAws.ResolveAsync(aws, null, CancellationToken.None), cluster);

        await keda.CreateNamespaceAsync(CancellationToken.None);
        await keda.InstallAsync(keda.RenderValues(), CancellationToken.None);

        run.Recorder.Snapshot().Deviations.Any(d => d.Id == "keda-chart-untested-kubernetes").Should().Be(declared);
        run.Recorder.CurrentEntries().Should().Contain(e => e.Kind == "helm.install", "a declared combination does not stop the install");
    }
}
