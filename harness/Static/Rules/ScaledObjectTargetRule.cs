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
            var sameName = docs.KubernetesObjects.Where(o => o.Name == name && Workloads.PodOwners.Contains(o.Kind)).ToList();
            var sameNamespace = docs.KubernetesObjects.Where(o => o.Kind == kind && o.Namespace == so.Namespace).Select(o => o.Name).ToList();
            var guideWorkloads = Workloads.Of(docs).Where(w => w.Kind is "Deployment" or "StatefulSet").ToList();
            // The fix points at what is wrong: the namespace when the target exists elsewhere, the kind when the guide
            // has the name under another kind, the name when the namespace has such workloads; never "move next to" a
            // kind the guide does not create.
            var hint = sameName.FirstOrDefault(o => o.Kind == kind) is { } elsewhere
                ? $"Put the ScaledObject in namespace {elsewhere.Namespace}, where the guide creates {kind} {name}."
                : sameName.FirstOrDefault(o => o.Namespace == so.Namespace) is { } otherKind
                    ? $"Set scaleTargetRef.kind to {otherKind.Kind} (or drop it: Deployment is the default), the kind the guide creates {name} as."
                    : sameNamespace.Count > 0
                        ? $"Point scaleTargetRef.name at a {kind} of namespace {so.Namespace} ({string.Join(", ", sameNamespace)})."
                        : guideWorkloads.FirstOrDefault(w => w.Namespace == so.Namespace) is { } local
                            ? $"Point scaleTargetRef at {local.Kind} {local.Name}, the workload the guide creates in namespace {so.Namespace}."
                            : $"Point scaleTargetRef at a workload the guide creates ({string.Join(", ", guideWorkloads.Select(w => w.Describe()))}) and put the ScaledObject in its namespace.";
            yield return Error(so.Document.Path, reference.Get("name"), "spec.scaleTargetRef.name",
                $"{so.Describe()} scales {kind} {so.Namespace}/{name}, which the guide never creates" +
                (sameName.Count > 0 ? $" (the guide has {string.Join(", ", sameName.Select(o => o.Describe()))})" : "") + ": KEDA reports the target as not found and never scales.",
                hint);
        }
    }
}
