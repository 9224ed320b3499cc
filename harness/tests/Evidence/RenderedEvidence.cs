using KedaGuidance.Harness.Evidence.Report;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// A run record rendered as a run renders it (<see cref="EvidenceReport.WriteNextTo"/>), with the record and the two
/// files read back: what the report tests look at. Its folder is a scratch folder of the test's own, removed on dispose.
/// </summary>
internal sealed class RenderedEvidence : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kg-report-").FullName;

    public ReportFiles Files { get; private set; } = new("", "");
    public string Record { get; private set; } = "";
    public string Html { get; private set; } = "";
    public string Markdown { get; private set; } = "";

    /// <summary>Renders the record at <paramref name="recordPath"/> (written into <see cref="Folder"/>) and reads all three back.</summary>
    public RenderedEvidence Render(string recordPath)
    {
        Files = EvidenceReport.WriteNextTo(recordPath);
        Record = File.ReadAllText(recordPath);
        Html = File.ReadAllText(Files.Html);
        Markdown = File.ReadAllText(Files.Markdown);
        return this;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
