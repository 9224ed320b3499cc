using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The SQS consumer (the Deployment the SQS ScaledObject scales) reads the queue KEDA watches, runs as the service
/// account eksctl binds to its role, and that role's policy grants what sqs-consumer.py calls on that queue
/// (receive_message, delete_message).
/// </summary>
public sealed class ConsumerPolicyRule : GuideRule
{
    // sqs-consumer.py: QueueUrl=os.getenv("RELIABLE_QUEUE_NAME"), boto3 client region AWS_REGION; receive then delete.
    private const string QueueVariable = "RELIABLE_QUEUE_NAME";
    private static readonly string[] Calls = ["sqs:ReceiveMessage", "sqs:DeleteMessage"];

    // The service account the guide's eksctl create iamserviceaccount binds the consumer's role to (implementation guide text).
    private static readonly string ServiceAccount = Knowledge.GuideCommandLine.Parse(Guide.ImplementationGuideText.ServiceAccounts[0].Command).Flag("--name")!;

    public override string Id => "iam-consumer";
    public override string Family => RuleFamilies.Iam;
    public override string Checks => "the consumer reads the watched queue, runs as the service account eksctl binds its role to, and its policy grants sqs:ReceiveMessage and sqs:DeleteMessage on that queue";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var policy = GuideIamContext.Policy(docs, GuideLayout.SqsConsumerPolicy);
        foreach (var (so, trigger, _) in KedaOperatorPolicyRule.Triggers(docs, "aws-sqs-queue"))
        {
            var targetName = so.Root.Str("spec", "scaleTargetRef", "name");
            var consumer = docs.KubernetesObjects.FirstOrDefault(o => o.Kind == "Deployment" && o.Name == targetName && o.Namespace == so.Namespace);
            if (consumer is null)
                continue; // keda-scale-target reports it.
            var container = Workloads.Containers(consumer).FirstOrDefault(c => c.Seq("env").Any(e => e.Str("name") == QueueVariable));
            var env = container.Seq("env");
            var queueNode = env.FirstOrDefault(e => e.Str("name") == QueueVariable)?.Get("value");
            var region = env.FirstOrDefault(e => e.Str("name") == "AWS_REGION")?.Str("value") ?? GuideIamContext.Region(docs);
            var account = GuideIamContext.Account(docs);
            var consumed = GuideIam.SqsQueueArn(queueNode.Str(), region, account);
            var watched = GuideIam.SqsQueueArn(trigger.Str("metadata", "queueURL"), trigger.Str("metadata", "awsRegion") ?? region, account);
            if (consumed is null)
            {
                yield return Error(consumer.Document.Path, container ?? consumer.Root, "spec.template.spec.containers[*].env",
                    $"{consumer.Describe()} does not set {QueueVariable}, the queue sqs-consumer.py reads: the consumer would call ReceiveMessage with no queue.",
                    $"Set env {QueueVariable} to the queue name (${{QUEUE_NAME}}).");
                continue;
            }
            if (watched is not null && consumed != watched)
                yield return Error(consumer.Document.Path, queueNode, $"env {QueueVariable}",
                    $"{consumer.Describe()} consumes {consumed}, but {so.Describe()} scales it on {watched}: it would scale on a queue nobody drains.",
                    "Make the consumer's queue and the ScaledObject's queueURL the same queue.");
            var serviceAccount = consumer.PodSpec.Get("serviceAccountName");
            if (serviceAccount.Str() != ServiceAccount)
                yield return Error(consumer.Document.Path, serviceAccount ?? consumer.PodSpec, "spec.template.spec.serviceAccountName",
                    $"{consumer.Describe()} runs as service account '{serviceAccount.Str() ?? "default"}', but the guide binds the consumer's IAM role to '{ServiceAccount}' ({GuideIam.Consumer.HowAttached}): the pod gets no AWS credentials.",
                    $"Set serviceAccountName: {ServiceAccount}.");
            foreach (var action in Calls.Where(a => policy is null || !policy.Allows(a, consumed)))
            {
                var statement = policy?.Statements.FirstOrDefault();
                yield return Error(GuideLayout.SqsConsumerPolicy, FindingLocation.At((YamlDotNet.RepresentationModel.YamlNode?)statement?.Actions.FirstOrDefault() ?? statement?.Node, statement is null ? null : $"Statement[{statement.Index}].Action"),
                    $"{GuideIam.Consumer.Identity} is not allowed {action} on {consumed}, the queue {consumer.Describe()} consumes (sqs-consumer.py calls it for every message){(policy is null ? "; the policy file is missing or does not parse" : "")}.",
                    $"Grant \"{action}\" on \"{consumed}\" in {GuideLayout.SqsConsumerPolicy}.");
            }
        }
    }
}
