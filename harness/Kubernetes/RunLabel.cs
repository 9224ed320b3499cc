namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// The label every object the suite creates carries, so that a sweep finds what a crashed run left and so that the
/// suite never adopts or deletes an object another run (or a person) created.
/// </summary>
public static class RunLabel
{
    public const string Key = Teardown.RunLabels.KubernetesLabel;

    /// <summary>The field manager of every server-side apply: the owner of the fields the suite sets.</summary>
    public const string FieldManager = "kedaguidance";
}
