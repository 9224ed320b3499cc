namespace KedaGuidance.Harness.Static;

/// <summary>The rule families, one static scenario each.</summary>
public static class RuleFamilies
{
    public const string Syntax = "syntax";
    public const string Kubernetes = "kubernetes";
    public const string Workloads = "workloads";
    public const string Keda = "keda";
    public const string Chart = "chart";
    public const string Iam = "iam";
    public const string Placeholders = "placeholders";
    public const string Scripts = "scripts";
    public const string CloudFormation = "cloudformation";
    public const string PromQl = "promql";
    public const string Collector = "collector";
    public const string Reproducibility = "reproducibility";

    public static IReadOnlyList<string> All { get; } =
        [Syntax, Kubernetes, Workloads, Keda, Chart, Iam, Placeholders, Scripts, CloudFormation, PromQl, Collector, Reproducibility];
}
