namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// One component whose image would render with two registries: the guide's repository already names one
/// (<see cref="Repository"/>), and the chart puts its default (<see cref="ChartDefault"/>) in front of it. The suite's
/// values set <c>image.&lt;component&gt;.registry: ""</c> so the guide's repository is rendered as written.
/// </summary>
public sealed record RegistryOverride(string Component, string Repository, string ChartDefault)
{
    public string Rendered(string tag) => $"{ChartDefault}/{Repository}:{tag}";

    public override string ToString() => $"image.{Component}.registry: \"\" (guide: repository {Repository}; chart default registry {ChartDefault})";
}
