using System.Globalization;
using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// Reads a <see cref="ScalingSpec"/> from a ScaledObject manifest (YAML or JSON; a multi-document file is searched
/// for the first <c>kind: ScaledObject</c>). Defaults are KEDA's (ScaledObject spec reference): pollingInterval 30,
/// cooldownPeriod 300, minReplicaCount 0, maxReplicaCount 100; aws-sqs-queue queueLength 5, activationQueueLength 0,
/// scaleOnInFlight true; prometheus threshold required, activationThreshold 0. Trigger metadata values are strings in
/// KEDA's API (queueLength: "5", threshold: '10'), so numbers are accepted quoted or not, as KEDA parses them.
/// </summary>
public static class ScalingSpecReader
{
    public static ScalingSpec Parse(string manifest)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(manifest);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ScalingSpecException($"The ScaledObject is not valid YAML/JSON ({e.Start}): {e.Message}");
        }

        var scaledObject = stream.Documents
            .Select(d => d.RootNode as YamlMappingNode)
            .FirstOrDefault(root => root is not null && Text(root, "kind") == "ScaledObject")
            ?? throw new ScalingSpecException("No document with kind: ScaledObject was found; pass the rendered ScaledObject manifest.");

        var name = Mapping(scaledObject, "metadata") is { } metadata ? Text(metadata, "name") ?? "(unnamed)" : "(unnamed)";
        var spec = Mapping(scaledObject, "spec")
            ?? throw new ScalingSpecException($"ScaledObject {name} has no spec.");
        var triggers = spec.Children.TryGetValue(new YamlScalarNode("triggers"), out var t) && t is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().ToList()
            : [];
        if (triggers.Count != 1)
            throw new ScalingSpecException($"ScaledObject {name}: spec.triggers has {triggers.Count} entries; the oracle models one trigger (the guide's ScaledObjects have one).");

        var trigger = triggers[0];
        var type = Text(trigger, "type");
        var meta = Mapping(trigger, "metadata")
            ?? throw new ScalingSpecException($"ScaledObject {name}: spec.triggers[0] has no metadata.");
        var min = Integer(spec, "minReplicaCount", 0, $"{name}: spec.minReplicaCount");
        var max = Integer(spec, "maxReplicaCount", 100, $"{name}: spec.maxReplicaCount");
        if (min < 0 || max < 1 || min > max)
            throw new ScalingSpecException($"ScaledObject {name}: minReplicaCount {min} and maxReplicaCount {max} must satisfy 0 ≤ min ≤ max, max ≥ 1.");

        var common = new
        {
            Polling = TimeSpan.FromSeconds(Integer(spec, "pollingInterval", 30, $"{name}: spec.pollingInterval")),
            Cooldown = TimeSpan.FromSeconds(Integer(spec, "cooldownPeriod", 300, $"{name}: spec.cooldownPeriod")),
        };
        var behavior = Behavior(spec, name);

        return type switch
        {
            "aws-sqs-queue" => new ScalingSpec
            {
                Name = name, MinReplicas = min, MaxReplicas = max, PollingInterval = common.Polling,
                CooldownPeriod = common.Cooldown, Behavior = behavior, Trigger = TriggerKind.AwsSqsQueue,
                TargetPerReplica = Number(meta, "queueLength", 5, $"{name}: queueLength", positive: true),
                ActivationThreshold = Number(meta, "activationQueueLength", 0, $"{name}: activationQueueLength", positive: false),
                ScaleOnInFlight = Boolean(meta, "scaleOnInFlight", true, $"{name}: scaleOnInFlight"),
            },
            "prometheus" => new ScalingSpec
            {
                Name = name, MinReplicas = min, MaxReplicas = max, PollingInterval = common.Polling,
                CooldownPeriod = common.Cooldown, Behavior = behavior, Trigger = TriggerKind.Prometheus,
                TargetPerReplica = Number(meta, "threshold", null, $"{name}: threshold", positive: true),
                ActivationThreshold = Number(meta, "activationThreshold", 0, $"{name}: activationThreshold", positive: false),
                Query = Text(meta, "query") is { Length: > 0 } query ? query
                    : throw new ScalingSpecException($"ScaledObject {name}: the prometheus trigger has no query; KEDA requires one."),
            },
            _ => throw new ScalingSpecException($"ScaledObject {name}: trigger type '{type}' is not modelled; the oracle knows aws-sqs-queue and prometheus (the guide's two triggers)."),
        };
    }

    private static HpaBehavior Behavior(YamlMappingNode spec, string name)
    {
        var behavior = Mapping(Mapping(Mapping(spec, "advanced"), "horizontalPodAutoscalerConfig"), "behavior");
        var defaults = HpaBehavior.KubernetesDefault;
        if (behavior is null)
            return defaults;
        var up = Mapping(behavior, "scaleUp");
        var down = Mapping(behavior, "scaleDown");
        return new HpaBehavior(
            up is null ? defaults.ScaleUpStabilization
                : TimeSpan.FromSeconds(Integer(up, "stabilizationWindowSeconds", (int)defaults.ScaleUpStabilization.TotalSeconds, $"{name}: behavior.scaleUp.stabilizationWindowSeconds")),
            down is null ? defaults.ScaleDownStabilization
                : TimeSpan.FromSeconds(Integer(down, "stabilizationWindowSeconds", (int)defaults.ScaleDownStabilization.TotalSeconds, $"{name}: behavior.scaleDown.stabilizationWindowSeconds")));
    }

    private static YamlMappingNode? Mapping(YamlMappingNode? parent, string key) =>
        parent is not null && parent.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;

    private static string? Text(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static int Integer(YamlMappingNode parent, string key, int fallback, string what)
    {
        var text = Text(parent, key);
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ScalingSpecException($"ScaledObject {what} is '{text}'; expected a whole number ≥ 0.");
    }

    private static double Number(YamlMappingNode parent, string key, double? fallback, string what, bool positive)
    {
        var text = Text(parent, key);
        if (string.IsNullOrWhiteSpace(text))
            return fallback ?? throw new ScalingSpecException($"ScaledObject {what} is missing; KEDA requires it for this trigger.");
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
            throw new ScalingSpecException($"ScaledObject {what} is '{text}'; expected a number (quoted or not, e.g. \"5\").");
        if (positive ? value <= 0 : value < 0)
            throw new ScalingSpecException($"ScaledObject {what} is {text}; expected a number {(positive ? "> 0" : "≥ 0")}.");
        return value;
    }

    private static bool Boolean(YamlMappingNode parent, string key, bool fallback, string what)
    {
        var text = Text(parent, key);
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return bool.TryParse(text.Trim(), out var value)
            ? value
            : throw new ScalingSpecException($"ScaledObject {what} is '{text}'; expected \"true\" or \"false\".");
    }
}
