using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Workloads;

/// <summary>The drain budget from the consumer's code, the queue's visibility timeout and how a stale receipt handle is treated.</summary>
public sealed class SqsDrainEstimateTests
{
    private static SqsDrainEstimate Guide(int messages = 500, int consumers = 100, int batch = 5, int delay = 10, int visibility = 30) =>
        new(messages, consumers, batch, TimeSpan.FromSeconds(delay), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(visibility));

    [Fact]
    public void The_guides_consumer_holds_a_batch_longer_than_the_visibility_timeout_so_three_of_five_come_back()
    {
        var drain = Guide();

        drain.BatchHold.Should().Be(TimeSpan.FromSeconds(50));
        drain.SafePositions.Should().Be(2, "the 1st and 2nd messages are deleted at 10 s and 20 s; the 3rd at 30 s is already visible again");
        drain.DeliveriesIfStaleDeleteDeletes.Should().Be(2, "LocalStack deletes with the first holder's handle, within the 50 s hold: one more delivery at 30 s at most");
        drain.DeliveriesIfStaleDeleteIgnored.Should().Be(3, "on SQS a message surely goes only from the 2 safe positions of 5: 2.5 deliveries, rounded up");
        drain.Rounds.Should().Be(3, "1500 deliveries over 100 consumers taking 5 a round");
        drain.Drain.Should().Be(TimeSpan.FromSeconds(150));
    }

    [Fact]
    public void Without_redelivery_one_round_drains_what_fits_in_it()
    {
        var drain = Guide(delay: 5);

        drain.SafePositions.Should().Be(5);
        drain.DeliveriesPerMessage.Should().Be(1);
        drain.Drain.Should().Be(TimeSpan.FromSeconds(25));
    }

    [Fact]
    public void Fewer_consumers_need_more_rounds() =>
        Guide(consumers: 10).Rounds.Should().Be(30);

    [Fact]
    public void A_consumer_that_deletes_nothing_before_the_timeout_is_a_clear_error_not_a_budget()
    {
        var act = () => Guide(delay: 30).DeliveriesPerMessage;

        act.Should().Throw<InvalidOperationException>().WithMessage("*MSG_PROCESS_DELAY 30 s*visibility timeout of 30 s*may never drain*");
    }

    [Fact]
    public void The_terms_state_each_source_in_words()
    {
        var terms = Guide().Terms;

        terms.Select(t => t.Duration).Should().Equal(TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(6));
        terms[1].Term.Should().Contain("once a round (3 × 2 s", "a short-poll receive that finds every remaining message in flight sleeps MSG_POLL_BACKOFF, once per round");
        terms[0].Term.Should().Contain("the visibility timeout is 30 s").And.Contain("3 deliveries where an older receipt handle may not delete (SQS), 2 where it does (LocalStack)");
    }
}
