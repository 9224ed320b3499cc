using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Eks;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Tests.Targets;

/// <summary>
/// The eks step of "Install KEDA" that creates the operator's role: its trust policy must trust the IAM OIDC provider of
/// the cluster that was described and checked, or KEDA could never assume the role — then nothing is created for it.
/// </summary>
public sealed class CreateKedaOperatorRoleTests
{
    private const string ClusterOidcId = "0123456789ABCDEF0123456789ABCDEF";

    private static readonly GuideCluster Cluster = new("kg-nightly", "test", ClusterOidcId,
        $"arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/{ClusterOidcId}", "1.35", NoOidcReason: null);

    [Fact]
    public async Task A_trust_policy_that_names_another_provider_fails_before_the_role_is_read_or_created()
    {
        var guide = CopyOfGuide(trustPolicy => trustPolicy.Replace("${OIDC_ID}", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", StringComparison.Ordinal));
        var (run, keda) = await InstallationAsync(guide);

        var act = () => new CreateKedaOperatorRole().RunAsync(keda, run, CancellationToken.None);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"*does not trust the cluster's IAM OIDC provider (…:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/{ClusterOidcId})*Nothing was created for the role.");
        run.Recorder.CurrentEntries().Should().NotContain(e => e.Kind.StartsWith("iam.", StringComparison.Ordinal));
        run.Ledger.Pending.Should().BeEmpty();
    }

    [Fact]
    public async Task The_guides_trust_policy_is_rendered_with_the_clusters_oidc_id_and_the_role_created_tagged()
    {
        var (run, keda) = await InstallationAsync(CopyOfGuide(t => t));

        await new CreateKedaOperatorRole().RunAsync(keda, run, CancellationToken.None);

        var create = run.Recorder.CurrentEntries().Single(e => e.Kind == "iam.create-role");
        create.Content.Should().Contain($"oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/{ClusterOidcId}").And.Contain("--tags Key=kedaguidance:run-id,Value=kg-1");
        run.Ledger.Pending.Should().Equal("iam role keda-operator-role");
    }

    private static async Task<(Operations.RunContext Run, KedaInstallation Keda)> InstallationAsync(string guide)
    {
        var settings = TestRuns.PlanSettings("eks", guide, "kg-1");
        var run = TestRuns.Plan(settings, guide);
        var aws = SuiteTargets.Find("eks")!.PlanAws(settings).ForCluster;
        var access = await run.RequireProfile().KedaAws.ResolveAsync(aws, null, CancellationToken.None);
        return (run, new KedaInstallation(run, Cluster.Apply(TestRuns.ExampleEnvironment(guide)), access, Cluster));
    }

    /// <summary>The test guide's files in a temp folder, the KEDA trust policy changed by <paramref name="edit"/>.</summary>
    private static string CopyOfGuide(Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("kg-trust-").FullName;
        foreach (var file in Directory.GetFiles(TestRuns.TestDataGuide, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestRuns.TestDataGuide, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var policy = Path.Combine(folder, GuideLayout.KedaTrustPolicy);
        File.WriteAllText(policy, edit(File.ReadAllText(policy)));
        return folder;
    }
}
