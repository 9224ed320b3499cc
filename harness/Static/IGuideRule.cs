namespace KedaGuidance.Harness.Static;

/// <summary>
/// One static check of the guide. Adding a rule is one new class in Static/Rules implementing this interface with a
/// parameterless constructor: <see cref="GuideRules"/> finds it by reflection.
/// </summary>
public interface IGuideRule
{
    /// <summary>Stable id, shown in every finding (e.g. <c>keda-trigger-metadata</c>).</summary>
    string Id { get; }

    /// <summary>The family a scenario runs (<see cref="RuleFamilies"/>).</summary>
    string Family { get; }

    /// <summary>What it checks, in one line (the README's rules table).</summary>
    string Checks { get; }

    IEnumerable<Finding> Check(GuideDocuments docs);
}

/// <summary>A rule that needs a tool that may be absent; when it is, the rule is skipped with this reason.</summary>
public interface IToolRule : IGuideRule
{
    /// <summary>Null when the rule can run; otherwise why not and what to install.</summary>
    string? Unavailable { get; }
}

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
