using System.Collections.Concurrent;
using System.Reflection;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace KedaGuidance.Harness.Tests.Aws;

/// <summary>
/// A fake IAmazonSQS: the calls a test cares about are answered by the delegates it sets, every other member throws.
/// Built with DispatchProxy, so it needs none of the interface's hundred other members.
/// </summary>
public class FakeSqs : DispatchProxy
{
    public Func<SendMessageBatchRequest, CancellationToken, Task<SendMessageBatchResponse>>? SendBatch { get; set; }
    public Func<GetQueueAttributesRequest, Task<GetQueueAttributesResponse>>? GetAttributes { get; set; }
    public Func<GetQueueUrlRequest, Task<GetQueueUrlResponse>>? GetUrl { get; set; }
    public Func<CreateQueueRequest, Task<CreateQueueResponse>>? OnCreate { get; set; }
    public ConcurrentQueue<SendMessageBatchRequest> Batches { get; } = new();
    public ConcurrentQueue<string> Calls { get; } = new();

    public static (IAmazonSQS Client, FakeSqs Fake) New()
    {
        var client = Create<IAmazonSQS, FakeSqs>();
        return (client, (FakeSqs)(object)client);
    }

    /// <summary>Accepts every entry.</summary>
    public static Task<SendMessageBatchResponse> AcceptAll(SendMessageBatchRequest request) =>
        Task.FromResult(new SendMessageBatchResponse
        {
            Successful = request.Entries.Select(e => new SendMessageBatchResultEntry { Id = e.Id, MessageId = Guid.NewGuid().ToString() }).ToList(),
        });

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        Calls.Enqueue(method!.Name);
        switch (method.Name)
        {
            case nameof(IAmazonSQS.SendMessageBatchAsync) when args![0] is SendMessageBatchRequest request:
                Batches.Enqueue(new SendMessageBatchRequest { QueueUrl = request.QueueUrl, Entries = [.. request.Entries] });
                return (SendBatch ?? ((r, _) => AcceptAll(r)))(request, (CancellationToken)args[1]!);
            case nameof(IAmazonSQS.GetQueueAttributesAsync) when args![0] is GetQueueAttributesRequest request && GetAttributes is not null:
                return GetAttributes(request);
            case nameof(IAmazonSQS.GetQueueUrlAsync) when args![0] is GetQueueUrlRequest request && GetUrl is not null:
                return GetUrl(request);
            case nameof(IAmazonSQS.CreateQueueAsync) when args![0] is CreateQueueRequest request && OnCreate is not null:
                return OnCreate(request);
            default:
                throw new NotSupportedException($"FakeSqs does not answer {method.Name}.");
        }
    }
}
