using System.Globalization;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Helm;

/// <summary>
/// The helm version the suite accepts: 3.8 or newer (the OCI and <c>repo update NAME</c> behaviour the suite relies
/// on is there from 3.8), including helm 4, whose install/list/uninstall flags the suite uses are unchanged.
/// </summary>
public sealed partial record HelmVersion(int Major, int Minor, int Patch)
{
    public static readonly HelmVersion Minimum = new(3, 8, 0);

    /// <summary>Parses <c>helm version --short</c> output such as <c>v3.16.2+g13654a5</c>.</summary>
    public static HelmVersion? Parse(string output)
    {
        var match = VersionPattern().Match(output);
        return match.Success
            ? new HelmVersion(Int(match.Groups[1]), Int(match.Groups[2]), Int(match.Groups[3]))
            : null;
    }

    public bool IsSupported => Major is 3 or 4 && (Major, Minor, Patch).CompareTo((Minimum.Major, Minimum.Minor, Minimum.Patch)) >= 0;

    public override string ToString() => $"{Major}.{Minor}.{Patch}";

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"v?(\d+)\.(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();
}
