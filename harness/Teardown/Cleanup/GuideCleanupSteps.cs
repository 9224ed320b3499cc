using KedaGuidance.Harness.Guide;
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

    /// <summary>Every target may have the thing.</summary>
    private const string? Everywhere = null;

    /// <summary>
    /// The steps for the guide whose names are <paramref name="names"/> (<see cref="Guide.GuideModel.Names"/>): the
    /// phrases name what the guide creates, so a feature phrase that no longer matches the guide's files fails
    /// <see cref="ByPhrase"/> naming the phrases it has; each step matches the ledger names of those resources. The
    /// guide's commands are quoted as its text gives them.
    /// </summary>
    public static IReadOnlyList<CleanupStep> For(GuideNames names)
    {
        var sqs = GuideNames.Require(names.SqsNamespace);
        var consumer = GuideNames.Require(names.SqsConsumerDeployment);
        var consumerAccount = GuideNames.Require(names.SqsConsumerServiceAccount);
        var consumerRole = names.ConsumerRole.Value;
        var repository = names.ConsumerRepository.Value;
        var consumerPolicy = names.ConsumerPolicy.Value;
        var sqsPolicy = names.KedaSqsPolicy.Value;
        var prometheus = GuideNames.Require(names.PrometheusNamespace);
        var adot = GuideNames.Require(names.AdotNamespace);
        var collector = GuideNames.Require(names.AdotCollector);
        var collectorAccount = GuideNames.Require(names.AdotServiceAccount);
        var sigv4 = GuideNames.Require(names.SigV4Namespace);
        var sigv4Deployment = GuideNames.Require(names.SigV4Deployment);
        var sigv4Service = GuideNames.Require(names.SigV4Service);
        var queryPolicy = names.KedaPrometheusPolicy.Value;
        var stack = GuideNames.Require(names.RequirementsStack);
        var keda = GuideNames.Require(names.KedaNamespace);
        var operatorRole = GuideNames.Require(names.KedaOperatorRole);
        return
        [
            new("the consumer deployment is deleted", SqsSection, "kubectl delete deployment sqs-consumer-backend -n keda-sqs-guidance",
                r => r == $"Deployment {sqs}/{consumer}", Everywhere),
            new("the SQS ScaledObject is deleted", SqsSection, "kubectl delete scaledObject sqsconsumer-hpa -n keda-sqs-guidance",
                r => r.StartsWith($"ScaledObject {sqs}/", StringComparison.Ordinal) || r.StartsWith($"TriggerAuthentication {sqs}/", StringComparison.Ordinal), Everywhere),
            new($"the {repository} ECR repository is deleted", SqsSection, "aws ecr delete-repository --repository-name sqsconsumer --force",
                r => r == $"ecr repository {repository}", TargetCapabilities.Ecr),
            new($"the {consumerAccount} service account is deleted", SqsSection, "eksctl delete iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance",
                r => r == $"eksctl iamserviceaccount {sqs}/{consumerAccount}" || r == $"ServiceAccount {sqs}/{consumerAccount}" || r == $"iam role {consumerRole}" || IsAttachmentTo(r, consumerRole), TargetCapabilities.Eksctl),
            new($"the {consumerPolicy} policy is deleted", SqsSection, "aws iam delete-policy --policy-arn arn:aws:iam::${ACCOUNT_ID}:policy/sqsconsumer",
                r => IsPolicy(r, consumerPolicy), Everywhere),
            new($"the {sqsPolicy} policy is detached and deleted", SqsSection, "aws iam detach-role-policy … sqsgetattributes; aws iam delete-policy … sqsgetattributes",
                r => IsPolicy(r, sqsPolicy) || IsAttachmentOf(r, sqsPolicy), Everywhere),
            new($"the {sqs} namespace is deleted", SqsSection, "kubectl delete ns/keda-sqs-guidance",
                r => IsNamespaceOrInside(r, sqs), Everywhere),
            new("the queue is deleted", SqsSection, "aws sqs delete-queue --queue-url $QUEUE_URL",
                r => r.StartsWith("sqs queue ", StringComparison.Ordinal), Everywhere),

            new("the sample app is deleted", PrometheusSection, "kubectl delete -f scaledobject-samples/prometheus/sample-app/app.yaml",
                r => IsNamespaceOrInside(r, prometheus), Everywhere),
            new($"the {collectorAccount} service account is deleted", PrometheusSection, "eksctl delete iamserviceaccount --name adot-collector --namespace adot",
                r => r == $"eksctl iamserviceaccount {adot}/{collectorAccount}" || r == $"ServiceAccount {adot}/{collectorAccount}" || IsAttachmentTo(r, collectorAccount), TargetCapabilities.Eksctl),
            new("the ADOT collector is deleted", PrometheusSection, "kubectl delete -f scaledobject-samples/prometheus/adot/collector.yaml; kubectl delete -f …/adot/configmap.yaml",
                r => IsNamespaceOrInside(r, adot) || IsClusterScopedNamed(r, collector), Everywhere),
            new("the SigV4 proxy is deleted", PrometheusSection, "kubectl delete -f scaledobject-samples/prometheus/sigv4/keda-sigv4.yaml",
                r => r == $"Deployment {sigv4}/{sigv4Deployment}" || r == $"Service {sigv4}/{sigv4Service}", Everywhere),
            new($"the {queryPolicy} policy is detached and deleted", PrometheusSection, "aws iam detach-role-policy … queryamp; aws iam delete-policy … queryamp",
                r => IsPolicy(r, queryPolicy) || IsAttachmentOf(r, queryPolicy), Everywhere),
            new("the Prometheus requirements stack is deleted", PrometheusSection, "aws cloudformation delete-stack --stack-name keda-guidance",
                r => r == $"cloudformation stack {stack}" || r.StartsWith("ecr repository ", StringComparison.Ordinal), TargetCapabilities.RequirementsStack),

            new("KEDA is uninstalled", KedaSection, "helm uninstall keda --namespace ${KEDA_NAMESPACE}",
                r => r == $"helm release {keda}/{names.KedaRelease.Value}", Everywhere),
            new("the KEDA operator role is deleted", KedaSection, "aws iam delete-role --role-name ${KEDA_OPERATOR_ROLENAME}",
                r => r == $"iam role {operatorRole}" || IsAttachmentTo(r, operatorRole), Everywhere),
            new("the KEDA namespace is deleted", KedaSection, "kubectl delete namespace ${KEDA_NAMESPACE}",
                r => IsNamespaceOrInside(r, keda), Everywhere),
        ];
    }

    /// <summary>The step a feature's phrase names; a phrase that names something the guide no longer creates fails, listing the steps of this guide.</summary>
    public static CleanupStep ByPhrase(IReadOnlyList<CleanupStep> steps, string phrase) =>
        steps.FirstOrDefault(s => s.Phrase == phrase)
        ?? throw new ArgumentException($"No clean-up step \"{phrase}\" for this guide's names (read from its files); its steps: {string.Join("; ", steps.Select(s => s.Phrase))}.", nameof(phrase));

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
