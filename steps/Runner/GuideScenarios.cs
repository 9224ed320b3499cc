using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Steps.Runner;

/// <summary>
/// Every scenario of features/*.feature as one xUnit test case, displayed "Feature: Scenario [example]" (TRX, the
/// console) and named "Scenario [example]" where a runner reads the method name (JUnit), with a Category trait per
/// tag and a Feature trait: <c>dotnet test --filter "Category=static"</c>.
/// </summary>
[TestCaseOrderer(typeof(CatalogOrderTestCaseOrderer))]
public sealed class GuideScenarios(SuiteFixture suite)
{
    public static IEnumerable<ITheoryDataRow> Scenarios() => ScenarioTheoryData.Rows(SuiteFixture.Catalog);

    [ScenarioTheory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string id) => suite.RunAsync(id);
}
