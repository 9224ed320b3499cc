using System.Net;
using KedaGuidance.Harness.Kubernetes.Sweep;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Tests.Kubernetes;

public sealed class KubernetesSweepSourceTests
{
    private const string Label = "kedaguidance.io/run-id";

    [Fact]
    public async Task Lists_only_by_the_run_id_label_and_reads_run_id_and_age()
    {
        var handler = new RecordingHandler()
            .On("GET /apis/keda.sh/v1alpha1/scaledobjects", HttpStatusCode.OK,
                """{"items":[{"metadata":{"name":"so","namespace":"apps","creationTimestamp":"2020-01-01T00:00:00Z","labels":{"kedaguidance.io/run-id":"kg-old"}}}]}""")
            .On("GET /api/v1/namespaces", HttpStatusCode.OK,
                """{"kind":"NamespaceList","apiVersion":"v1","metadata":{},"items":[{"metadata":{"name":"apps","labels":{"kedaguidance.io/run-id":"kg-old"}}}]}""")
            .On("GET /apis/rbac.authorization.k8s.io/v1/clusterrolebindings", HttpStatusCode.OK, """{"kind":"ClusterRoleBindingList","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{},"items":[]}""")
            .On("GET /apis/rbac.authorization.k8s.io/v1/clusterroles", HttpStatusCode.OK, """{"kind":"ClusterRoleList","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{},"items":[]}""");

        var listed = await new KubernetesSweepSource(handler.Client()).ListAsync(CancellationToken.None);

        listed.Select(c => (c.Kind, c.Name, c.RunId)).Should().Equal(("ScaledObject", "apps/so", "kg-old"), (SweepOrder.Namespace, "apps", "kg-old"));
        listed[0].CreatedAt.Should().Be(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        handler.Requests.Should().OnlyContain(r => r.Query("labelSelector") == Label, "nothing without the label is ever listed");
    }

    [Fact]
    public async Task Without_keda_installed_there_are_no_scaled_objects_and_the_rest_is_listed()
    {
        var handler = new RecordingHandler()
            .On("GET /apis/keda.sh/v1alpha1/scaledobjects", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "the server could not find the requested resource"))
            .On("GET /api/v1/namespaces", HttpStatusCode.OK, """{"kind":"NamespaceList","apiVersion":"v1","metadata":{},"items":[]}""")
            .On("GET /apis/rbac.authorization.k8s.io/v1/clusterrolebindings", HttpStatusCode.OK, """{"kind":"ClusterRoleBindingList","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{},"items":[]}""")
            .On("GET /apis/rbac.authorization.k8s.io/v1/clusterroles", HttpStatusCode.OK,
                """{"kind":"ClusterRoleList","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{},"items":[{"metadata":{"name":"keda-operator","labels":{"kedaguidance.io/run-id":"kg-old"}}}]}""");

        var listed = await new KubernetesSweepSource(handler.Client()).ListAsync(CancellationToken.None);

        listed.Select(c => (c.Kind, c.Name)).Should().Equal(("ClusterRole", "keda-operator"));
    }

    [Fact]
    public async Task A_namespace_is_deleted_with_foreground_propagation()
    {
        var handler = new RecordingHandler().On("DELETE /api/v1/namespaces/apps", HttpStatusCode.OK, """{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"apps"}}""");

        await new KubernetesSweepSource(handler.Client()).DeleteAsync(new SweepCandidate("cluster", SweepOrder.Namespace, "apps", "kg-old", null), CancellationToken.None);

        handler.Requests.Should().ContainSingle().Which.Body.Should().Contain("Foreground");
    }
}
