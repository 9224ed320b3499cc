using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Tests.Configuration;

namespace KedaGuidance.Harness.Tests.Cluster;

public sealed class ExistingClusterFixtureTests
{
    private static string Kubeconfig(string server = "https://127.0.0.1:1")
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kg-kc-").FullName, "config");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
              - name: c1
                cluster:
                  server: {server}
                  insecure-skip-tls-verify: true
            users:
              - name: u1
                user:
                  token: not-a-real-token
            contexts:
              - name: guide-eks
                context:
                  cluster: c1
                  user: u1
              - name: other
                context:
                  cluster: c1
                  user: u1
            current-context: other
            """);
        return path;
    }

    // The fixture never reads the guide: any existing folder satisfies the setting (a test that does not need the guide does not ask for it).
    private static ExistingClusterSettings Settings(string? kubeconfig, string? context) => SettingsReader.Read(new Dictionary<string, string?>
    {
        [SettingNames.Target] = "eks", [SettingNames.Mode] = "plan", [ExistingClusterSettings.KubeconfigVariable] = kubeconfig, [ExistingClusterSettings.KubeContextVariable] = context,
        [SettingNames.Guide] = Directory.CreateTempSubdirectory("kg-no-guide-").FullName,
    }, SettingsReaderTests.RepositoryRoot(), DateTimeOffset.UtcNow, SuiteTargets.Catalog).TargetSettingsAs<KedaGuidance.Fixtures.Targets.Eks.EksSettings>().Cluster;

    private static ExistingClusterFixture Fixture(ExistingClusterSettings settings, string? home = null) =>
        new(settings, new RunRecorder("kg-t", "live", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName), TestRuns.Scratch, home ?? Directory.CreateTempSubdirectory("kg-home-").FullName);

    [Fact]
    public async Task An_unknown_context_fails_listing_the_contexts_the_kubeconfig_has()
    {
        var act = () => Fixture(Settings(Kubeconfig(), "prod")).StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ClusterUnavailableException>()).WithMessage("Context 'prod' could not be used*Contexts in that file: guide-eks, other*KEDAGUIDE_KUBE_CONTEXT*");
    }

    [Fact]
    public async Task No_named_context_is_refused_even_though_the_kubeconfig_has_a_current_one()
    {
        var act = () => Fixture(Settings(Kubeconfig(), null)).StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ClusterUnavailableException>()).WithMessage("KEDAGUIDE_KUBE_CONTEXT is not set*never uses the current context*");
    }

    [Fact]
    public async Task Without_a_kubeconfig_setting_it_reads_the_users_kube_config_and_says_when_there_is_none()
    {
        var act = () => Fixture(Settings(null, "guide-eks"), home: "/nonexistent-home").StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ClusterUnavailableException>()).WithMessage("The kubeconfig '/nonexistent-home/.kube/config' does not exist*KEDAGUIDE_KUBECONFIG*");
    }

    [Fact]
    public async Task An_unreachable_cluster_fails_before_anything_naming_the_server_and_context()
    {
        var act = () => Fixture(Settings(Kubeconfig("https://127.0.0.1:1"), "guide-eks")).StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<ClusterUnavailableException>())
            .WithMessage("The cluster of context 'guide-eks' (server https://127.0.0.1:1*) did not answer GET /version*Nothing was created*");
    }

    [Fact]
    public void A_kubeconfig_list_is_refused_naming_the_setting_to_use()
    {
        var act = () => KubeconfigFile.Resolve(Settings($"/a{Path.PathSeparator}/b", "guide-eks"), "/home");

        act.Should().Throw<ClusterUnavailableException>().WithMessage("*lists several files*KEDAGUIDE_KUBECONFIG*'guide-eks'*");
    }
}
