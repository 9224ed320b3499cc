using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Eks;

/// <summary>
/// Whether the cluster's IAM OIDC provider exists in the account, checked as eksctl checks it before it creates an IAM
/// service account (pkg/iam/oidc/api.go CheckProviderExists: <c>iam:GetOpenIDConnectProvider</c>, NoSuchEntity → absent;
/// pkg/ctl/create/iamserviceaccount.go then stops: "unable to create iamserviceaccount(s) without IAM OIDC provider
/// enabled"). Without it neither KEDA's role nor the guide's service accounts can be assumed. A plan assumes it exists.
/// </summary>
public sealed record OidcProviderExists(string ProviderArn, string ClusterName) : AwsCliOperation<bool>
{
    public override string Kind => "iam.get-open-id-connect-provider";
    public override string Summary => $"check that cluster {ClusterName}'s IAM OIDC provider {ProviderArn} exists (IRSA: KEDA's role and the guide's service accounts are assumed through it)";
    public override IReadOnlyList<string> Arguments => ["iam", "get-open-id-connect-provider", "--open-id-connect-provider-arn", ProviderArn];
    public override bool Planned() => true;
    protected override bool Parse(JsonElement output) => true;
    protected override Func<bool>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => false : null;
}
