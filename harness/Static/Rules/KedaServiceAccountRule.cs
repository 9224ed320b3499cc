using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The IRSA wiring around KEDA's service account: the Helm values annotate it with the role the guide creates
/// (aws iam create-role --role-name ${KEDA_OPERATOR_ROLENAME}), and the SigV4 proxy runs as that service account in
/// KEDA's namespace (it signs AMP queries with the operator role's credentials).
/// </summary>
public sealed class KedaServiceAccountRule : GuideRule
{
    public override string Id => "iam-keda-service-account";
    public override string Family => RuleFamilies.Iam;
    public override string Checks => "the Helm values' role-arn annotation names the role the guide creates; the SigV4 proxy runs as KEDA's service account in KEDA's namespace";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var values = docs[GuideLayout.KedaValuesTemplate]?.ParsedParts.FirstOrDefault()?.Root;
        var role = docs.Environment.Values.GetValueOrDefault("KEDA_OPERATOR_ROLENAME", "");
        var expectedArn = $"arn:aws:iam::{GuideIamContext.Account(docs)}:role/{role}";
        var annotation = values.Get("serviceAccount", "operator", "annotations", "eks.amazonaws.com/role-arn") ?? values.Get("serviceAccount", "annotations", "eks.amazonaws.com/role-arn");
        if (values is not null && annotation.Str()?.Trim() != expectedArn)
            yield return Error(GuideLayout.KedaValuesTemplate, annotation ?? values.Get("serviceAccount"), "serviceAccount.annotations.eks.amazonaws.com/role-arn",
                $"KEDA's service account is annotated with role '{annotation.Str()}', not the role the guide creates ({expectedArn}, aws iam create-role --role-name ${{KEDA_OPERATOR_ROLENAME}}): the operator gets no AWS credentials.",
                "Set eks.amazonaws.com/role-arn: arn:aws:iam::${ACCOUNT_ID}:role/${KEDA_OPERATOR_ROLENAME}.");

        var (serviceAccount, _) = GuideIamContext.KedaServiceAccount(docs);
        var kedaNamespace = GuideIamContext.KedaNamespace(docs);
        foreach (var proxy in docs.KubernetesObjects.Where(o => o.Document.Path == GuideLayout.SigV4Proxy && o.Kind == "Deployment"))
        {
            var node = proxy.PodSpec.Get("serviceAccountName");
            if (proxy.Namespace != kedaNamespace)
                yield return Error(proxy.Document.Path, proxy.Root.Get("metadata", "namespace") ?? proxy.Root.Get("metadata"), "metadata.namespace",
                    $"{proxy.Describe()} is not in KEDA's namespace {kedaNamespace}: it cannot use KEDA's service account and the role's trust policy does not cover it.",
                    $"Put the proxy in namespace {kedaNamespace}.");
            if (node.Str() != serviceAccount)
                yield return Error(proxy.Document.Path, node ?? proxy.PodSpec, "spec.template.spec.serviceAccountName",
                    $"{proxy.Describe()} runs as '{node.Str() ?? "default"}', not KEDA's service account {serviceAccount}: its AMP queries are unsigned or denied, and the Prometheus ScaledObject gets no metric.",
                    $"Set serviceAccountName: {serviceAccount}.");
        }
    }
}
