using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>The ScaledObject's counts and periods are YAML integers (the CRD's type) and minReplicaCount ≤ maxReplicaCount.</summary>
public sealed class ScaledObjectReplicasRule : GuideRule
{
    private static readonly string[] IntegerFields = ["pollingInterval", "cooldownPeriod", "initialCooldownPeriod", "minReplicaCount", "maxReplicaCount", "idleReplicaCount"];

    public override string Id => "keda-replicas";
    public override string Family => RuleFamilies.Keda;
    public override string Checks => "pollingInterval, cooldownPeriod, min/max/idleReplicaCount are non-negative integers; minReplicaCount ≤ maxReplicaCount; idleReplicaCount < minReplicaCount";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var so in docs.ScaledObjects)
        {
            var spec = so.Root.Get("spec");
            var values = new Dictionary<string, (long Value, YamlNode Node)>();
            foreach (var field in IntegerFields)
            {
                var node = spec.Get(field);
                if (node is null)
                    continue;
                var type = YamlScalars.ResolvedType(node);
                if (type != "integer" || !long.TryParse(node.Str(), out var value) || value < 0)
                {
                    yield return Error(so.Document.Path, node, $"spec.{field}",
                        $"{so.Describe()}: {field} is {(type == "integer" ? "negative" : $"a YAML {type} ('{node.Str()}')")}; the ScaledObject CRD wants a non-negative integer and the API server rejects it.",
                        $"Write {field} as a plain number without quotes, e.g. {field}: 10.");
                    continue;
                }
                values[field] = (value, node);
            }
            var min = values.TryGetValue("minReplicaCount", out var m) ? m.Value : 0;
            var max = values.TryGetValue("maxReplicaCount", out var x) ? x.Value : 100;
            if (min > max)
                yield return Error(so.Document.Path, values.TryGetValue("minReplicaCount", out var minNode) ? minNode.Node : spec, "spec.minReplicaCount",
                    $"{so.Describe()}: minReplicaCount {min} is greater than maxReplicaCount {max}{(values.ContainsKey("maxReplicaCount") ? "" : " (the default)")}; KEDA refuses the ScaledObject (\"MinReplicaCount=… must be less than MaxReplicaCount\").",
                    "Make minReplicaCount ≤ maxReplicaCount.");
            if (values.TryGetValue("idleReplicaCount", out var idle) && idle.Value >= min)
                yield return Error(so.Document.Path, idle.Node, "spec.idleReplicaCount",
                    $"{so.Describe()}: idleReplicaCount {idle.Value} must be less than minReplicaCount {min}; KEDA refuses it.",
                    "Lower idleReplicaCount or remove it.");
        }
    }
}
