namespace KedaGuidance.Harness.Kubernetes;

/// <summary>An object exists that this run did not create: the suite never adopts, changes or deletes it.</summary>
public sealed class ObjectNotOwnedException(ObjectReference reference, string? foundRunId, string runId)
    : Exception(
        $"{reference} already exists and was not created by this run ({RunLabel.Key}={(foundRunId is null ? "absent" : $"'{foundRunId}'")}, this run is '{runId}'). " +
        "The suite never adopts or deletes an object it did not create: remove it yourself (or use another cluster or context), then run again.")
{
    public ObjectReference Reference { get; } = reference;
}
