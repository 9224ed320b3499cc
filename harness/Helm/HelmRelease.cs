using System.Text.Json;
using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Helm;

/// <summary>One row of <c>helm list -o json</c>.</summary>
public sealed record HelmRelease(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("namespace")] string Namespace,
    [property: JsonPropertyName("revision")] string Revision,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("chart")] string Chart,
    [property: JsonPropertyName("app_version")] string AppVersion)
{
    /// <summary>Parses <c>helm list -o json</c> output (a JSON array; helm prints <c>[]</c> when nothing matches).</summary>
    public static IReadOnlyList<HelmRelease> ParseList(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<HelmRelease[]>(json.Trim()) ?? [];
        }
        catch (JsonException e)
        {
            throw new HelmException($"helm list -o json printed something that is not its JSON list: {e.Message}. Output: {Shorten(json)}");
        }
    }

    public override string ToString() => $"{Name} (namespace {Namespace}, revision {Revision}, {Status}, chart {Chart}, app {AppVersion})";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
