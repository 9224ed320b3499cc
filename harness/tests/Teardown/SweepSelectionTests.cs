using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class SweepSelectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static SuiteSettings Settings(params (string Name, string Value)[] variables)
    {
        var folder = Directory.CreateTempSubdirectory("kg-sweep-").FullName;
        var env = variables.ToDictionary(v => v.Name, v => (string?)v.Value);
        env[SettingNames.Guide] = folder;
        env[SettingNames.RunId] = "kg-20261128-115900-aaaa";
        return SettingsReader.Read(env, folder, Now, SuiteTargets.Catalog);
    }

    private static SweepCandidate Queue(string? runId, DateTimeOffset? created = null) => new("aws", "sqs queue", "app-queue", runId, created);

    [Fact]
    public void Never_selects_what_has_no_run_id() =>
        SweepSelection.Decide(Queue(null, Now.AddDays(-30)), Settings(), Now).Selected.Should().BeFalse();

    [Fact]
    public void Selects_runs_older_than_the_threshold_by_creation_time()
    {
        var settings = Settings((SettingNames.SweepOlderThan, "6h"));
        SweepSelection.Decide(Queue("kg-nightly-1", Now.AddHours(-7)), settings, Now).Selected.Should().BeTrue();
        SweepSelection.Decide(Queue("kg-nightly-2", Now.AddHours(-5)), settings, Now).Selected.Should().BeFalse();
    }

    [Fact]
    public void Falls_back_to_the_time_in_a_default_run_id()
    {
        SweepSelection.TimeOfRunId("kg-20261127-100000-beef").Should().Be(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        SweepSelection.Decide(Queue("kg-20261127-100000-beef"), Settings(), Now).Selected.Should().BeTrue();
    }

    [Fact]
    public void Unknown_age_is_not_selected_and_says_how_to_name_the_run()
    {
        var decision = SweepSelection.Decide(Queue("my-run"), Settings(), Now);
        decision.Selected.Should().BeFalse();
        decision.Reason.Should().Contain(SettingNames.SweepRunId);
    }

    [Fact]
    public void A_named_run_is_selected_whatever_its_age_and_others_are_not()
    {
        var settings = Settings((SettingNames.SweepRunId, "kg-nightly-7"));
        SweepSelection.Decide(Queue("kg-nightly-7", Now), settings, Now).Selected.Should().BeTrue();
        SweepSelection.Decide(Queue("kg-nightly-6", Now.AddDays(-3)), settings, Now).Selected.Should().BeFalse();
    }

    [Fact]
    public void The_current_runs_resources_are_left_to_its_own_teardown() =>
        SweepSelection.Decide(Queue("kg-20261128-115900-aaaa", Now.AddDays(-2)), Settings(), Now).Selected.Should().BeFalse();
}
