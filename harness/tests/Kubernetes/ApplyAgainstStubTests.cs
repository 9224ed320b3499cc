using System.Net;
using System.Text.Json;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>The live apply path through the real KubernetesClient, against a recording stub.</summary>
public sealed class ApplyAgainstStubTests
{
    private const string RunId = "kg-test-1";

    private const string Manifest = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: keda-sqs-guidance
        ---
        # a comment-only document between two objects is skipped
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: sqs-consumer-backend
          namespace: keda-sqs-guidance
          labels:
            app: sqs-consumer-backend
        spec:
          replicas: 0
          template:
            spec:
              containers:
                - name: app
                  image: "sample:1"
                  env:
                    - name: ON_FLAG
                      value: "on"
        ---
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: sqsconsumer-hpa
        spec:
          scaleTargetRef:
            name: sqs-consumer-backend
          minReplicaCount: 0
          pollingInterval: 10
          triggers:
            - type: aws-sqs-queue
              metadata:
                queueLength: "5"
                awsRegion: us-west-2
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: reader
          namespace: ignored-for-cluster-scoped
        rules: []
        """;

    private static RecordingHandler ServedCluster() => new RecordingHandler()
        .On("GET /api/v1", HttpStatusCode.OK, Payloads.Resources("v1", ("namespaces", "Namespace", false), ("namespaces/status", "Namespace", false), ("secrets", "Secret", true)))
        .On("GET /apis/apps/v1", HttpStatusCode.OK, Payloads.Resources("apps/v1", ("deployments", "Deployment", true), ("deployments/scale", "Scale", true)))
        .On("GET /apis/keda.sh/v1alpha1", HttpStatusCode.OK, Payloads.Resources("keda.sh/v1alpha1", ("scaledobjects", "ScaledObject", true)))
        .On("GET /apis/rbac.authorization.k8s.io/v1", HttpStatusCode.OK, Payloads.Resources("rbac.authorization.k8s.io/v1", ("clusterroles", "ClusterRole", false)));

    private static RecordingHandler AllAbsentThenApplied(RecordingHandler handler)
    {
        foreach (var path in new[]
                 {
                     "/api/v1/namespaces/keda-sqs-guidance", "/apis/apps/v1/namespaces/keda-sqs-guidance/deployments/sqs-consumer-backend",
                     "/apis/keda.sh/v1alpha1/namespaces/apps/scaledobjects/sqsconsumer-hpa", "/apis/rbac.authorization.k8s.io/v1/clusterroles/reader",
                 })
        {
            handler.On($"GET {path}", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "not found"));
            handler.On($"PATCH {path}", HttpStatusCode.OK, "{}");
        }
        return handler;
    }

    [Fact]
    public async Task Applies_every_document_server_side_with_the_field_manager_force_and_strict_validation()
    {
        var stub = AllAbsentThenApplied(ServedCluster());
        var handler = new ApplyManifestHandler(new ClusterObjects(stub.Client(), new ApiResourceDiscovery(stub.Client())));

        var applied = await ((IOperationHandler)handler).ExecuteAsync(ApplyManifest.FromYaml("test.yaml", Manifest, RunId, "apps"), CancellationToken.None);

        ((IReadOnlyList<ObjectReference>)applied!).Should().Equal(
            new ObjectReference("v1", "Namespace", null, "keda-sqs-guidance"),
            new ObjectReference("apps/v1", "Deployment", "keda-sqs-guidance", "sqs-consumer-backend"),
            new ObjectReference("keda.sh/v1alpha1", "ScaledObject", "apps", "sqsconsumer-hpa"),
            new ObjectReference("rbac.authorization.k8s.io/v1", "ClusterRole", null, "reader"));

        var patches = stub.Requests.Where(r => r.Method == HttpMethod.Patch).ToList();
        patches.Select(p => p.Path).Should().Equal(
            "/api/v1/namespaces/keda-sqs-guidance",
            "/apis/apps/v1/namespaces/keda-sqs-guidance/deployments/sqs-consumer-backend",
            "/apis/keda.sh/v1alpha1/namespaces/apps/scaledobjects/sqsconsumer-hpa",
            "/apis/rbac.authorization.k8s.io/v1/clusterroles/reader");
        patches.Should().AllSatisfy(p =>
        {
            p.ContentType.Should().Be("application/apply-patch+yaml");
            p.Query("fieldManager").Should().Be("kedaguidance");
            p.Query("force").Should().Be("true");
            p.Query("fieldValidation").Should().Be("Strict");
            JsonDocument.Parse(p.Body!).RootElement.GetProperty("metadata").GetProperty("labels").GetProperty("kedaguidance.io/run-id").GetString().Should().Be(RunId);
        });

        var scaledObject = JsonDocument.Parse(patches[2].Body!).RootElement;
        scaledObject.GetProperty("spec").GetProperty("pollingInterval").GetInt32().Should().Be(10);
        scaledObject.GetProperty("spec").GetProperty("triggers")[0].GetProperty("metadata").GetProperty("queueLength").GetString().Should().Be("5");
        var deployment = JsonDocument.Parse(patches[1].Body!).RootElement;
        deployment.GetProperty("metadata").GetProperty("labels").GetProperty("app").GetString().Should().Be("sqs-consumer-backend");
        deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers")[0].GetProperty("env")[0]
            .GetProperty("value").GetString().Should().Be("on", "a quoted 'on' stays a string");

        stub.Requests.Count(r => r.Method == HttpMethod.Get && r.Path == "/api/v1").Should().Be(1, "discovery is cached per group/version");
        stub.Requests.Where(r => r.Method == HttpMethod.Get && !r.Path.StartsWith("/apis/", StringComparison.Ordinal) && r.Path != "/api/v1")
            .Should().HaveCount(1, "each object is read once before anything is applied");
        var firstPatch = stub.Requests.ToList().FindIndex(r => r.Method == HttpMethod.Patch);
        stub.Requests.Take(firstPatch).Count(r => r.Method == HttpMethod.Get && r.Path.Contains("/reader", StringComparison.Ordinal))
            .Should().Be(1, "every object, the last included, is checked for ownership before the first apply");
    }

    [Fact]
    public async Task Refuses_an_object_that_exists_without_this_runs_label_and_changes_nothing()
    {
        var stub = ServedCluster()
            .On("GET /api/v1/namespaces/keda-sqs-guidance", HttpStatusCode.OK, Payloads.Object("v1", "Namespace", "keda-sqs-guidance", RunId))
            .On("GET /apis/apps/v1/namespaces/keda-sqs-guidance/deployments/sqs-consumer-backend", HttpStatusCode.OK,
                Payloads.Object("apps/v1", "Deployment", "sqs-consumer-backend", runId: null));
        var handler = new ApplyManifestHandler(new ClusterObjects(stub.Client(), new ApiResourceDiscovery(stub.Client())));

        var act = () => ((IOperationHandler)handler).ExecuteAsync(ApplyManifest.FromYaml("test.yaml", Manifest, RunId, "apps"), CancellationToken.None);

        (await act.Should().ThrowAsync<ObjectNotOwnedException>())
            .WithMessage("Deployment keda-sqs-guidance/sqs-consumer-backend already exists and was not created by this run (kedaguidance.io/run-id=absent*never adopts*");
        stub.Requests.Should().NotContain(r => r.Method == HttpMethod.Patch);
    }

    [Fact]
    public async Task A_409_on_apply_fails_with_the_servers_reason_and_what_was_applied_is_still_torn_down()
    {
        var stub = ServedCluster()
            .On("GET /api/v1/namespaces/keda-sqs-guidance", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "nf"))
            .On("PATCH /api/v1/namespaces/keda-sqs-guidance", HttpStatusCode.OK, "{}")
            .On("GET /apis/apps/v1/namespaces/keda-sqs-guidance/deployments/sqs-consumer-backend", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "nf"))
            .On("PATCH /apis/apps/v1/namespaces/keda-sqs-guidance/deployments/sqs-consumer-backend", HttpStatusCode.Conflict,
                RecordingHandler.Status(409, "Conflict", "Apply failed with 1 conflict: conflict with \\\"kubectl\\\": .spec.replicas"));
        var recorder = new RunRecorder(RunId, "live", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        var registry = new HandlerRegistry();
        registry.Add([new ApplyManifestHandler(new ClusterObjects(stub.Client(), new ApiResourceDiscovery(stub.Client())))], []);
        var ledger = new TeardownLedger();
        var actions = new ClusterActions(new LiveExecutor(recorder, registry), ledger, RunId, TimeSpan.FromSeconds(30));
        var twoObjects = string.Join("\n---\n", Manifest.Split("---").Take(3));

        var act = () => actions.ApplyAsync("test.yaml", twoObjects, "apps", CancellationToken.None);

        (await act.Should().ThrowAsync<PartialApplyException>())
            .WithMessage("apply Deployment keda-sqs-guidance/sqs-consumer-backend failed: 409 Conflict: Apply failed with 1 conflict*already applied, registered for teardown: Namespace keda-sqs-guidance*");
        ledger.Pending.Should().Equal("Namespace keda-sqs-guidance");
        recorder.Snapshot().RunEntries.Should().ContainSingle().Which.Outcome.Should().Be(EntryOutcome.Failed);
    }

    [Fact]
    public async Task Discovery_is_asked_again_after_a_CRD_so_the_kinds_it_adds_resolve()
    {
        const string crdAndResource = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.example.com
            spec:
              group: example.com
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w1
            """;
        var stub = new RecordingHandler()
            .On("GET /apis/apiextensions.k8s.io/v1", HttpStatusCode.OK, Payloads.Resources("apiextensions.k8s.io/v1", ("customresourcedefinitions", "CustomResourceDefinition", false)))
            .On("GET /apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "nf"))
            .On("PATCH /apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com", HttpStatusCode.OK, "{}")
            .On("GET /apis/example.com/v1", HttpStatusCode.OK, Payloads.Resources("example.com/v1", ("widgets", "Widget", true)))
            .On("GET /apis/example.com/v1/namespaces/default/widgets/w1", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "nf"))
            .On("PATCH /apis/example.com/v1/namespaces/default/widgets/w1", HttpStatusCode.OK, "{}");
        var handler = new ApplyManifestHandler(new ClusterObjects(stub.Client(), new ApiResourceDiscovery(stub.Client())));

        await ((IOperationHandler)handler).ExecuteAsync(ApplyManifest.FromYaml("crd.yaml", crdAndResource, RunId), CancellationToken.None);

        var paths = stub.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        paths.IndexOf("GET /apis/example.com/v1").Should().BeGreaterThan(
            paths.IndexOf("PATCH /apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com"),
            "the Widget kind exists only once its CRD is applied");
        paths.Should().Contain("PATCH /apis/example.com/v1/namespaces/default/widgets/w1");
    }
}
