namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// The resource types the guide's templates use (setup/cloud9-instance-enviroment.yaml and
/// scaledobject-samples/prometheus/cloudformation/requirements.yaml), as data from the CloudFormation registry schemas
/// that aws-cloudformation/cfn-lint ships (src/cfnlint/data/schemas/providers/us_east_1/aws-*.json; the commit of each
/// is named in <see cref="CloudFormationType.Source"/>). Writable properties are the schema's properties minus its
/// readOnlyProperties; Ref and attribute examples follow each type's "Return values" in the CloudFormation user guide.
/// A type the guide starts using must be added here, with its source: until then the rule reports it as unchecked.
/// </summary>
public static class CloudFormationTypes
{
    private const string Schemas = "aws-cloudformation/cfn-lint src/cfnlint/data/schemas/providers/us_east_1";

    public static IReadOnlyDictionary<string, CloudFormationType> Known { get; } = new Dictionary<string, CloudFormationType>(StringComparer.Ordinal)
    {
        ["AWS::APS::Workspace"] = new("AWS::APS::Workspace",
            Set("AlertManagerDefinition", "Alias", "KmsKeyArn", "LoggingConfiguration", "Tags"), Set(),
            new Dictionary<string, string>
            {
                ["Arn"] = "arn:aws:aps:{region}:{account}:workspace/{id}",
                ["WorkspaceId"] = "{id}",
                // The endpoint ends with '/': create_requirements.sh appends api/v1/remote_write to it.
                ["PrometheusEndpoint"] = "https://aps-workspaces.{region}.amazonaws.com/workspaces/{id}/",
            },
            RefReturns: "arn:aws:aps:{region}:{account}:workspace/{id}",
            $"{Schemas}/aws-aps-workspace.json at 00501ed"),
        ["AWS::ECR::Repository"] = new("AWS::ECR::Repository",
            Set("EmptyOnDelete", "EncryptionConfiguration", "ImageScanningConfiguration", "ImageTagMutability", "LifecyclePolicy",
                "RepositoryName", "RepositoryPolicyText", "Tags"), Set(),
            new Dictionary<string, string>
            {
                ["Arn"] = "arn:aws:ecr:{region}:{account}:repository/{name}",
                ["RepositoryUri"] = "{account}.dkr.ecr.{region}.amazonaws.com/{name}",
            },
            RefReturns: "{name}",
            $"{Schemas}/aws-ecr-repository.json at 0b0ef14"),
        ["AWS::IAM::Role"] = new("AWS::IAM::Role",
            Set("AssumeRolePolicyDocument", "Description", "ManagedPolicyArns", "MaxSessionDuration", "Path", "PermissionsBoundary",
                "Policies", "RoleName", "Tags"), Set("AssumeRolePolicyDocument"),
            new Dictionary<string, string> { ["Arn"] = "arn:aws:iam::{account}:role/{name}", ["RoleId"] = "AROAEXAMPLE{id}" },
            RefReturns: "{name}",
            $"{Schemas}/aws-iam-role.json at 00501ed"),
        ["AWS::IAM::InstanceProfile"] = new("AWS::IAM::InstanceProfile",
            Set("InstanceProfileName", "Path", "Roles"), Set("Roles"),
            new Dictionary<string, string> { ["Arn"] = "arn:aws:iam::{account}:instance-profile/{name}" },
            RefReturns: "{name}",
            $"{Schemas}/aws-iam-instanceprofile.json at 100657e"),
        ["AWS::Cloud9::EnvironmentEC2"] = new("AWS::Cloud9::EnvironmentEC2",
            Set("AutomaticStopTimeMinutes", "ConnectionType", "Description", "ImageId", "InstanceType", "Name", "OwnerArn",
                "Repositories", "SubnetId", "Tags"), Set("ImageId", "InstanceType"),
            new Dictionary<string, string> { ["Arn"] = "arn:aws:cloud9:{region}:{account}:environment:{id}", ["Id"] = "{id}" },
            RefReturns: "{id}",
            $"{Schemas}/aws-cloud9-environmentec2.json at 25dc318"),
    };

    /// <summary>The pseudo parameters a template may <c>Ref</c> (CloudFormation user guide, "Pseudo parameters reference").</summary>
    public static IReadOnlySet<string> PseudoParameters { get; } = Set("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
        "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    /// <summary>The template format versions CloudFormation accepts (only one exists).</summary>
    public const string FormatVersion = "2010-09-09";

    /// <summary>A known type whose name is within two edits of <paramref name="type"/> (a typo), or null.</summary>
    public static string? Closest(string type) =>
        Known.Keys.Select(k => (Key: k, Distance: Distance(k, type))).Where(x => x.Distance is > 0 and <= 2)
            .OrderBy(x => x.Distance).Select(x => x.Key).FirstOrDefault();

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
