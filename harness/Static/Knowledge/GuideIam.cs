namespace KedaGuidance.Harness.Static.Knowledge;

public static class GuideIam
{
    /// <summary>aws iam attach-role-policy --role-name ${KEDA_OPERATOR_ROLENAME} … sqsgetattributes / queryamp.</summary>
    public static IamAttachment KedaOperator { get; } = new("the KEDA operator role ($KEDA_OPERATOR_ROLENAME)",
        "aws iam attach-role-policy --role-name ${KEDA_OPERATOR_ROLENAME} --policy-arn …:policy/sqsgetattributes and …:policy/queryamp",
        [Guide.GuideLayout.SqsKedaPolicy, Guide.GuideLayout.PrometheusKedaPolicy]);

    /// <summary>eksctl create iamserviceaccount --name sqsconsumer … --attach-policy-arn …:policy/sqsconsumer.</summary>
    public static IamAttachment Consumer { get; } = new("the consumer's role (eksctl create iamserviceaccount sqsconsumer)",
        "eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance --attach-policy-arn …:policy/sqsconsumer",
        [Guide.GuideLayout.SqsConsumerPolicy]);

    /// <summary>arn:aws:sqs:region:account:name of a KEDA queueURL (https://sqs.region.amazonaws.com/account/name) or a bare name.</summary>
    public static string? SqsQueueArn(string? queue, string region, string account)
    {
        if (string.IsNullOrEmpty(queue))
            return null;
        if (Uri.TryCreate(queue, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            var segments = uri.AbsolutePath.Trim('/').Split('/');
            return segments.Length == 2 ? $"arn:aws:sqs:{region}:{segments[0]}:{segments[1]}" : null;
        }
        return $"arn:aws:sqs:{region}:{account}:{queue}";
    }
}
