using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>A Kubernetes object of the guide (one YAML document with apiVersion and kind) and where it is.</summary>
public sealed record KubeObject(GuideDocument Document, YamlPart Part, YamlMappingNode Root)
{
    public string ApiVersion => Root.Str("apiVersion") ?? "";
    public string Kind => Root.Str("kind") ?? "";
    public string Name => Root.Str("metadata", "name") ?? "";

    /// <summary>The namespace kubectl apply puts it in (the guide never passes -n to apply): metadata.namespace or "default".</summary>
    public string Namespace => Root.Str("metadata", "namespace") is { Length: > 0 } ns ? ns : "default";

    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : "";

    public bool Is(string group, string kind) => Group == group && Kind == kind;

    /// <summary>The pod template's spec (Deployment, DaemonSet, StatefulSet, Job, ReplicaSet) or a Pod's spec.</summary>
    public YamlMappingNode? PodSpec => Kind == "Pod" ? Root.Map("spec") : Kind == "CronJob"
        ? Root.Map("spec", "jobTemplate", "spec", "template", "spec")
        : Root.Map("spec", "template", "spec");

    public YamlMappingNode? PodLabels => Root.Map("spec", "template", "metadata", "labels");

    public string Describe() => $"{Kind} {Namespace}/{Name}";
}
