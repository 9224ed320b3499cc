using KedaGuidance.Harness.Waits;
using System.Net;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>The polled expectations through the real client: 404 is an observation, any other failure a failed read.</summary>
public sealed class PolledExpectationsAgainstStubTests
{
    private const string CrdPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/scaledobjects.keda.sh";

    private static string Crd(string status) =>
        $$$"""{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"scaledobjects.keda.sh"},"spec":{"group":"keda.sh","names":{"plural":"scaledobjects","kind":"ScaledObject"},"scope":"Namespaced","versions":[]},"status":{"conditions":[{"type":"Established","status":"{{{status}}}"}]}}""";

    private static CrdEstablished Expectation(double seconds = 5) => new("scaledobjects.keda.sh") { Budget = new WaitBudget(TimeSpan.FromSeconds(seconds), "test") };

    private static IExpectationHandler Handler(RecordingHandler stub) => new CrdEstablishedHandler(stub.Client(), new Polling(TimeSpan.FromMilliseconds(20)));

    [Fact]
    public async Task Polls_through_not_found_and_failed_reads_until_the_condition_is_true()
    {
        var stub = new RecordingHandler()
            .On($"GET {CrdPath}", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "nf"), times: 1)
            .On($"GET {CrdPath}", HttpStatusCode.ServiceUnavailable, RecordingHandler.Status(503, "ServiceUnavailable", "apiserver is shutting down"), times: 1)
            .On($"GET {CrdPath}", HttpStatusCode.OK, Crd("False"), times: 1)
            .On($"GET {CrdPath}", HttpStatusCode.OK, Crd("True"));

        var result = await Handler(stub).AwaitAsync(Expectation(), CancellationToken.None);

        result.Met.Should().BeTrue();
        result.Observed.Should().Be("Established=True");
        stub.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Running_out_of_budget_on_failed_reads_reports_the_failure_not_a_value()
    {
        var stub = new RecordingHandler().On($"GET {CrdPath}", HttpStatusCode.Forbidden, RecordingHandler.Status(403, "Forbidden", "customresourcedefinitions is forbidden"));

        var result = await Handler(stub).AwaitAsync(Expectation(seconds: 0.3), CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().Be("read failed: GET CustomResourceDefinition scaledobjects.keda.sh failed: 403 Forbidden: customresourcedefinitions is forbidden");
    }
}
