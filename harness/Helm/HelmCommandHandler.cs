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
