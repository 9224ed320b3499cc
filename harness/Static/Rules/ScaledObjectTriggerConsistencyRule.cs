using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// A trigger's parameters agree with each other and with what the guide creates: the activation value is below the
/// target value (else KEDA leaves the workload at zero until the HPA would already want several replicas); the SQS
/// queue URL is in the trigger's awsRegion (KEDA calls that region's endpoint); a Prometheus serverAddress inside the
/// cluster names a Service of the guide, on a port the Service has, and signs in the region the SigV4 proxy uses.
/// </summary>
public sealed partial class ScaledObjectTriggerConsistencyRule : GuideRule
{
    public override string Id => "keda-trigger-consistency";
    public override string Family => RuleFamilies.Keda;
    public override string Checks => "a trigger's parameters agree: activation below target (warning), the SQS queue URL's region is awsRegion, an in-cluster serverAddress is a Service (and port) of the guide";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var (so, trigger, at) in KedaOperatorPolicyRule.Triggers(docs, "aws-sqs-queue")
                     .Concat(KedaOperatorPolicyRule.Triggers(docs, "prometheus")))
        {
            var metadata = trigger.Get("metadata");
            var (target, activation) = trigger.Str("type") == "prometheus" ? ("threshold", "activationThreshold") : ("queueLength", "activationQueueLength");
            if (Number(metadata.Str(activation)) is { } a && Number(metadata.Str(target) ?? (target == "queueLength" ? "5" : null)) is { } t && a >= t)
                yield return Warning(so.Document.Path, metadata.Get(activation), $"{at}.metadata.{activation}",
                    $"{so.Describe()}: {activation} {a} is not below {target} {t}: KEDA keeps the workload at zero until the metric exceeds {a}, when the HPA already wants {Math.Ceiling((a + 1) / t)} replicas.",
                    $"Make {activation} lower than {target} (the guide's \"0\" activates on the first message).");
            if (trigger.Str("type") == "aws-sqs-queue")
            {
                var url = metadata.Str("queueURL");
                var region = metadata.Str("awsRegion");
                if (url is not null && region is { Length: > 0 } && SqsHost().Match(url) is { Success: true } host && host.Groups["region"].Value != region)
                    yield return Error(so.Document.Path, metadata.Get("queueURL"), $"{at}.metadata.queueURL",
                        $"{so.Describe()}: the queue is in {host.Groups["region"].Value} ({url}), but awsRegion is {region}: KEDA asks {region}'s SQS for it and gets AWS.SimpleQueueService.NonExistentQueue.",
                        "Use the same region for the queue URL and awsRegion (both ${AWS_REGION}).");
            }
            else if (metadata.Str("serverAddress") is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri)
                     && ClusterHost().Match(uri.Host) is { Success: true } service)
            {
                foreach (var finding in CheckService(docs, so, at, metadata!, uri, service.Groups["name"].Value, service.Groups["ns"].Value))
                    yield return finding;
            }
        }
    }

    private IEnumerable<Finding> CheckService(GuideDocuments docs, KubeObject so, string at, YamlNode metadata, Uri uri, string name, string ns)
    {
        var node = metadata.Get("serverAddress");
        var target = docs.KubernetesObjects.FirstOrDefault(o => o.Is("", "Service") && o.Name == name && o.Namespace == ns);
        if (target is null)
        {
            var same = docs.KubernetesObjects.Where(o => o.Is("", "Service") && o.Name == name).ToList();
            yield return Error(so.Document.Path, node, $"{at}.metadata.serverAddress",
                $"{so.Describe()} queries {uri.Host}, but the guide creates no Service {ns}/{name}{(same.Count > 0 ? $" (it has {string.Join(", ", same.Select(s => s.Describe()))})" : "")}: every poll fails to resolve.",
                same.Count > 0 ? $"Point serverAddress at {same[0].Name}.{same[0].Namespace}.svc.cluster.local, where the guide's Service is." : "Point serverAddress at a Service the guide creates.");
            yield break;
        }
        var ports = target.Root.Seq("spec", "ports").Select(p => p.Str("port")).ToList();
        if (ports.Count > 0 && !ports.Contains(uri.Port.ToString(CultureInfo.InvariantCulture)))
            yield return Error(so.Document.Path, node, $"{at}.metadata.serverAddress",
                $"{so.Describe()} queries {target.Describe()} on port {uri.Port}, but the Service listens on {string.Join(", ", ports)}: the connection is refused.",
                $"Use port {ports[0]} in serverAddress (or leave it out when it is {(uri.Scheme == "https" ? 443 : 80)}).");
        var proxyRegion = docs.KubernetesObjects
            .Where(o => o.Kind == "Deployment" && o.Namespace == ns && Workloads.Selects(target.Root.Get("spec", "selector"), o.PodLabels))
            .SelectMany(o => Workloads.Containers(o)).Select(c => c.Seq("args").Select(a => a.Str()).ToList())
            .Select(args => args.IndexOf("--region") is var i and >= 0 && i + 1 < args.Count ? args[i + 1] : null).FirstOrDefault(r => r is not null);
        if (metadata.Str("awsRegion") is { Length: > 0 } region && proxyRegion is not null && proxyRegion != region)
            yield return Error(so.Document.Path, metadata.Get("awsRegion"), $"{at}.metadata.awsRegion",
                $"{so.Describe()} is set for region {region}, but the proxy behind {target.Describe()} signs for {proxyRegion}: the workspace of one region is queried with the other's signature and AMP answers 403.",
                "Use ${AWS_REGION} in both.");
    }

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^https?://sqs\.(?<region>[a-z0-9-]+)\.amazonaws\.com(\.cn)?/")]
    private static partial Regex SqsHost();

    [GeneratedRegex(@"^(?<name>[a-z0-9-]+)\.(?<ns>[a-z0-9-]+)\.svc(\.cluster\.local)?$")]
    private static partial Regex ClusterHost();
}
