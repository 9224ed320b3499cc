using System.Net;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>
/// The deployment expectations through the real client's watch, against the endings it really produces: the server
/// closing, a 410 Expired delivered to onError, a connection reset, failed reads, and cancellation.
/// </summary>
public sealed class WatchAgainstStubTests
{
    private const string ListPath = "/apis/apps/v1/namespaces/ns/deployments";

    private static IExpectationHandler Ready(RecordingHandler stub) =>
        new DeploymentReadyHandler(new DeploymentWatch(stub.Client(), TimeSpan.FromMilliseconds(20)));

    private static IExpectationHandler StaysAt(RecordingHandler stub) =>
        new DeploymentStaysAtHandler(new DeploymentWatch(stub.Client(), TimeSpan.FromMilliseconds(20)));

    private static DeploymentReady TwoReady(double seconds = 10) => new("ns", "web", 2) { Budget = new WaitBudget(TimeSpan.FromSeconds(seconds), "test") };

    private static Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> Watch(WatchEnding ending, params string[] lines) =>
        (_, ct) => RecordingHandler.Stream(new WatchStream(lines, ending, ct));

    private static List<RecordedRequest> Watches(RecordingHandler stub) => stub.Requests.Where(r => r.Query("watch") == "true").ToList();

    [Fact]
    public async Task Lists_then_watches_from_the_lists_resourceVersion_and_is_met_by_the_event_that_shows_it()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 2, 2, 1, 2)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang, Payloads.Event("MODIFIED", Payloads.Deployment("11", 2, 2, 2, 2))));

        var result = await Ready(stub).AwaitAsync(TwoReady(), CancellationToken.None);

        result.Met.Should().BeTrue();
        result.Observed.Should().Contain("ready 2");
        var watch = Watches(stub).Single();
        watch.Query("resourceVersion").Should().Be("10");
        watch.Query("fieldSelector").Should().Be("metadata.name=web");
        watch.Query("allowWatchBookmarks").Should().Be("true");
    }

    [Fact]
    public async Task A_rollout_not_yet_observed_by_the_controller_is_not_ready()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 2, 2, 2, 2, generation: 2, observed: 1)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang,
                Payloads.Event("MODIFIED", Payloads.Deployment("11", 2, 3, 2, 1, generation: 2, observed: 2)),
                Payloads.Event("MODIFIED", Payloads.Deployment("12", 2, 2, 2, 2, generation: 2, observed: 2))));

        var result = await Ready(stub).AwaitAsync(TwoReady(), CancellationToken.None);

        result.Met.Should().BeTrue();
        result.Observed.Should().Contain("generation 2/observed 2").And.Contain("updated 2");
    }

    [Fact]
    public async Task A_410_Expired_delivered_to_onError_leads_to_a_fresh_list_and_a_watch_from_its_version()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 2, 2, 0, 2)), times: 1)
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("20", Payloads.Deployment("20", 2, 2, 1, 2)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Close, Payloads.Expired), times: 1)
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang, Payloads.Event("MODIFIED", Payloads.Deployment("21", 2, 2, 2, 2))));

        var result = await Ready(stub).AwaitAsync(TwoReady(), CancellationToken.None);

        result.Met.Should().BeTrue();
        result.Observed.Should().Contain("1 re-list(s) after 410 Expired");
        stub.Requests.Count(r => r.Query("watch") != "true").Should().Be(2);
        Watches(stub).Select(w => w.Query("resourceVersion")).Should().Equal("10", "20");
    }

    [Fact]
    public async Task When_the_server_closes_the_watch_it_resumes_from_the_last_resourceVersion_without_listing_again()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 2, 2, 0, 2)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Close, Payloads.Event("MODIFIED", Payloads.Deployment("11", 2, 2, 1, 2))), times: 1)
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang, Payloads.Event("MODIFIED", Payloads.Deployment("12", 2, 2, 2, 2))));

        var result = await Ready(stub).AwaitAsync(TwoReady(), CancellationToken.None);

        result.Met.Should().BeTrue();
        Watches(stub).Select(w => w.Query("resourceVersion")).Should().Equal("10", "11");
        stub.Requests.Count(r => r.Query("watch") != "true").Should().Be(1);
    }

    [Fact]
    public async Task A_connection_reset_mid_watch_reconnects_from_the_last_resourceVersion()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 2, 2, 0, 2)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.ConnectionReset, Payloads.Event("MODIFIED", Payloads.Deployment("11", 2, 2, 1, 2))), times: 1)
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang, Payloads.Event("MODIFIED", Payloads.Deployment("12", 2, 2, 2, 2))));

        var result = await Ready(stub).AwaitAsync(TwoReady(), CancellationToken.None);

        result.Met.Should().BeTrue();
        result.Observed.Should().Contain("1 failed read(s)").And.Contain("Connection reset");
        Watches(stub).Select(w => w.Query("resourceVersion")).Should().Equal("10", "11");
    }

    [Fact]
    public async Task A_failed_read_is_never_taken_as_zero_replicas()
    {
        var stub = new RecordingHandler().On($"GET {ListPath}", HttpStatusCode.InternalServerError, RecordingHandler.Status(500, "InternalError", "etcdserver: request timed out"));
        // 3 s, not less: "it kept trying" needs a second read within the budget, and the first (client, JIT) can take a
        // good part of a second on a loaded 2-core machine.
        var zero = new DeploymentReady("ns", "web", 0) { Budget = new WaitBudget(TimeSpan.FromSeconds(3), "test") };

        var result = await Ready(stub).AwaitAsync(zero, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().StartWith("nothing observed (no read succeeded)").And.Contain("500 InternalServerError");
        stub.Requests.Count.Should().BeGreaterThan(1, "it kept trying within the budget");
    }

    [Fact]
    public async Task Stays_at_is_met_only_after_watching_the_whole_duration_with_every_observation_at_the_count()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 0, 0, 0, 0)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang, Payloads.Event("BOOKMARK", Payloads.Deployment("15", 0, 0, 0, 0))));
        // The budget only caps the wait: far above the 0.6 s held, so a slow first read on a loaded machine cannot end it first.
        var expectation = new DeploymentStaysAt("ns", "web", 0, TimeSpan.FromMilliseconds(600)) { Budget = new WaitBudget(TimeSpan.FromSeconds(10), "test") };

        var result = await StaysAt(stub).AwaitAsync(expectation, CancellationToken.None);

        result.Met.Should().BeTrue();
        result.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(550));
        result.Observed.Should().StartWith("held for 0.6 s");
    }

    [Fact]
    public async Task Stays_at_fails_on_the_first_observation_at_another_count()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 0, 0, 0, 0)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang, Payloads.Event("MODIFIED", Payloads.Deployment("11", 1, 1, 0, 1))));
        var expectation = new DeploymentStaysAt("ns", "web", 0, TimeSpan.FromSeconds(30)) { Budget = new WaitBudget(TimeSpan.FromSeconds(31), "test") };

        var result = await StaysAt(stub).AwaitAsync(expectation, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().Contain("spec.replicas 1");
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Stays_at_is_not_met_when_no_read_succeeded_during_the_duration()
    {
        var stub = new RecordingHandler().On($"GET {ListPath}", (_, _) => throw new HttpRequestException("Connection refused"));
        var expectation = new DeploymentStaysAt("ns", "web", 0, TimeSpan.FromMilliseconds(300)) { Budget = new WaitBudget(TimeSpan.FromSeconds(1), "test") };

        var result = await StaysAt(stub).AwaitAsync(expectation, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().Contain("nothing observed").And.Contain("Connection refused");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_ends_the_wait_as_cancelled_not_as_an_observation()
    {
        var stub = new RecordingHandler()
            .On($"GET {ListPath}", HttpStatusCode.OK, Payloads.DeploymentList("10", Payloads.Deployment("10", 2, 2, 0, 2)))
            .On($"WATCH {ListPath}", Watch(WatchEnding.Hang));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => Ready(stub).AwaitAsync(TwoReady(seconds: 30), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
