namespace KedaGuidance.Harness.Helm;

/// <summary><c>helm repo add NAME URL</c> then <c>helm repo update NAME</c>: idempotent for the same name and URL, and the index is current for the pinned version.</summary>
public sealed record HelmRepoAdd(string Name, string Url) : HelmOperation
{
    public override string Kind => "helm.repo-add";
    public override string Summary => $"helm repo add {Name} {Url}";
    public override bool TargetsCluster => false;
    public override IReadOnlyList<string> Arguments => ["repo", "add", Name, Url];

    /// <summary>Refreshes the index after adding: an existing repository entry is skipped by add and may be stale.</summary>
    public IReadOnlyList<string> UpdateArguments => ["repo", "update", Name];
}
