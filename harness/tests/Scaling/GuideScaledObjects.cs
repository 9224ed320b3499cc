namespace KedaGuidance.Harness.Tests.Scaling;

/// <summary>The guide's two ScaledObjects as the implementation guide has them (SQS: the repository's file, rendered; prometheus: the guide's heredoc).</summary>
internal static class GuideScaledObjects
{
    public const string Sqs = """
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: sqsconsumer-hpa
          namespace: keda-sqs-guidance
        spec:
          scaleTargetRef:
            name: sqs-consumer-backend
          minReplicaCount: 0
          maxReplicaCount: 100
          pollingInterval: 10
          cooldownPeriod:  10
          triggers:
          - type: aws-sqs-queue
            metadata:
              queueURL: https://sqs.us-west-2.amazonaws.com/123456789012/app-queue
              activationQueueLength: "0"
              queueLength: "5"
              awsRegion: us-west-2
              identityOwner: operator
        """;

    public const string Prometheus = """
        ---
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: app-http-requests-minute
          namespace: keda-prometheus-guidance
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: sample-app
          pollingInterval: 10
          cooldownPeriod: 10
          minReplicaCount: 1 # Optional. Default: 0
          maxReplicaCount: 20 # Optional. Default: 100
          triggers:
          - type: prometheus
            metadata:
              serverAddress: http://keda-sigv4.keda.svc.cluster.local/workspaces/ws-1
              metricName: http_requests_minute
              awsRegion: "us-west-2"
              identityOwner: operator
              threshold: '10'
              # Note: query must return a vector/scalar single element response
              query: sum(rate(adot_app_request_count_total[1m]))
        ---
        """;
}
