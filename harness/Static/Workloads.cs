using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>Pod-owning objects and their declared container ports.</summary>
public static class Workloads
{
    public static readonly HashSet<string> PodOwners = ["Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "Job", "CronJob", "Pod"];

    public static IEnumerable<KubeObject> Of(GuideDocuments docs) =>
        docs.KubernetesObjects.Where(o => PodOwners.Contains(o.Kind) && o.PodSpec is not null);

    public static IEnumerable<YamlNode> Containers(KubeObject obj) =>
        obj.PodSpec.Seq("containers").Concat(obj.PodSpec.Seq("initContainers"));

    /// <summary>Every declared container port: (number, name, node).</summary>
    public static IReadOnlyList<(int Number, string? Name, YamlNode Node)> Ports(KubeObject obj) =>
        obj.PodSpec.Seq("containers")
            .SelectMany(c => c.Seq("ports"))
            .Select(p => (Number: int.TryParse(p.Str("containerPort"), out var n) ? n : -1, Name: p.Str("name"), Node: p))
            .Where(p => p.Number > 0)
            .ToList();

    /// <summary>True when every selector label is on the pod template (the Service or Deployment selects these pods).</summary>
    public static bool Selects(YamlNode? selector, YamlNode? labels)
    {
        var wanted = selector.Pairs().ToList();
        return wanted.Count > 0 && wanted.All(s => labels.Str(s.Key) == (s.Value as YamlScalarNode)?.Value);
    }
}
