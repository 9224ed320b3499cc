using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The local target's metric path (a declared deviation): the guide's ADOT collector ConfigMap, rendered with sed as
/// the guide does, with ONLY the SigV4 authenticator removed (the exporter's auth, the sigv4auth extension and its
/// entry in service.extensions) and the remote-write endpoint pointed at the in-cluster Prometheus. Receivers,
/// scrape configs, processors, the "adot" namespace prefix and the pipeline stay as written, so the guide's query
/// (sum(rate(adot_app_request_count_total[1m]))) runs unchanged against the in-cluster Prometheus.
/// </summary>
public static class AdotLocalConfig
{
    public const string ConfigMapName = "adot-collector";
    public const string ConfigKey = "adot-collector-config";
    public const string Authenticator = "sigv4auth";

    public static string Transform(string renderedConfigMapYaml, string remoteWriteEndpoint)
    {
        var overlay = ManifestOverlay.Parse("adot/configmap.yaml (rendered)", renderedConfigMapYaml);
        var configMap = overlay.Object("ConfigMap", ConfigMapName);
        var data = ManifestOverlay.Child(configMap, "data")
            ?? throw new ManifestOverlayException($"ConfigMap {ConfigMapName} has no data.");
        var text = ManifestOverlay.Scalar(data, ConfigKey)
            ?? throw new ManifestOverlayException($"ConfigMap {ConfigMapName} has no data.{ConfigKey}.");
        data.Children[new YamlScalarNode(ConfigKey)] = new YamlScalarNode(TransformCollectorConfig(text, remoteWriteEndpoint))
        {
            Style = YamlDotNet.Core.ScalarStyle.Literal,
        };
        return overlay.ToYaml();
    }

    /// <summary>The collector configuration itself (the ConfigMap's value): sigv4auth out, endpoint in.</summary>
    public static string TransformCollectorConfig(string collectorYaml, string remoteWriteEndpoint)
    {
        var stream = BoundedYaml.Load(collectorYaml);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var exporter = ManifestOverlay.Child(ManifestOverlay.Child(root, "exporters"), "prometheusremotewrite")
            ?? throw new ManifestOverlayException("The collector configuration has no exporters.prometheusremotewrite.");
        var auth = ManifestOverlay.Child(exporter, "auth");
        if (ManifestOverlay.Scalar(auth, "authenticator") != Authenticator)
            throw new ManifestOverlayException($"exporters.prometheusremotewrite.auth.authenticator is not {Authenticator}; the guide's configuration changed, review the deviation.");
        exporter.Children.Remove(new YamlScalarNode("auth"));
        exporter.Children[new YamlScalarNode("endpoint")] = new YamlScalarNode(remoteWriteEndpoint);

        var extensions = ManifestOverlay.Child(root, "extensions")
            ?? throw new ManifestOverlayException("The collector configuration has no extensions.");
        if (!extensions.Children.Remove(new YamlScalarNode(Authenticator)))
            throw new ManifestOverlayException($"The collector configuration has no extensions.{Authenticator}.");
        var service = ManifestOverlay.Child(root, "service")
            ?? throw new ManifestOverlayException("The collector configuration has no service.");
        if (service.Children.TryGetValue(new YamlScalarNode("extensions"), out var list) && list is YamlSequenceNode sequence)
        {
            var entry = sequence.Children.OfType<YamlScalarNode>().FirstOrDefault(s => s.Value == Authenticator)
                ?? throw new ManifestOverlayException($"service.extensions does not list {Authenticator}.");
            sequence.Children.Remove(entry);
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString().TrimEnd().TrimEnd('.').TrimEnd() + "\n";
    }
}
