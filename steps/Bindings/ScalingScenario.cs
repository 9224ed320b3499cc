using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Steps.Bindings;

/// <summary>The scaling section the current scenario works on, shared by the SQS, Prometheus and ScaledObject steps (context injection).</summary>
public sealed class ScalingScenario
{
    private IScaledObjectSection? _section;

    public IScaledObjectSection Section
    {
        get => _section ?? throw new InvalidOperationException("No scaling example yet: the scenario must start with \"Given the run's cluster …\".");
        set => _section = value;
    }
}
