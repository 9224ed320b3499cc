using KedaGuidance.Harness.Waits;
using Amazon.SQS;
using Amazon.SQS.Model;
using Polly;
using Polly.Retry;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>The live handlers of the SQS operations and expectations, over one SQS client (AWSSDK.SQS).</summary>
public sealed class SqsHandlers(IAmazonSQS sqs, TimeSpan retryDelay, TimeSpan pollInterval)
{
    public IEnumerable<IOperationHandler> Operations =>
    [
        new CreateQueueHandler(sqs),
        new SendMessagesHandler(new MessageBatchSender(sqs, retryDelay)),
        new ReadQueueDepthHandler(sqs),
        new PurgeQueueHandler(sqs),
        new DeleteQueueHandler(sqs),
    ];

    public IEnumerable<IExpectationHandler> Expectations =>
    [
        new QueueHoldsHandler(sqs, pollInterval),
        new QueueAbsentHandler(sqs, pollInterval),
    ];

    internal static async Task<string?> UrlOfAsync(IAmazonSQS sqs, string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = name }, cancellationToken)).QueueUrl;
        }
        catch (QueueDoesNotExistException)
        {
            return null;
        }
    }

    /// <summary>Reads both counts; a missing attribute or a failed call is an error, never a 0.</summary>
    internal static async Task<QueueDepth> DepthAsync(IAmazonSQS sqs, string queueUrl, CancellationToken cancellationToken)
    {
        var response = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queueUrl,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        }, cancellationToken);
        return new QueueDepth(Count(response, "ApproximateNumberOfMessages", queueUrl), Count(response, "ApproximateNumberOfMessagesNotVisible", queueUrl));
    }

    private static long Count(GetQueueAttributesResponse response, string name, string queueUrl) =>
        response.Attributes is { } attributes && attributes.TryGetValue(name, out var text) && long.TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"GetQueueAttributes of {queueUrl} returned no usable {name} (got '{(response.Attributes?.GetValueOrDefault(name) ?? "nothing")}'); the count is unknown, not 0.");

    private sealed class CreateQueueHandler(IAmazonSQS sqs) : OperationHandler<CreateQueue, string>
    {
        protected override async Task<string> ExecuteAsync(CreateQueue operation, CancellationToken cancellationToken)
        {
            // CreateQueue returns the URL of an existing queue with the same attributes: check first, never adopt.
            if (await UrlOfAsync(sqs, operation.Name, cancellationToken) is { } existing)
                throw new ResourceNotOursException("queue", operation.Name, existing);
            var request = new CreateQueueRequest
            {
                QueueName = operation.Name,
                Tags = new Dictionary<string, string> { [AwsTags.RunId] = operation.RunId },
            };
            var pipeline = operation.RecentDeletionWait <= TimeSpan.Zero
                ? ResiliencePipeline.Empty
                // The timeout is added first, so it is the outer strategy and bounds every attempt together; added
                // after the retry it would bound each attempt alone and the retry would go on for ever.
                : new ResiliencePipelineBuilder()
                    .AddTimeout(operation.RecentDeletionWait)
                    .AddRetry(new RetryStrategyOptions
                    {
                        ShouldHandle = new PredicateBuilder().Handle<QueueDeletedRecentlyException>(),
                        MaxRetryAttempts = int.MaxValue,
                        Delay = operation.RecentDeletionRetry,
                        BackoffType = DelayBackoffType.Constant,
                    })
                    .Build();
            try
            {
                return (await pipeline.ExecuteAsync(async ct => await sqs.CreateQueueAsync(request, ct), cancellationToken)).QueueUrl;
            }
            catch (Polly.Timeout.TimeoutRejectedException e)
            {
                throw new InvalidOperationException($"SQS still answered QueueDeletedRecently for {operation.Name} after {operation.RecentDeletionWait.TotalSeconds:0} s: " +
                    "a queue of that name was deleted less than 60 s ago and SQS refuses to create it again until then.", e);
            }
        }
    }

    private sealed class SendMessagesHandler(MessageBatchSender sender) : OperationHandler<SendMessages, SendReport>
    {
        protected override Task<SendReport> ExecuteAsync(SendMessages operation, CancellationToken cancellationToken) =>
            sender.SendAsync(operation, cancellationToken);
    }

    private sealed class ReadQueueDepthHandler(IAmazonSQS sqs) : OperationHandler<ReadQueueDepth, QueueDepth>
    {
        protected override Task<QueueDepth> ExecuteAsync(ReadQueueDepth operation, CancellationToken cancellationToken) =>
            DepthAsync(sqs, operation.QueueUrl, cancellationToken);
    }

    private sealed class PurgeQueueHandler(IAmazonSQS sqs) : OperationHandler<PurgeQueue, Done>
    {
        protected override async Task<Done> ExecuteAsync(PurgeQueue operation, CancellationToken cancellationToken)
        {
            await sqs.PurgeQueueAsync(new PurgeQueueRequest { QueueUrl = operation.QueueUrl }, cancellationToken);
            return Done.Value;
        }
    }

    private sealed class DeleteQueueHandler(IAmazonSQS sqs) : OperationHandler<DeleteQueue, Done>
    {
        protected override async Task<Done> ExecuteAsync(DeleteQueue operation, CancellationToken cancellationToken)
        {
            try
            {
                await sqs.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = operation.QueueUrl }, cancellationToken);
            }
            catch (QueueDoesNotExistException)
            {
                // Already gone (the guide's own cleanup step ran first): the inverse is satisfied.
            }
            return Done.Value;
        }
    }

    /// <summary>Polls until the queue holds the expected count or the budget runs out; the last reading is reported either way.</summary>
    private sealed class QueueHoldsHandler(IAmazonSQS sqs, TimeSpan interval) : ExpectationHandler<QueueHolds>
    {
        protected override Task<ExpectationResult> AwaitAsync(QueueHolds expectation, CancellationToken cancellationToken) =>
            new Polling(interval).UntilAsync(async ct =>
            {
                var depth = await DepthAsync(sqs, expectation.QueueUrl, ct);
                return new Observation(depth.Total == expectation.Count, depth.ToString());
            }, expectation.Budget, cancellationToken);
    }

    private sealed class QueueAbsentHandler(IAmazonSQS sqs, TimeSpan interval) : ExpectationHandler<QueueAbsent>
    {
        protected override Task<ExpectationResult> AwaitAsync(QueueAbsent expectation, CancellationToken cancellationToken) =>
            new Polling(interval).UntilAsync(async ct =>
            {
                var url = await UrlOfAsync(sqs, expectation.Name, ct);
                return new Observation(url is null, url is null ? "GetQueueUrl: QueueDoesNotExist" : $"still exists at {url}");
            }, expectation.Budget, cancellationToken);
    }
}
