using KedaGuidance.Harness.Waits;
using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.CloudFormation;

/// <summary>A stack's status and outputs as describe-stacks reports them; <see cref="Exists"/> false when there is no such stack.</summary>
public sealed record StackState(bool Exists, string Status, IReadOnlyDictionary<string, string> Outputs, bool Planned = false)
{
    public static StackState Missing { get; } = new(false, "DOES_NOT_EXIST", new Dictionary<string, string>());
}

/// <summary>
/// create_requirements.sh: <c>aws cloudformation create-stack --stack-name "keda-guidance" --template-body
/// file://…/requirements.yaml</c>, tagged with the run id (CloudFormation propagates stack tags to the workspace and the
/// repository). Yields the stack id.
/// </summary>
public sealed record CreateStack(string StackName, string TemplateFile, string RunId) : AwsCliOperation<string>
{
    public override string Kind => "cloudformation.create-stack";
    public override string Summary => $"create CloudFormation stack {StackName} from {Path.GetFileName(TemplateFile)} (tag {AwsTags.RunId}={RunId})";
    public override IReadOnlyList<string> Arguments =>
        ["cloudformation", "create-stack", "--stack-name", StackName, "--template-body", "file://" + TemplateFile, "--tags", $"Key={AwsTags.RunId},Value={RunId}"];
    public override string Planned() => $"arn:aws:cloudformation:planned:{Iam.PlannedArn.Account}:stack/{StackName}/planned";
    protected override string Parse(JsonElement output) => Required(output, "StackId");
}

/// <summary>aws cloudformation describe-stacks --stack-name …: status and outputs (SampleAppECR, PrometheusEndpoint, PrometheusWorkspace).</summary>
public sealed record DescribeStack(string StackName) : AwsCliOperation<StackState>
{
    public override string Kind => "cloudformation.describe-stacks";
    public override string Summary => $"read status and outputs of CloudFormation stack {StackName}";
    public override IReadOnlyList<string> Arguments => ["cloudformation", "describe-stacks", "--stack-name", StackName];
    public override StackState Planned() => new(true, "planned", new Dictionary<string, string>(), Planned: true);

    protected override StackState Parse(JsonElement output)
    {
        if (!output.TryGetProperty("Stacks", out var stacks) || stacks.GetArrayLength() == 0)
            return StackState.Missing;
        var stack = stacks[0];
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stack.TryGetProperty("Outputs", out var list))
        {
            foreach (var item in list.EnumerateArray())
                outputs[item.GetProperty("OutputKey").GetString()!] = item.GetProperty("OutputValue").GetString() ?? "";
        }
        return new StackState(true, Required(stack, "StackStatus"), outputs);
    }

    // describe-stacks of an unknown stack: "ValidationError … Stack with id X does not exist".
    protected override Func<StackState>? Recover(string? errorCode) => errorCode == "ValidationError" ? () => StackState.Missing : null;
}

/// <summary>aws cloudformation delete-stack --stack-name …; the inverse of <see cref="CreateStack"/> (deleting a missing stack succeeds).</summary>
public sealed record DeleteStack(string StackName) : AwsCliAction
{
    public override string Kind => "cloudformation.delete-stack";
    public override string Summary => $"delete CloudFormation stack {StackName}";
    public override IReadOnlyList<string> Arguments => ["cloudformation", "delete-stack", "--stack-name", StackName];
}

/// <summary>
/// The stack reaches <see cref="Status"/> (the guide's loop waits while CREATE_IN_PROGRESS). A terminal status that is
/// not the one expected (ROLLBACK_COMPLETE, CREATE_FAILED, DELETE_FAILED) ends the wait at once as not met.
/// </summary>
public sealed record StackReaches(string StackName, string Status) : Expectation
{
    public override string Kind => "cloudformation.stack-status";
    public override string Summary => $"CloudFormation stack {StackName} reaches {Status}";
}

/// <summary>Polls describe-stacks for <see cref="StackReaches"/>.</summary>
public sealed class StackReachesHandler(AwsCliRunner runner, TimeSpan interval) : ExpectationHandler<StackReaches>
{
    protected override Task<ExpectationResult> AwaitAsync(StackReaches expectation, CancellationToken cancellationToken)
    {
        var describe = new DescribeStack(expectation.StackName);
        return new Polling(interval).UntilAsync(async ct =>
        {
            var state = (StackState)((IAwsCliOperation)describe).Interpret(await runner.RunAsync(describe.Arguments, ct))!;
            var status = state.Exists ? state.Status : "DOES_NOT_EXIST";
            var met = status == expectation.Status;
            var final = !met && IsTerminal(status);
            return new Observation(met, final ? $"{status} (terminal: it will not reach {expectation.Status})" : status, final);
        }, expectation.Budget, cancellationToken);
    }

    /// <summary>Statuses CloudFormation leaves a stack in without further change.</summary>
    public static bool IsTerminal(string status) => !status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal);
}
