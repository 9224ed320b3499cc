namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The local target's stand-in for Amazon Managed Service for Prometheus (a declared deviation): one pinned
/// prom/prometheus Deployment with its remote-write receiver on, fed by the guide's ADOT collector (see
/// <see cref="AdotLocalConfig"/>), queried by KEDA without SigV4. The image is pinned so that query semantics
/// (rate over [1m]) are fixed for the run.
/// </summary>
public static class PrometheusLocalStack
{
    public const string Namespace = "kedaguidance-prometheus";
    public const string Name = "prometheus";
    public const string Image = "prom/prometheus:v2.53.2";
    public const int Port = 9090;

    public static string ServerAddress => $"http://{Name}.{Namespace}.svc.cluster.local:{Port}";

    /// <summary>Prometheus' remote-write receiver path (enabled by --web.enable-remote-write-receiver).</summary>
    public static string RemoteWriteEndpoint => ServerAddress + "/api/v1/write";

    public static string Manifest(string runId) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {Namespace}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {Name}
          namespace: {Namespace}
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: {Name}
          template:
            metadata:
              labels:
                app: {Name}
                {Kubernetes.RunLabel.Key}: "{runId}"
            spec:
              containers:
              - name: prometheus
                image: {Image}
                imagePullPolicy: IfNotPresent
                args:
                - --config.file=/etc/prometheus/prometheus.yml
                - --storage.tsdb.path=/prometheus
                - --web.enable-remote-write-receiver
                ports:
                - containerPort: {Port}
                readinessProbe:
                  httpGet:
                    path: /-/ready
                    port: {Port}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: {Name}
          namespace: {Namespace}
        spec:
          selector:
            app: {Name}
          ports:
          - port: {Port}
            targetPort: {Port}
        """;
}
