using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Deletes one object this run created (checked by its run-id label) with foreground propagation, then waits until
/// reading it answers 404, within <see cref="Budget"/>. An object that is already gone counts as deleted.
/// </summary>
public sealed record DeleteObject(ObjectReference Reference, string RunId, WaitBudget Budget) : Operation<Done>
{
    public override string Kind => "kubernetes.delete";

    public override string Summary => $"delete {Reference} (propagation Foreground, wait until gone within {Budget})";

    public override Done Planned() => Done.Value;
}
