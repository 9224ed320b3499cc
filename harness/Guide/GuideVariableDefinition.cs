namespace KedaGuidance.Harness.Guide;

/// <summary>
/// One variable the guide's steps export, as the guide's own script writes it: the expression (unexpanded), what the
/// value derives from, the script line or guide step that defines it, and — for a stack output — which output.
/// </summary>
/// <param name="Suffix">For a stack output: text appended after the command substitution (PROMETHEUS_ENDPOINT adds <c>api/v1/remote_write</c>).</param>
public sealed record GuideVariableDefinition(string Name, string Expression, GuideVariableSource Source, string DefinedBy,
    string? StackName = null, string? StackOutput = null, string Suffix = "")
{
    /// <summary>The variables the expression refers to (outside command substitutions).</summary>
    public IReadOnlyList<string> References => ShellValue.VariableReferences(Expression);

    /// <summary>Reads an export of a guide script: which of the guide's AWS commands (if any) computes it.</summary>
    public static GuideVariableDefinition FromExport(ShellCommand export, string definedBy)
    {
        var name = export.Name ?? throw new ArgumentException("Not an export.", nameof(export));
        var value = export.Value ?? "";
        var substitutions = export.Substitutions;
        if (substitutions.Count == 0)
            return new(name, value, GuideVariableSource.Literal, definedBy);
        var command = substitutions[0];
        var suffix = ShellValue.WithoutSubstitutions(value);
        if (StackOutputQuery.Read(command) is { } output)
            return new(name, value, GuideVariableSource.StackOutput, definedBy, output.Stack, output.Output, suffix);
        var source = command switch
        {
            _ when Has(command, "sts", "get-caller-identity") => GuideVariableSource.Account,
            _ when Has(command, "ec2", "describe-availability-zones") || Has(command, "configure", "get region") => GuideVariableSource.Region,
            _ when Has(command, "eks", "describe-cluster") && command.Contains("oidc", StringComparison.Ordinal) => GuideVariableSource.OidcIssuer,
            _ when Has(command, "sqs", "create-queue") || Has(command, "sqs", "get-queue-url") => GuideVariableSource.QueueUrl,
            _ => GuideVariableSource.Command,
        };
        return new(name, value, source, definedBy, Suffix: suffix);
    }

    private static bool Has(string command, string service, string operation) =>
        command.Contains("aws ", StringComparison.Ordinal) && command.Contains(" " + service + " ", StringComparison.Ordinal)
        && command.Contains(operation, StringComparison.Ordinal);
}
