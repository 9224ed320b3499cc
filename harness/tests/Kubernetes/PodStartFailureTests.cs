using System.Net;
using System.Text.Json.Nodes;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>A pod that cannot start ends its wait at once, named with its image and reason — through the real client against the stub.</summary>
public sealed class PodStartFailureTests
{
    private const string Pods = "/api/v1/namespaces/keda/pods";

    private static string Pod(string name, string? waitingReason, string message = "", int restarts = 0, bool init = false, bool ready = false) =>
        new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "keda", ["labels"] = new JsonObject { ["app"] = "keda-operator" } },
            ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "keda-operator", ["image"] = "ghcr.io/ghcr.io/kedacore/keda:2.16.1" }) },
            ["status"] = new JsonObject
            {
                ["phase"] = waitingReason is null ? "Running" : "Pending",
                ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = ready ? "True" : "False" }),
                [init ? "initContainerStatuses" : "containerStatuses"] = new JsonArray(new JsonObject
                {
                    ["name"] = "keda-operator", ["image"] = "ghcr.io/ghcr.io/kedacore/keda:2.16.1", ["imageID"] = "", ["ready"] = ready, ["restartCount"] = restarts,
                    ["state"] = waitingReason is null
                        ? new JsonObject { ["running"] = new JsonObject() }
                        : new JsonObject { ["waiting"] = new JsonObject { ["reason"] = waitingReason, ["message"] = message } },
                    ["lastState"] = restarts > 0
                        ? new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = 1, ["reason"] = "Error", ["message"] = "failed to get AWS credentials" } }
                        : new JsonObject(),
                }),
            },
        }.ToJsonString();

    private static string PodList(params string[] pods) =>
        new JsonObject { ["apiVersion"] = "v1", ["kind"] = "PodList", ["metadata"] = new JsonObject(), ["items"] = new JsonArray(pods.Select(p => (JsonNode?)JsonNode.Parse(p)).ToArray()) }.ToJsonString();

    private static PodsReady OperatorPods => new("keda", "keda-operator") { Budget = new WaitBudget(TimeSpan.FromSeconds(30), "test") };

    [Theory]
    [InlineData("ErrImagePull", "failed to pull and unpack image \"ghcr.io/ghcr.io/kedacore/keda:2.16.1\": not found")]
    [InlineData("ImagePullBackOff", "Back-off pulling image \"ghcr.io/ghcr.io/kedacore/keda:2.16.1\"")]
    [InlineData("CreateContainerConfigError", "secret \"keda-aws-credentials\" not found")]
    [InlineData("ErrImageNeverPull", "Container image is not present with pull policy of Never")]
    public async Task The_KEDA_pods_wait_ends_at_once_naming_the_pod_image_and_reason(string reason, string message)
    {
        var stub = new RecordingHandler().On($"GET {Pods}", HttpStatusCode.OK, PodList(Pod("keda-operator-7d9", reason, message)));

        var result = await ((IExpectationHandler)new PodsReadyHandler(stub.Client(), new Polling(TimeSpan.FromMilliseconds(20)))).AwaitAsync(OperatorPods, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the failure ends the wait, not the 30 s budget");
        result.Observed.Should().Be($"a pod cannot start: pod keda-operator-7d9, container keda-operator, image ghcr.io/ghcr.io/kedacore/keda:2.16.1: {reason} ({message}) — it will not start by waiting longer");
        stub.Requests.Should().HaveCount(1, "one read saw it");
    }

    [Fact]
    public async Task A_crash_loop_names_its_restarts_and_last_exit()
    {
        var stub = new RecordingHandler().On($"GET {Pods}", HttpStatusCode.OK, PodList(Pod("keda-operator-7d9", "CrashLoopBackOff", "back-off 20s restarting failed container", restarts: 2)));

        var result = await ((IExpectationHandler)new PodsReadyHandler(stub.Client(), new Polling(TimeSpan.FromMilliseconds(20)))).AwaitAsync(OperatorPods, CancellationToken.None);

        result.Observed.Should().Contain("CrashLoopBackOff (restarted 2 time(s); last exit code 1 (Error): failed to get AWS credentials; back-off 20s restarting failed container)");
    }

    [Fact]
    public async Task A_pod_still_creating_is_waited_for_and_a_failing_init_container_is_a_failure()
    {
        var stub = new RecordingHandler()
            .On($"GET {Pods}", HttpStatusCode.OK, PodList(Pod("keda-operator-7d9", "ContainerCreating")), times: 2)
            .On($"GET {Pods}", HttpStatusCode.OK, PodList(Pod("keda-operator-7d9", "ImagePullBackOff", "Back-off", init: true)));

        var result = await ((IExpectationHandler)new PodsReadyHandler(stub.Client(), new Polling(TimeSpan.FromMilliseconds(20)))).AwaitAsync(OperatorPods, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().StartWith("a pod cannot start: pod keda-operator-7d9, container keda-operator").And.Contain("ImagePullBackOff");
        stub.Requests.Should().HaveCount(3, "ContainerCreating is not a failure: it is read again");
    }

    [Fact]
    public async Task A_running_ready_pod_meets_the_wait()
    {
        var stub = new RecordingHandler().On($"GET {Pods}", HttpStatusCode.OK, PodList(Pod("keda-operator-7d9", null, ready: true)));

        var result = await ((IExpectationHandler)new PodsReadyHandler(stub.Client(), new Polling(TimeSpan.FromMilliseconds(20)))).AwaitAsync(OperatorPods, CancellationToken.None);

        result.Met.Should().BeTrue();
    }

    [Fact]
    public async Task A_deployment_wait_ends_when_a_pod_of_its_selector_cannot_start()
    {
        var deployment = new JsonObject
        {
            ["apiVersion"] = "apps/v1", ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = "keda-operator", ["namespace"] = "keda", ["resourceVersion"] = "10", ["generation"] = 1 },
            ["spec"] = new JsonObject { ["replicas"] = 1, ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = "keda-operator" } } },
            ["status"] = new JsonObject { ["observedGeneration"] = 1, ["replicas"] = 1, ["readyReplicas"] = 0, ["updatedReplicas"] = 1 },
        }.ToJsonString();
        var stub = new RecordingHandler()
            .On("GET /apis/apps/v1/namespaces/keda/deployments/keda-operator", HttpStatusCode.OK, deployment)
            .On("GET /apis/apps/v1/namespaces/keda/deployments", HttpStatusCode.OK, Payloads.DeploymentList("10", deployment))
            .On("WATCH /apis/apps/v1/namespaces/keda/deployments", (_, ct) => RecordingHandler.Stream(new WatchStream([], WatchEnding.Hang, ct)))
            .On($"GET {Pods}", HttpStatusCode.OK, PodList(Pod("keda-operator-7d9", "ErrImagePull", "not found")));
        var client = stub.Client();
        var handler = new DeploymentReadyHandler(new DeploymentWatch(client, TimeSpan.FromMilliseconds(20)), new PodStartWatch(client, TimeSpan.FromMilliseconds(20)));

        var result = await ((IExpectationHandler)handler).AwaitAsync(new DeploymentReady("keda", "keda-operator", 1) { Budget = new WaitBudget(TimeSpan.FromSeconds(30), "test") },
            CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        result.Observed.Should().Contain("a pod cannot start: pod keda-operator-7d9").And.Contain("ErrImagePull");
        stub.Requests.Should().Contain(r => r.Path == Pods && r.Query("labelSelector") == "app=keda-operator");
    }
}
