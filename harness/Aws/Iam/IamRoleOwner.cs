namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>Who an IAM role of a fixed name belongs to, from the run-id tag the suite puts on every role it creates.</summary>
public enum IamRoleOwner
{
    /// <summary>No role of that name: the run may create it.</summary>
    Absent,

    /// <summary>This run created it (a scenario before this one): the run may use it and deletes it in teardown.</summary>
    ThisRun,

    /// <summary>Tagged by another run: an earlier run's leftover, for the sweep; never used.</summary>
    OtherRun,

    /// <summary>No run-id tag: not the suite's; never used, attached to or deleted.</summary>
    Untagged,
}
