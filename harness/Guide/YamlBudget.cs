namespace KedaGuidance.Harness.Guide;

/// <summary>
/// How much YAML one file may hold, counted while it is parsed. <see cref="MaxNodes"/> counts nodes as every walk of the
/// tree sees them, each alias expanded to the node it names (Manifest.ToJson and YAML emitters expand aliases, so an
/// 841-byte "billion laughs" would otherwise become billions of nodes). The guide's largest YAML file has about 300 nodes
/// and 4 documents.
/// </summary>
public sealed record YamlBudget(int MaxDepth, long MaxNodes, int MaxDocuments)
{
    /// <summary>64 levels (System.Text.Json's default depth), 100,000 expanded nodes, 1,000 documents per file.</summary>
    public static YamlBudget Default { get; } = new(64, 100_000, 1_000);
}
