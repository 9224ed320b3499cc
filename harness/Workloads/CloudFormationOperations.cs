using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>create_requirements.sh: aws cloudformation create-stack --stack-name keda-guidance --template-body file://…, tagged with the run id.</summary>
public sealed record CreateStack(string Name, string TemplateFile, string Region, string RunId) : AwsCliOperation<string>
{
    public override string Kind => "cloudformation.create-stack";
    public override string Summary => $"create CloudFormation stack {Name} from {Path.GetFileName(TemplateFile)} (tag kedaguidance:run-id={RunId})";
    public override IReadOnlyList<string> Arguments =>
        ["--region", Region, "cloudformation", "create-stack", "--stack-name", Name, "--template-body", $"file://{TemplateFile}",
         "--tags", $"Key=kedaguidance:run-id,Value={RunId}"];
    protected override string Parse(JsonElement output) => Required(output, "StackId");
    public override string Planned() => $"arn:aws:cloudformation:{Region}:planned:stack/{Name}/planned";
}

/// <summary>The guide's clean-up of the stack (aws cloudformation delete-stack).</summary>
public sealed record DeleteStack(string Name, string Region) : AwsCliOperation<Done>
{
    public override string Kind => "cloudformation.delete-stack";
    public override string Summary => $"delete CloudFormation stack {Name}";
    public override IReadOnlyList<string> Arguments => ["--region", Region, "cloudformation", "delete-stack", "--stack-name", Name];
    protected override Done Parse(JsonElement output) => Done.Value;
    public override Done Planned() => Done.Value;
}

/// <summary>aws cloudformation describe-stacks --stack-name NAME: the outputs create_requirements.sh exports (SampleAppECR, PrometheusEndpoint, PrometheusWorkspace).</summary>
public sealed record DescribeStackOutputs(string Name, string Region) : AwsCliOperation<IReadOnlyDictionary<string, string>>
{
    public override string Kind => "cloudformation.describe-stacks";
    public override string Summary => $"read the outputs of CloudFormation stack {Name}";
    public override IReadOnlyList<string> Arguments => ["--region", Region, "cloudformation", "describe-stacks", "--stack-name", Name];

    protected override IReadOnlyDictionary<string, string> Parse(JsonElement output) => Outputs(output);

    public static IReadOnlyDictionary<string, string> Outputs(JsonElement output)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (output.TryGetProperty("Stacks", out var stacks) && stacks.GetArrayLength() > 0 && stacks[0].TryGetProperty("Outputs", out var outputs))
        {
            foreach (var o in outputs.EnumerateArray())
                result[o.GetProperty("OutputKey").GetString()!] = o.GetProperty("OutputValue").GetString()!;
        }
        return result;
    }

    /// <summary>Planned outputs: the guide's example values (account 123456789012 shape), on the reserved plan host where a URL is involved.</summary>
    public override IReadOnlyDictionary<string, string> Planned() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SampleAppECR"] = $"123456789012.dkr.ecr.{Region}.amazonaws.com/sample-app",
        ["PrometheusEndpoint"] = $"https://aps-workspaces.{Region}.amazonaws.com/workspaces/ws-00000000-0000-0000-0000-000000000000/",
        ["PrometheusWorkspace"] = "ws-00000000-0000-0000-0000-000000000000",
    };
}
