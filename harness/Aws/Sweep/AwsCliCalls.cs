using System.Globalization;
using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Aws.Sweep;

/// <summary>Runs one aws CLI call and returns its JSON, or fails with the CLI's error. A seam for tests.</summary>
public delegate Task<JsonElement> AwsCliCall(IReadOnlyList<string> arguments, CancellationToken cancellationToken);

/// <summary>The aws CLI calls of the sweep (IAM, CloudFormation, ECR), on an <see cref="AwsCliRunner"/>, and how their JSON is read.</summary>
public static class AwsCliCalls
{
    /// <summary>
    /// How many per-resource reads (a tag listing per policy or repository) run at once: each is an aws CLI process
    /// (about 0.5–2 s), so a few hundred of them one by one would take minutes.
    /// </summary>
    public const int ParallelReads = 6;

    public static AwsCliCall On(AwsCliRunner runner) => async (arguments, cancellationToken) =>
    {
        var result = await runner.RunAsync(arguments, cancellationToken);
        return result.Succeeded
            ? result.Json()
            : throw new AwsCliException($"'{AwsCliCommand.Display(arguments)}' failed (exit {result.ExitCode}{(result.ErrorCode is { } code ? $", {code}" : "")}): {AwsCliResult.Shorten(result.StandardError)}", result);
    };

    /// <summary>The value of the run-id tag in a [{"Key":…,"Value":…}] array, or null.</summary>
    public static string? RunIdTag(JsonElement tags) =>
        tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Where(t => t.TryGetProperty("Key", out var k) && k.GetString() == RunLabels.AwsTag)
                .Select(t => t.GetProperty("Value").GetString()).FirstOrDefault()
            : null;

    /// <summary>A timestamp as the CLI prints it: ISO 8601 (CLI v2, and v1 for query protocols) or seconds since the epoch (CLI v1 for JSON protocols such as ECR).</summary>
    public static DateTimeOffset? Time(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds))
            return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        return value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
    }

    public static IEnumerable<JsonElement> Items(JsonElement output, string property) =>
        output.ValueKind == JsonValueKind.Object && output.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : [];

    /// <summary>Maps every item with <see cref="ParallelReads"/> calls at once, keeping the items' order.</summary>
    public static async Task<IReadOnlyList<TResult>> MapAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, CancellationToken, Task<TResult>> map,
        CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await map(items[i], ct));
        return results;
    }

    /// <summary>Runs a delete whose "it is not there" answer (<paramref name="goneCode"/>) means done: another delete, or its stack's, got there first.</summary>
    public static async Task DeleteAsync(AwsCliCall aws, IReadOnlyList<string> arguments, string goneCode, CancellationToken cancellationToken)
    {
        try
        {
            await aws(arguments, cancellationToken);
        }
        catch (AwsCliException e) when (e.ErrorCode == goneCode)
        {
        }
    }
}
