namespace KedaGuidance.Harness.Static.Rules;

/// <summary>A Deployment's (or DaemonSet's) selector matches its own pod template's labels; the API server rejects it otherwise.</summary>
public sealed class DeploymentSelectorRule : GuideRule
{
    public override string Id => "workload-selector";
    public override string Family => RuleFamilies.Workloads;
    public override string Checks => "each Deployment/DaemonSet/StatefulSet selector (matchLabels) matches its pod template's labels";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var obj in Workloads.Of(docs).Where(o => o.Kind is "Deployment" or "DaemonSet" or "StatefulSet" or "ReplicaSet"))
        {
            var matchLabels = obj.Root.Get("spec", "selector", "matchLabels");
            var labels = obj.PodLabels;
            if (matchLabels is null)
            {
                yield return Error(obj.Document.Path, obj.Root.Get("spec"), "spec.selector.matchLabels",
                    $"{obj.Describe()} has no spec.selector.matchLabels.",
                    "apps/v1 requires a selector: add spec.selector.matchLabels equal to the pod template's labels.");
                continue;
            }
            foreach (var (key, keyNode, value) in matchLabels.Pairs())
            {
                var want = value.Str();
                var have = labels.Str(key);
                if (have == want)
                    continue;
                yield return Error(obj.Document.Path, keyNode, $"spec.selector.matchLabels.{key}",
                    $"{obj.Describe()} selects pods with {key}={want}, but its pod template has {(have is null ? $"no label {key}" : $"{key}={have}")}: the API server rejects it (selector does not match template labels).",
                    $"Make spec.template.metadata.labels.{key} and spec.selector.matchLabels.{key} the same value.");
            }
        }
    }
}
