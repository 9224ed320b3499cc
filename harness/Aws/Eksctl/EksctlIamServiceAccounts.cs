using KedaGuidance.Harness.Aws.CloudFormation;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>
/// Creates the guide's IAM service accounts so that the run owns exactly what it deletes: the fixed names are checked
/// first (eksctl's stack for it, and a custom role name), the delete is registered in the ledger before eksctl runs
/// (a run cancelled or killed while eksctl creates the stack still tears it down), the stack is tagged with the run id,
/// and eksctl's "excluded" answer fails the step and takes the delete back out of the ledger — the run never deletes
/// what it did not create.
/// </summary>
public sealed class EksctlIamServiceAccounts(IExecutor executor, TeardownLedger ledger, string runId)
{
    /// <summary>The ledger name of a service account (GuideCleanupSteps matches it).</summary>
    public static string Resource(string ns, string name) => $"eksctl iamserviceaccount {ns}/{name}";

    public async Task CreateAsync(string cluster, string ns, string name, IReadOnlyList<string> policyArns, string? roleName, string why,
        CancellationToken cancellationToken)
    {
        var create = new CreateIamServiceAccount(cluster, ns, name, policyArns, roleName, runId, why);
        var stack = await executor.RunAsync(new DescribeStack(create.StackName), cancellationToken);
        if (stack.Exists && !stack.Planned)
            throw new ResourceNotOursException("CloudFormation stack", create.StackName, $"eksctl's stack for the service account {ns}/{name} on cluster {cluster}");
        if (roleName is not null && await executor.RunAsync(new IamRoleExists(roleName), cancellationToken))
            throw new ResourceNotOursException("IAM role", roleName, $"the role eksctl would create for {ns}/{name}");

        var resource = Resource(ns, name);
        ledger.Register(resource, new DeleteIamServiceAccount(cluster, ns, name, $"teardown of {why}"));
        try
        {
            await executor.RunAsync(create, cancellationToken);
        }
        catch (EksctlExcludedException)
        {
            ledger.Settle(resource);
            throw;
        }
    }
}
