namespace KedaGuidance.Harness.Tests;

/// <summary>
/// The guide's repository these tests read: KEDAGUIDE_GUIDE when it names a folder (CI sets the snapshot beside the
/// repository), else that snapshot at ../shared/guide/repo. Without either the test is Skipped, saying what to set.
/// </summary>
internal static class TestGuide
{
    public static string Root
    {
        get
        {
            if (Environment.GetEnvironmentVariable("KEDAGUIDE_GUIDE") is { Length: > 0 } configured)
            {
                var folder = Path.GetFullPath(configured, Configuration.SettingsReaderTests.RepositoryRoot());
                if (Directory.Exists(folder))
                    return folder;
            }
            var snapshot = Path.GetFullPath(Path.Combine(Configuration.SettingsReaderTests.RepositoryRoot(), "..", "shared", "guide", "repo"));
            if (Directory.Exists(snapshot))
                return snapshot;
            Assert.Skip("needs a checkout of the guide's repository: set KEDAGUIDE_GUIDE to its folder.");
            return "";
        }
    }
}
