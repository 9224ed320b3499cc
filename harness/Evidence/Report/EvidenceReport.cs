namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// Renders the acceptance evidence from a run record: report.html (self-contained, opens offline) and summary.md (for
/// a pull-request comment). Always from run-record.json as written, so re-rendering an old record gives the same page.
/// </summary>
public static class EvidenceReport
{
    public const string HtmlFileName = "report.html";
    public const string MarkdownFileName = "summary.md";

    public static string RenderHtml(RunRecord record) => HtmlPage.Render(record);

    public static string RenderMarkdown(RunRecord record) => SummaryMarkdown.Render(record);

    /// <summary>Reads <paramref name="recordPath"/> and writes report.html and summary.md in the same folder.</summary>
    public static ReportFiles WriteNextTo(string recordPath)
    {
        var record = RunRecordFile.Read(recordPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(recordPath))!;
        var files = new ReportFiles(Path.Combine(folder, HtmlFileName), Path.Combine(folder, MarkdownFileName));
        File.WriteAllText(files.Html, RenderHtml(record));
        File.WriteAllText(files.Markdown, RenderMarkdown(record));
        return files;
    }
}
