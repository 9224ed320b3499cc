using FluentAssertions;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>Steps of features/00-static-conformance.feature: gather the guide-text-only parts, run a rule family, report.</summary>
[Binding]
public sealed class StaticConformanceSteps(SuiteSession session, ITestOutputHelper output, StaticGuideCheck check, FeatureContext feature)
{
    [Given("the guide's files rendered with the example environment")]
    public void GivenTheExampleEnvironment()
    {
        check.Use(GuideEnvironment.Example);
        output.WriteLine($"guide: {session.Guide.Root}; KEDA {session.Settings.KedaChartVersion}; rendered with example values: " +
                         $"account {GuideEnvironment.ExampleAccount}, region {GuideEnvironment.ExampleRegion} (GuideEnvironment.Example, not a real account)");
    }

    [Given("the implementation guide writes {string} with this heredoc:")]
    public void GivenAHeredoc(string fileName, string text) => check.AddInlineManifest(fileName, text);

    [Given("the implementation guide's step {string} runs:")]
    public void GivenACommand(string step, string text) => check.AddCommand(step, text);

    [Then("the {string} rules find no error")]
    public void ThenTheRulesFindNoError(string family) => Verify(check.Run(Cache, session.Guide.Root, session.Settings.KedaChartVersion, family));

    [Then("the {string} rules find no error in {string}")]
    public void ThenTheRulesFindNoErrorIn(string family, string file)
    {
        check.Documents(Cache, session.Guide.Root, session.Settings.KedaChartVersion)[file].Should()
            .NotBeNull("the implementation guide uses {0}, so the static check must have loaded it", file);
        Verify(check.Run(Cache, session.Guide.Root, session.Settings.KedaChartVersion, family, file));
    }

    // The feature's scenarios share one rendering of the guide (same inputs, same documents).
    private GuideDocumentsCache Cache
    {
        get
        {
            if (!feature.TryGetValue(out GuideDocumentsCache cache))
                feature.Set(cache = new GuideDocumentsCache());
            return cache;
        }
    }

    private void Verify(StaticReport report)
    {
        output.WriteLine(report.Describe());
        foreach (var finding in report.Findings)
            session.Recorder.AddFinding(finding.ToRecord());
        report.RulesRun.Concat(report.Skipped.Select(s => s.RuleId)).Should().NotBeEmpty("a static scenario must run at least one rule");
        if (report.Errors.Count > 0)
            throw new Harness.Runner.ScenarioFailure(report.DescribeErrors());
        if (report.Skipped.Count > 0)
            Assert.Skip($"The other rules passed; not checked: {string.Join(" ", report.Skipped.Select(s => $"[{s.RuleId}] {s.Reason}"))}");
    }
}
