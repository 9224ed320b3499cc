using Amazon.SQS;
using Amazon.SQS.Model;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class SqsHandlersTests
{
    private const string Url = "http://127.0.0.1:5000/123456789012/app-queue";

    private static Task<object?> Run(IAmazonSQS sqs, Operation operation) =>
        new SqsHandlers(sqs, TimeSpan.Zero, TimeSpan.FromMilliseconds(1)).Operations.Single(h => h.Handles(operation)).ExecuteAsync(operation, CancellationToken.None);

    private static Task<ExpectationResult> Await(IAmazonSQS sqs, Expectation expectation) =>
        new SqsHandlers(sqs, TimeSpan.Zero, TimeSpan.FromMilliseconds(1)).Expectations.Single(h => h.Handles(expectation)).AwaitAsync(expectation, CancellationToken.None);

    [Fact]
    public async Task Depth_reads_visible_and_not_visible()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetAttributes = request => Task.FromResult(new GetQueueAttributesResponse
        {
            Attributes = new() { ["ApproximateNumberOfMessages"] = "480", ["ApproximateNumberOfMessagesNotVisible"] = "20" },
        });

        var depth = (QueueDepth)(await Run(client, new ReadQueueDepth(Url)))!;

        depth.Should().Be(new QueueDepth(480, 20));
        depth.Total.Should().Be(500);
    }

    [Fact]
    public async Task A_count_missing_from_the_answer_is_an_error_never_zero()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetAttributes = _ => Task.FromResult(new GetQueueAttributesResponse { Attributes = new() { ["ApproximateNumberOfMessages"] = "0" } });

        var act = () => Run(client, new ReadQueueDepth(Url));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*ApproximateNumberOfMessagesNotVisible*unknown, not 0*");
    }

    [Fact]
    public async Task A_failed_read_is_an_error_of_the_expectation_not_a_reading_of_zero()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetAttributes = _ => throw new AmazonSQSException("Access to the resource is denied.");

        // Expecting 0 messages: a failed read taken as 0 would pass. It is read again within the budget, then reported.
        var result = await Await(client, new QueueHolds(Url, 0) { Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(1))) });

        result.Met.Should().BeFalse();
        result.Observed.Should().Be("read failed: Access to the resource is denied.");
    }

    [Fact]
    public async Task Queue_holds_polls_until_the_count_is_reached()
    {
        var (client, fake) = FakeSqs.New();
        var reads = 0;
        fake.GetAttributes = _ => Task.FromResult(new GetQueueAttributesResponse
        {
            Attributes = new() { ["ApproximateNumberOfMessages"] = (Interlocked.Increment(ref reads) < 3 ? 100 : 480).ToString(), ["ApproximateNumberOfMessagesNotVisible"] = "20" },
        });

        var result = await Await(client, new QueueHolds(Url, 500) { Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(30))) });

        result.Met.Should().BeTrue();
        result.Observed.Should().Be("500 (480 visible + 20 not visible)");
        reads.Should().Be(3);
    }

    [Fact]
    public async Task Queue_holds_reports_the_last_reading_when_the_budget_runs_out()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetAttributes = _ => Task.FromResult(new GetQueueAttributesResponse
        {
            Attributes = new() { ["ApproximateNumberOfMessages"] = "7", ["ApproximateNumberOfMessagesNotVisible"] = "0" },
        });

        var result = await Await(client, new QueueHolds(Url, 500) { Budget = WaitBudget.Sum(("test", TimeSpan.FromMilliseconds(20))) });

        result.Met.Should().BeFalse();
        result.Observed.Should().Be("7 (7 visible + 0 not visible)");
    }

    [Fact]
    public async Task Create_refuses_a_queue_that_already_exists_and_creates_nothing()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetUrl = _ => Task.FromResult(new GetQueueUrlResponse { QueueUrl = Url });
        fake.OnCreate = _ => throw new InvalidOperationException("must not be called");

        var act = () => Run(client, new CreateQueue("app-queue", "kg-1"));

        (await act.Should().ThrowAsync<ResourceNotOursException>()).WithMessage("*queue 'app-queue' already exists*did not create it*KEDAGUIDE_QUEUE_NAME_SUFFIX=true*");
        fake.Calls.Should().NotContain(nameof(IAmazonSQS.CreateQueueAsync));
    }

    [Fact]
    public async Task Create_tags_the_queue_with_the_run_id()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetUrl = _ => throw new QueueDoesNotExistException("no");
        CreateQueueRequest? sent = null;
        fake.OnCreate = request =>
        {
            sent = request;
            return Task.FromResult(new CreateQueueResponse { QueueUrl = Url });
        };

        (await Run(client, new CreateQueue("app-queue", "kg-1"))).Should().Be(Url);

        sent!.QueueName.Should().Be("app-queue");
        sent.Tags.Should().Equal(new Dictionary<string, string> { [AwsTags.RunId] = "kg-1" });
    }

    [Fact]
    public async Task Create_asks_again_while_sqs_answers_queue_deleted_recently_and_gives_up_after_the_wait()
    {
        var (client, fake) = FakeSqs.New();
        fake.GetUrl = _ => throw new QueueDoesNotExistException("no");
        var asked = 0;
        fake.OnCreate = _ => ++asked < 3
            ? throw new QueueDeletedRecentlyException("You must wait 60 seconds after deleting a queue before you can create another with the same name.")
            : Task.FromResult(new CreateQueueResponse { QueueUrl = Url });

        var create = new CreateQueue("app-queue", "kg-1") { RecentDeletionWait = TimeSpan.FromSeconds(20), RecentDeletionRetry = TimeSpan.FromMilliseconds(10) };
        (await Run(client, create)).Should().Be(Url);
        asked.Should().Be(3);
        create.Summary.Should().Contain("QueueDeletedRecently");

        fake.OnCreate = _ => throw new QueueDeletedRecentlyException("You must wait 60 seconds …");
        var act = () => Run(client, create with { RecentDeletionWait = TimeSpan.FromMilliseconds(100) });
        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*still answered QueueDeletedRecently for app-queue*60 s*");

        var once = () => Run(client, new CreateQueue("app-queue", "kg-1"));
        await once.Should().ThrowAsync<QueueDeletedRecentlyException>("without a wait the first answer stands");
    }
}
