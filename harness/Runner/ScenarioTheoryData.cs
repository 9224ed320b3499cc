namespace KedaGuidance.Harness.Runner;

/// <summary>
/// Turns the catalog into xUnit v3 theory rows: one row per scenario or Examples row, its id as the only argument,
/// "Feature: Scenario [example]" as display name, the scenario's own name for JUnit (<see cref="ScenarioTheoryAttribute"/>),
/// a Category trait per tag and a Feature trait, and @ignore as Skip.
/// The rows only reach <c>--filter</c> with their traits when theories are pre-enumerated (xunit.runner.json).
/// </summary>
public static class ScenarioTheoryData
{
    public static IEnumerable<ITheoryDataRow> Rows(FeatureCatalog catalog) => catalog.Cases.Select(Row);

    public static TheoryDataRow<string> Row(ScenarioCase scenario)
    {
        var row = new TheoryDataRow<string>(scenario.Id)
        {
            TestDisplayName = scenario.DisplayName,
            Label = "",
            Skip = scenario.IsIgnored ? $"tagged @ignore in {FeatureCatalog.DisplayFileName(scenario.FeatureFile)}" : null,
        };
        row.Traits["Feature"] = [scenario.FeatureTitle];
        row.Traits["Category"] = [.. scenario.AllTags];
        return row;
    }
}
