using k8s;
using YamlDotNet.Core;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Every Kubernetes object decodes strictly into its KubernetesClient type: an unknown field (a typo such as
/// <c>replica:</c>) or a wrong type is an error with its path — the API server would reject it or silently drop
/// it. Documents are decoded one at a time (KubernetesClient fails the whole call on an unregistered kind and on
/// <c>---\n---</c>); ScaledObjects have their own rules, eksctl's ClusterConfig is not a Kubernetes object.
/// </summary>
public sealed class KubernetesStrictDecodeRule : GuideRule
{
    private static readonly HashSet<string> NotKubernetes = ["eksctl.io/ClusterConfig"];
    private static readonly HashSet<string> CheckedElsewhere = ["keda.sh/ScaledObject"];

    public override string Id => "k8s-strict-decode";
    public override string Family => RuleFamilies.Kubernetes;
    public override string Checks => "every Kubernetes object decodes strictly into its KubernetesClient type: unknown fields, wrong types and unknown apiVersion/kind are errors with their path";

    private static readonly Lazy<Task> Warm = new(() => Task.Run(() => KubernetesYaml.LoadAllFromString("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: warm-up\n", null, strict: true)));

    /// <summary>
    /// Builds KubernetesClient's type map (reflection over every model type, most of a second on first use) in the
    /// background, so a static run does it while other rules work. Idempotent.
    /// </summary>
    public static Task WarmUp() => Warm.Value;

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var obj in docs.KubernetesObjects)
        {
            var groupKind = $"{obj.Group}/{obj.Kind}";
            if (NotKubernetes.Contains(groupKind) || CheckedElsewhere.Contains(groupKind))
                continue;
            var problem = Decode(obj);
            if (problem is not null)
                yield return problem;
        }
    }

    private Finding? Decode(KubeObject obj)
    {
        try
        {
            KubernetesYaml.LoadAllFromString(obj.Part.Text, null, strict: true);
            return null;
        }
        catch (YamlException e)
        {
            var at = obj.Part.InFile(e.Start);
            var path = Yaml.PathAt(obj.Root, at);
            var reason = Innermost(e);
            return Error(obj.Document.Path, new FindingLocation((int)at.Line, (int)at.Column, path),
                $"{obj.Describe()} does not match the Kubernetes schema at {path}: {reason}",
                "Correct the field name or the value's type; the API server rejects unknown fields and wrong types (or kubectl drops them without a word).");
        }
        catch (KeyNotFoundException)
        {
            // KubernetesClient knows every apiVersion/kind of its Kubernetes release; this one is not among them.
            return Error(obj.Document.Path, obj.Root.Get("apiVersion"), "apiVersion",
                $"{obj.Kind} in apiVersion {obj.ApiVersion} is not a Kubernetes API the guide's cluster (1.29) serves.",
                $"Use the served apiVersion for {obj.Kind} (e.g. apps/v1 for Deployment and DaemonSet, v1 for Service).");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return Error(obj.Document.Path, obj.Root, null,
                $"{obj.Describe()} cannot be decoded as {obj.ApiVersion} {obj.Kind}: {e.Message}",
                "Check apiVersion and kind against the Kubernetes 1.29 API.");
        }
    }

    private static string Innermost(Exception e)
    {
        var messages = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
            if (!string.IsNullOrWhiteSpace(x.Message) && !messages.Contains(x.Message))
                messages.Add(x.Message);
        return string.Join(" — ", messages.Select(m => m.Trim()));
    }
}
