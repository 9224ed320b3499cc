namespace KedaGuidance.Harness.Configuration;

/// <summary>Where cluster and AWS scenarios run. <see cref="None"/> runs the static checks and skips the rest.</summary>
public enum SuiteTarget
{
    /// <summary>No cluster, no AWS account: static scenarios run; cluster and AWS scenarios are skipped with a reason.</summary>
    None,

    /// <summary>k3s and LocalStack in Docker (Testcontainers), or LocalStack/moto at KEDAGUIDE_AWS_ENDPOINT.</summary>
    Local,

    /// <summary>An existing EKS cluster (named kube context) and the AWS account of the default credential chain.</summary>
    Eks,
}

/// <summary>Whether operations are performed (<see cref="Live"/>) or only recorded with their deadlines (<see cref="Plan"/>).</summary>
public enum ExecutionMode
{
    Live,
    Plan,
}

/// <summary>The sweep of leftovers from earlier (crashed) runs: off, list what it would delete, or delete it.</summary>
public enum SweepMode
{
    Off,
    List,
    Delete,
}

/// <summary>
/// How a @deliberate-failure scenario ends after it created resources: it fails (<see cref="Fail"/>) or waits until
/// the run is cancelled (<see cref="WaitForCancel"/>). Either way teardown must leave nothing behind; CI checks by listing.
/// </summary>
public enum DeliberateFailure
{
    Off,
    Fail,
    WaitForCancel,
}
