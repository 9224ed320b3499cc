using Amazon.SQS;
using Amazon.SQS.Model;
using KedaGuidance.Harness.Aws.Sqs;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class MessageBatchSenderTests
{
    private const string Url = "http://127.0.0.1:5000/123456789012/app-queue";

    private static MessageBatchSender Sender(IAmazonSQS sqs) => new(sqs, TimeSpan.Zero);

    [Fact]
    public async Task Sends_500_messages_as_50_batches_of_10_with_unique_ids_and_counts_them()
    {
        var (client, fake) = FakeSqs.New();

        var report = await Sender(client).SendAsync(new SendMessages(Url, 500, "XXXX"), CancellationToken.None);

        fake.Batches.Should().HaveCount(50).And.OnlyContain(b => b.Entries.Count == 10 && b.QueueUrl == Url);
        fake.Batches.SelectMany(b => b.Entries).Select(e => e.Id).Should().OnlyHaveUniqueItems().And.HaveCount(500);
        fake.Batches.SelectMany(b => b.Entries).Should().OnlyContain(e => e.MessageBody == "XXXX");
        report.Should().BeEquivalentTo(new { Requested = 500, Sent = 500, Batches = 50, Calls = 50, Retries = 0, CallFailures = 0, EntryFailures = 0 });
        report.Describe().Should().Contain("sent 500 of 500 in 50 batches").And.Contain("0 retries").And.Contain("ms");
    }

    [Fact]
    public async Task A_count_that_is_not_a_multiple_of_10_ends_with_a_short_batch()
    {
        var (client, fake) = FakeSqs.New();

        var report = await Sender(client).SendAsync(new SendMessages(Url, 23, "XXXX"), CancellationToken.None);

        fake.Batches.Select(b => b.Entries.Count).Order().Should().Equal(3, 10, 10);
        report.Sent.Should().Be(23);
    }

    [Fact]
    public async Task Batches_are_sent_concurrently_but_never_more_than_the_parallelism()
    {
        var (client, fake) = FakeSqs.New();
        var inFlight = 0;
        var most = 0;
        fake.SendBatch = async (request, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(30, ct); // keeps calls overlapping so the bound is actually exercised
            Interlocked.Decrement(ref inFlight);
            return await FakeSqs.AcceptAll(request);
        };

        await Sender(client).SendAsync(new SendMessages(Url, 200, "XXXX", Parallelism: 3), CancellationToken.None);

        most.Should().BeInRange(2, 3);
    }

    [Fact]
    public async Task Entries_reported_Failed_are_sent_again_alone_and_counted()
    {
        var (client, fake) = FakeSqs.New();
        var failedOnce = 0;
        fake.SendBatch = (request, _) =>
        {
            if (request.Entries.Any(e => e.Id == "3") && Interlocked.Exchange(ref failedOnce, 1) == 0)
            {
                return Task.FromResult(new SendMessageBatchResponse
                {
                    Successful = request.Entries.Where(e => e.Id is not ("3" or "4")).Select(e => new SendMessageBatchResultEntry { Id = e.Id }).ToList(),
                    Failed = [new BatchResultErrorEntry { Id = "3", Code = "InternalError", SenderFault = false }, new BatchResultErrorEntry { Id = "4", Code = "InternalError" }],
                });
            }
            return FakeSqs.AcceptAll(request);
        };

        var report = await Sender(client).SendAsync(new SendMessages(Url, 20, "XXXX"), CancellationToken.None);

        report.Should().BeEquivalentTo(new { Sent = 20, Calls = 3, Retries = 1, EntryFailures = 2, CallFailures = 0 });
        fake.Batches.Should().ContainSingle(b => b.Entries.Count == 2).Which.Entries.Select(e => e.Id).Should().Equal("3", "4");
    }

    [Fact]
    public async Task An_entry_missing_from_both_lists_counts_as_failed_and_is_sent_again()
    {
        var (client, fake) = FakeSqs.New();
        var dropped = 0;
        fake.SendBatch = (request, _) => Interlocked.Exchange(ref dropped, 1) == 0
            ? Task.FromResult(new SendMessageBatchResponse { Successful = request.Entries.Skip(1).Select(e => new SendMessageBatchResultEntry { Id = e.Id }).ToList() })
            : FakeSqs.AcceptAll(request);

        var report = await Sender(client).SendAsync(new SendMessages(Url, 10, "XXXX"), CancellationToken.None);

        report.Should().BeEquivalentTo(new { Sent = 10, Calls = 2, Retries = 1, EntryFailures = 1 });
    }

    [Fact]
    public async Task A_call_that_throws_is_retried_and_counted()
    {
        var (client, fake) = FakeSqs.New();
        var thrown = 0;
        fake.SendBatch = (request, _) => Interlocked.Exchange(ref thrown, 1) == 0
            ? throw new AmazonSQSException("Service Unavailable")
            : FakeSqs.AcceptAll(request);

        var report = await Sender(client).SendAsync(new SendMessages(Url, 30, "XXXX"), CancellationToken.None);

        report.Should().BeEquivalentTo(new { Sent = 30, Calls = 4, Retries = 1, CallFailures = 1, EntryFailures = 0 });
    }

    [Fact]
    public async Task Entries_that_keep_failing_fail_the_operation_with_the_counts_instead_of_being_dropped()
    {
        var (client, fake) = FakeSqs.New();
        fake.SendBatch = (request, _) => Task.FromResult(new SendMessageBatchResponse
        {
            Successful = request.Entries.Where(e => e.Id != "7").Select(e => new SendMessageBatchResultEntry { Id = e.Id }).ToList(),
            Failed = request.Entries.Where(e => e.Id == "7").Select(e => new BatchResultErrorEntry { Id = e.Id, Code = "InvalidMessageContents", Message = "bad", SenderFault = true }).ToList(),
        });

        var act = () => Sender(client).SendAsync(new SendMessages(Url, 20, "XXXX", MaxAttempts: 3), CancellationToken.None);

        var failure = (await act.Should().ThrowAsync<SendMessagesFailedException>()).Which;
        failure.Report.Should().BeEquivalentTo(new { Requested = 20, Sent = 19, Retries = 2, EntryFailures = 3, Calls = 4 });
        failure.Message.Should().Contain("sent 19 of 20").And.Contain("InvalidMessageContents").And.Contain("after 3 attempts");
    }

    [Fact]
    public async Task A_missing_queue_is_not_retried()
    {
        var (client, fake) = FakeSqs.New();
        fake.SendBatch = (_, _) => throw new QueueDoesNotExistException("The specified queue does not exist.");

        var act = () => Sender(client).SendAsync(new SendMessages(Url, 10, "XXXX"), CancellationToken.None);

        var failure = (await act.Should().ThrowAsync<SendMessagesFailedException>()).Which;
        failure.Report.Should().BeEquivalentTo(new { Sent = 0, Calls = 1, Retries = 0, CallFailures = 1 });
        failure.Message.Should().Contain("QueueDoesNotExistException");
    }

    [Fact]
    public async Task Cancellation_stops_sending_and_is_not_reported_as_a_send_failure()
    {
        var (client, fake) = FakeSqs.New();
        using var cancel = new CancellationTokenSource();
        fake.SendBatch = (request, _) =>
        {
            cancel.Cancel();
            return FakeSqs.AcceptAll(request);
        };

        var act = () => Sender(client).SendAsync(new SendMessages(Url, 500, "XXXX", Parallelism: 1), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        fake.Batches.Count.Should().BeLessThan(50);
    }

    [Fact]
    public async Task One_attempt_means_no_retry()
    {
        var (client, fake) = FakeSqs.New();
        fake.SendBatch = (_, _) => throw new AmazonSQSException("Throttled");

        var act = () => Sender(client).SendAsync(new SendMessages(Url, 10, "XXXX", MaxAttempts: 1), CancellationToken.None);

        (await act.Should().ThrowAsync<SendMessagesFailedException>()).Which.Report.Should().BeEquivalentTo(new { Calls = 1, Retries = 0, CallFailures = 1 });
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
