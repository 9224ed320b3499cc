using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The KEDA operator role's trust policy lets exactly KEDA's service account assume it through the cluster's OIDC
/// provider: Federated principal = the cluster's provider, sub = system:serviceaccount:&lt;helm namespace&gt;:&lt;service
/// account from the Helm values&gt;, aud = sts.amazonaws.com. A mismatch makes IRSA fail silently (no credentials).
/// </summary>
public sealed class TrustPolicyRule : GuideRule
{
    public override string Id => "iam-trust-subject";
    public override string Family => RuleFamilies.Iam;
    public override string Checks => "the trust policy's OIDC principal is the cluster's provider and its sub/aud match KEDA's namespace (helm --namespace) and service account (Helm values)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        const string file = GuideLayout.KedaTrustPolicy;
        var policy = GuideIamContext.Policy(docs, file);
        if (policy is null)
        {
            yield return Error(file, FindingLocation.None, "The trust policy is missing or does not parse; the KEDA operator role cannot be created.", "Restore keda/trust-policy-keda-operator.json.");
            yield break;
        }
        var region = GuideIamContext.Region(docs);
        var provider = $"oidc.eks.{region}.amazonaws.com/id/{docs.Environment.Values.GetValueOrDefault("OIDC_ID", "")}";
        var principal = $"arn:aws:iam::{GuideIamContext.Account(docs)}:oidc-provider/{provider}";
        var (serviceAccount, _) = GuideIamContext.KedaServiceAccount(docs);
        var subject = $"system:serviceaccount:{GuideIamContext.KedaNamespace(docs)}:{serviceAccount}";
        var statement = policy.Statements.FirstOrDefault(s => s.Effect == "Allow" && s.Node.Get("Action").Scalars().Any(a => a.Value == "sts:AssumeRoleWithWebIdentity"));
        if (statement is null)
        {
            yield return Error(file, policy.Root, "Statement", "No statement allows sts:AssumeRoleWithWebIdentity: IRSA cannot assume the KEDA operator role.",
                "Add an Allow statement with Action sts:AssumeRoleWithWebIdentity and the cluster's OIDC provider as Federated principal.");
            yield break;
        }
        var at = $"Statement[{statement.Index}]";
        var federated = statement.Node.Get("Principal", "Federated");
        if (federated.Str() != principal)
            yield return Error(file, federated ?? statement.Node, $"{at}.Principal.Federated",
                $"The trusted principal is '{federated.Str()}', not the cluster's OIDC provider {principal}.",
                "Use arn:aws:iam::${ACCOUNT_ID}:oidc-provider/oidc.eks.${AWS_REGION}.amazonaws.com/id/${OIDC_ID}.");
        var conditions = statement.Node.Get("Condition").Pairs().SelectMany(op => op.Value.Pairs().Select(c => (Operator: op.Key, c.Key, c.KeyNode, c.Value))).ToList();
        var sub = conditions.FirstOrDefault(c => c.Key.EndsWith(":sub", StringComparison.Ordinal));
        if (sub.Key is null)
            yield return Error(file, statement.Node.Get("Condition") ?? statement.Node, $"{at}.Condition",
                "The trust policy has no ':sub' condition: any service account of the cluster could assume the KEDA operator role.",
                $"Add \"{provider}:sub\": \"{subject}\" under StringEquals.");
        else
        {
            if (sub.Key != provider + ":sub")
                yield return Error(file, sub.KeyNode, $"{at}.Condition.{sub.Operator}",
                    $"The sub condition's key is '{sub.Key}', not '{provider}:sub': it never matches the cluster's tokens.",
                    "Use oidc.eks.${AWS_REGION}.amazonaws.com/id/${OIDC_ID}:sub as the key.");
            var values = sub.Value.Scalars().Select(s => s.Value ?? "").ToList();
            var matches = sub.Operator == "StringLike" ? values.Any(v => IamPolicy.Glob(v, subject, false)) : values.Contains(subject);
            if (!matches)
                yield return Error(file, sub.Value, $"{at}.Condition.{sub.Operator}.{sub.Key}",
                    $"The role trusts '{string.Join(", ", values)}', but KEDA's operator runs as {subject} (namespace from the guide's helm install --namespace, service account from keda/keda-values.yaml.template serviceAccount.name): the operator gets no AWS credentials and every AWS scaler fails.",
                    $"Make the sub condition \"{subject}\", or change the Helm values/namespace to match.");
        }
        var aud = conditions.FirstOrDefault(c => c.Key.EndsWith(":aud", StringComparison.Ordinal));
        if (aud.Key is not null && aud.Value.Str() != "sts.amazonaws.com")
            yield return Error(file, aud.Value, $"{at}.Condition.{aud.Operator}.{aud.Key}",
                $"The aud condition is '{aud.Value.Str()}'; EKS service account tokens for IRSA carry sts.amazonaws.com.",
                "Set the aud condition to sts.amazonaws.com.");
    }
}
