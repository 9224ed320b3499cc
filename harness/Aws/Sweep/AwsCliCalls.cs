using System.Globalization;
using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Aws.Sweep;

/// <summary>Runs one aws CLI call and returns its JSON, or fails with the CLI's error. A seam for tests.</summary>
public delegate Task<JsonElement> AwsCliCall(IReadOnlyList<string> arguments, CancellationToken cancellationToken);

/// <summary>The aws CLI calls of the sweep (IAM, CloudFormation), on an <see cref="AwsCliRunner"/>.</summary>
public static class AwsCliCalls
{
    public static AwsCliCall On(AwsCliRunner runner) => async (arguments, cancellationToken) =>
    {
        var result = await runner.RunAsync(arguments, cancellationToken);
        return result.Succeeded
            ? result.Json()
            : throw new AwsCliException($"'{AwsCliCommand.Display(arguments)}' failed (exit {result.ExitCode}{(result.ErrorCode is { } code ? $", {code}" : "")}): {AwsCliResult.Shorten(result.StandardError)}", result);
    };

    /// <summary>The value of the run-id tag in a [{"Key":…,"Value":…}] array, or null.</summary>
    public static string? RunIdTag(JsonElement tags) =>
        tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Where(t => t.TryGetProperty("Key", out var k) && k.GetString() == RunLabels.AwsTag)
                .Select(t => t.GetProperty("Value").GetString()).FirstOrDefault()
            : null;

    public static DateTimeOffset? Time(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    public static IEnumerable<JsonElement> Items(JsonElement output, string property) =>
        output.ValueKind == JsonValueKind.Object && output.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : [];
}

/// <summary>
/// IAM roles and customer-managed policies for the sweep: list-roles / list-policies --scope Local (the CLI pages
/// through all of them), then list-role-tags / list-policy-tags for the run-id tag. Deleting a role first detaches its
/// managed policies (IAM refuses to delete an attached role); a policy is deleted after the roles.
/// </summary>
public sealed class IamSweepSource(AwsCliCall aws) : ISweepSource
{
    public string Place => "iam";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<SweepCandidate>();
        foreach (var role in AwsCliCalls.Items(await aws(["iam", "list-roles"], cancellationToken), "Roles"))
        {
            var name = role.GetProperty("RoleName").GetString()!;
            if (role.TryGetProperty("Path", out var path) && path.GetString()?.StartsWith("/aws-service-role/", StringComparison.Ordinal) == true)
                continue; // service-linked roles are AWS's own and cannot carry our tag
            var tags = await aws(["iam", "list-role-tags", "--role-name", name], cancellationToken);
            candidates.Add(new SweepCandidate(Place, SweepOrder.IamRole, name, AwsCliCalls.RunIdTag(tags.GetProperty("Tags")), AwsCliCalls.Time(role, "CreateDate")));
        }
        foreach (var policy in AwsCliCalls.Items(await aws(["iam", "list-policies", "--scope", "Local"], cancellationToken), "Policies"))
        {
            var arn = policy.GetProperty("Arn").GetString()!;
            var tags = await aws(["iam", "list-policy-tags", "--policy-arn", arn], cancellationToken);
            candidates.Add(new SweepCandidate(Place, SweepOrder.IamPolicy, arn, AwsCliCalls.RunIdTag(tags.GetProperty("Tags")), AwsCliCalls.Time(policy, "CreateDate")));
        }
        return candidates;
    }

    public async Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken)
    {
        switch (candidate.Kind)
        {
            case SweepOrder.IamRole:
                var attached = await aws(["iam", "list-attached-role-policies", "--role-name", candidate.Name], cancellationToken);
                foreach (var policy in AwsCliCalls.Items(attached, "AttachedPolicies"))
                    await aws(["iam", "detach-role-policy", "--role-name", candidate.Name, "--policy-arn", policy.GetProperty("PolicyArn").GetString()!], cancellationToken);
                await aws(["iam", "delete-role", "--role-name", candidate.Name], cancellationToken);
                break;
            case SweepOrder.IamPolicy:
                await aws(["iam", "delete-policy", "--policy-arn", candidate.Name], cancellationToken);
                break;
            default:
                throw new ArgumentException($"not an IAM candidate: {candidate}", nameof(candidate));
        }
    }
}

/// <summary>
/// CloudFormation stacks for the sweep: describe-stacks (live stacks, with their tags and creation time);
/// deleting issues delete-stack (CloudFormation removes the stack's resources, e.g. the AMP workspace).
/// </summary>
public sealed class CloudFormationSweepSource(AwsCliCall aws) : ISweepSource
{
    public string Place => "cloudformation";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken) =>
        AwsCliCalls.Items(await aws(["cloudformation", "describe-stacks"], cancellationToken), "Stacks")
            .Where(s => s.GetProperty("StackStatus").GetString() != "DELETE_COMPLETE")
            .Select(s => new SweepCandidate(Place, SweepOrder.CloudFormationStack, s.GetProperty("StackName").GetString()!,
                s.TryGetProperty("Tags", out var tags) ? AwsCliCalls.RunIdTag(tags) : null, AwsCliCalls.Time(s, "CreationTime")))
            .ToArray();

    public async Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken) =>
        await aws(["cloudformation", "delete-stack", "--stack-name", candidate.Name], cancellationToken);
}
