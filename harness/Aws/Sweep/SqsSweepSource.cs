using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Aws.Sweep;

/// <summary>
/// SQS queues for the sweep: ListQueues (paged), then ListQueueTags for the run-id tag and CreatedTimestamp for the
/// age. A queue without the tag is listed with no run id, so the selection never takes it.
/// </summary>
public sealed class SqsSweepSource(IAmazonSQS sqs) : ISweepSource
{
    public string Place => "sqs";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<SweepCandidate>();
        string? next = null;
        do
        {
            var page = await sqs.ListQueuesAsync(new ListQueuesRequest { MaxResults = 1000, NextToken = next }, cancellationToken);
            foreach (var url in page.QueueUrls ?? [])
            {
                var tags = await sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url }, cancellationToken);
                var runId = tags.Tags?.GetValueOrDefault(RunLabels.AwsTag);
                DateTimeOffset? created = null;
                if (runId is not null)
                {
                    var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["CreatedTimestamp"] }, cancellationToken);
                    created = ParseEpochSeconds(attributes.Attributes?.GetValueOrDefault("CreatedTimestamp"));
                }
                candidates.Add(new SweepCandidate(Place, SweepOrder.SqsQueue, url, runId, created));
            }
            next = page.NextToken;
        }
        while (!string.IsNullOrEmpty(next));
        return candidates;
    }

    public Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken) =>
        sqs.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = candidate.Name }, cancellationToken);

    /// <summary>SQS's CreatedTimestamp is seconds since the epoch, as a string (some emulators add a fraction).</summary>
    public static DateTimeOffset? ParseEpochSeconds(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds))
            : null;
}
