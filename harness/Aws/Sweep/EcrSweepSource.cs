using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Aws.Sweep;

/// <summary>
/// ECR repositories for the sweep: describe-repositories (one paged call), then list-tags-for-resource per repository,
/// <see cref="AwsCliCalls.ParallelReads"/> at a time (describe-repositories returns no tags). Deleting is the guide's
/// <c>aws ecr delete-repository --force</c> (images and all); a repository already gone counts as deleted (the guide's
/// requirements stack owns sample-app and deletes it with itself).
/// </summary>
public sealed class EcrSweepSource(AwsCliCall aws) : ISweepSource
{
    public string Place => "ecr";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken)
    {
        var repositories = AwsCliCalls.Items(await aws(["ecr", "describe-repositories"], cancellationToken), "repositories").ToArray();
        return await AwsCliCalls.MapAsync(repositories, async (repository, ct) =>
        {
            var tags = await aws(["ecr", "list-tags-for-resource", "--resource-arn", repository.GetProperty("repositoryArn").GetString()!], ct);
            return new SweepCandidate(Place, SweepOrder.EcrRepository, repository.GetProperty("repositoryName").GetString()!,
                tags.TryGetProperty("tags", out var list) ? AwsCliCalls.RunIdTag(list) : null, AwsCliCalls.Time(repository, "createdAt"));
        }, cancellationToken);
    }

    public Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken) =>
        AwsCliCalls.DeleteAsync(aws, ["ecr", "delete-repository", "--repository-name", candidate.Name, "--force"], "RepositoryNotFoundException", cancellationToken);
}
