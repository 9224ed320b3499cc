namespace KedaGuidance.Harness.Aws.CloudFormation;

/// <summary>A stack's status and outputs as describe-stacks reports them; <see cref="Exists"/> false when there is no such stack.</summary>
public sealed record StackState(bool Exists, string Status, IReadOnlyDictionary<string, string> Outputs, bool Planned = false)
{
    public static StackState Missing { get; } = new(false, "DOES_NOT_EXIST", new Dictionary<string, string>());
}
