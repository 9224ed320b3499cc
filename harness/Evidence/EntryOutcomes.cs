namespace KedaGuidance.Harness.Evidence;

/// <summary>How the report reads an outcome, and the string run-record.json holds for it.</summary>
public static class EntryOutcomes
{
    /// <summary>Done, met or planned: nothing went wrong.</summary>
    public static bool IsGood(this EntryOutcome outcome) => outcome is EntryOutcome.Done or EntryOutcome.Met or EntryOutcome.Planned;

    /// <summary>The lowercase text run-record.json holds ("not met" …), for people reading the report.</summary>
    public static string Text(this EntryOutcome outcome) => outcome switch
    {
        EntryOutcome.Done => "done",
        EntryOutcome.Met => "met",
        EntryOutcome.NotMet => "not met",
        EntryOutcome.Planned => "planned",
        EntryOutcome.Cancelled => "cancelled",
        _ => "failed",
    };

    /// <summary>The outcome of an exception thrown by a handler.</summary>
    public static EntryOutcome Of(Exception exception) =>
        exception is OperationCanceledException ? EntryOutcome.Cancelled : EntryOutcome.Failed;
}
