using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Teardown.Cleanup;

/// <summary>
/// The guide's three clean-up sections in its order ("Clean up the Amazon SQS environment", "Clean up Prometheus
/// environment", "Clean up KEDA and the Amazon EKS Cluster Environment"). Each step matches the ledger names the
/// creating code registers: Kubernetes objects as "Kind namespace/name" (ObjectReference), "helm release ns/name",
/// "sqs queue URL", "iam role NAME", "iam policy ARN", "iam attachment ARN to role NAME", "ecr repository NAME",
/// "cloudformation stack NAME", "eksctl iamserviceaccount ns/name".
/// </summary>
public static class GuideCleanupSteps
{
    public const string SqsSection = "Clean up the Amazon SQS environment";
    public const string PrometheusSection = "Clean up Prometheus environment";
    public const string KedaSection = "Clean up KEDA and the Amazon EKS Cluster Environment";

    private const string SqsNamespace = "keda-sqs-guidance";
    private const string PrometheusNamespace = "keda-prometheus-guidance";
    private const string AdotNamespace = "adot";
    private const string KedaNamespace = "keda";

    /// <summary>Every target may have the thing.</summary>
    private const string? Everywhere = null;

    public static IReadOnlyList<CleanupStep> All { get; } =
    [
        new("the consumer deployment is deleted", SqsSection, "kubectl delete deployment sqs-consumer-backend -n keda-sqs-guidance",
            r => r == $"Deployment {SqsNamespace}/sqs-consumer-backend", Everywhere),
        new("the SQS ScaledObject is deleted", SqsSection, "kubectl delete scaledObject sqsconsumer-hpa -n keda-sqs-guidance",
            r => r.StartsWith($"ScaledObject {SqsNamespace}/", StringComparison.Ordinal) || r.StartsWith($"TriggerAuthentication {SqsNamespace}/", StringComparison.Ordinal), Everywhere),
        new("the sqsconsumer ECR repository is deleted", SqsSection, "aws ecr delete-repository --repository-name sqsconsumer --force",
            r => r == "ecr repository sqsconsumer", TargetCapabilities.Ecr),
        new("the sqsconsumer service account is deleted", SqsSection, "eksctl delete iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance",
            r => r == $"eksctl iamserviceaccount {SqsNamespace}/sqsconsumer" || r == $"ServiceAccount {SqsNamespace}/sqsconsumer" || r == "iam role sqsconsumerrole" || IsAttachmentTo(r, "sqsconsumerrole"), TargetCapabilities.Eksctl),
        new("the sqsconsumer policy is deleted", SqsSection, "aws iam delete-policy --policy-arn arn:aws:iam::${ACCOUNT_ID}:policy/sqsconsumer",
            r => IsPolicy(r, "sqsconsumer"), Everywhere),
        new("the sqsgetattributes policy is detached and deleted", SqsSection, "aws iam detach-role-policy … sqsgetattributes; aws iam delete-policy … sqsgetattributes",
            r => IsPolicy(r, "sqsgetattributes") || IsAttachmentOf(r, "sqsgetattributes"), Everywhere),
        new("the keda-sqs-guidance namespace is deleted", SqsSection, "kubectl delete ns/keda-sqs-guidance",
            r => IsNamespaceOrInside(r, SqsNamespace), Everywhere),
        new("the queue is deleted", SqsSection, "aws sqs delete-queue --queue-url $QUEUE_URL",
            r => r.StartsWith("sqs queue ", StringComparison.Ordinal), Everywhere),

        new("the sample app is deleted", PrometheusSection, "kubectl delete -f scaledobject-samples/prometheus/sample-app/app.yaml",
            r => IsNamespaceOrInside(r, PrometheusNamespace), Everywhere),
        new("the adot-collector service account is deleted", PrometheusSection, "eksctl delete iamserviceaccount --name adot-collector --namespace adot",
            r => r == $"eksctl iamserviceaccount {AdotNamespace}/adot-collector" || r == $"ServiceAccount {AdotNamespace}/adot-collector" || IsAttachmentTo(r, "adot-collector"), TargetCapabilities.Eksctl),
        new("the ADOT collector is deleted", PrometheusSection, "kubectl delete -f scaledobject-samples/prometheus/adot/collector.yaml; kubectl delete -f …/adot/configmap.yaml",
            r => IsNamespaceOrInside(r, AdotNamespace) || IsClusterScopedNamed(r, "adot"), Everywhere),
        new("the SigV4 proxy is deleted", PrometheusSection, "kubectl delete -f scaledobject-samples/prometheus/sigv4/keda-sigv4.yaml",
            r => r.Contains("sigv4", StringComparison.OrdinalIgnoreCase) && !r.StartsWith("iam ", StringComparison.Ordinal), Everywhere),
        new("the queryamp policy is detached and deleted", PrometheusSection, "aws iam detach-role-policy … queryamp; aws iam delete-policy … queryamp",
            r => IsPolicy(r, "queryamp") || IsAttachmentOf(r, "queryamp"), Everywhere),
        new("the Prometheus requirements stack is deleted", PrometheusSection, "aws cloudformation delete-stack --stack-name keda-guidance",
            r => r.StartsWith("cloudformation stack ", StringComparison.Ordinal) || r.StartsWith("ecr repository ", StringComparison.Ordinal), TargetCapabilities.RequirementsStack),

        new("KEDA is uninstalled", KedaSection, "helm uninstall keda --namespace ${KEDA_NAMESPACE}",
            r => r == $"helm release {KedaNamespace}/keda", Everywhere),
        new("the KEDA operator role is deleted", KedaSection, "aws iam delete-role --role-name ${KEDA_OPERATOR_ROLENAME}",
            r => r.StartsWith("iam role keda-operator", StringComparison.Ordinal) || (r.StartsWith("iam attachment ", StringComparison.Ordinal) && r.Contains(" to role keda-operator", StringComparison.Ordinal)), Everywhere),
        new("the KEDA namespace is deleted", KedaSection, "kubectl delete namespace ${KEDA_NAMESPACE}",
            r => IsNamespaceOrInside(r, KedaNamespace), Everywhere),
    ];

    public static CleanupStep ByPhrase(string phrase) =>
        All.FirstOrDefault(s => s.Phrase == phrase)
        ?? throw new ArgumentException($"No clean-up step \"{phrase}\"; known: {string.Join("; ", All.Select(s => s.Phrase))}.", nameof(phrase));

    private static bool IsPolicy(string resource, string name) =>
        resource.StartsWith("iam policy ", StringComparison.Ordinal) && resource.EndsWith(":policy/" + name, StringComparison.Ordinal);

    private static bool IsAttachmentOf(string resource, string policy) =>
        resource.StartsWith("iam attachment ", StringComparison.Ordinal) && resource.Contains(":policy/" + policy + " to role ", StringComparison.Ordinal);

    private static bool IsAttachmentTo(string resource, string role) =>
        resource.StartsWith("iam attachment ", StringComparison.Ordinal) && resource.EndsWith(" to role " + role, StringComparison.Ordinal);

    private static bool IsNamespaceOrInside(string resource, string ns) =>
        resource == $"Namespace {ns}" || (resource.Split(' ') is [var kind, var id] && kind != "helm" && id.StartsWith(ns + "/", StringComparison.Ordinal));

    private static bool IsClusterScopedNamed(string resource, string part) =>
        resource.Split(' ') is [var kind, var name] && kind is "ClusterRole" or "ClusterRoleBinding" && !name.Contains('/') && name.Contains(part, StringComparison.Ordinal);
}
