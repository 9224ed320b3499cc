using KedaGuidance.Fixtures.Guide;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Session;

public sealed class SuiteSessionTests
{
    private sealed record DeleteThing(string Name) : Operation<Done>
    {
        public override string Kind => "test.delete";
        public override string Summary => "delete " + Name;
        public override Done Planned() => Done.Value;
    }

    private static SuiteSession PlanSession(StringWriter console, params (string Name, string Value)[] extra)
    {
        var folder = Directory.CreateTempSubdirectory("kg-session-").FullName;
        var variables = new Dictionary<string, string?>
        {
            [SettingNames.Target] = "local",
            [SettingNames.Mode] = "plan",
            [SettingNames.Guide] = folder,
            [SettingNames.RunId] = "kg-test",
        };
        foreach (var (name, value) in extra)
            variables[name] = value;
        var settings = SettingsReader.Read(variables, folder, DateTimeOffset.UtcNow, SuiteTargets.Catalog);
        return SuiteSession.Create(settings, new GuideCheckout(folder, new GuideIdentity(folder, "content-sha256", "x")), console);
    }

    private static IEnumerable<string> TeardownSummaries(RunRecord record) =>
        record.RunEntries.Where(e => e.Kind == "test.delete").Select(e => e.Summary);

    [Fact]
    public async Task A_cancelled_run_still_tears_down_in_reverse_order()
    {
        var session = PlanSession(new StringWriter());
        session.Ledger.Register("namespace keda", new DeleteThing("namespace keda"));
        session.Ledger.Register("release keda", new DeleteThing("release keda"));
        session.Ledger.Register("scaledobject sqsconsumer-hpa", new DeleteThing("scaledobject sqsconsumer-hpa"));

        session.Cancel("test cancels the run mid-scenario");
        session.RunToken.IsCancellationRequested.Should().BeTrue();
        await session.DisposeAsync();

        var record = session.Recorder.Snapshot();
        TeardownSummaries(record).Should().Equal("delete scaledobject sqsconsumer-hpa", "delete release keda", "delete namespace keda");
        record.Leftovers.Should().BeEmpty();
        File.Exists(session.Recorder.RecordPath).Should().BeTrue();
    }

    [Fact]
    public async Task Keep_on_failure_keeps_everything_and_says_so_loudly()
    {
        var console = new StringWriter();
        var session = PlanSession(console, (SettingNames.KeepOnFailure, "true"));
        session.Ledger.Register("queue app-queue", new DeleteThing("queue app-queue"));
        session.ReportScenarioFailed();

        await session.DisposeAsync();

        var record = session.Recorder.Snapshot();
        TeardownSummaries(record).Should().BeEmpty();
        record.Leftovers.Should().Equal("kept on failure: queue app-queue");
        console.ToString().Should().Contain("NOTHING WAS TORN DOWN").And.Contain("kept: queue app-queue");
    }

    [Fact]
    public async Task Keep_on_failure_without_a_failure_tears_down_as_usual()
    {
        var session = PlanSession(new StringWriter(), (SettingNames.KeepOnFailure, "true"));
        session.Ledger.Register("queue app-queue", new DeleteThing("queue app-queue"));
        await session.DisposeAsync();
        TeardownSummaries(session.Recorder.Snapshot()).Should().Equal("delete queue app-queue");
    }

    [Fact]
    public async Task The_run_deadline_cancels_scenarios_at_its_cutoff()
    {
        var session = PlanSession(new StringWriter(), (SettingNames.RunDeadline, "2s"));
        session.Deadline.ScenarioCutoff.Should().Be(TimeSpan.FromSeconds(1));
        var cancelled = new TaskCompletionSource();
        using var registration = session.RunToken.Register(() => cancelled.TrySetResult());
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await session.DisposeAsync();
    }

    private sealed class RecordingFixture(string name, List<string> journal, Func<CancellationToken, Task>? whileStarting = null)
        : KedaGuidance.Fixtures.Targets.ITargetFixture
    {
        public string Name => name;
        public IReadOnlySet<string> Capabilities { get; } = new HashSet<string>();
        public IEnumerable<IOperationHandler> OperationHandlers => [];
        public IEnumerable<IExpectationHandler> ExpectationHandlers => [];

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (whileStarting is not null)
                await whileStarting(cancellationToken);
            journal.Add("start " + name);
        }

        public ValueTask DisposeAsync()
        {
            journal.Add("dispose " + name);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Outer(List<string> journal, Func<CancellationToken, Task> whileStarting) : IAsyncDisposable, KedaGuidance.Fixtures.Targets.ITargetFixture
    {
        private readonly RecordingFixture _inner = new("cluster", journal, whileStarting);
        public string Name => _inner.Name;
        public IReadOnlySet<string> Capabilities => _inner.Capabilities;
        public IEnumerable<IOperationHandler> OperationHandlers => [];
        public IEnumerable<IExpectationHandler> ExpectationHandlers => [];
        public Task StartAsync(CancellationToken cancellationToken) => _inner.StartAsync(cancellationToken);
        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }

    [Fact]
    public async Task A_fixture_may_use_another_while_it_starts_and_each_starts_once_and_goes_first()
    {
        var journal = new List<string>();
        var session = PlanSession(new StringWriter());
        var ct = TestContext.Current.CancellationToken;
        RecordingFixture? network = null;
        var cluster = await session.UseFixtureAsync(() => new Outer(journal, async token =>
            network = await session.UseFixtureAsync(() => new RecordingFixture("network", journal), token)), ct);
        var again = await session.UseFixtureAsync(() => new RecordingFixture("network", journal), ct);

        again.Should().BeSameAs(network);
        (await session.UseFixtureAsync(() => new Outer(journal, _ => Task.CompletedTask), ct)).Should().BeSameAs(cluster);
        await session.DisposeAsync();
        journal.Should().Equal("start network", "start cluster", "dispose cluster", "dispose network");
    }

    [Fact]
    public async Task A_waiter_whose_token_is_cancelled_stops_waiting_while_the_start_goes_on_for_the_others()
    {
        var journal = new List<string>();
        var session = PlanSession(new StringWriter());
        var release = new TaskCompletionSource();
        CancellationToken startToken = default;
        using var first = new CancellationTokenSource();
        var firstWait = session.UseFixtureAsync(() => new RecordingFixture("cluster", journal, async token =>
        {
            startToken = token;
            await release.Task.WaitAsync(token);
        }), first.Token);

        first.Cancel();
        await firstWait.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>("the first caller's scenario was cancelled");
        startToken.IsCancellationRequested.Should().BeFalse("the start runs under the run's token, not the first caller's");

        var second = session.UseFixtureAsync(() => new RecordingFixture("other", journal), TestContext.Current.CancellationToken);
        release.SetResult();
        (await second).Name.Should().Be("cluster", "the second caller gets the fixture the first one started, started once");
        journal.Should().Equal("start cluster");
        await session.DisposeAsync();
        journal.Should().Equal("start cluster", "dispose cluster");
    }

    [Fact]
    public async Task A_start_still_running_at_the_end_of_the_run_is_cancelled_and_awaited_before_teardown()
    {
        var journal = new List<string>();
        var session = PlanSession(new StringWriter());
        using var waiter = new CancellationTokenSource();
        var wait = session.UseFixtureAsync(() => new RecordingFixture("cluster", journal, token => Task.Delay(Timeout.Infinite, token)), waiter.Token);
        waiter.Cancel();
        await wait.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();

        await session.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        journal.Should().Equal(new[] { "dispose cluster" }, "the half-started fixture is disposed by its own start, never left behind");
    }

    [Fact]
    public async Task A_failed_start_is_remembered_for_the_rest_of_the_run_and_not_tried_again()
    {
        var journal = new List<string>();
        var session = PlanSession(new StringWriter());
        var ct = TestContext.Current.CancellationToken;
        var attempts = 0;
        RecordingFixture Failing() => new("cluster", journal, _ =>
        {
            attempts++;
            throw new InvalidOperationException("helm was not found");
        });

        var first = () => session.UseFixtureAsync(Failing, ct);
        var second = () => session.UseFixtureAsync(() => new RecordingFixture("cluster", journal), ct);

        (await first.Should().ThrowAsync<InvalidOperationException>()).WithMessage("helm was not found");
        (await second.Should().ThrowAsync<InvalidOperationException>()).WithMessage("helm was not found", "the second scenario gets the first one's failure");
        attempts.Should().Be(1);
        journal.Should().Equal("dispose cluster");
        await session.DisposeAsync();
    }
}
