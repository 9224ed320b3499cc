using System.Net;
using System.Text;
using k8s;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>
/// k3s's readiness wait, through the real KubernetesClient on a handler that plays the answers a starting API server
/// gives: refused/503 while starting, 404 until the service-account controller has created <c>default</c>, then 200.
/// </summary>
public sealed class KubernetesReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    [Fact]
    public async Task Waits_through_a_starting_API_and_a_missing_service_account_until_the_account_exists()
    {
        var answers = new ScriptedApi(
            _ => throw new HttpRequestException("Connection refused"),
            _ => Status(HttpStatusCode.ServiceUnavailable),
            _ => Status(HttpStatusCode.NotFound),
            _ => Json("""{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"default","namespace":"default"}}"""));
        using var client = answers.Client();

        await KubernetesReadiness.WaitAsync(client, WaitBudget.Sum(("test", TimeSpan.FromSeconds(30))), Poll, Ct);

        answers.Requests.Should().HaveCount(4).And.AllBe("GET /api/v1/namespaces/default/serviceaccounts/default");
    }

    [Fact]
    public async Task Ends_at_the_budget_naming_it_and_the_last_answer()
    {
        var answers = new ScriptedApi(_ => Status(HttpStatusCode.NotFound));
        using var client = answers.Client();
        var budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(2)));

        var wait = () => KubernetesReadiness.WaitAsync(client, budget, Poll, Ct);

        (await wait.Should().ThrowAsync<ClusterNotReadyException>()).Which.Message.Should()
            .Contain(budget.ToString()).And.Contain("'default' service account").And.Contain("NotFound").And.Contain("KEDAGUIDE_SLACK_SECONDS");
        answers.Requests.Count.Should().BeGreaterThan(1, "it polled until the budget ended");
    }

    [Fact]
    public async Task Cancellation_ends_the_wait_as_cancellation()
    {
        var answers = new ScriptedApi(_ => Status(HttpStatusCode.NotFound));
        using var client = answers.Client();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var wait = () => KubernetesReadiness.WaitAsync(client, WaitBudget.Sum(("test", TimeSpan.FromMinutes(5))), Poll, cancel.Token);

        await wait.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void The_budget_states_its_terms_with_the_slack()
    {
        var settings = DockerTestEngine.Settings();
        var budget = KubernetesReadiness.Budget(settings);
        budget.Limit.Should().Be(KubernetesReadiness.ServiceAccountAllowance + settings.Slack);
        budget.Derivation.Should().Contain("slack");
    }

    private static HttpResponseMessage Status(HttpStatusCode code) =>
        new(code) { Content = new StringContent($$"""{"kind":"Status","code":{{(int)code}}}""", Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>Plays the given answers in order (the last one repeats) and records each request.</summary>
    private sealed class ScriptedApi(params Func<HttpRequestMessage, HttpResponseMessage>[] script) : DelegatingHandler
    {
        private int _next;
        public List<string> Requests { get; } = [];

        public k8s.Kubernetes Client() => new(new KubernetesClientConfiguration { Host = "http://k3s.invalid:6443" }, this);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            var answer = script[Math.Min(Interlocked.Increment(ref _next) - 1, script.Length - 1)];
            var response = answer(request);
            response.RequestMessage = request; // as HttpClientHandler does; the client's errors quote it
            return Task.FromResult(response);
        }
    }
}
