using KedaGuidance.Fixtures.Guide;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests;

/// <summary>
/// The guide's repository for the tests that read it, found as the suite finds it: <c>KEDAGUIDE_GUIDE</c> (a folder or a
/// git URL, cloned into <c>KEDAGUIDE_GUIDE_CACHE</c> once and reused) read through <see cref="SettingsReader"/> and
/// <see cref="GuideSource"/>; unset, the snapshot beside the repository (../shared/guide/repo) when there is one, else
/// the suite's default, the upstream repository at the pinned commit (its cached clone, or cloned now). Resolved once
/// per test run. When the default cannot be had (offline, no cache) a test that needs the guide is Skipped with one
/// reason saying what to set; a guide the user named that cannot be had fails, as it does for the suite. Tests that do
/// not need the guide do not ask for it.
/// </summary>
internal static class TestGuide
{
    private static readonly Lazy<Resolution> Resolved = new(Resolve);

    public static string Root
    {
        get
        {
            var resolution = Resolved.Value;
            if (resolution.SkipReason is { } reason)
                Assert.Skip(reason);
            return resolution.Root!;
        }
    }

    /// <summary>The message every guide-reading test is skipped with when the default guide cannot be fetched.</summary>
    internal static string SkipReason(string cause) =>
        $"needs the guide's repository, and the suite's default (the upstream repository at the pinned commit) could not be fetched: {cause} " +
        $"Set {SettingNames.Guide} to a checkout of the guide, or to a git URL with #ref (file:///path/to/guide#<commit> works like the upstream URL).";

    private static Resolution Resolve()
    {
        var repository = Configuration.SettingsReaderTests.RepositoryRoot();
        var configured = Environment.GetEnvironmentVariable(SettingNames.Guide) is { Length: > 0 } value ? value : null;
        if (configured is null)
        {
            var snapshot = Path.GetFullPath(Path.Combine(repository, "..", "shared", "guide", "repo"));
            if (Directory.Exists(snapshot))
                return new Resolution(snapshot, null);
        }

        // Only the guide's own settings: the tests must not fail on a KEDAGUIDE_* variable meant for a live run.
        var settings = SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Guide] = configured,
            [SettingNames.GuideCache] = Environment.GetEnvironmentVariable(SettingNames.GuideCache),
            ["XDG_CACHE_HOME"] = Environment.GetEnvironmentVariable("XDG_CACHE_HOME"),
        }, repository, DateTimeOffset.UtcNow, KedaGuidance.Fixtures.Targets.SuiteTargets.Catalog);
        try
        {
            var checkout = GuideSource.ResolveAsync(settings.Guide, settings.GuideCache, CancellationToken.None).GetAwaiter().GetResult();
            return new Resolution(checkout.Root, null);
        }
        catch (GuideUnavailableException e) when (configured is null)
        {
            return new Resolution(null, SkipReason(e.Message.Split('\n')[0]));
        }
    }

    private sealed record Resolution(string? Root, string? SkipReason);
}
