using System.Globalization;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>
/// The aws CLI's version as <c>aws --version</c> prints it (<c>aws-cli/2.15.30 Python/3.11.8 Linux/… exe/x86_64</c>,
/// <c>aws-cli/1.45.11 Python/3.11.7 Linux/… botocore/1.43.11</c>). The suite hands the CLI an emulator's endpoint
/// through <c>AWS_ENDPOINT_URL</c>, which the CLI honours from v1.29.0 and v2.13.0 (the release that added
/// service-specific endpoints, July 2023; AWS CLI user guide "Using endpoints in the AWS CLI"). An older CLI ignores
/// it and sends the calls to real AWS with the emulator's dummy keys.
/// </summary>
public sealed partial record AwsCliVersion(int Major, int Minor, int Patch)
{
    public static readonly AwsCliVersion MinimumV1 = new(1, 29, 0);
    public static readonly AwsCliVersion MinimumV2 = new(2, 13, 0);

    public static AwsCliVersion? Parse(string output)
    {
        var match = Pattern().Match(output);
        return match.Success
            ? new AwsCliVersion(Int(match.Groups[1]), Int(match.Groups[2]), Int(match.Groups[3]))
            : null;
    }

    /// <summary>Whether the CLI reads AWS_ENDPOINT_URL (v1.29+ or v2.13+).</summary>
    public bool HonoursEndpointVariable => Major switch
    {
        1 => (Minor, Patch).CompareTo((MinimumV1.Minor, MinimumV1.Patch)) >= 0,
        >= 2 => Major > 2 || (Minor, Patch).CompareTo((MinimumV2.Minor, MinimumV2.Patch)) >= 0,
        _ => false,
    };

    public override string ToString() => $"{Major}.{Minor}.{Patch}";

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"aws-cli/(\d+)\.(\d+)\.(\d+)")]
    private static partial Regex Pattern();
}
