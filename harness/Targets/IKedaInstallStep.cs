using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// Something a target does in "Install KEDA" before <c>helm install</c>, after the namespace and the values exist: at
/// <see cref="KedaInstallStage.BeforePreflight"/> (the IAM role the guide's values annotate, created where the guide
/// creates it, before the chart is rendered and installed) or at <see cref="KedaInstallStage.BeforeHelmInstall"/> (what
/// needs the preflight's render, e.g. the images it names). Runs through the executor.
/// </summary>
public interface IKedaInstallStep
{
    KedaInstallStage Stage { get; }

    Task RunAsync(KedaInstallation keda, RunContext run, CancellationToken cancellationToken);
}
