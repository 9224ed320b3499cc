using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Operations;

/// <summary>The record entry of an operation or expectation, the same for every executor.</summary>
internal static class ExecutorEntries
{
    public static EntryDraft For(Operation operation, DateTimeOffset start, EntryOutcome outcome) =>
        new(EntryType.Operation, operation.Kind, operation.Summary, start, outcome) { Content = operation.Content };

    public static EntryDraft For(Expectation expectation, DateTimeOffset start, EntryOutcome outcome) =>
        new(EntryType.Expectation, expectation.Kind, expectation.Summary, start, outcome) { Budget = expectation.Budget.ToString() };
}
