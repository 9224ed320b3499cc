using KedaGuidance.Harness.Waits;
using k8s;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// The live handlers for one cluster, over one <see cref="IKubernetes"/> client. A cluster fixture (k3s, an existing
/// cluster) builds it once it can reach the API server and registers its handlers with the session.
/// </summary>
public sealed class KubernetesHandlers
{
    /// <summary>How often polled expectations read (CRD, APIService, pods, HPA, wait-until-gone).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>Pause before reconnecting a watch after a failure.</summary>
    public static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public KubernetesHandlers(IKubernetes client, TimeProvider? clock = null, TimeSpan? pollInterval = null, TimeSpan? reconnectDelay = null)
    {
        var polling = new Polling(pollInterval ?? PollInterval, clock);
        var watch = new DeploymentWatch(client, reconnectDelay ?? ReconnectDelay, clock);
        var objects = new ClusterObjects(client, new ApiResourceDiscovery(client));
        Operations = [new ApplyManifestHandler(objects), new DeleteObjectHandler(objects, polling), new ReadPodCapacityHandler(client)];
        Expectations =
        [
            new DeploymentReadyHandler(watch, new PodStartWatch(client, pollInterval ?? PollInterval, clock), clock), new DeploymentStaysAtHandler(watch), new PodsReadyHandler(client, polling),
            new CrdEstablishedHandler(client, polling), new ApiServiceAvailableHandler(client, polling), new HpaExistsHandler(client, polling),
            new DaemonSetReadyHandler(client, polling),
        ];
    }

    public IReadOnlyList<IOperationHandler> Operations { get; }

    public IReadOnlyList<IExpectationHandler> Expectations { get; }
}
