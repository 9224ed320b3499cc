using System.Buffers.Binary;
using System.Text.RegularExpressions;
using KedaGuidance.Harness.Evidence.Report;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// Opens the report of a realistic run in headless Chromium, as a maintainer would open the attachment: takes a
/// screenshot and reads the DOM the browser built. The files stay in TestResults/report-sample for a person to look at.
/// </summary>
[Trait("Category", "chromium")]
public sealed class ReportInBrowserTests
{
    private const int Width = 1280, Height = 2000;

    [Fact]
    public async Task The_browser_shows_the_verdict_the_outcome_table_and_the_charts()
    {
        var chromium = HeadlessChromium.Find();
        if (chromium is null)
            Assert.Skip(HeadlessChromium.InstallHint);
        var folder = SampleFolder();
        var files = EvidenceReport.WriteNextTo(SampleRun.Write(folder));
        var png = Path.Combine(folder, "screenshot.png");
        var ct = TestContext.Current.CancellationToken;

        await chromium.ScreenshotAsync(files.Html, png, Width, Height, ct);
        var dom = await chromium.DumpDomAsync(files.Html, ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"report: {files.Html}\nsummary: {files.Markdown}\nscreenshot: {png}");

        var (width, height) = PngSize(png);
        (width, height).Should().Be((Width, Height));
        new FileInfo(png).Length.Should().BeGreaterThan(50_000, "a blank page compresses to a few kilobytes; the report's tables and charts do not");

        dom.Should().Contain("FAILED — 3 passed, 1 failed, 1 skipped of 5 scenarios");
        Regex.Matches(dom, "<svg class=\"timeline-chart\"").Should().HaveCount(2);
        Regex.Matches(dom, "<rect class=\"oracle-band\"").Should().HaveCount(4);
        var outcomes = Regex.Match(dom, "<table class=\"outcomes\">.*?</table>", RegexOptions.Singleline);
        outcomes.Success.Should().BeTrue("the outcome table must survive the browser's parsing intact");
        Regex.Matches(outcomes.Value, "<tr class=\"scenario ").Should().HaveCount(5);
        dom.Should().NotContain("<script").And.NotContain("<img", "text from the guide must stay text");
        dom.Should().Contain("&lt;script&gt;alert('pwned')&lt;/script&gt;");
    }

    private static (int Width, int Height) PngSize(string png)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(png))
            stream.ReadExactly(header);
        header[..8].Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "chromium must write a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    /// <summary>TestResults/report-sample under the solution, so CI keeps the sample and a person can open it.</summary>
    private static string SampleFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KedaGuidance.sln")))
            root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "TestResults", "report-sample");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
