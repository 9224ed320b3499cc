using KedaGuidance.Fixtures.Cluster;

namespace KedaGuidance.Steps.Runner;

/// <summary>
/// Where live runs get the fixtures that other parts of the suite provide: the local target's k3s cluster and the
/// run's AWS. Until one is wired, a live run that needs it fails with a message saying so (a plan run needs neither).
/// </summary>
public static class TargetWiring
{
    /// <summary>The local target's cluster: k3s in Docker (K3sFixture), on the network it shares with LocalStack.</summary>
    public static readonly LocalClusterFactory LocalCluster = _ =>
        throw new NotSupportedException("The local target's k3s cluster is not wired into this build (steps/Runner/TargetWiring.LocalCluster). Use the eks target, or a plan run (runsettings/plan.runsettings).");

    /// <summary>The run's AWS: LocalStack or KEDAGUIDE_AWS_ENDPOINT on the local target, the real account on eks.</summary>
    public static readonly AwsFixtureSource Aws = (_, _) =>
        throw new NotSupportedException("The run's AWS fixture is not wired into this build (steps/Runner/TargetWiring.Aws). Use a plan run (runsettings/plan.runsettings) until it is.");
}
