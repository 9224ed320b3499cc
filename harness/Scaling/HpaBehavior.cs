namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// The HPA's scale-up and scale-down stabilization windows. Kubernetes defaults (HPAScalingRules,
/// stabilizationWindowSeconds): "If not set, use the default values: - For scale up: 0 (i.e. no stabilization is
/// done). - For scale down: 300 (i.e. the stabilization window is 300 seconds long)." KEDA passes
/// <c>spec.advanced.horizontalPodAutoscalerConfig.behavior</c> through to the HPA it creates.
/// </summary>
public sealed record HpaBehavior(TimeSpan ScaleUpStabilization, TimeSpan ScaleDownStabilization)
{
    public static HpaBehavior KubernetesDefault { get; } = new(TimeSpan.Zero, TimeSpan.FromSeconds(300));
}
