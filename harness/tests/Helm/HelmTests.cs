using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Helm;

public sealed class HelmTests
{
    /// <summary>A stand-in helm executable: records its arguments (one per line) and prints scripted output for a subcommand.</summary>
    private static (string Executable, string Log) FakeHelm(string version = "v3.16.2+g13654a5", string list = "[]", int installExit = 0)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the stand-in helm is a POSIX shell script");
        var folder = Directory.CreateTempSubdirectory("kg-helm-").FullName;
        var log = Path.Combine(folder, "calls.log");
        var script = Path.Combine(folder, "helm");
        StandInExecutable.Write(script, $$"""
            #!/bin/sh
            for a in "$@"; do printf '%s\n' "$a" >> "{{log}}"; done
            echo "--" >> "{{log}}"
            env | grep '^HELM_' | sort > "{{log}}.env"
            case "$1" in
              version) echo "{{version}}" ;;
              list) echo '{{list}}' ;;
              install) if [ {{installExit}} -ne 0 ]; then echo 'Error: INSTALLATION FAILED: cannot re-use a name that is still in use' >&2; exit {{installExit}}; fi
                       for a in "$@"; do case "$a" in *.yaml) cat "$a" >> "{{log}}.values" ;; esac; done ;;
            esac
            """);
        return (script, log);
    }

    /// <summary>A helm CLI with its own home in a new scratch folder, as the cluster connection builds it.</summary>
    internal static HelmCli Cli(string executable, string kubeconfig = "/k", string context = "ctx") =>
        new(executable, kubeconfig, context, HelmHome.In(Directory.CreateTempSubdirectory("kg-scratch-").FullName));

    private static List<string[]> Calls(string log) =>
        File.ReadAllText(log).Split("--\n", StringSplitOptions.RemoveEmptyEntries).Select(c => c.TrimEnd('\n').Split('\n')).ToList();

    [Theory]
    [InlineData("v3.16.2+g13654a5", true)]
    [InlineData("v3.8.0", true)]
    [InlineData("v4.0.1+gabc", true)]
    [InlineData("v3.7.2+g663a896", false)]
    [InlineData("v2.17.0", false)]
    public void Accepts_helm_3_8_and_newer(string output, bool supported) =>
        HelmVersion.Parse(output)!.IsSupported.Should().Be(supported);

    [Fact]
    public async Task A_missing_helm_fails_naming_what_to_install_and_that_a_plan_needs_none()
    {
        var helm = Cli("/nonexistent/helm-kg");

        var act = () => helm.CheckVersionAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm was not found*Helm 3.8.0+*KEDAGUIDE_MODE=plan*");
    }

    [Fact]
    public async Task An_old_helm_is_refused_with_its_version()
    {
        var (executable, _) = FakeHelm(version: "v3.6.3+gd506314");

        var act = () => Cli(executable).CheckVersionAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm 3.6.3 is not supported*");
    }

    [Fact]
    public async Task Install_passes_the_values_files_by_path_and_the_kubeconfig_and_context_explicitly()
    {
        var (executable, log) = FakeHelm();
        var handler = new HelmCommandHandler(Cli(executable, "/tmp/kubeconfig-of-target", "kind-test"), Directory.CreateTempSubdirectory("kg-s-").FullName);
        var install = new HelmInstall("keda", "kedacore/keda", "keda", "2.16.1", [new ValuesFile("keda/keda-values.yaml", "a: 1\n"), new ValuesFile("extra.yaml", "b: 2\n")]);

        await ((IOperationHandler)handler).ExecuteAsync(install, CancellationToken.None);

        var call = Calls(log).Single();
        call[..7].Should().Equal("install", "keda", "kedacore/keda", "--namespace", "keda", "--version", "2.16.1");
        call[7].Should().Be("-f");
        call[8].Should().EndWith("keda/keda-values.yaml");
        call[10].Should().EndWith("extra.yaml");
        call[^4..].Should().Equal("--kubeconfig", "/tmp/kubeconfig-of-target", "--kube-context", "kind-test");
        File.ReadAllText(log + ".values").Should().Be("a: 1\nb: 2\n");
        install.CommandLine.Should().Be("helm install keda kedacore/keda --namespace keda --version 2.16.1 -f keda/keda-values.yaml -f extra.yaml --kubeconfig <the target's kubeconfig> --kube-context <the target's context>");
    }

    [Fact]
    public async Task Repo_add_then_updates_the_repository_and_never_passes_cluster_flags()
    {
        var (executable, log) = FakeHelm();
        var handler = new HelmCommandHandler(Cli(executable), Path.GetTempPath());

        await ((IOperationHandler)handler).ExecuteAsync(new HelmRepoAdd("kedacore", "https://kedacore.github.io/charts"), CancellationToken.None);

        Calls(log).Should().BeEquivalentTo(new[] { new[] { "repo", "add", "kedacore", "https://kedacore.github.io/charts" }, new[] { "repo", "update", "kedacore" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_failing_helm_command_reports_helms_own_error()
    {
        var (executable, _) = FakeHelm(installExit: 1);
        var handler = new HelmCommandHandler(Cli(executable), Path.GetTempPath());

        var act = () => ((IOperationHandler)handler).ExecuteAsync(new HelmInstall("keda", "kedacore/keda", "keda", "2.16.1", []), CancellationToken.None);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm install keda kedacore/keda*failed (exit code 1): Error: INSTALLATION FAILED: cannot re-use a name*");
    }

    [Theory]
    [InlineData("deployed", "keda-2.16.1", true)]
    [InlineData("failed", "keda-2.16.1", false)]
    [InlineData("deployed", "keda-2.12.0", false)]
    public async Task The_release_check_reads_helm_list_json(string status, string chart, bool met)
    {
        var list = $$"""[{"name":"keda","namespace":"keda","revision":"1","updated":"2026-11-28 13:27:18.169884609 +0000 UTC","status":"{{status}}","chart":"{{chart}}","app_version":"2.16.1"}]""";
        var (executable, log) = FakeHelm(list: list);
        var handler = new HelmReleaseDeployedHandler(Cli(executable), new Polling(TimeSpan.FromMilliseconds(50)));
        var expectation = new HelmReleaseDeployed("keda", "keda", "keda", "2.16.1")
        {
            // Generous for the met case (a stand-in process start can take seconds on a loaded machine); the unmet cases
            // spend the whole budget, so it stays short there but leaves time for at least one helm call.
            Budget = new WaitBudget(TimeSpan.FromSeconds(met ? 30 : 3), "test"),
        };

        var result = await ((IExpectationHandler)handler).AwaitAsync(expectation, CancellationToken.None);

        result.Met.Should().Be(met);
        result.Observed.Should().Contain(status).And.Contain(chart);
        Calls(log)[0].Should().Equal("list", "--namespace", "keda", "--output", "json", "--filter", "^keda$", "--kubeconfig", "/k", "--kube-context", "ctx");
    }

    [Fact]
    public void Output_that_is_not_helms_json_list_is_an_error_not_an_empty_list()
    {
        var act = () => HelmRelease.ParseList("Error: Kubernetes cluster unreachable");

        act.Should().Throw<HelmException>().WithMessage("helm list -o json printed something that is not its JSON list*");
    }

    [Fact]
    public async Task Every_helm_command_runs_with_the_runs_own_home_and_without_the_users_kube_overrides()
    {
        var (executable, log) = FakeHelm();
        var scratch = Directory.CreateTempSubdirectory("kg-scratch-").FullName;
        var handler = new HelmCommandHandler(new HelmCli(executable, "/k", "ctx", HelmHome.In(scratch)), scratch);
        Environment.SetEnvironmentVariable("HELM_KUBETOKEN", "a-token-of-the-user");
        Environment.SetEnvironmentVariable("HELM_KUBEAPISERVER", "https://somewhere-else:6443");
        try
        {
            await ((IOperationHandler)handler).ExecuteAsync(new HelmRepoAdd("kedacore", "https://kedacore.github.io/charts"), CancellationToken.None);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HELM_KUBETOKEN", null);
            Environment.SetEnvironmentVariable("HELM_KUBEAPISERVER", null);
        }

        var env = File.ReadAllLines(log + ".env").Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var home = Path.Combine(scratch, "helm");
        env.Should().Contain(new Dictionary<string, string>
        {
            ["HELM_CONFIG_HOME"] = Path.Combine(home, "config"),
            ["HELM_CACHE_HOME"] = Path.Combine(home, "cache"),
            ["HELM_DATA_HOME"] = Path.Combine(home, "data"),
            ["HELM_REPOSITORY_CONFIG"] = Path.Combine(home, "config", "repositories.yaml"),
            ["HELM_REPOSITORY_CACHE"] = Path.Combine(home, "cache", "repository"),
            ["HELM_REGISTRY_CONFIG"] = Path.Combine(home, "config", "registry", "config.json"),
            ["HELM_PLUGINS"] = Path.Combine(home, "data", "plugins"),
        });
        env.Keys.Should().NotContain(HelmHome.Cleared, "a user's HELM_KUBETOKEN or HELM_KUBEAPISERVER would redirect the run's helm");
    }

    [Fact]
    public async Task The_real_helm_reads_and_writes_only_the_runs_scratch_folder()
    {
        var helm = RealHelm();
        var scratch = Directory.CreateTempSubdirectory("kg-scratch-").FullName;
        var cli = new HelmCli(helm, "/k", "ctx", HelmHome.In(scratch));

        // `helm env` prints the locations helm resolved for itself (helm 3.17.2 here).
        var env = await cli.RunAsync(["env"], targetsCluster: false, CancellationToken.None);

        var home = Path.Combine(scratch, "helm");
        env.Should().Contain($"HELM_REPOSITORY_CONFIG=\"{Path.Combine(home, "config", "repositories.yaml")}\"")
            .And.Contain($"HELM_REPOSITORY_CACHE=\"{Path.Combine(home, "cache", "repository")}\"")
            .And.Contain($"HELM_PLUGINS=\"{Path.Combine(home, "data", "plugins")}\"")
            .And.Contain($"HELM_REGISTRY_CONFIG=\"{Path.Combine(home, "config", "registry", "config.json")}\"");
        env.Should().NotContain(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + "/.config/helm");
    }

    /// <summary>A real helm on PATH (3.8+), or the test is Skipped saying how to provide one.</summary>
    internal static string RealHelm()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "helm.exe" : "helm"))
            .FirstOrDefault(File.Exists);
        Assert.SkipWhen(found is null, "needs a real helm (3.8+) on PATH: install Helm (https://helm.sh/docs/intro/install/) and run the tests again.");
        return found!;
    }
}
