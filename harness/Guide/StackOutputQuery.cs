using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// <c>aws cloudformation describe-stacks --stack-name S --query 'Stacks[0].Outputs[?OutputKey==`X`].OutputValue'</c>, the
/// way create_requirements.sh reads each output of the guide's requirements stack.
/// </summary>
public sealed partial record StackOutputQuery(string Stack, string Output)
{
    public static StackOutputQuery? Read(string command)
    {
        if (!command.Contains("cloudformation", StringComparison.Ordinal) || !command.Contains("describe-stacks", StringComparison.Ordinal))
            return null;
        var stack = StackName().Match(command);
        var output = OutputKey().Match(command);
        return stack.Success && output.Success ? new StackOutputQuery(stack.Groups["name"].Value, output.Groups["key"].Value) : null;
    }

    /// <summary>Every output a script reads, with the line it reads it on.</summary>
    public static IEnumerable<(StackOutputQuery Query, int Line)> In(ShellScript script) =>
        script.Commands.SelectMany(c => ShellValue.CommandSubstitutions(c.Value ?? c.Text).Append(c.Text)
                .Select(Read).OfType<StackOutputQuery>().Take(1).Select(q => (q, c.Line)));

    [GeneratedRegex("""--stack-name[ =]["']?(?<name>[A-Za-z0-9-]+)""")]
    private static partial Regex StackName();

    [GeneratedRegex("""OutputKey==`(?<key>[A-Za-z0-9]+)`""")]
    private static partial Regex OutputKey();
}
