using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests.Configuration;

/// <summary>Settings a careless user or an attacker sets: each refused with its name, before anything is fetched or created.</summary>
public sealed class HostileSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-hostile-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SettingsException ReadFails(params (string Name, string Value)[] variables) =>
        Assert.Throws<SettingsException>(() => SettingsReader.Read(
            variables.Append((SettingNames.Guide, _folder)).ToDictionary(v => v.Item1, v => (string?)v.Item2), _folder, DateTimeOffset.UtcNow, SuiteTargets.Catalog));

    [Theory]
    [InlineData("1500h")]
    [InlineData("99999999999h")]
    [InlineData("999999999999999999999s")]
    [InlineData("0s")]
    public void A_deadline_the_runtime_cannot_schedule_is_refused(string value)
    {
        ReadFails((SettingNames.RunDeadline, value)).Problems.Should().ContainSingle()
            .Which.Should().Contain($"{SettingNames.RunDeadline}='{value}'").And.Contain("at most 1000h");
    }

    [Fact]
    public void The_longest_accepted_deadline_can_be_scheduled()
    {
        using var cts = new CancellationTokenSource();
        cts.CancelAfter(SettingsReader.MaxDuration + TimeSpan.FromHours(1)); // throws above 2^32-2 ms
        Harness.Teardown.RunDeadlinePlan.For(SettingsReader.MaxDuration).ScenarioCutoff.Should().NotBeNull();
    }

    [Theory]
    [InlineData(SettingNames.Mode, "live, plan")]
    [InlineData(SettingNames.Mode, "0")]
    [InlineData(SettingNames.Sweep, "off,delete")]
    [InlineData(SettingNames.Target, "none, local")]
    public void An_enum_setting_takes_one_name_not_a_list_or_a_number(string name, string value)
    {
        ReadFails((name, value)).Problems.Should().ContainSingle().Which.Should().Contain($"{name}='{value}' is not accepted");
    }

    [Fact]
    public void A_value_that_was_not_valid_utf8_is_refused_not_repaired()
    {
        ReadFails((SettingNames.RunId, "kg-\uFFFD"), (SettingNames.GuideCache, "/tmp/cach\uFFFD")).Problems
            .Should().Contain(p => p.StartsWith($"{SettingNames.GuideCache} is not valid UTF-8", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith($"{SettingNames.RunId} is not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void An_evidence_folder_that_is_a_file_or_under_a_file_is_refused_by_name()
    {
        var file = Path.Combine(_folder, "afile");
        File.WriteAllText(file, "");
        ReadFails((SettingNames.Evidence, file)).Message.Should().Contain($"{SettingNames.Evidence}='{file}' is a file");
        ReadFails((SettingNames.Evidence, Path.Combine(file, "evidence"))).Message.Should().Contain($"{file} is a file");
    }

    [Fact]
    public void A_guide_url_with_an_injected_ref_is_refused_by_name_without_its_credentials()
    {
        var e = Assert.Throws<SettingsException>(() => SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Guide] = "https://user:s3cr3t@example.com/guide.git#--upload-pack=touch /tmp/x",
        }, _folder, DateTimeOffset.UtcNow, SuiteTargets.Catalog));
        e.Message.Should().Contain(SettingNames.Guide).And.Contain("starts with '-'").And.NotContain("s3cr3t");
    }
}
