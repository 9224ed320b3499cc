using KedaGuidance.Fixtures.Session;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Coverage;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>Steps of features/05-guide-coverage.feature: the guide's steps against features/guide-coverage.yaml.</summary>
[Binding]
public sealed class GuideCoverageSteps(SuiteSession session, ITestOutputHelper output)
{
    private IReadOnlyList<GuideStep> _guide = [];
    private CoverageTie? _tie;

    [Given("the implementation guide's text")]
    public void GivenTheImplementationGuidesText()
    {
        if (GuideCoverage.SkipReason(session.Settings) is { } reason)
            Assert.Skip(reason);
        _guide = GuideCoverage.ReadGuide(session.Settings.GuideText!);
        output.WriteLine($"guide text: {session.Settings.GuideText} ({_guide.Count} steps)");
    }

    [Given("the guide coverage tie file")]
    public void GivenTheGuideCoverageTieFile() => _tie = GuideCoverage.ReadTie(typeof(SuiteFixture).Assembly, SuiteTargets.Catalog.CoverageTargets);

    [Then("every step of the guide is covered or waived, and every tie names a step of the guide")]
    public void ThenEveryStepIsCoveredOrWaived()
    {
        var result = CoverageCheck.Check(_guide, _tie!, GuideCoverage.TieFileName);
        session.Recorder.Attach("guide-coverage", CoverageRecord.From(session.Settings.GuideText!, result));
        foreach (var figure in result.PerTarget)
            output.WriteLine(figure.ToString());
        if (!result.IsComplete)
            Assert.Fail(GuideCoverage.Describe($"Guide coverage of {session.Settings.GuideText}", result.Problems, result.PerTarget));
    }

    [Then("every feature the tie names exists and contains its scenario or step phrase")]
    public void ThenEveryFeatureTheTieNamesExists()
    {
        var problems = FeatureReferenceCheck.Check(_tie!.Entries, FeatureReferenceCheck.Index(SuiteFixture.Catalog), GuideCoverage.TieFileName);
        if (problems.Count > 0)
            Assert.Fail(GuideCoverage.Describe($"Features named by {GuideCoverage.TieFileName}", problems, []));
    }
}
