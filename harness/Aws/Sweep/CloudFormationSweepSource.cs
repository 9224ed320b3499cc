using System.Text.Json;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown.Sweep;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Aws.Sweep;

/// <summary>
/// CloudFormation stacks for the sweep: describe-stacks (one paged call; live stacks with their tags and creation
/// time). That covers the guide's requirements stack and the stacks eksctl creates for the suite's IAM service
/// accounts (eksctl-CLUSTER-addon-iamserviceaccount-NS-NAME, tagged through eksctl's --tags). eksctl creates every
/// stack with termination protection (EnableTerminationProtection: true, eksctl pkg/cfn/manager/api.go
/// DoCreateStackRequest), which makes delete-stack fail: for a stack the selection took (so one carrying the suite's
/// tag) the sweep lifts it first. Then delete-stack, and a wait until the stack is gone, so that the IAM roles it held
/// are gone before the IAM sweep comes to them; DELETE_FAILED ends the wait as a failure naming the status.
/// </summary>
public sealed class CloudFormationSweepSource(AwsCliCall aws, TimeSpan? pollInterval = null) : ISweepSource
{
    /// <summary>Stated allowance for a stack's deletion (an IAM role, an AMP workspace, an ECR repository emptied on delete).</summary>
    public static readonly TimeSpan StackDeletion = TimeSpan.FromMinutes(10);

    public string Place => "cloudformation";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken) =>
        AwsCliCalls.Items(await aws(["cloudformation", "describe-stacks"], cancellationToken), "Stacks")
            .Where(s => s.GetProperty("StackStatus").GetString() != "DELETE_COMPLETE")
            .Select(s => new SweepCandidate(Place, SweepOrder.CloudFormationStack, s.GetProperty("StackName").GetString()!,
                s.TryGetProperty("Tags", out var tags) ? AwsCliCalls.RunIdTag(tags) : null, AwsCliCalls.Time(s, "CreationTime")))
            .ToArray();

    public async Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(candidate.Name, cancellationToken) is not { } stack)
            return;
        if (stack.TryGetProperty("EnableTerminationProtection", out var protection) && protection.ValueKind == JsonValueKind.True)
            await aws(["cloudformation", "update-termination-protection", "--no-enable-termination-protection", "--stack-name", candidate.Name], cancellationToken);
        await aws(["cloudformation", "delete-stack", "--stack-name", candidate.Name], cancellationToken);

        var budget = WaitBudget.Sum(("stack deletion (stated allowance)", StackDeletion));
        var gone = await new Polling(pollInterval ?? TimeSpan.FromSeconds(10)).UntilAsync(async ct =>
        {
            var status = await DescribeAsync(candidate.Name, ct) is { } s ? s.GetProperty("StackStatus").GetString()! : "DOES_NOT_EXIST";
            return status is "DOES_NOT_EXIST" or "DELETE_COMPLETE"
                ? new Observation(true, status)
                : new Observation(false, status, Final: status == "DELETE_FAILED");
        }, budget, cancellationToken);
        if (!gone.Met)
            throw new InvalidOperationException($"stack {candidate.Name} is not gone after delete-stack: {gone.Observed} (budget {budget}); see its events (aws cloudformation describe-stack-events --stack-name {candidate.Name}).");
    }

    /// <summary>The stack as describe-stacks shows it, or null when there is none ("ValidationError … does not exist").</summary>
    private async Task<JsonElement?> DescribeAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return AwsCliCalls.Items(await aws(["cloudformation", "describe-stacks", "--stack-name", name], cancellationToken), "Stacks").FirstOrDefault() is { ValueKind: JsonValueKind.Object } s ? s : null;
        }
        catch (Cli.AwsCliException e) when (e.ErrorCode == "ValidationError")
        {
            return null;
        }
    }
}
