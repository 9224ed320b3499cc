using System.Text.Json;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>
/// An operation that is one aws CLI call: its arguments (the plan shows them as the command), how to read the JSON
/// the CLI prints, and which service errors are an answer rather than a failure (NoSuchEntity for "does it exist?").
/// </summary>
public abstract record AwsCliOperation<TResult> : Operation<TResult>, IAwsCliOperation
{
    public abstract IReadOnlyList<string> Arguments { get; }

    public override string Content => AwsCliCommand.Display(Arguments);

    protected abstract TResult Parse(JsonElement output);

    /// <summary>A failed call's answer, or null to fail with the CLI's error.</summary>
    protected virtual Func<TResult>? Recover(string? errorCode) => null;

    object? IAwsCliOperation.Interpret(AwsCliResult result)
    {
        if (result.Succeeded)
            return Parse(result.Json());
        if (Recover(result.ErrorCode) is { } answer)
            return answer();
        throw new AwsCliException(
            $"'{Content}' failed (exit {result.ExitCode}{(result.ErrorCode is { } code ? $", {code}" : "")}): {AwsCliResult.Shorten(result.StandardError)}", result);
    }

    /// <summary>Reads a string at a path of properties, or fails naming the path and the command.</summary>
    protected string Required(JsonElement output, params string[] path)
    {
        var element = output;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                throw new AwsCliException($"'{Content}' printed no {string.Join('.', path)}: {(output.ValueKind == JsonValueKind.Undefined ? "nothing" : AwsCliResult.Shorten(output.GetRawText()))}");
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }
}
