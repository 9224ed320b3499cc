namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>Some messages could not be sent after every attempt. The message has the counts and what failed.</summary>
public sealed class SendMessagesFailedException(SendReport report, IReadOnlyList<string> problems)
    : Exception($"Sending failed: {report.Describe()}. {problems.Count} batch(es) failed: {string.Join(" | ", problems.Take(5))}{(problems.Count > 5 ? " | …" : "")}")
{
    public SendReport Report { get; } = report;
    public IReadOnlyList<string> Problems { get; } = problems;
}
