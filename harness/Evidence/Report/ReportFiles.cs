namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>The two files written next to a run record.</summary>
public sealed record ReportFiles(string Html, string Markdown);
