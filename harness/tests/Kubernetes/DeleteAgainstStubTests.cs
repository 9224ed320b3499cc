using KedaGuidance.Harness.Waits;
using System.Net;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>Delete with foreground propagation and wait-until-404, through the real client against a recording stub.</summary>
public sealed class DeleteAgainstStubTests
{
    private const string RunId = "kg-test-1";
    private const string Path = "/apis/keda.sh/v1alpha1/namespaces/apps/scaledobjects/so1";
    private static readonly ObjectReference ScaledObject = new("keda.sh/v1alpha1", "ScaledObject", "apps", "so1");

    private static RecordingHandler Served() => new RecordingHandler()
        .On("GET /apis/keda.sh/v1alpha1", HttpStatusCode.OK, Payloads.Resources("keda.sh/v1alpha1", ("scaledobjects", "ScaledObject", true)));

    private static IOperationHandler Handler(RecordingHandler stub) =>
        new DeleteObjectHandler(new ClusterObjects(stub.Client(), new ApiResourceDiscovery(stub.Client())), new Polling(TimeSpan.FromMilliseconds(20)));

    private static DeleteObject Delete(double seconds = 5) => new(ScaledObject, RunId, new WaitBudget(TimeSpan.FromSeconds(seconds), "test"));

    [Fact]
    public async Task Deletes_in_the_foreground_and_waits_until_the_server_answers_404()
    {
        var stub = Served()
            .On($"GET {Path}", HttpStatusCode.OK, Payloads.Object("keda.sh/v1alpha1", "ScaledObject", "so1", RunId, "finalizer.keda.sh"), times: 3)
            .On($"GET {Path}", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "gone"))
            .On($"DELETE {Path}", HttpStatusCode.OK, "{}");

        await Handler(stub).ExecuteAsync(Delete(), CancellationToken.None);

        var delete = stub.Requests.Single(r => r.Method == HttpMethod.Delete);
        (delete.Query("propagationPolicy") ?? delete.Body).Should().Contain("Foreground");
        stub.Requests.Count(r => r.Method == HttpMethod.Get && r.Path == Path).Should().Be(4, "one read before, then reads until 404");
        stub.Requests.Last().Path.Should().Be(Path);
    }

    [Fact]
    public async Task Never_deletes_an_object_of_another_run()
    {
        var stub = Served().On($"GET {Path}", HttpStatusCode.OK, Payloads.Object("keda.sh/v1alpha1", "ScaledObject", "so1", "someone-else"));

        var act = () => Handler(stub).ExecuteAsync(Delete(), CancellationToken.None);

        (await act.Should().ThrowAsync<ObjectNotOwnedException>()).WithMessage("*'someone-else'*");
        stub.Requests.Should().NotContain(r => r.Method == HttpMethod.Delete);
    }

    [Fact]
    public async Task An_object_held_past_its_budget_fails_naming_its_finalizers()
    {
        var stub = Served()
            .On($"GET {Path}", HttpStatusCode.OK, Payloads.Object("keda.sh/v1alpha1", "ScaledObject", "so1", RunId, "finalizer.keda.sh"))
            .On($"DELETE {Path}", HttpStatusCode.OK, "{}");

        var act = () => Handler(stub).ExecuteAsync(Delete(seconds: 0.3), CancellationToken.None);

        (await act.Should().ThrowAsync<TimeoutException>()).WithMessage("ScaledObject apps/so1 was not gone within *finalizers: finalizer.keda.sh*");
    }

    [Fact]
    public async Task An_object_already_gone_is_deleted()
    {
        var stub = Served().On($"GET {Path}", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "nf"));

        await Handler(stub).ExecuteAsync(Delete(), CancellationToken.None);

        stub.Requests.Should().NotContain(r => r.Method == HttpMethod.Delete);
    }
}
