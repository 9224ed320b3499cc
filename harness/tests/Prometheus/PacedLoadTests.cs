using System.Net;
using KedaGuidance.Fixtures.Prometheus;

namespace KedaGuidance.Harness.Tests.Prometheus;

public sealed class PacedLoadTests
{
    private sealed class CountingHandler(HttpStatusCode status) : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new HttpResponseMessage(status));
        }
    }

    private static PacedLoad Load(CountingHandler handler, double rate, TimeSpan maxDuration, int maxRequests) =>
        new(new HttpClient(handler), new Uri("http://127.0.0.1:1/"), rate, maxDuration, maxRequests, TimeProvider.System);

    [Fact]
    public async Task The_load_is_bounded_by_count_and_counts_what_was_answered()
    {
        var handler = new CountingHandler(HttpStatusCode.OK);
        var load = Load(handler, rate: 200, maxDuration: TimeSpan.FromSeconds(10), maxRequests: 20);

        await load.RunAsync(TestContext.Current.CancellationToken);

        handler.Calls.Should().Be(20);
        load.Answered.Should().Be(20);
        load.Failed.Should().Be(0);
        (load.Ended - load.Started).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(19 / 200.0), "request 19 is due 95 ms after the start");
        load.RateOver(TimeSpan.FromSeconds(60), load.Ended!.Value).Should().BeApproximately(20 / 60.0, 1e-9);
    }

    [Fact]
    public async Task The_load_is_bounded_by_duration_and_counts_failures()
    {
        var handler = new CountingHandler(HttpStatusCode.InternalServerError);
        var load = Load(handler, rate: 100, maxDuration: TimeSpan.FromMilliseconds(50), maxRequests: 1_000);

        await load.RunAsync(TestContext.Current.CancellationToken);

        handler.Calls.Should().Be(6, "requests at 0, 10, …, 50 ms are within the 50 ms bound");
        load.Failed.Should().Be(6);
        load.Answered.Should().Be(0);
    }
}
