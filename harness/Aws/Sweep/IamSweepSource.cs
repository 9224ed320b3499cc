using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Aws.Sweep;

/// <summary>
/// IAM roles and customer-managed policies for the sweep. Roles: one paged call,
/// <c>aws iam get-account-authorization-details --filter Role</c>, whose RoleDetail carries each role's tags (list-roles
/// does not), so an account with hundreds of roles costs one process, not one per role. Policies: list-policies
/// --scope Local, then list-policy-tags per policy, <see cref="AwsCliCalls.ParallelReads"/> at a time (no IAM call
/// returns a policy's tags in a listing: ManagedPolicyDetail has none). Deleting a role first detaches its managed
/// policies and deletes its inline ones (IAM refuses to delete a role that has any); a role already gone (its eksctl
/// stack took it) counts as deleted. A policy is deleted after the roles.
/// </summary>
public sealed class IamSweepSource(AwsCliCall aws) : ISweepSource
{
    public string Place => "iam";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<SweepCandidate>();
        var details = await aws(["iam", "get-account-authorization-details", "--filter", "Role"], cancellationToken);
        foreach (var role in AwsCliCalls.Items(details, "RoleDetailList"))
        {
            if (role.TryGetProperty("Path", out var path) && path.GetString()?.StartsWith("/aws-service-role/", StringComparison.Ordinal) == true)
                continue; // service-linked roles are AWS's own and cannot carry our tag
            var tags = role.TryGetProperty("Tags", out var t) ? AwsCliCalls.RunIdTag(t) : null;
            candidates.Add(new SweepCandidate(Place, SweepOrder.IamRole, role.GetProperty("RoleName").GetString()!, tags, AwsCliCalls.Time(role, "CreateDate")));
        }
        var policies = AwsCliCalls.Items(await aws(["iam", "list-policies", "--scope", "Local"], cancellationToken), "Policies").ToArray();
        candidates.AddRange(await AwsCliCalls.MapAsync(policies, async (policy, ct) =>
        {
            var arn = policy.GetProperty("Arn").GetString()!;
            var tags = await aws(["iam", "list-policy-tags", "--policy-arn", arn], ct);
            return new SweepCandidate(Place, SweepOrder.IamPolicy, arn, AwsCliCalls.RunIdTag(tags.GetProperty("Tags")), AwsCliCalls.Time(policy, "CreateDate"));
        }, cancellationToken));
        return candidates;
    }

    public async Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken)
    {
        switch (candidate.Kind)
        {
            case SweepOrder.IamRole:
                const string gone = "NoSuchEntity";
                try
                {
                    var attached = await aws(["iam", "list-attached-role-policies", "--role-name", candidate.Name], cancellationToken);
                    foreach (var policy in AwsCliCalls.Items(attached, "AttachedPolicies"))
                        await AwsCliCalls.DeleteAsync(aws, ["iam", "detach-role-policy", "--role-name", candidate.Name, "--policy-arn", policy.GetProperty("PolicyArn").GetString()!], gone, cancellationToken);
                    var inline = await aws(["iam", "list-role-policies", "--role-name", candidate.Name], cancellationToken);
                    foreach (var name in AwsCliCalls.Items(inline, "PolicyNames"))
                        await AwsCliCalls.DeleteAsync(aws, ["iam", "delete-role-policy", "--role-name", candidate.Name, "--policy-name", name.GetString()!], gone, cancellationToken);
                }
                catch (Cli.AwsCliException e) when (e.ErrorCode == gone)
                {
                    return; // the role went while it was being emptied (its stack's deletion)
                }
                await AwsCliCalls.DeleteAsync(aws, ["iam", "delete-role", "--role-name", candidate.Name], gone, cancellationToken);
                break;
            case SweepOrder.IamPolicy:
                await AwsCliCalls.DeleteAsync(aws, ["iam", "delete-policy", "--policy-arn", candidate.Name], "NoSuchEntity", cancellationToken);
                break;
            default:
                throw new ArgumentException($"not an IAM candidate: {candidate}", nameof(candidate));
        }
    }
}
