using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>One evidence folder per run, owned: never shared with a live run, never mixed with an earlier run's files.</summary>
public sealed class EvidenceFolderClaimTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kg-evidence-claim-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_new_folder_is_claimed_and_released_without_a_trace()
    {
        var folder = Path.Combine(_root, "run");
        using (var claim = EvidenceFolderClaim.Claim(folder, "kg-a", chosen: true))
        {
            claim.Folder.Should().Be(folder);
            File.Exists(Path.Combine(folder, EvidenceFolderClaim.LockFileName)).Should().BeTrue();
        }
        Directory.Exists(folder).Should().BeFalse("a claimed folder nothing was written to goes with the claim");
    }

    [Fact]
    public void A_folder_a_live_run_holds_is_refused_when_named_and_avoided_by_default()
    {
        var folder = Path.Combine(_root, "kg-same");
        using var first = EvidenceFolderClaim.Claim(folder, "kg-same", chosen: false);

        var refused = Assert.Throws<SettingsException>(() => EvidenceFolderClaim.Claim(folder, "kg-same", chosen: true));
        refused.Message.Should().Contain(SettingNames.Evidence).And.Contain("another run that is still going");

        using var second = EvidenceFolderClaim.Claim(folder, "kg-same", chosen: false);
        second.Folder.Should().Be(folder + "-2", "two runs with the same run id never share a folder, and each prints its own");
    }

    [Fact]
    public void A_folder_with_an_earlier_runs_files_is_refused_when_named_and_avoided_by_default()
    {
        var folder = Path.Combine(_root, "evidence");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "run-record.json"), "{}");
        File.WriteAllText(Path.Combine(folder, "stale.txt"), "stale");

        Assert.Throws<SettingsException>(() => EvidenceFolderClaim.Claim(folder, "kg-b", chosen: true))
            .Message.Should().Contain("already holds files of another run").And.Contain("run-record.json");
        using var claim = EvidenceFolderClaim.Claim(folder, "kg-b", chosen: false);
        claim.Folder.Should().Be(folder + "-2");
        File.ReadAllText(Path.Combine(folder, "stale.txt")).Should().Be("stale", "another run's evidence is never touched");
    }

    [Fact]
    public void A_file_or_an_unwritable_place_is_a_settings_error_naming_the_variable()
    {
        var file = Path.Combine(_root, "afile");
        File.WriteAllText(file, "");
        Assert.Throws<SettingsException>(() => EvidenceFolderClaim.Claim(file, "kg-c", chosen: true)).Message.Should().Contain("KEDAGUIDE_EVIDENCE").And.Contain("is a file");
        if (OperatingSystem.IsLinux())
            Assert.Throws<SettingsException>(() => EvidenceFolderClaim.Claim("/proc/kg-evidence", "kg-c", chosen: true)).Message.Should().Contain("cannot be created or written");
    }

    [Fact]
    public void The_run_record_is_written_through_a_temporary_file_of_its_own_with_credentials_redacted()
    {
        var folder = Path.Combine(_root, "record");
        var recorder = new RunRecorder("kg-d", "live", "none", folder);
        recorder.SetGuide(new GuideIdentity("https://user:tok3n@example.com/guide.git#main", "git-commit", "abc"));
        var other = new RunRecorder("kg-d", "live", "none", folder);
        Parallel.For(0, 20, i => (i % 2 == 0 ? recorder : other).Write());
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(["run-record.json"], "no temporary file is left or shared");
        File.ReadAllText(recorder.Write()).Should().NotContain("tok3n");
    }
}
