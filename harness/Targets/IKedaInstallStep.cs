using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// Something a target does in "Install KEDA" right before <c>helm install</c>, after the namespace and the values
/// exist (e.g. the IAM role the guide's values annotate, where the target creates it). Runs through the executor.
/// </summary>
public interface IKedaInstallStep
{
    Task BeforeHelmInstallAsync(KedaInstallation keda, RunContext run, CancellationToken cancellationToken);
}
