using CliWrap;
using CliWrap.Buffered;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// Debian's chromium, run headless the way the machine notes prescribe (no sandbox, no GPU, no network chatter, a
/// fresh profile each time), to look at report.html as a person would: a screenshot and the DOM after parsing.
/// </summary>
internal sealed class HeadlessChromium(string executable)
{
    public const string InstallHint = "chromium is not installed, so report.html was not checked in a real browser. Install it (Debian: apt-get install chromium; .ci/run does this from .ci/apt-packages.txt) and run again.";

    public static HeadlessChromium? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(folder, name)))
            .Where(File.Exists)
            .Select(p => new HeadlessChromium(p))
            .FirstOrDefault();
    }

    public async Task ScreenshotAsync(string page, string png, int width, int height, CancellationToken cancellationToken) =>
        await RunAsync([$"--screenshot={png}", $"--window-size={width},{height}", new Uri(page).AbsoluteUri], cancellationToken);

    public async Task<string> DumpDomAsync(string page, CancellationToken cancellationToken) =>
        (await RunAsync(["--dump-dom", new Uri(page).AbsoluteUri], cancellationToken)).StandardOutput;

    private async Task<BufferedCommandResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("kg-chromium-");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            var result = await Cli.Wrap(executable)
                .WithArguments(
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    $"--user-data-dir={profile.FullName}", .. arguments,
                ])
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(timeout.Token);
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"chromium exited with {result.ExitCode}: {Tail(result.StandardError)}");
            return result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;
}
