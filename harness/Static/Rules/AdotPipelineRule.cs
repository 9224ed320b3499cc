using System.Text.RegularExpressions;
using KedaGuidance.Harness.Guide;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The ADOT collector is wired end to end: every component a pipeline lists is configured; the metrics pipeline ends in
/// the prometheusremotewrite exporter; that exporter's auth extension is configured and enabled under
/// service.extensions; its endpoint is an AMP remote-write URL in the region the SigV4 extension signs for; and the
/// collector's DaemonSet mounts this configuration where its <c>--config</c> flag reads it. A break anywhere here means
/// the sample app's metric never reaches the workspace and the Prometheus ScaledObject reads nothing.
/// </summary>
public sealed partial class AdotPipelineRule : GuideRule
{
    private static readonly string[] Sections = ["receivers", "processors", "exporters"];

    public override string Id => "adot-pipeline";
    public override string Family => RuleFamilies.Collector;
    public override string Checks => "the ADOT collector's pipelines use configured components and end in prometheusremotewrite, whose auth extension is configured and enabled and whose endpoint is AMP in the signing region; the DaemonSet mounts the config its --config reads";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        const string file = GuideLayout.AdotConfigMap;
        var configMap = docs.KubernetesObjects.FirstOrDefault(o => o.Document.Path == file && o.Kind == "ConfigMap");
        if (configMap is null)
            yield break; // Missing or unparseable: the syntax rules say so.
        var entry = configMap.Root.Get("data").Pairs().FirstOrDefault(p => p.Value.Str()?.Contains("receivers:", StringComparison.Ordinal) == true);
        if (entry.Key is null)
        {
            yield return Error(file, configMap.Root.Get("data") ?? configMap.Root, "data", $"{configMap.Describe()} holds no collector configuration (no key with receivers:).",
                "Put the collector configuration under data.adot-collector-config.");
            yield break;
        }
        // The value is a block scalar: its lines start one line below the key, indented; map config lines back to the file.
        var offset = (int)entry.Value.Start.Line;
        var parsed = DocumentParser.ParseYaml(entry.Value.Str()!).FirstOrDefault();
        if (parsed?.Root is not YamlMappingNode config)
        {
            yield return Error(file, entry.Value, $"data.{entry.Key}",
                $"The collector configuration in {configMap.Describe()} does not parse as YAML{(parsed?.Problem is { } p ? $" (line {p.Line + offset} of the file: {p.Message})" : "")}: the collector exits at start.",
                "Fix the YAML of the embedded configuration.");
            yield break;
        }
        FindingLocation At(YamlNode? node, string path) => node is null ? FindingLocation.None : new((int)node.Start.Line + offset, null, $"data.{entry.Key}: {path}");

        var pipelines = config.Get("service", "pipelines").Pairs().ToList();
        if (pipelines.Count == 0)
            yield return Error(file, At(config.Get("service") ?? config, "service.pipelines"), "The collector has no service.pipelines: it starts and does nothing.",
                "Add a metrics pipeline: receivers [prometheus], exporters [prometheusremotewrite].");
        foreach (var (name, _, pipeline) in pipelines)
            foreach (var section in Sections)
                foreach (var component in pipeline.Seq(section).OfType<YamlScalarNode>().Where(c => config.Get(section, c.Value ?? "") is null))
                    yield return Error(file, At(component, $"service.pipelines.{name}.{section}"),
                        $"Pipeline {name} uses {section[..^1]} {component.Value}, which the configuration does not define under {section} (it defines {string.Join(", ", config.Get(section).Pairs().Select(p => p.Key).DefaultIfEmpty("none"))}): the collector refuses to start.",
                        $"Define {component.Value} under {section}, or use one that is defined.");
        var enabled = config.Seq("service", "extensions").Select(e => e.Str()).ToHashSet(StringComparer.Ordinal);
        foreach (var extension in config.Seq("service", "extensions").OfType<YamlScalarNode>().Where(e => config.Get("extensions", e.Value ?? "") is null))
            yield return Error(file, At(extension, "service.extensions"), $"service.extensions enables {extension.Value}, which is not defined under extensions: the collector refuses to start.",
                $"Define {extension.Value} under extensions.");

        var metrics = pipelines.Where(p => p.Key == "metrics" || p.Key.StartsWith("metrics/", StringComparison.Ordinal)).ToList();
        var remoteWrite = metrics.SelectMany(p => p.Value.Seq("exporters")).Select(e => e.Str()).FirstOrDefault(e => e == "prometheusremotewrite" || e?.StartsWith("prometheusremotewrite/", StringComparison.Ordinal) == true);
        if (metrics.Count > 0 && remoteWrite is null)
        {
            yield return Error(file, At(metrics[0].Value, $"service.pipelines.{metrics[0].Key}.exporters"),
                "No metrics pipeline exports to prometheusremotewrite: the sample app's metric is scraped and never reaches Amazon Managed Service for Prometheus, so the ScaledObject's query returns nothing.",
                "Add prometheusremotewrite to the metrics pipeline's exporters.");
            yield break;
        }
        if (remoteWrite is null)
            yield break;
        var exporter = config.Get("exporters", remoteWrite);
        var authenticator = exporter.Get("auth", "authenticator");
        var auth = authenticator.Str() is { Length: > 0 } a ? a : null;
        if (auth is null)
            yield return Error(file, At(exporter, $"exporters.{remoteWrite}"),
                $"Exporter {remoteWrite} has no auth.authenticator: its writes are unsigned and AMP answers 403.",
                "Set auth.authenticator: sigv4auth and configure sigv4auth under extensions (and in service.extensions).");
        else if (config.Get("extensions", auth) is null)
            yield return Error(file, At(authenticator, $"exporters.{remoteWrite}.auth.authenticator"),
                $"Exporter {remoteWrite} authenticates with {auth}, which is not defined under extensions: the collector refuses to start.",
                $"Define {auth} under extensions (sigv4auth: region: {{AWS_REGION}}).");
        else if (!enabled.Contains(auth))
            yield return Error(file, At(authenticator, $"exporters.{remoteWrite}.auth.authenticator"),
                $"Exporter {remoteWrite} authenticates with {auth}, which service.extensions does not enable: the collector refuses to start (\"extension … not enabled\").",
                $"Add {auth} to service.extensions.");

        var endpoint = exporter.Get("endpoint");
        if (endpoint.Str() is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            yield return Error(file, At(endpoint ?? exporter, $"exporters.{remoteWrite}.endpoint"),
                $"Exporter {remoteWrite}'s endpoint is '{endpoint.Str()}', not an http(s) URL: the collector refuses to start.",
                "Set endpoint: {PROMETHEUS_ENDPOINT} (the guide's sed writes the workspace's remote-write URL there).");
        else if (AmpHost().Match(uri.Host) is { Success: true } amp && auth is not null
                 && config.Str("extensions", auth, "region") is { Length: > 0 } signing && signing != amp.Groups["region"].Value)
            yield return Error(file, At(config.Get("extensions", auth, "region"), $"extensions.{auth}.region"),
                $"The collector writes to AMP in {amp.Groups["region"].Value} but {auth} signs for {signing}: AMP rejects every write (signature region mismatch).",
                "Sign for the workspace's region ({AWS_REGION} in both places).");

        foreach (var finding in CheckMount(docs, configMap, entry.Key))
            yield return finding;
    }

    // The collector's --config path is a file of a volume that is this ConfigMap, with this key at that file name.
    private IEnumerable<Finding> CheckMount(GuideDocuments docs, KubeObject configMap, string key)
    {
        foreach (var collector in Workloads.Of(docs).Where(w => w.Namespace == configMap.Namespace && w.Document.Path == GuideLayout.AdotCollector))
        {
            var containers = collector.PodSpec.Seq("containers");
            for (var i = 0; i < containers.Count; i++)
            {
                var flags = containers[i].Seq("command").Concat(containers[i].Seq("args")).Select(a => a.Str() ?? "").ToList();
                var config = flags.Select(f => ConfigFlag().Match(f)).FirstOrDefault(m => m.Success)?.Groups["path"].Value;
                if (config is null)
                    continue;
                var mount = containers[i].Seq("volumeMounts").FirstOrDefault(m => config.StartsWith((m.Str("mountPath") ?? "\0").TrimEnd('/') + "/", StringComparison.Ordinal));
                var fileName = mount is null ? null : config[((mount.Str("mountPath") ?? "").TrimEnd('/').Length + 1)..];
                var volume = mount is null ? null : collector.PodSpec.Seq("volumes").FirstOrDefault(v => v.Str("name") == mount.Str("name"));
                var items = volume.Seq("configMap", "items");
                var provides = volume?.Str("configMap", "name") == configMap.Name
                               && (items.Count == 0 ? fileName == key : items.Any(item => item.Str("key") == key && item.Str("path") == fileName));
                if (!provides)
                    yield return Error(collector.Document.Path, containers[i].Get("volumeMounts") ?? containers[i], $"spec.template.spec.containers[{i}].volumeMounts",
                        $"{collector.Describe()} reads its configuration from {config}, but no volume mounted there holds key {key} of ConfigMap {configMap.Namespace}/{configMap.Name}: the collector cannot start.",
                        $"Mount ConfigMap {configMap.Name} (items: key {key}, path {Path.GetFileName(config)}) at {Path.GetDirectoryName(config)}.");
            }
        }
    }

    [GeneratedRegex(@"^aps-workspaces\.(?<region>[a-z0-9-]+)\.amazonaws\.com$")]
    private static partial Regex AmpHost();

    [GeneratedRegex(@"^--config[= ](?<path>/\S+)$")]
    private static partial Regex ConfigFlag();
}
