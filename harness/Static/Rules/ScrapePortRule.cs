namespace KedaGuidance.Harness.Static.Rules;

/// <summary>The <c>prometheus.io/port</c> scrape annotation names a port a container of the pod declares.</summary>
public sealed class ScrapePortRule : GuideRule
{
    public override string Id => "scrape-port";
    public override string Family => RuleFamilies.Workloads;
    public override string Checks => "the pod template's prometheus.io/port annotation is a port a container declares";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var obj in Workloads.Of(docs))
        {
            var annotation = obj.Root.Get("spec", "template", "metadata", "annotations", "prometheus.io/port");
            if (annotation is null)
                continue;
            var ports = Workloads.Ports(obj);
            var value = annotation.Str();
            if (!int.TryParse(value, out var port))
            {
                yield return Error(obj.Document.Path, annotation, "spec.template.metadata.annotations.prometheus.io/port",
                    $"{obj.Describe()}: prometheus.io/port is '{value}', not a port number.",
                    "Set it to the container port the metrics are served on, as a quoted number (e.g. '80').");
                continue;
            }
            if (ports.Count > 0 && ports.All(p => p.Number != port))
                yield return Error(obj.Document.Path, annotation, "spec.template.metadata.annotations.prometheus.io/port",
                    $"{obj.Describe()} is scraped on port {port} (prometheus.io/port), but its containers declare {string.Join(", ", ports.Select(p => p.Number))}: the collector would scrape nothing and the ScaledObject's query would return no data.",
                    $"Make prometheus.io/port and the containerPort the app listens on the same number (the sample app listens on {string.Join(", ", ports.Select(p => p.Number))}).");
        }
    }
}
