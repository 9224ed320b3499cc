namespace KedaGuidance.Harness.Static;

/// <summary>A rule that needs a tool that may be absent; when it is, the rule is skipped with this reason.</summary>
public interface IToolRule : IGuideRule
{
    /// <summary>Null when the rule can run; otherwise why not and what to install.</summary>
    string? Unavailable { get; }
}
