namespace KedaGuidance.Harness.Guide;

/// <summary>
/// What only the implementation guide's text (the web page, not the repository) defines, quoted from it: the exports of
/// its steps and the names its commands give. Kept in one place so every other name comes from the repository's files
/// (<see cref="GuideModel"/>); the guide-coverage feature ties these steps to the text.
/// </summary>
public static class ImplementationGuideText
{
    public const string ClusterStep = "\"Create an Amazon EKS cluster\"";
    public const string QueueStep = "\"Create an SQS Queue to be consumed by your application\"";
    public const string KedaStep = "\"Install the KEDA operator using Helm chart\"";
    public const string ConsumerStep = "\"Deploy the consumer application to the Amazon EKS cluster\"";
    public const string ConsumerImageStep = "\"Build and upload the consumer application to the Amazon ECR registry\"";
    public const string SqsPolicyStep = "\"Create an IAM policy to get metrics about the queue\"";
    public const string PrometheusPolicyStep = "\"Create Amazon Managed Service for Prometheus\" (queryamp)";
    public const string PrometheusScaledObjectStep = "\"Set up a Scaled Object for Query Prometheus metrics\"";
    public const string AdotStep = "\"Scraping metrics using AWS Distro for Open Telemetry\"";

    /// <summary>The exports of the guide's steps that no repository script makes, verbatim, with their step.</summary>
    public static IReadOnlyList<(string Step, string Command)> Exports { get; } =
    [
        (ClusterStep, "echo \"export OIDC_ID=$(aws eks describe-cluster --name $CLUSTER_NAME --query 'cluster.identity.oidc.issuer' --output text | cut -d '/' -f 5)\" >> /home/ec2-user/.bashrc && source /home/ec2-user/.bashrc"),
        (QueueStep, "export QUEUE_NAME=app-queue"),
        (QueueStep, "export QUEUE_URL=$(aws sqs create-queue --queue-name=app-queue --region=${AWS_REGION} --output=text --query=QueueUrl)"),
    ];

    /// <summary>The guide's image builds, verbatim: <c>docker build -t TAG CONTEXT</c> and the <c>docker tag</c> that names what is pushed.</summary>
    public static IReadOnlyList<(string Step, string Command)> ImageBuilds { get; } =
    [
        (ConsumerImageStep, "docker build -t sqsconsumer scaledobject-samples/amazonsqs/sample-app/"),
        (ConsumerImageStep, "docker tag sqsconsumer:latest ${ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com/sqsconsumer"),
        ("\"Deploy sample application\"", "docker build -t $SAMPLE_APP_ECR scaledobject-samples/prometheus/sample-app/"),
    ];

    /// <summary>The IAM service accounts eksctl creates, verbatim: the pods that run as them get the role.</summary>
    public static IReadOnlyList<(string Step, string Command)> ServiceAccounts { get; } =
    [
        (ConsumerStep, "eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance --cluster ${CLUSTER_NAME} --attach-policy-arn \"arn:aws:iam::${ACCOUNT_ID}:policy/sqsconsumer\" --role-name sqsconsumerrole --approve"),
        (AdotStep, "eksctl create iamserviceaccount --name adot-collector --namespace adot --cluster $CLUSTER_NAME --attach-policy-arn arn:aws:iam::aws:policy/AmazonPrometheusRemoteWriteAccess --approve"),
    ];

    /// <summary>The namespaces the guide creates with kubectl before applying into them, verbatim.</summary>
    public static IReadOnlyList<(string Step, string Command)> Namespaces { get; } =
    [
        ("\"Install KEDA\"", "kubectl create namespace $KEDA_NAMESPACE"),
        (ConsumerStep, "kubectl create namespace keda-sqs-guidance"),
    ];

    // Names the guide's commands give and no repository file holds (the step each comes from).
    public static GuideName KedaRelease { get; } = new("keda", $"implementation guide {KedaStep}: helm install keda kedacore/keda");
    public static GuideName ConsumerRole { get; } = new("sqsconsumerrole", $"implementation guide {ConsumerStep}: eksctl create iamserviceaccount … --role-name sqsconsumerrole");
    public static GuideName ConsumerPolicy { get; } = new("sqsconsumer", $"implementation guide {ConsumerStep}: aws iam create-policy --policy-name sqsconsumer");
    public static GuideName KedaSqsPolicy { get; } = new("sqsgetattributes", $"implementation guide {SqsPolicyStep}: aws iam create-policy --policy-name sqsgetattributes");
    public static GuideName KedaPrometheusPolicy { get; } = new("queryamp", $"implementation guide {PrometheusPolicyStep}: aws iam create-policy --policy-name queryamp");
    public static GuideName ConsumerRepository { get; } = new("sqsconsumer", $"implementation guide {ConsumerImageStep}: aws ecr create-repository --repository-name sqsconsumer");
    public static GuideName PrometheusScaledObject { get; } = new("app-http-requests-minute", $"implementation guide {PrometheusScaledObjectStep}: cat << EOF > scaledobject.yaml");
}
