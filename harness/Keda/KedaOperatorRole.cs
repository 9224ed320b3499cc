using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// The guide's KEDA operator role ("Install KEDA": <c>envsubst &lt; keda/trust-policy-keda-operator.json</c>, then
/// <c>aws iam create-role --role-name ${KEDA_OPERATOR_ROLENAME} --assume-role-policy-document file://…</c>), owned by the
/// run: the name is read first with its tags; a role of that name the run did not create — untagged, or tagged by
/// another run — fails the step and is never attached to or deleted; one this run created (an earlier scenario) is
/// used as it is. The role is tagged with the run id as it is created, and its delete is registered before the call (a
/// run cancelled while IAM answers still removes it; deleting a role that never came is a no-op) and taken back when
/// IAM says the name exists after all. Policies attached later are registered after it, so teardown detaches them
/// first (IAM refuses to delete a role that has any).
/// </summary>
public sealed class KedaOperatorRole(RunContext run)
{
    /// <summary>The ledger name of the role (the guide's clean-up step "the KEDA operator role is deleted" matches it).</summary>
    public static string Resource(string roleName) => $"iam role {roleName}";

    /// <summary>The guide's trust policy rendered with <paramref name="environment"/> into <paramref name="scratchFolder"/> (bounded read; an undefined variable fails, naming the step that defines it).</summary>
    public static (string Path, string Text) RenderTrustPolicy(string guideRoot, GuideEnvironment environment, string scratchFolder)
    {
        var source = new GuideFiles(guideRoot).ReadText(GuideLayout.KedaTrustPolicy);
        var text = GuideRenderer.RenderText(source, GuideRenderPlan.For(GuideLayout.KedaTrustPolicy), environment.Values, out var undefined);
        if (undefined.Count > 0)
            throw new RenderingException($"{GuideLayout.KedaTrustPolicy} uses {string.Join(", ", undefined)}, which the guide's environment does not define " +
                $"(defined by: {string.Join("; ", undefined.Select(v => GuideEnvironment.StepDefining(v) ?? "no step"))}).");
        var path = Path.Combine(scratchFolder, GuideLayout.KedaTrustPolicy);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return (path, text);
    }

    /// <summary>Creates the role with the rendered trust policy, or takes the one this run created; returns its ARN.</summary>
    public async Task<string> CreateAsync(string roleName, (string Path, string Text) trustPolicy, CancellationToken cancellationToken)
    {
        var existing = await run.Executor.RunAsync(new ReadRole(roleName), cancellationToken);
        if (existing.Owner(run.RunId) == IamRoleOwner.ThisRun)
            return existing.Arn!;
        if (existing.NotOursBecause(run.RunId) is { } why)
            throw new ResourceNotOursException("IAM role", roleName, why);

        var resource = Resource(roleName);
        run.Ledger.Register(resource, new DeleteRole(roleName));
        try
        {
            return await run.Executor.RunAsync(new CreateRole(roleName, trustPolicy.Path, run.RunId) { Document = trustPolicy.Text }, cancellationToken);
        }
        catch (AwsCliException e) when (e.ErrorCode == "EntityAlreadyExists")
        {
            run.Ledger.Settle(resource); // someone created it between the read and the create: not ours to delete
            throw new ResourceNotOursException("IAM role", roleName, "it was created by someone else while this run created it");
        }
    }

    /// <summary>Fails unless the role exists and this run created it: the run attaches nothing to a role it did not create.</summary>
    public async Task RequireOwnAsync(string roleName, CancellationToken cancellationToken)
    {
        var role = await run.Executor.RunAsync(new ReadRole(roleName), cancellationToken);
        if (role.Planned || role.Owner(run.RunId) == IamRoleOwner.ThisRun)
            return;
        if (role.NotOursBecause(run.RunId) is { } why)
            throw new ResourceNotOursException("IAM role", roleName, why);
        throw new InvalidOperationException(
            $"IAM role {roleName} does not exist: the KEDA operator's role is created by \"Install KEDA\" (features/01-install-keda.feature), which must run before a policy is attached to it.");
    }
}
