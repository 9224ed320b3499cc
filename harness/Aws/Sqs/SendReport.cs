using System.Globalization;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>
/// What sending took: messages asked for and accepted, batches, calls made, retries, failures seen on the way
/// (whole calls that threw, entries SQS reported as Failed), and the wall time. Shown in the evidence.
/// </summary>
public sealed record SendReport(
    int Requested,
    int Sent,
    int Batches,
    int Calls,
    int Retries,
    int CallFailures,
    int EntryFailures,
    int Parallelism,
    TimeSpan Duration,
    bool Planned = false) : IDescribedResult
{
    public static SendReport PlannedFor(SendMessages operation) =>
        new(operation.Count, 0, operation.Batches, 0, 0, 0, 0, operation.Parallelism, TimeSpan.Zero, Planned: true);

    public string Describe() => Planned
        ? $"planned: {Requested} messages in {Batches} batches, nothing sent"
        : string.Create(CultureInfo.InvariantCulture,
            $"sent {Sent} of {Requested} in {Batches} batches ({Calls} calls, ≤ {Parallelism} in flight); {Retries} retries; failures seen: {CallFailures} calls, {EntryFailures} entries; {Duration.TotalMilliseconds:0} ms");
}
