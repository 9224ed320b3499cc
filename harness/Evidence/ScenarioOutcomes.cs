namespace KedaGuidance.Harness.Evidence;

/// <summary>The string run-record.json holds for a scenario's outcome, for people reading the report.</summary>
public static class ScenarioOutcomes
{
    public static string Text(this ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.Passed => "passed",
        ScenarioOutcome.Failed => "failed",
        ScenarioOutcome.Skipped => "skipped",
        _ => "cancelled",
    };
}
