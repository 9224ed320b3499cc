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
        File.WriteAllText(script, $$"""
            #!/bin/sh
            for a in "$@"; do printf '%s\n' "$a" >> "{{log}}"; done
            echo "--" >> "{{log}}"
            case "$1" in
              version) echo "{{version}}" ;;
              list) echo '{{list}}' ;;
              install) if [ {{installExit}} -ne 0 ]; then echo 'Error: INSTALLATION FAILED: cannot re-use a name that is still in use' >&2; exit {{installExit}}; fi
                       for a in "$@"; do case "$a" in *.yaml) cat "$a" >> "{{log}}.values" ;; esac; done ;;
            esac
            """);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (script, log);
    }

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
        var helm = new HelmCli("/nonexistent/helm-kg", "/k", "ctx");

        var act = () => helm.CheckVersionAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm was not found*Helm 3.8.0+*KEDAGUIDE_MODE=plan*");
    }

    [Fact]
    public async Task An_old_helm_is_refused_with_its_version()
    {
        var (executable, _) = FakeHelm(version: "v3.6.3+gd506314");

        var act = () => new HelmCli(executable, "/k", "ctx").CheckVersionAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm 3.6.3 is not supported*");
    }

    [Fact]
    public async Task Install_passes_the_values_files_by_path_and_the_kubeconfig_and_context_explicitly()
    {
        var (executable, log) = FakeHelm();
        var handler = new HelmCommandHandler(new HelmCli(executable, "/tmp/kubeconfig-of-target", "kind-test"), Directory.CreateTempSubdirectory("kg-s-").FullName);
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
        var handler = new HelmCommandHandler(new HelmCli(executable, "/k", "ctx"), Path.GetTempPath());

        await ((IOperationHandler)handler).ExecuteAsync(new HelmRepoAdd("kedacore", "https://kedacore.github.io/charts"), CancellationToken.None);

        Calls(log).Should().BeEquivalentTo(new[] { new[] { "repo", "add", "kedacore", "https://kedacore.github.io/charts" }, new[] { "repo", "update", "kedacore" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_failing_helm_command_reports_helms_own_error()
    {
        var (executable, _) = FakeHelm(installExit: 1);
        var handler = new HelmCommandHandler(new HelmCli(executable, "/k", "ctx"), Path.GetTempPath());

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
        var handler = new HelmReleaseDeployedHandler(new HelmCli(executable, "/k", "ctx"), new Polling(TimeSpan.FromMilliseconds(50)));
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
}
