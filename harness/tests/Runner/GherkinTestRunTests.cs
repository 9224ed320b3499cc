using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Harness.Tests.Runner;

/// <summary>
/// Runs the test-only sample features through the runner and the real Reqnroll runtime. One run per test class
/// instance is not possible (the runtime keeps one test run per assembly), so the whole lifecycle is one test and
/// the failure behaviours are checked inside it, in file order as the suite runs them.
/// </summary>
[Collection(nameof(RunnerCollection))]
public sealed class GherkinTestRunTests
{
    private static ScenarioCase Named(string displayName) =>
        FeatureCatalogTests.Samples.Cases.Single(c => c.DisplayName == displayName);

    [Fact]
    public async Task Runs_scenarios_with_hooks_in_place_and_reports_failures_by_step()
    {
        Journal.Clear();
        var failures = new Dictionary<string, Exception>();
        await using (var run = await GherkinTestRun.StartAsync(typeof(GherkinTestRunTests).Assembly))
        {
            foreach (var scenario in FeatureCatalogTests.Samples.Cases.Where(c => !c.IsIgnored))
            {
                try
                {
                    await run.RunAsync(scenario);
                }
                catch (Exception e)
                {
                    failures[scenario.ScenarioTitle] = e;
                }
            }
        }

        failures.Keys.Should().BeEquivalentTo("parse error", "undefined step", "pending step", "failing step");
        failures["parse error"].Should().BeOfType<ScenarioFailure>().Which.Message.Should().Contain("runner-broken.feature:5");
        failures["undefined step"].Should().BeOfType<ScenarioFailure>().Which.Message
            .Should().Contain("undefined step \"Given a step nobody defined\" (runner-basics.feature:")
            .And.Contain("No matching step definition found").And.Contain("[Given(\"a step nobody defined\")]");
        failures["pending step"].Should().BeOfType<ScenarioFailure>().Which.Message.Should().Contain("pending step \"Given a pending step\" (runner-basics.feature:");
        failures["failing step"].Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("the step failed on purpose");

        Journal.Entries.Should().Equal(
            "BeforeTestRun",
            "BeforeFeature:Runner basics",
            "BeforeScenario:steps run in order", "step:background", "step:given", "step:when", "step:then", "step:and", "step:but", "AfterScenario:steps run in order",
            "BeforeScenario:outline rows", "step:background", "step:one", "AfterScenario:outline rows",
            "BeforeScenario:outline rows", "step:background", "step:two", "AfterScenario:outline rows",
            "BeforeScenario:undefined step", "step:background", "AfterScenario:undefined step",
            "BeforeScenario:pending step", "step:background", "AfterScenario:pending step",
            "BeforeScenario:failing step", "step:background", "AfterScenario:failing step",
            "BeforeScenario:context injection", "step:background", "shared:42", "AfterScenario:context injection",
            "BeforeScenario:docstring and table", "step:background", "docstring:hello", "table:1,2", "AfterScenario:docstring and table",
            "BeforeScenario:ruled scenario", "step:background", "step:rule background", "step:ruled", "AfterScenario:ruled scenario",
            "AfterFeature:Runner basics",
            "BeforeFeature:Second feature",
            "BeforeScenario:another feature's scenario", "step:second", "AfterScenario:another feature's scenario",
            "AfterFeature:Second feature",
            "AfterTestRun");
    }

    [Fact]
    public async Task Step_trace_goes_to_the_test_output()
    {
        await using (var run = await GherkinTestRun.StartAsync(typeof(GherkinTestRunTests).Assembly))
            await run.RunAsync(Named("Second feature: another feature's scenario"));

        TestContext.Current.TestOutputHelper!.Output.Should()
            .Contain("Given the journal notes \"second\"").And.Contain("-> done: SampleSteps.Note(\"second\")");
    }
}

[CollectionDefinition(nameof(RunnerCollection), DisableParallelization = true)]
public sealed class RunnerCollection;
