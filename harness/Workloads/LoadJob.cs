using System.Globalization;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The guide's load (<c>for i in `seq 99999`; do curl http://$SAMPLEAPP_INGRESS_URL; done</c>), bounded: a Job in the
/// cluster whose pods each send at most <see cref="RequestsPerPod"/> requests to the Service, paced at most
/// <see cref="RatePerPod"/> per second, and are killed by activeDeadlineSeconds after <see cref="Duration"/> whatever
/// happens. The load reaches the Service by its cluster DNS name instead of the load balancer's hostname (a declared
/// deviation: the test must not depend on a public NLB).
/// </summary>
public sealed record LoadJob(string Namespace, string Name, string ServiceUrl, int Pods, double RatePerPod, TimeSpan Duration, string Image = LoadJob.CurlImage)
{
    public const string CurlImage = "curlimages/curl:8.10.1";

    public int RequestsPerPod => (int)Math.Ceiling(RatePerPod * Duration.TotalSeconds);

    public int MaxRequests => RequestsPerPod * Pods;

    /// <summary>The total request rate while every pod runs, in requests per second (what rate(…[1m]) tends to).</summary>
    public double TotalRate => RatePerPod * Pods;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Pods} pods × ≤ {RatePerPod:0.##} req/s for ≤ {Duration.TotalSeconds:0} s (≤ {MaxRequests} requests, ≤ {TotalRate:0.##} req/s) to {ServiceUrl}");

    public string Manifest()
    {
        var pause = (1.0 / RatePerPod).ToString("0.###", CultureInfo.InvariantCulture);
        var script = $"i=0; while [ $i -lt {RequestsPerPod} ]; do curl -s -o /dev/null --max-time 2 {ServiceUrl}; i=$((i+1)); sleep {pause}; done";
        return $"""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: {Name}
              namespace: {Namespace}
            spec:
              parallelism: {Pods}
              completions: {Pods}
              backoffLimit: 0
              activeDeadlineSeconds: {(int)Math.Ceiling(Duration.TotalSeconds)}
              ttlSecondsAfterFinished: 600
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: load
                    image: {Image}
                    imagePullPolicy: IfNotPresent
                    command: ["/bin/sh", "-c"]
                    args: ["{script}"]
            """;
    }
}
