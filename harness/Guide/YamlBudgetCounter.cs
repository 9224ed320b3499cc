namespace KedaGuidance.Harness.Guide;

/// <summary>What one file has used of its <see cref="YamlBudget"/> so far, shared by the parsers of its documents.</summary>
public sealed class YamlBudgetCounter
{
    public long Nodes { get; internal set; }
    public int Documents { get; internal set; }
}
