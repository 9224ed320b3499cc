using KedaGuidance.Fixtures.Guide;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Session;

/// <summary>The one scratch folder type: private, outside the evidence, per run, removed by its owner.</summary>
public sealed class ScratchFolderTests
{
    [Fact]
    public void A_scratch_folder_is_private_under_the_temp_folder_and_a_child_goes_with_its_owner()
    {
        var scratch = ScratchFolder.Create("unit");
        Path.GetFileName(scratch.Path).Should().StartWith(ScratchFolder.Prefix + "unit-");
        Path.GetDirectoryName(scratch.Path).Should().Be(Path.GetFullPath(Path.GetTempPath()).TrimEnd(Path.DirectorySeparatorChar));
        var child = scratch.Child("cluster");
        Path.GetDirectoryName(child.Path).Should().Be(scratch.Path);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(scratch.Path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, "it may hold a cluster-admin kubeconfig");
            File.GetUnixFileMode(child.Path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllText(child.Combine("kubeconfig"), "x");

        child.Dispose();
        Directory.Exists(child.Path).Should().BeFalse();
        Directory.Exists(scratch.Path).Should().BeTrue("the owner's folder stays until its owner removes it");
        scratch.Remove().Should().BeNull();
        Directory.Exists(scratch.Path).Should().BeFalse();
        scratch.Remove().Should().BeNull("removing a folder already gone is not a problem");
    }

    [Fact]
    public async Task Each_session_has_its_own_scratch_folder_outside_the_evidence_and_removes_it_at_the_end()
    {
        var folder = Directory.CreateTempSubdirectory("kg-session-").FullName;
        SuiteSession Open() => SuiteSession.Create(SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Target] = "local", [SettingNames.Mode] = "plan", [SettingNames.Guide] = folder, [SettingNames.RunId] = "kg-same-id",
        }, folder, DateTimeOffset.UtcNow, SuiteTargets.Catalog), new GuideCheckout(folder, new GuideIdentity(folder, "content-sha256", "x")), new StringWriter());
        var first = Open();
        var second = Open();
        try
        {
            first.Run.Scratch.Path.Should().NotBe(second.Run.Scratch.Path, "two runs with one run id never share a scratch folder");
            Directory.Exists(first.Run.Scratch.Path).Should().BeTrue();
            first.Run.Scratch.Path.Should().NotStartWith(first.Settings.EvidenceFolder, "rendered copies and kubeconfigs are not evidence");
            File.WriteAllText(first.Run.Scratch.Child("k3s").Combine("kubeconfig"), "cluster-admin");
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
        Directory.Exists(first.Run.Scratch.Path).Should().BeFalse("the run's scratch folder goes with the run");
        Directory.Exists(second.Run.Scratch.Path).Should().BeFalse();
    }
}
