using KedaGuidance.Harness.Evidence;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>Error: a reader following the guide fails (or gets something other than the guide says). Warning: it works today but is fragile or misleading.</summary>
public enum Severity { Error, Warning }

/// <summary>Where in a file a finding points: a 1-based line (and column) and, for structured files, the path of the node.</summary>
public sealed record FindingLocation(int? Line, int? Column, string? Path)
{
    public static FindingLocation None { get; } = new(null, null, null);

    public static FindingLocation At(YamlNode? node, string? path) =>
        node is null ? new(null, null, path) : new((int)node.Start.Line, (int)node.Start.Column, path);

    public static FindingLocation AtLine(int line, string? path = null) => new(line, null, path);

    public override string ToString()
    {
        var parts = new List<string>();
        if (Line is { } line)
            parts.Add(Column is { } column ? $"line {line}, column {column}" : $"line {line}");
        if (!string.IsNullOrEmpty(Path))
            parts.Add(Path);
        return string.Join(", ", parts);
    }
}

/// <summary>One thing a static rule found in one file of the guide, with what to change.</summary>
/// <param name="Subject">A short, stable name of what the finding is about when a rule reports several things in one file
/// (e.g. "chart 2.20.2"): how features/known-guide-defects.yaml tells them apart, since lines and messages change.</param>
public sealed record Finding(string RuleId, Severity Severity, string File, FindingLocation Location, string Message, string Hint,
    string? Subject = null)
{
    /// <summary>The finding for the evidence; one a maintainer accepted (<paramref name="knownDefect"/>) gets severity
    /// "known-defect" and carries the defect's reason, since when and what the suite does about it.</summary>
    public FindingRecord ToRecord(KnownGuideDefect? knownDefect = null) => knownDefect is null
        ? new(RuleId, Severity.ToString().ToLowerInvariant(), File, Location.ToString(), Message, Hint)
        : new(RuleId, FindingRecord.KnownDefectSeverity, File, Location.ToString(), Message, Hint, knownDefect.Reason, knownDefect.Since, knownDefect.SuiteDoes);

    /// <summary>Readable without knowing the suite: what, where, why, how to fix.</summary>
    public string Describe()
    {
        var where = Location.ToString();
        return $"{Severity.ToString().ToUpperInvariant()} [{RuleId}] {File}{(where.Length > 0 ? " (" + where + ")" : "")}\n" +
               $"    {Message}\n    fix: {Hint}";
    }
}
