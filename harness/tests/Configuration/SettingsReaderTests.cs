using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Tests.Configuration;

public sealed class SettingsReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-settings-").FullName;

    private SuiteSettings Read(params (string Name, string Value)[] variables) =>
        SettingsReader.Read(variables.ToDictionary(v => v.Name, v => (string?)v.Value), _folder, Now, SuiteTargets.Catalog);

    private SettingsException ReadFails(params (string Name, string Value)[] variables) =>
        Assert.Throws<SettingsException>(() => Read(variables));

    [Fact]
    public void Defaults_are_the_safe_ones()
    {
        var s = Read((SettingNames.Guide, _folder));
        s.Target.Should().Be(TargetCatalog.None);
        s.TargetSettings.Should().BeNull();
        s.Mode.Should().Be(ExecutionMode.Live);
        s.KedaChartVersion.Should().Be("2.14.3");
        s.KedaChart.Should().Be(new KedaGuidance.Harness.Keda.KedaChartSource.Repository());
        s.Slack.Should().Be(TimeSpan.FromSeconds(30));
        s.RunId.Should().MatchRegex("^kg-20261128-120000-[0-9a-f]{4}$");
        s.EvidenceFolder.Should().Be(Path.Combine(_folder, "TestResults", "evidence", s.RunId));
    }

    [Fact]
    public void Default_guide_is_the_upstream_repository_at_the_pinned_commit()
    {
        var s = Read();
        s.Guide.Should().EndWith("#8d2ef5d4e1ea80922fa52ffb0eca66088dc1381b");
    }

    [Fact]
    public void A_bad_mode_names_the_variable_the_value_and_what_is_accepted()
    {
        var e = ReadFails((SettingNames.Mode, "bogus"), (SettingNames.Guide, _folder));
        e.Message.Should().Contain("KEDAGUIDE_MODE='bogus'").And.Contain("live | plan");
    }

    [Fact]
    public void A_target_reads_its_own_settings_with_their_defaults()
    {
        var local = Read((SettingNames.Target, "local"), (SettingNames.Guide, _folder)).TargetSettingsAs<LocalSettings>();
        local.K3sImage.Should().Be("rancher/k3s:v1.29.15-k3s1");
        local.LocalStackImage.Should().Be("localstack/localstack:4.14.0");
        Read((SettingNames.Target, "local"), (LocalSettings.K3sImageVariable, "mirror/k3s:v1"), (SettingNames.Guide, _folder))
            .TargetSettingsAs<LocalSettings>().K3sImage.Should().Be("mirror/k3s:v1");
    }

    [Theory]
    [InlineData("minikube")]
    [InlineData("1")]
    [InlineData("plan-local")]
    public void An_unknown_target_fails_before_anything_runs_listing_the_catalog(string value)
    {
        var e = ReadFails((SettingNames.Target, value), (SettingNames.Guide, _folder));
        e.Problems.Should().ContainSingle().Which.Should().Contain($"{SettingNames.Target}='{value}' is not accepted")
            .And.Contain(SuiteTargets.Catalog.Accepted);
        foreach (var target in SuiteTargets.All)
            e.Message.Should().Contain(target.Description, "the message says what each target is");
    }

    [Fact]
    public void Target_names_are_read_case_insensitively() =>
        Read((SettingNames.Target, "LOCAL"), (SettingNames.Guide, _folder)).Target.Should().Be("local");

    [Theory]
    [InlineData(SettingNames.AwsEndpoint, "localhost:4566", "absolute http(s) URL")]
    [InlineData(SettingNames.AwsEndpoint, "ftp://x", "absolute http(s) URL")]
    [InlineData(SettingNames.RunId, "Has_Upper", "lowercase letters")]
    [InlineData(SettingNames.KedaChartVersion, "v2.16.1", "no leading 'v'")]
    [InlineData(SettingNames.SlackSeconds, "-5", "0 to 3600")]
    [InlineData(SettingNames.SlackSeconds, "99999", "0 to 3600")]
    [InlineData(SettingNames.RunDeadline, "soon", "90s, 45m or 2h")]
    [InlineData(SettingNames.KeepOnFailure, "maybe", "true or false")]
    public void Each_bad_value_is_named_with_what_is_accepted(string name, string value, string accepted)
    {
        var e = ReadFails((name, value), (SettingNames.Guide, _folder));
        e.Problems.Should().ContainSingle().Which.Should().Contain($"{name}='{value}'").And.Contain(accepted);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var e = ReadFails((SettingNames.Mode, "x"), (SettingNames.Target, "y"), (SettingNames.Guide, _folder));
        e.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void A_misspelt_setting_is_an_error_with_a_suggestion()
    {
        var e = ReadFails(("KEDAGUIDE_TARGT", "local"), (SettingNames.Guide, _folder));
        e.Message.Should().Contain("KEDAGUIDE_TARGT is not a setting").And.Contain("did you mean KEDAGUIDE_TARGET?");
    }

    [Fact]
    public void Eks_live_requires_an_explicit_kube_context_and_a_region()
    {
        var e = ReadFails((SettingNames.Target, "eks"), (SettingNames.Guide, _folder));
        e.Message.Should().Contain("KEDAGUIDE_KUBE_CONTEXT is required").And.Contain("AWS_REGION");
    }

    [Fact]
    public void Eks_plan_needs_no_context_nor_credentials()
    {
        var s = Read((SettingNames.Target, "eks"), (SettingNames.Mode, "plan"), (SettingNames.Guide, _folder));
        s.IsPlan.Should().BeTrue();
    }

    [Fact]
    public void Plan_without_a_target_says_which_target_to_set()
    {
        var e = ReadFails((SettingNames.Mode, "plan"), (SettingNames.Guide, _folder));
        e.Message.Should().Contain($"{SettingNames.Target} to one of {string.Join(" | ", SuiteTargets.Catalog.Names)}");
    }

    [Fact]
    public void A_missing_guide_folder_is_named()
    {
        var e = ReadFails((SettingNames.Guide, "no/such/folder"));
        e.Message.Should().Contain("KEDAGUIDE_GUIDE='no/such/folder' is not an existing folder");
    }

    [Fact]
    public void Relative_paths_are_resolved_against_the_base_folder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "guide"));
        var s = Read((SettingNames.Guide, "guide"), (SettingNames.Evidence, "out"));
        s.Guide.Should().Be(Path.Combine(_folder, "guide"));
        s.EvidenceFolder.Should().Be(Path.Combine(_folder, "out"));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("45m", 2700)]
    [InlineData("2h", 7200)]
    [InlineData("600", 600)]
    public void Deadlines_accept_seconds_minutes_and_hours(string value, int seconds) =>
        Read((SettingNames.RunDeadline, value), (SettingNames.Guide, _folder)).RunDeadline.Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Every_setting_is_documented_in_the_readme_and_a_targets_own_marked_with_its_targets()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md")).Where(l => l.StartsWith("| `KEDAGUIDE_", StringComparison.Ordinal)).ToList();
        foreach (var definition in SuiteTargets.Catalog.Settings)
        {
            var row = rows.SingleOrDefault(r => r.StartsWith($"| `{definition.Name}`", StringComparison.Ordinal));
            row.Should().NotBeNull($"README's settings table must list {definition.Name}");
            if (definition.Targets.Count > 0)
                row.Should().Contain($"*({string.Join(", ", definition.Targets)})*", "a target's own setting is marked with the targets that read it");
        }
        rows.Select(r => r.Split('`')[1]).Should().BeSubsetOf(SuiteTargets.Catalog.Settings.Select(d => d.Name), "the table lists no setting the suite does not read");
    }

    internal static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "KedaGuidance.sln")))
                return d.FullName;
        throw new InvalidOperationException("KedaGuidance.sln not found above " + AppContext.BaseDirectory);
    }
}
