namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>
/// eksctl left out a service account the run asked for because it already exists: the role and ServiceAccount in
/// place are not this run's, so the step fails and the run never deletes them.
/// </summary>
public sealed class EksctlExcludedException(string serviceAccount, string cluster, string output)
    : Exception($"eksctl create iamserviceaccount skipped {serviceAccount} on cluster {cluster}: it already exists (its CloudFormation stack or " +
                $"its ServiceAccount), so it is not this run's and the suite will neither use nor delete it. Delete it if an earlier run left it " +
                $"(eksctl delete iamserviceaccount --cluster {cluster} --namespace {serviceAccount.Split('/')[0]} --name {serviceAccount.Split('/')[^1]}, " +
                $"or the sweep: its stack carries the tag {AwsTags.RunId}), or use another cluster. eksctl said: {Shorten(output)}")
{
    public string ServiceAccount { get; } = serviceAccount;

    private static string Shorten(string text) => text.Length <= 1500 ? text.Trim() : text[..1500].Trim() + " …";
}
