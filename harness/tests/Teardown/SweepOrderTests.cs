using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class SweepOrderTests
{
    private static SweepCandidate C(string place, string kind, string name) => new(place, kind, name, "kg-old", null);

    [Fact]
    public void Keda_objects_go_first_then_its_cluster_scoped_objects_api_service_first_then_namespaces_then_rbac_and_aws()
    {
        var sorted = SweepOrder.Sort(
        [
            C("cluster", "ClusterRole", "keda-operator"),
            C("cluster", "CustomResourceDefinition", "scaledobjects.keda.sh"),
            C("iam", SweepOrder.IamPolicy, "arn:aws:iam::1:policy/sqsgetattributes"),
            C("cluster", SweepOrder.Namespace, "keda"),
            C("cluster", "ValidatingWebhookConfiguration", "keda-admission"),
            C("iam", SweepOrder.IamRole, "keda-operator-role"),
            C("cluster", "APIService", "v1beta1.external.metrics.k8s.io"),
            C("cloudformation", SweepOrder.CloudFormationStack, "eksctl-c-addon-iamserviceaccount-keda-sqs-guidance-sqsconsumer"),
            C("cluster", "ScaledObject", "keda-sqs-guidance/sqsconsumer-hpa"),
            C("ecr", SweepOrder.EcrRepository, "sqsconsumer"),
            C("cluster", "ClusterRoleBinding", "keda-operator"),
            C("sqs", SweepOrder.SqsQueue, "https://sqs/1/app-queue"),
        ]);

        sorted.Select(c => c.Kind).Should().Equal(
            "ScaledObject", "APIService", "ValidatingWebhookConfiguration", "CustomResourceDefinition", SweepOrder.Namespace,
            "ClusterRole", "ClusterRoleBinding",
            SweepOrder.CloudFormationStack, SweepOrder.EcrRepository, SweepOrder.SqsQueue, SweepOrder.IamRole, SweepOrder.IamPolicy);
    }
}
