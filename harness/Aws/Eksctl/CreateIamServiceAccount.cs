using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>
/// The guide's <c>eksctl create iamserviceaccount --name … --namespace … --cluster … --attach-policy-arn … [--role-name …]
/// --approve</c>, with <c>--tags kedaguidance:run-id=RUN</c> (eksctl puts them on the service account's CloudFormation
/// stack, and the stack on the role: pkg/cfn/manager/iam.go createIAMServiceAccountTask passes spec.Tags to
/// CreateStack) so the sweep finds what a crashed run left. The handler fails when eksctl answers that it excluded the
/// service account (<see cref="EksctlOutput"/>).
/// </summary>
public sealed record CreateIamServiceAccount(string Cluster, string Namespace, string Name, IReadOnlyList<string> PolicyArns, string? RoleName,
    string RunId, string Why) : Operation<Done>
{
    /// <summary>The stack eksctl creates for it (pkg/cfn/manager/iam.go makeIAMServiceAccountStackName).</summary>
    public string StackName => StackNameFor(Cluster, Namespace, Name);

    public static string StackNameFor(string cluster, string ns, string name) => $"eksctl-{cluster}-addon-iamserviceaccount-{ns}-{name}";

    public IReadOnlyList<string> Arguments =>
    [
        "create", "iamserviceaccount", "--name", Name, "--namespace", Namespace, "--cluster", Cluster,
        .. PolicyArns.SelectMany(arn => new[] { "--attach-policy-arn", arn }),
        .. RoleName is null ? Array.Empty<string>() : ["--role-name", RoleName],
        "--tags", $"{AwsTags.RunId}={RunId}", "--approve",
    ];

    public override string Kind => "eksctl.create-iamserviceaccount";
    public override string Summary => $"eksctl create iamserviceaccount {Namespace}/{Name} on cluster {Cluster} ({Why}; tag {AwsTags.RunId}={RunId})";
    public override string Content => "eksctl " + string.Join(' ', Arguments);
    public override Done Planned() => Done.Value;
}
