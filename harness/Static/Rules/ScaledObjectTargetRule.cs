namespace KedaGuidance.Harness.Static.Rules;

/// <summary>scaleTargetRef names a workload the guide creates, of that kind, in the ScaledObject's namespace.</summary>
public sealed class ScaledObjectTargetRule : GuideRule
{
    public override string Id => "keda-scale-target";
    public override string Family => RuleFamilies.Keda;
    public override string Checks => "scaleTargetRef resolves to a Deployment (or the named kind) of the guide in the ScaledObject's namespace";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var so in docs.ScaledObjects)
        {
            var reference = so.Root.Get("spec", "scaleTargetRef");
            var name = reference.Str("name");
            var kind = reference.Str("kind") ?? "Deployment";
            if (string.IsNullOrEmpty(name))
            {
                yield return Error(so.Document.Path, reference ?? so.Root.Get("spec"), "spec.scaleTargetRef.name",
                    $"{so.Describe()} has no scaleTargetRef.name: KEDA does not know what to scale.",
                    "Set spec.scaleTargetRef.name to the Deployment the guide creates.");
                continue;
            }
            if (docs.KubernetesObjects.Any(o => o.Kind == kind && o.Name == name && o.Namespace == so.Namespace))
                continue;
            var sameName = docs.KubernetesObjects.Where(o => o.Name == name && (o.Kind == kind || o.Kind == "Deployment")).Select(o => o.Describe()).ToList();
            var sameNamespace = docs.KubernetesObjects.Where(o => o.Kind == kind && o.Namespace == so.Namespace).Select(o => o.Name).ToList();
            yield return Error(so.Document.Path, reference.Get("name"), "spec.scaleTargetRef.name",
                $"{so.Describe()} scales {kind} {so.Namespace}/{name}, which the guide never creates" +
                (sameName.Count > 0 ? $" (the guide has {string.Join(", ", sameName)})" : "") + ": KEDA reports the target as not found and never scales.",
                sameNamespace.Count > 0
                    ? $"Point scaleTargetRef.name at a {kind} of namespace {so.Namespace} ({string.Join(", ", sameNamespace)}), or put the ScaledObject in the target's namespace."
                    : $"Put the ScaledObject in the namespace of the {kind} it scales, and use that {kind}'s name.");
        }
    }
}
