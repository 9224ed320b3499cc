using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

/// <summary>The guide's <c>helm list</c> check, polled: met when the release is deployed with the expected chart.</summary>
public sealed class HelmReleaseDeployedHandler(HelmCli helm, Polling polling) : ExpectationHandler<HelmReleaseDeployed>
{
    protected override Task<ExpectationResult> AwaitAsync(HelmReleaseDeployed expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var releases = HelmRelease.ParseList(await helm.RunAsync(expectation.ListArguments, targetsCluster: true, token));
            var release = releases.FirstOrDefault(r => r.Name == expectation.Release);
            return release is null
                ? new Observation(false, $"no release {expectation.Release} in namespace {expectation.Namespace}")
                : new Observation(release.Status == "deployed" && release.Chart == $"{expectation.ChartName}-{expectation.ChartVersion}", release.ToString());
        }, expectation.Budget, cancellationToken);
}
