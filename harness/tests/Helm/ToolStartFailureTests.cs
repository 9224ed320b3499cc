using FluentAssertions;
using KedaGuidance.Harness.Helm;

namespace KedaGuidance.Harness.Tests.Helm;

/// <summary>
/// A tool that is there but cannot be run is not reported as missing: "install helm" would send the user the wrong way.
/// Through the real check (<see cref="HelmCli.CheckInstalledAsync"/>) and a real exec of the files below.
/// </summary>
public sealed class ToolStartFailureTests
{
    [Fact]
    public async Task A_missing_tool_is_reported_as_not_on_PATH()
    {
        if (OperatingSystem.IsWindows()) return; // the paths below are POSIX
        var missing = Path.Combine(TestRuns.Scratch.Child("tool-missing").Path, "helm");
        var act = () => HelmCli.CheckInstalledAsync(missing, CancellationToken.None);
        (await act.Should().ThrowAsync<HelmException>()).Which.Message.Should().Contain("helm was not found").And.Contain("install Helm");
    }

    [Fact]
    public async Task A_tool_that_exists_but_is_not_executable_is_reported_with_the_system_reason()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Path.Combine(TestRuns.Scratch.Child("tool-noexec").Path, "helm");
        File.WriteAllText(path, "#!/bin/sh\necho v3.17.2\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // 0600: present, not executable (EACCES)
        var act = () => HelmCli.CheckInstalledAsync(path, CancellationToken.None);
        var message = (await act.Should().ThrowAsync<HelmException>()).Which.Message;
        message.Should().Contain("helm could not be started").And.Contain(path).And.Contain("error 13").And.NotContain("was not found");
    }
}
