using System.Net;
using KedaGuidance.Harness.Kubernetes.Sweep;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Tests.Kubernetes;

public sealed class KubernetesSweepSourceTests
{
    private const string Label = "kedaguidance.io/run-id";

    private static string List(string kind, string items = "") => $$"""{"kind":"{{kind}}List","apiVersion":"v1","metadata":{},"items":[{{items}}]}""";

    /// <summary>Empty answers for every list the source makes, after the test's own rules (rules are tried in order).</summary>
    private static RecordingHandler EmptyCluster(RecordingHandler handler) => handler
        .On("GET /apis/keda.sh/v1alpha1/scaledobjects", HttpStatusCode.OK, List("ScaledObject"))
        .On("GET /apis/keda.sh/v1alpha1/scaledjobs", HttpStatusCode.OK, List("ScaledJob"))
        .On("GET /api/v1/namespaces", HttpStatusCode.OK, List("Namespace"))
        .On("GET /apis/apiregistration.k8s.io/v1/apiservices", HttpStatusCode.OK, List("APIService"))
        .On("GET /apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations", HttpStatusCode.OK, List("ValidatingWebhookConfiguration"))
        .On("GET /apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations", HttpStatusCode.OK, List("MutatingWebhookConfiguration"))
        .On("GET /apis/apiextensions.k8s.io/v1/customresourcedefinitions", HttpStatusCode.OK, List("CustomResourceDefinition"))
        .On("GET /apis/rbac.authorization.k8s.io/v1/clusterrolebindings", HttpStatusCode.OK, List("ClusterRoleBinding"))
        .On("GET /apis/rbac.authorization.k8s.io/v1/clusterroles", HttpStatusCode.OK, List("ClusterRole"));

    [Fact]
    public async Task Lists_by_the_run_id_label_and_reads_run_id_and_age()
    {
        var handler = EmptyCluster(new RecordingHandler()
            .On("GET /apis/keda.sh/v1alpha1/scaledobjects", HttpStatusCode.OK,
                """{"items":[{"metadata":{"name":"so","namespace":"apps","creationTimestamp":"2020-01-01T00:00:00Z","labels":{"kedaguidance.io/run-id":"kg-old"}}}]}""")
            .On("GET /api/v1/namespaces", HttpStatusCode.OK, List("Namespace", """{"metadata":{"name":"apps","labels":{"kedaguidance.io/run-id":"kg-old"}}}""")));

        var listed = await new KubernetesSweepSource(handler.Client()).ListAsync(CancellationToken.None);

        listed.Select(c => (c.Kind, c.Name, c.RunId)).Should().Equal(("ScaledObject", "apps/so", "kg-old"), (SweepOrder.Namespace, "apps", "kg-old"));
        listed[0].CreatedAt.Should().Be(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        handler.Requests.Where(r => !r.Path.EndsWith("/customresourcedefinitions", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Query("labelSelector") == Label, "nothing without the label is ever listed");
    }

    [Fact]
    public async Task The_keda_release_cluster_scoped_objects_are_found_by_label_and_its_crds_through_the_helm_release_namespace()
    {
        // Chart 2.16.1 rendered with helm template: the APIService and ValidatingWebhookConfiguration carry additionalLabels,
        // the CRDs only the chart's own labels (keda.crd-labels); helm install adds meta.helm.sh/release-namespace to each.
        var handler = EmptyCluster(new RecordingHandler()
            .On("GET /api/v1/namespaces", HttpStatusCode.OK, List("Namespace", """{"metadata":{"name":"keda","labels":{"kedaguidance.io/run-id":"kg-old"}}}"""))
            .On("GET /apis/apiregistration.k8s.io/v1/apiservices", HttpStatusCode.OK,
                List("APIService", """{"metadata":{"name":"v1beta1.external.metrics.k8s.io","labels":{"kedaguidance.io/run-id":"kg-old"}}}"""))
            .On("GET /apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations", HttpStatusCode.OK,
                List("ValidatingWebhookConfiguration", """{"metadata":{"name":"keda-admission","labels":{"kedaguidance.io/run-id":"kg-old"}}}"""))
            .On("GET /apis/apiextensions.k8s.io/v1/customresourcedefinitions", HttpStatusCode.OK, List("CustomResourceDefinition",
                """
                {"metadata":{"name":"scaledobjects.keda.sh","labels":{"app.kubernetes.io/part-of":"keda-operator"},"annotations":{"meta.helm.sh/release-name":"keda","meta.helm.sh/release-namespace":"keda"}}},
                {"metadata":{"name":"scaledjobs.keda.sh","labels":{"app.kubernetes.io/part-of":"keda-operator"},"annotations":{"meta.helm.sh/release-name":"keda","meta.helm.sh/release-namespace":"their-keda"}}},
                {"metadata":{"name":"triggerauthentications.keda.sh","labels":{"app.kubernetes.io/part-of":"keda-operator","kedaguidance.io/run-id":"kg-2012"}}}
                """)));

        var listed = await new KubernetesSweepSource(handler.Client()).ListAsync(CancellationToken.None);

        listed.Select(c => (c.Kind, c.Name, c.RunId)).Should().Equal(
            (SweepOrder.Namespace, "keda", "kg-old"),
            ("APIService", "v1beta1.external.metrics.k8s.io", "kg-old"),
            ("ValidatingWebhookConfiguration", "keda-admission", "kg-old"),
            ("CustomResourceDefinition", "scaledobjects.keda.sh", "kg-old"),
            ("CustomResourceDefinition", "scaledjobs.keda.sh", null),
            ("CustomResourceDefinition", "triggerauthentications.keda.sh", "kg-2012"));
        handler.Requests.Single(r => r.Path.EndsWith("/customresourcedefinitions", StringComparison.Ordinal)).Query("labelSelector")
            .Should().Be(KubernetesSweepSource.KedaCrdSelector);
    }

    [Fact]
    public async Task Without_keda_installed_there_are_no_scaled_objects_and_the_rest_is_listed()
    {
        var handler = EmptyCluster(new RecordingHandler()
            .On("GET /apis/keda.sh/v1alpha1/scaledobjects", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "the server could not find the requested resource"))
            .On("GET /apis/keda.sh/v1alpha1/scaledjobs", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "the server could not find the requested resource"))
            .On("GET /apis/rbac.authorization.k8s.io/v1/clusterroles", HttpStatusCode.OK,
                List("ClusterRole", """{"metadata":{"name":"keda-operator","labels":{"kedaguidance.io/run-id":"kg-old"}}}""")));

        var listed = await new KubernetesSweepSource(handler.Client()).ListAsync(CancellationToken.None);

        listed.Select(c => (c.Kind, c.Name)).Should().Equal(("ClusterRole", "keda-operator"));
    }

    [Fact]
    public async Task A_namespace_is_deleted_with_foreground_propagation_and_waited_out()
    {
        var handler = new RecordingHandler()
            .On("DELETE /api/v1/namespaces/apps", HttpStatusCode.OK, """{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"apps"}}""")
            .On("GET /api/v1/namespaces/apps", HttpStatusCode.OK, """{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"apps"},"status":{"phase":"Terminating"}}""", times: 2)
            .On("GET /api/v1/namespaces/apps", HttpStatusCode.NotFound, RecordingHandler.Status(404, "NotFound", "namespaces apps not found"));

        await new KubernetesSweepSource(handler.Client(), TimeSpan.FromMilliseconds(10))
            .DeleteAsync(new SweepCandidate("cluster", SweepOrder.Namespace, "apps", "kg-old", null), CancellationToken.None);

        handler.Requests[0].Body.Should().Contain("Foreground");
        handler.Requests.Count(r => r.Method == HttpMethod.Get).Should().Be(3, "Terminating twice, then gone");
    }

    [Fact]
    public async Task A_scaled_object_whose_finalizer_stays_fails_after_its_budget_naming_the_operator()
    {
        var handler = new RecordingHandler()
            .On("DELETE /apis/keda.sh/v1alpha1/namespaces/apps/scaledobjects/so", HttpStatusCode.OK, """{"metadata":{"name":"so"}}""")
            .On("GET /apis/keda.sh/v1alpha1/namespaces/apps/scaledobjects/so", HttpStatusCode.OK, """{"metadata":{"name":"so","finalizers":["finalizer.keda.sh"]}}""");
        var source = new KubernetesSweepSource(handler.Client(), TimeSpan.FromMilliseconds(20), _ => Operations.WaitBudget.Sum(("test", TimeSpan.FromSeconds(2)))); // room for more than one read on a loaded machine

        var act = () => source.DeleteAsync(new SweepCandidate("cluster", "ScaledObject", "apps/so", "kg-old", null), CancellationToken.None);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*apps/so was deleted but is still there*is the operator running?*");
        handler.Requests.Count(r => r.Method == HttpMethod.Get).Should().BeGreaterThan(1, "it polled, not read once");
        KubernetesSweepSource.WaitsFor("ScaledObject")!.Limit.Should().Be(KubernetesSweepSource.FinalizerAllowance);
        KubernetesSweepSource.WaitsFor("APIService").Should().BeNull("nothing later waits for an APIService to be gone");
    }
}
