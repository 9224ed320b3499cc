using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

/// <summary>Runs every <see cref="HelmOperation"/>: values files are written to a scratch folder and passed by path.</summary>
public sealed class HelmCommandHandler(HelmCli helm, string scratchFolder) : OperationHandler<HelmOperation, Done>
{
    protected override async Task<Done> ExecuteAsync(HelmOperation operation, CancellationToken cancellationToken)
    {
        var arguments = HelmValuesFiles.WriteAndPoint(operation.Arguments, operation.Values, scratchFolder);
        await helm.RunAsync(arguments, operation.TargetsCluster, cancellationToken);
        if (operation is HelmRepoAdd add)
            await helm.RunAsync(add.UpdateArguments, targetsCluster: false, cancellationToken);
        return Done.Value;
    }
}

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
