namespace KedaGuidance.Harness.Kubernetes;

/// <summary>An apply failed part-way: the objects before the failing one were applied and must still be torn down.</summary>
public sealed class PartialApplyException(IReadOnlyList<ObjectReference> applied, Exception inner)
    : Exception(inner.Message + (applied.Count == 0 ? "" : $" (already applied, registered for teardown: {string.Join(", ", applied)})"), inner)
{
    public IReadOnlyList<ObjectReference> Applied { get; } = applied;
}
