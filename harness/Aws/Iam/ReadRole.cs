using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary><c>aws iam get-role --role-name …</c>: the role's ARN and tags, or absent on NoSuchEntity. Read before the run creates, uses or attaches to a role of a fixed name.</summary>
public sealed record ReadRole(string RoleName) : AwsCliOperation<IamRole>
{
    public override string Kind => "iam.get-role";
    public override string Summary => $"read IAM role {RoleName} and its tags (the run uses only a role it created: tag {AwsTags.RunId})";
    public override IReadOnlyList<string> Arguments => ["iam", "get-role", "--role-name", RoleName];
    public override IamRole Planned() => IamRole.PlannedAbsent(RoleName);

    protected override IamRole Parse(JsonElement output)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (output.TryGetProperty("Role", out var role) && role.TryGetProperty("Tags", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in list.EnumerateArray())
            {
                if (tag.TryGetProperty("Key", out var key) && tag.TryGetProperty("Value", out var value))
                    tags[key.GetString() ?? ""] = value.GetString() ?? "";
            }
        }
        return new IamRole(RoleName, true, Required(output, "Role", "Arn"), tags);
    }

    protected override Func<IamRole>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => IamRole.Absent(RoleName) : null;
}
