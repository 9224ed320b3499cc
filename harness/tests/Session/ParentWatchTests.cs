using System.Diagnostics;
using KedaGuidance.Fixtures.Session;

namespace KedaGuidance.Harness.Tests.Session;

/// <summary>The test process follows the dotnet test that started it (see <see cref="ParentWatch"/>).</summary>
public sealed class ParentWatchTests
{
    private static ProcessSnapshot P(int pid, int parent, params string[] commandLine) => new(pid, parent, 1000, 'S', commandLine);

    /// <summary>The chain as ps showed it on this machine for `dotnet test KedaGuidance.sln` (.NET SDK 10.0.401, xUnit v3).</summary>
    private static readonly ProcessSnapshot[] DotnetTestChain =
    [
        P(12382, 12195, "/usr/share/dotnet/dotnet", "exec", "--runtimeconfig", "/r/steps/bin/Release/net10.0/KedaGuidance.Steps.runtimeconfig.json",
            "--depsfile", "/r/steps/bin/Release/net10.0/KedaGuidance.Steps.deps.json", "/r/steps/bin/Release/net10.0/testhost.dll", "--port", "44865",
            "--endpoint", "127.0.0.1:044865", "--role", "client", "--parentprocessid", "12195", "--telemetryoptedin", "false"),
        P(12195, 11905, "/usr/share/dotnet/dotnet", "exec", "/usr/share/dotnet/sdk/10.0.401/vstest.console.dll", "--framework:.NETCoreApp,Version=v10.0",
            "--testCaseFilter:Category=deliberate-failure", "/r/steps/bin/Release/net10.0/KedaGuidance.Steps.dll", "--logger:Console;Verbosity=minimal"),
        P(11905, 900, "dotnet", "test", "KedaGuidance.sln", "-c", "Release", "--no-build", "--filter", "Category=deliberate-failure"),
        P(900, 1, "bash", ".ci/run"),
    ];

    [Fact]
    public void Under_dotnet_test_it_watches_testhost_vstest_console_and_dotnet_test_but_not_the_shell_above()
    {
        ParentWatch.TestRunnerAncestors(DotnetTestChain).Select(p => p.Pid).Should().Equal(12382, 12195, 11905);
    }

    [Fact]
    public void Run_directly_from_a_shell_it_watches_nothing()
    {
        ParentWatch.TestRunnerAncestors([P(900, 1, "bash"), P(1, 0, "/sbin/init")]).Should().BeEmpty();
    }

    [Fact]
    public void Under_vstest_started_by_another_program_that_program_is_watched()
    {
        ParentWatch.TestRunnerAncestors([DotnetTestChain[0], DotnetTestChain[1], P(11905, 1, "/opt/ide/ide", "--run-tests")])
            .Select(p => p.Pid).Should().Equal(12382, 12195, 11905);
    }

    [Fact]
    public void Proc_stat_is_parsed_even_with_spaces_and_parentheses_in_the_command_name()
    {
        var stat = "4242 (dotnet (x) y) S 4100 4242 4100 0 -1 4194560 1 0 0 0 5 1 0 0 20 0 8 0 987654 1000 10 18446744073709551615";
        var process = ProcessSnapshot.Parse(4242, stat, "dotnet\0test\0")!;
        process.ParentPid.Should().Be(4100);
        process.StartTime.Should().Be(987654UL);
        process.State.Should().Be('S');
        process.CommandLine.Should().Equal("dotnet", "test");
    }

    [Fact]
    public async Task When_a_watched_process_is_killed_the_callback_comes_once()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Skip("the watch reads Linux's /proc.");
        using var parent = Process.Start(new ProcessStartInfo("sleep", ["60"]) { UseShellExecute = false })!;
        var snapshot = ProcessSnapshot.Read(parent.Id)!;
        var gone = new TaskCompletionSource<ProcessSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        using var watch = ParentWatch.Watch([snapshot], p => { Interlocked.Increment(ref calls); gone.TrySetResult(p); }, TimeSpan.FromMilliseconds(100));

        await Task.Delay(300, TestContext.Current.CancellationToken);
        gone.Task.IsCompleted.Should().BeFalse("the process is still there");
        parent.Kill();
        var which = await gone.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        which.Pid.Should().Be(parent.Id);
        calls.Should().Be(1);
    }
}
