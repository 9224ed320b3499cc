using KedaGuidance.Harness.Aws.CloudFormation;
using KedaGuidance.Harness.Aws.Ecr;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Teardown.Cleanup;

/// <summary>
/// Performs the guide's clean-up on what this run created and nothing else: each step takes its entries out of the
/// teardown ledger (so final teardown does not delete them twice) and runs their inverses through the executor,
/// newest first. Then <see cref="ExpectGoneAsync"/> checks each removed resource is gone. A feature run alone finds
/// an empty ledger, creates nothing, and says so.
/// </summary>
public sealed class GuideCleanup(RunContext run)
{
    private readonly IExecutor _executor = run.Executor;
    private readonly TeardownLedger _ledger = run.Ledger;
    private readonly TimeSpan _slack = run.Slack;

    /// <summary>DeleteQueue: "the process takes up to 60 seconds" (SQS API reference).</summary>
    public static readonly TimeSpan QueueDeletion = TimeSpan.FromSeconds(60);

    /// <summary>Stated allowance for delete-stack of the guide's requirements stack (a workspace and a repository).</summary>
    public static readonly TimeSpan StackDeletion = TimeSpan.FromMinutes(10);

    public async Task<CleanupOutcome> RunAsync(CleanupStep step, CancellationToken cancellationToken)
    {
        if (step.SkipReason(run.RequireProfile()) is { } reason)
            return new CleanupOutcome(step, reason, new TeardownReport([], []));
        var report = await _ledger.TearDownMatchingAsync(_executor, step.Matches, cancellationToken);
        return new CleanupOutcome(step, null, report);
    }

    /// <summary>
    /// Checks each removed resource is gone. Kubernetes objects and namespaces: their delete already polled until the
    /// API answered 404 (waiting out Terminating and finalizers); the Helm release: helm uninstall --wait. AWS: asked
    /// again (get-role / get-policy / describe-repositories answer NoSuchEntity, the queue's name no longer resolves,
    /// the stack no longer describes). Returns one line per resource.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExpectGoneAsync(CleanupOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Report.Clean)
            throw new InvalidOperationException($"{outcome.Step.Phrase} could not remove: {string.Join("; ", outcome.Report.Leftovers)}.");
        var lines = new List<string>();
        foreach (var resource in outcome.Report.Removed)
            lines.Add(await ExpectGoneAsync(resource, cancellationToken));
        return lines;
    }

    private async Task<string> ExpectGoneAsync(string resource, CancellationToken cancellationToken)
    {
        var (kind, name) = Split(resource);
        switch (kind)
        {
            case "sqs queue":
                var result = await _executor.ExpectAsync(new QueueAbsent(name[(name.TrimEnd('/').LastIndexOf('/') + 1)..].TrimEnd('/'))
                {
                    Budget = WaitBudget.Sum(("SQS queue deletion", QueueDeletion), ("slack", _slack)),
                }, cancellationToken);
                return $"{resource}: {result.Observed}";
            case "iam role":
                return await AbsentAsync(resource, new IamRoleExists(name), cancellationToken);
            case "iam policy":
                return await AbsentAsync(resource, new IamPolicyExists(name), cancellationToken);
            case "ecr repository":
                return await AbsentAsync(resource, new EcrRepositoryExists(name), cancellationToken);
            case "cloudformation stack":
                var stack = await _executor.ExpectAsync(new StackReaches(name, "DOES_NOT_EXIST")
                {
                    Budget = WaitBudget.Sum(("delete-stack of the requirements stack (stated allowance)", StackDeletion), ("slack", _slack)),
                }, cancellationToken);
                return $"{resource}: {stack.Observed}";
            case var _ when _executor.Mode == ExecutionMode.Plan && kind is "iam attachment" or "helm release" or "kubernetes":
                return $"{resource}: planned (live: {(kind == "helm release" ? "helm uninstall --wait" : kind == "kubernetes" ? "the delete polls until the API answers 404" : "delete-policy confirms it")})";
            case "iam attachment":
                return $"{resource}: detached (the policy's own deletion, which IAM refuses while attached, confirms it)";
            case "helm release":
                return $"{resource}: gone (helm uninstall --wait returned)";
            default:
                return $"{resource}: gone (its delete polled until the API answered 404)";
        }
    }

    /// <summary>Polls the resource's existence check until it answers not found, within the propagation allowance plus slack (IAM is eventually consistent).</summary>
    private async Task<string> AbsentAsync(string resource, Aws.Cli.AwsCliOperation<bool> exists, CancellationToken cancellationToken)
    {
        var result = await _executor.ExpectAsync(new Aws.Cli.AwsResourceAbsent(resource, exists)
        {
            Budget = WaitBudget.Sum(("propagation of the delete (stated allowance)", Aws.Cli.AwsResourceAbsent.Propagation), ("slack", _slack)),
        }, cancellationToken);
        return $"{resource}: {result.Observed}";
    }

    /// <summary>Ledger names are "kind words NAME" for AWS and Helm ("iam role x"), "Kind ns/name" for Kubernetes.</summary>
    public static (string Kind, string Name) Split(string resource)
    {
        foreach (var prefix in new[] { "sqs queue", "iam role", "iam policy", "iam attachment", "ecr repository", "cloudformation stack", "helm release" })
            if (resource.StartsWith(prefix + " ", StringComparison.Ordinal))
                return (prefix, resource[(prefix.Length + 1)..]);
        return ("kubernetes", resource);
    }
}
