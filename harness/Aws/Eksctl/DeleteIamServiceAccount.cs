using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>The inverse: <c>eksctl delete iamserviceaccount --cluster … --name … --namespace … --wait</c> (the guide's clean-up, waiting for the stack).</summary>
public sealed record DeleteIamServiceAccount(string Cluster, string Namespace, string Name, string Why) : Operation<Done>
{
    public IReadOnlyList<string> Arguments => ["delete", "iamserviceaccount", "--cluster", Cluster, "--name", Name, "--namespace", Namespace, "--wait"];

    public override string Kind => "eksctl.delete-iamserviceaccount";
    public override string Summary => $"eksctl delete iamserviceaccount {Namespace}/{Name} on cluster {Cluster} ({Why})";
    public override string Content => "eksctl " + string.Join(' ', Arguments);
    public override Done Planned() => Done.Value;
}
