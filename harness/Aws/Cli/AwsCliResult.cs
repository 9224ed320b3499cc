using System.Text.Json;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>What an aws CLI call printed and how it exited.</summary>
public sealed partial record AwsCliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The service's error code from the CLI's "An error occurred (NoSuchEntity) when calling …" line; null when there is none.</summary>
    public string? ErrorCode => ErrorLine().Match(StandardError) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The JSON the CLI printed (--output json); an empty document for calls that print nothing (delete-*, attach-*).</summary>
    public JsonElement Json()
    {
        if (string.IsNullOrWhiteSpace(StandardOutput))
            return default;
        try
        {
            using var document = JsonDocument.Parse(StandardOutput);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new AwsCliException($"the aws CLI printed something that is not JSON ({e.Message}): {Shorten(StandardOutput)}", this);
        }
    }

    internal static string Shorten(string text) => text.Length <= 400 ? text.Trim() : text[..400].Trim() + " …";

    [GeneratedRegex(@"An error occurred \(([A-Za-z0-9.]+)\)")]
    private static partial Regex ErrorLine();
}
