using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Deletes an object this run created (foreground propagation), then polls until the server answers 404 within the
/// operation's budget. Refuses an object that carries another run's label or none (never deletes what it did not
/// create). When the budget runs out, the error names the finalizers still holding the object.
/// </summary>
public sealed class DeleteObjectHandler(ClusterObjects objects, Polling polling) : OperationHandler<DeleteObject, Done>
{
    protected override async Task<Done> ExecuteAsync(DeleteObject operation, CancellationToken cancellationToken)
    {
        string plural;
        ObjectReference reference;
        try
        {
            (reference, plural) = await objects.ResolveAsync(operation.Reference, operation.Reference.Namespace ?? "default", cancellationToken);
        }
        catch (ManifestException) when (operation.Reference.Group.Length > 0)
        {
            // The kind is no longer served (its CRD went first, taking its objects with it): nothing left to delete.
            return Done.Value;
        }

        var existing = await objects.ReadAsync(reference, plural, cancellationToken);
        if (existing is null)
            return Done.Value;
        if (existing.RunId != operation.RunId)
            throw new ObjectNotOwnedException(reference, existing.RunId, operation.RunId);
        if (!existing.Terminating)
            await objects.DeleteAsync(reference, plural, cancellationToken);

        var gone = await polling.UntilAsync(async token =>
        {
            var current = await objects.ReadAsync(reference, plural, token);
            return current is null
                ? new Observation(true, "gone (404)")
                : new Observation(false, current.Finalizers.Count == 0
                    ? "still present"
                    : $"still present, finalizers: {string.Join(", ", current.Finalizers)}");
        }, operation.Budget, cancellationToken);
        if (!gone.Met)
            throw new TimeoutException($"{reference} was not gone within {operation.Budget}; last seen: {gone.Observed}.");
        return Done.Value;
    }
}
