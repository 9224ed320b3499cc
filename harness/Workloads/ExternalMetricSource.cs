namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The trigger's value as KEDA serves it to the HPA: GET /apis/external.metrics.k8s.io/v1beta1/namespaces/NS/METRIC
/// ?labelSelector=scaledobject.keda.sh/name=SO (kubectl get --raw …). For the prometheus trigger that is the guide's
/// query evaluated by the server KEDA asks; the oracle then checks the HPA's arithmetic on it.
/// </summary>
public sealed record ExternalMetricSource(string Namespace, string MetricName, string ScaledObject) : MetricSource
{
    public override string Name => $"external metric {MetricName}";
    public override string Unit => "value KEDA serves to the HPA";

    public override string Describe() => $"external metric {MetricName} of ScaledObject {Namespace}/{ScaledObject}";
}
