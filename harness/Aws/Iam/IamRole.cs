namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>
/// An IAM role as <c>aws iam get-role</c> reports it (botocore's iam model: GetRoleResponse → <c>Role</c> with
/// <c>Arn</c> and <c>Tags</c>, a list of <c>{Key, Value}</c>), or its absence (NoSuchEntity). <see cref="Owner"/> decides
/// whether the run may use it: only a role this run created and tagged.
/// </summary>
public sealed record IamRole(string Name, bool Exists, string? Arn, IReadOnlyDictionary<string, string> Tags, bool Planned = false)
{
    public static IamRole Absent(string name) => new(name, false, null, new Dictionary<string, string>());

    /// <summary>What a plan assumes: absent, so the plan shows the create a live run makes on a clean account.</summary>
    public static IamRole PlannedAbsent(string name) => new(name, false, null, new Dictionary<string, string>(), Planned: true);

    /// <summary>The run id the role is tagged with (<see cref="AwsTags.RunId"/>), or null when untagged.</summary>
    public string? RunId => Tags.GetValueOrDefault(AwsTags.RunId);

    public IamRoleOwner Owner(string runId) =>
        !Exists ? IamRoleOwner.Absent
        : RunId is null ? IamRoleOwner.Untagged
        : RunId == runId ? IamRoleOwner.ThisRun
        : IamRoleOwner.OtherRun;

    /// <summary>Why the run must leave the role alone, for an error; null when it is this run's or absent.</summary>
    public string? NotOursBecause(string runId) => Owner(runId) switch
    {
        IamRoleOwner.Untagged => $"it carries no {AwsTags.RunId} tag: someone else's role, or one made outside the suite",
        IamRoleOwner.OtherRun => $"it is tagged {AwsTags.RunId}={RunId}, another run's: left by an earlier run (the sweep removes it: KEDAGUIDE_SWEEP=delete KEDAGUIDE_SWEEP_RUN_ID={RunId} --filter Category=sweep)",
        _ => null,
    };
}
