using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.CloudFormation;

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
