using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>What the two scaling sections share: a ScaledObject rendered for the target, applied, then its HPA and Ready condition.</summary>
public interface IScaledObjectSection
{
    string? ScaledObjectYaml { get; }

    /// <summary>The HPA KEDA creates for the section's ScaledObject.</summary>
    string Hpa { get; }

    /// <summary>KEDA's name for a ScaledObject's HPA: <c>keda-hpa-</c> and the ScaledObject's name (KEDA's naming, not the guide's).</summary>
    static string HpaOf(string scaledObject) => "keda-hpa-" + scaledObject;

    Task ApplyScaledObjectAsync(CancellationToken cancellationToken);

    Task<ExpectationResult> ExpectHpaAsync(CancellationToken cancellationToken);

    Task<ExpectationResult> ExpectReadyAsync(CancellationToken cancellationToken);
}
