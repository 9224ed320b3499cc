using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.CloudFormation;

/// <summary>
/// The stack reaches <see cref="Status"/> (the guide's loop waits while CREATE_IN_PROGRESS). A terminal status that is
/// not the one expected (ROLLBACK_COMPLETE, CREATE_FAILED, DELETE_FAILED) ends the wait at once as not met.
/// </summary>
public sealed record StackReaches(string StackName, string Status) : Expectation
{
    public override string Kind => "cloudformation.stack-status";
    public override string Summary => $"CloudFormation stack {StackName} reaches {Status}";
}
