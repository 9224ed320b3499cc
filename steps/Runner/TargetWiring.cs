using KedaGuidance.Fixtures.Aws;
using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Steps.Runner;

/// <summary>Where live runs get their cluster and AWS: the local target's k3s + LocalStack, or the eks target's own.</summary>
public static class TargetWiring
{
    /// <summary>The local target's cluster: k3s in Docker, on the network it shares with LocalStack.</summary>
    public static readonly LocalClusterFactory LocalCluster = Fixtures.Docker.LocalCluster.Factory;

    /// <summary>The run's AWS: KEDAGUIDE_AWS_ENDPOINT, else LocalStack on the local target, the real account on eks.</summary>
    public static readonly AwsFixtureSource Aws = async (session, cancellationToken) =>
    {
        await session.UseAwsAsync(cancellationToken);
        return await session.UseFixtureAsync<IAwsFixture>(
            () => throw new InvalidOperationException($"No AWS started for {SettingNames.Target}={session.Settings.Target} (suite defect)."),
            cancellationToken);
    };
}
