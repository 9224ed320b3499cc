using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Tests.Targets;

/// <summary>The catalog finds every target folder, lists their names and settings, and refuses names that would collide.</summary>
public sealed class TargetCatalogTests
{
    [Fact]
    public void Every_target_folder_is_found_by_reflection_in_name_order()
    {
        var folders = Directory.GetDirectories(Path.Combine(Configuration.SettingsReaderTests.RepositoryRoot(), "fixtures", "Targets"))
            .Select(Path.GetFileName).Where(n => n is not "Strategies" and not "bin" and not "obj").Select(n => n!.ToLowerInvariant());

        SuiteTargets.Catalog.Names.Should().BeEquivalentTo(folders, "each fixtures/Targets/<Name>/ folder is one target, found without a registration line");
        SuiteTargets.Catalog.Names.Should().BeInAscendingOrder(StringComparer.Ordinal);
        SuiteTargets.Catalog.Accepted.Should().Be("none | " + string.Join(" | ", SuiteTargets.Catalog.Names));
    }

    [Fact]
    public void Each_target_names_its_profile_after_itself_and_describes_its_presets()
    {
        foreach (var target in SuiteTargets.All)
        {
            target.Profile.Name.Should().Be(target.Name);
            target.Description.Should().Contain($"runsettings/{target.Name}.runsettings").And.Contain("planned: runsettings/plan");
            File.Exists(Path.Combine(Configuration.SettingsReaderTests.RepositoryRoot(), "runsettings", $"{target.Name}.runsettings")).Should().BeTrue();
        }
    }

    [Fact]
    public void A_targets_own_settings_are_listed_once_marked_with_every_target_that_reads_them()
    {
        var settings = SuiteTargets.Catalog.Settings;
        settings.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        settings.Where(s => s.Targets.Count == 0).Select(s => s.Name).Should().Contain([SettingNames.Target, SettingNames.Mode, SettingNames.AwsEndpoint]);
        settings.Single(s => s.Name == "KEDAGUIDE_K3S_IMAGE").Targets.Should().Equal("local");
        settings.Single(s => s.Name == "KEDAGUIDE_KUBE_CONTEXT").Targets.Should().Contain("eks");
        settings.Single(s => s.Name == SettingNames.Target).Accepted.Should().Be(SuiteTargets.Catalog.Accepted);
    }

    [Fact]
    public void Coverage_targets_are_static_each_target_and_each_target_planned()
    {
        var coverage = SuiteTargets.Catalog.CoverageTargets;
        coverage[0].Should().Be("static");
        foreach (var name in SuiteTargets.Catalog.Names)
            coverage.Should().Contain([name, "plan-" + name]);
        coverage.Should().HaveCount(1 + 2 * SuiteTargets.Catalog.Names.Count);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("Local")]
    [InlineData("plan-x")]
    [InlineData("")]
    public void A_name_that_would_collide_with_none_a_plan_or_case_is_refused(string name)
    {
        var act = () => new TargetCatalog([new Named(name)]);
        act.Should().Throw<ArgumentException>().WithMessage("*may not be named*");
    }

    [Fact]
    public void Two_targets_of_one_name_are_refused()
    {
        var act = () => new TargetCatalog([new Named("x"), new Named("x")]);
        act.Should().Throw<ArgumentException>().WithMessage("Two targets are named 'x'*");
    }

    private sealed class Named(string name) : ITargetDefinition
    {
        public string Name => name;
        public string Description => "test";
        public IReadOnlyList<SettingDefinition> Settings => [];
        public ITargetSettings ReadSettings(TargetSettingsInput input, ICollection<string> problems) => throw new NotSupportedException();
        public TargetProfile Profile => throw new NotSupportedException();
    }
}
