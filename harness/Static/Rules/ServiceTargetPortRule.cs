using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>A Service selects pods of the guide in its namespace, and each targetPort is a port those pods declare.</summary>
public sealed class ServiceTargetPortRule : GuideRule
{
    public override string Id => "service-target-port";
    public override string Family => RuleFamilies.Workloads;
    public override string Checks => "each Service selects a workload of the guide in its namespace and every targetPort is a containerPort (number or name) of it";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var workloads = Workloads.Of(docs).ToList();
        foreach (var service in docs.KubernetesObjects.Where(o => o.Is("", "Service")))
        {
            var selector = service.Root.Get("spec", "selector");
            if (selector is null)
                continue; // A selector-less Service is backed by hand-made endpoints: nothing to check.
            var targets = workloads.Where(w => w.Namespace == service.Namespace && Workloads.Selects(selector, w.PodLabels)).ToList();
            if (targets.Count == 0)
            {
                var elsewhere = workloads.Where(w => Workloads.Selects(selector, w.PodLabels)).Select(w => w.Describe()).ToList();
                yield return Error(service.Document.Path, selector, "spec.selector",
                    $"{service.Describe()} selects {Labels(selector)}, but no workload of the guide in namespace {service.Namespace} has those pod labels{(elsewhere.Count > 0 ? $" (matching pods are in {string.Join(", ", elsewhere)})" : "")}: the Service has no endpoints.",
                    "Make the Service's selector and namespace match the pod template labels and namespace of the Deployment it fronts.");
                continue;
            }
            var ports = service.Root.Seq("spec", "ports");
            for (var i = 0; i < ports.Count; i++)
            {
                var target = ports[i].Get("targetPort") ?? ports[i].Get("port");
                var value = target.Str();
                if (value is null)
                    continue;
                foreach (var workload in targets)
                {
                    var declared = Workloads.Ports(workload);
                    if (declared.Count == 0)
                        continue; // Undeclared ports still work; only a contradiction is an error.
                    var matches = int.TryParse(value, out var number)
                        ? declared.Any(p => p.Number == number)
                        : declared.Any(p => p.Name == value);
                    if (!matches)
                        yield return Error(service.Document.Path, target, $"spec.ports[{i}].{(ports[i].Get("targetPort") is null ? "port" : "targetPort")}",
                            $"{service.Describe()} sends traffic to port {value}, but {workload.Describe()} declares {string.Join(", ", declared.Select(p => p.Name is null ? p.Number.ToString() : $"{p.Number} ({p.Name})"))}: requests would be refused.",
                            $"Set targetPort to the containerPort the pod listens on.");
                }
            }
        }
    }

    private static string Labels(YamlNode selector) => string.Join(",", selector.Pairs().Select(p => $"{p.Key}={p.Value.Str()}"));
}
