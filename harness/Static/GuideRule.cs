using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>Base for rules: id, family and description, and helpers that build findings at a node.</summary>
public abstract class GuideRule : IGuideRule
{
    public abstract string Id { get; }
    public abstract string Family { get; }
    public abstract string Checks { get; }

    public abstract IEnumerable<Finding> Check(GuideDocuments docs);

    /// <summary>False when the rule can report nothing in <paramref name="file"/> (a scenario about one file then need not run it).</summary>
    public virtual bool MayReport(string file) => true;

    protected Finding Error(string file, YamlNode? node, string? path, string message, string hint, string? subject = null) =>
        new(Id, Severity.Error, file, FindingLocation.At(node, path), message, hint, subject);

    protected Finding Warning(string file, YamlNode? node, string? path, string message, string hint, string? subject = null) =>
        new(Id, Severity.Warning, file, FindingLocation.At(node, path), message, hint, subject);

    protected Finding Error(string file, FindingLocation location, string message, string hint, string? subject = null) =>
        new(Id, Severity.Error, file, location, message, hint, subject);

    protected Finding Warning(string file, FindingLocation location, string message, string hint, string? subject = null) =>
        new(Id, Severity.Warning, file, location, message, hint, subject);
}
