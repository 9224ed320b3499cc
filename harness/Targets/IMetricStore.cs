using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// The metric store of the guide's Prometheus example on a target: Amazon Managed Service for Prometheus as the guide
/// creates it (its CloudFormation stack, the ADOT collector writing with SigV4, KEDA querying through the SigV4
/// proxy), or an in-cluster Prometheus that takes the collector's remote writes (a declared deviation).
/// </summary>
public interface IMetricStore : ITargetStrategy
{
    /// <summary>Whether it acts on the run's AWS account (ECR, AMP): a scenario that uses it starts the run's AWS first.</summary>
    bool UsesAws { get; }

    /// <summary>create_requirements.sh, or the target's stand-in; returns the guide's environment with what the store defines (PROMETHEUS_ENDPOINT …).</summary>
    Task<GuideEnvironment> CreateAsync(MetricStoreContext context, CancellationToken cancellationToken);

    /// <summary>Lets KEDA's operator query the store (AMP: the guide's queryamp policy on its role).</summary>
    Task GrantQueryAsync(MetricStoreContext context, CancellationToken cancellationToken);

    /// <summary>The guide's rendered collector ConfigMap, as this store takes remote writes.</summary>
    AdaptedManifest AdaptCollectorConfig(string configMap, MetricStoreContext context);

    /// <summary>What the store needs once the collector runs (AMP: the guide's SigV4 proxy in KEDA's namespace).</summary>
    Task AfterCollectorAsync(MetricStoreContext context, CancellationToken cancellationToken);

    /// <summary>The guide's ScaledObject (from its heredoc), pointed at where this store answers KEDA's queries.</summary>
    string AdaptScaledObject(string yaml, string scaledObject, MetricStoreContext context);
}
