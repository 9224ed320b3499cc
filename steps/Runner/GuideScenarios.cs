using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Steps.Runner;

/// <summary>
/// Every scenario of features/*.feature as one xUnit test case, named "Feature: Scenario [example]", with a
/// Category trait per tag and a Feature trait: <c>dotnet test --filter "Category=static"</c>.
/// </summary>
[TestCaseOrderer(typeof(CatalogOrderTestCaseOrderer))]
public sealed class GuideScenarios(SuiteFixture suite)
{
    public static IEnumerable<ITheoryDataRow> Scenarios() => ScenarioTheoryData.Rows(SuiteFixture.Catalog);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string id) => suite.RunAsync(id);
}
