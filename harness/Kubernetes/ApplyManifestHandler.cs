using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Applies every document of a manifest server-side. First resolves and reads every object, and refuses the whole
/// manifest if any of them exists without this run's label: nothing is changed before that check passes. Then applies
/// in document order (a CRD before its custom resources), clearing discovery after a CRD.
/// </summary>
public sealed class ApplyManifestHandler(ClusterObjects objects) : OperationHandler<ApplyManifest, IReadOnlyList<ObjectReference>>
{
    protected override async Task<IReadOnlyList<ObjectReference>> ExecuteAsync(ApplyManifest operation, CancellationToken cancellationToken)
    {
        var targets = new List<(ManifestDocument Document, ObjectReference Reference, string Plural)>();
        foreach (var document in operation.Documents)
        {
            if (targets.Any(t => t.Document.Reference.Kind == "CustomResourceDefinition"))
            {
                // A kind this manifest's own CRD defines cannot be resolved before that CRD is applied.
                targets.Add((document, document.Reference, ""));
                continue;
            }
            var (reference, plural) = await objects.ResolveAsync(document.Reference, operation.DefaultNamespace, cancellationToken);
            var existing = await objects.ReadAsync(reference, plural, cancellationToken);
            if (existing is not null && existing.RunId != operation.RunId)
                throw new ObjectNotOwnedException(reference, existing.RunId, operation.RunId);
            targets.Add((document, reference, plural));
        }

        var applied = new List<ObjectReference>();
        try
        {
            foreach (var (document, known, knownPlural) in targets)
            {
                var (reference, plural) = knownPlural.Length > 0
                    ? (known, knownPlural)
                    : await ResolveAfterCrdAsync(document, operation, cancellationToken);
                await objects.ApplyAsync(document, reference, plural, cancellationToken);
                applied.Add(reference);
                if (reference.Kind == "CustomResourceDefinition")
                    objects.Discovery.Forget();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || applied.Count > 0)
        {
            throw new PartialApplyException(applied, e);
        }
        return applied;
    }

    private async Task<(ObjectReference, string)> ResolveAfterCrdAsync(ManifestDocument document, ApplyManifest operation, CancellationToken cancellationToken)
    {
        var (reference, plural) = await objects.ResolveAsync(document.Reference, operation.DefaultNamespace, cancellationToken);
        var existing = await objects.ReadAsync(reference, plural, cancellationToken);
        if (existing is not null && existing.RunId != operation.RunId)
            throw new ObjectNotOwnedException(reference, existing.RunId, operation.RunId);
        return (reference, plural);
    }
}
