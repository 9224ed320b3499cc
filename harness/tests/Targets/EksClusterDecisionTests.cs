using Amazon.Runtime;
using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Eks;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Eks;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Tests.Aws;

namespace KedaGuidance.Harness.Tests.Targets;

/// <summary>
/// The eks target's decisions about the cluster KEDAGUIDE_CLUSTER_NAME names, made before anything is created: the
/// setting itself, the kube context's server against describe-cluster's endpoint, the cluster's IAM OIDC provider. The
/// live ones go through the real aws CLI handler over a stand-in script that answers as the CLI does.
/// </summary>
public sealed class EksClusterDecisionTests
{
    // The shape of aws eks describe-cluster's answer (botocore eks 2017-11-01 DescribeClusterResponse), trimmed to what the suite reads.
    private const string Endpoint = "https://0123456789ABCDEF0123456789ABCDEF.gr7.us-west-2.eks.amazonaws.com";
    private const string DescribeAnswer = $$$$$"""
        {"cluster": {"name": "kg-nightly", "arn": "arn:aws:eks:us-west-2:123456789012:cluster/kg-nightly", "version": "1.35",
          "endpoint": "{{{{{Endpoint}}}}}", "status": "ACTIVE",
          "identity": {"oidc": {"issuer": "https://oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF"}}}}
        """;

    private static readonly ClusterAws Aws = new("123456789012", "us-west-2", InClusterEndpoint: null);

    private static EksClusterDescription Described(string status = "ACTIVE", string endpoint = Endpoint) =>
        new("kg-nightly", "arn:aws:eks:us-west-2:123456789012:cluster/kg-nightly", endpoint, "1.35", status,
            "https://oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF");

    [Fact]
    public void A_context_on_another_server_than_the_clusters_endpoint_is_refused_naming_both()
    {
        var problem = EksClusterCheck.Problem(Described(), "nightly", new Uri("https://FEDCBA9876543210.yl4.us-west-2.eks.amazonaws.com"));

        problem.Should().Contain("'nightly'").And.Contain("fedcba9876543210.yl4").And.Contain(Endpoint).And.Contain("KEDAGUIDE_CLUSTER_NAME")
            .And.Contain("aws eks update-kubeconfig --name kg-nightly").And.EndWith("Nothing was created.");
    }

    [Theory]
    [InlineData(Endpoint)]
    [InlineData(Endpoint + "/")]
    [InlineData("https://0123456789abcdef0123456789abcdef.GR7.us-west-2.eks.amazonaws.com:443")]
    public void The_same_server_written_differently_is_the_same_cluster(string server) =>
        EksClusterCheck.Problem(Described(), "nightly", new Uri(server)).Should().BeNull();

    [Fact]
    public void A_cluster_that_is_not_active_is_refused() =>
        EksClusterCheck.Problem(Described("CREATING"), "nightly", new Uri(Endpoint)).Should().Contain("is CREATING, not ACTIVE");

    [Fact]
    public void The_oidc_id_is_the_issuers_fifth_field_and_the_provider_is_named_as_eksctl_names_it()
    {
        var cluster = (EksClusterDescription)FakeAwsCli.Interpret(new DescribeEksCluster("kg-nightly", "us-west-2"), 0, DescribeAnswer)!;

        cluster.OidcId.Should().Be("0123456789ABCDEF0123456789ABCDEF", "the guide's cut -d '/' -f 5");
        cluster.OidcProviderArn.Should().Be("arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF");
        (cluster.KubernetesVersion, cluster.Endpoint, cluster.Status).Should().Be(("1.35", Endpoint, "ACTIVE"));
    }

    [Fact]
    public void The_context_server_is_read_from_the_kubeconfig_without_building_a_client()
    {
        var kubeconfig = $$$"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: arn:aws:eks:us-west-2:123456789012:cluster/kg-nightly
              cluster: {server: "{{{Endpoint}}}"}
            contexts:
            - name: nightly
              context: {cluster: "arn:aws:eks:us-west-2:123456789012:cluster/kg-nightly", user: u}
            users:
            - name: u
              user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: aws, args: [eks, get-token, --cluster-name, kg-nightly]}}
            """;
        ContextServer.Of(kubeconfig, "nightly").Should().Be(new Uri(Endpoint));
        ContextServer.Of(kubeconfig, "other").Should().BeNull();
    }

    [Fact]
    public void A_live_eks_run_requires_a_valid_cluster_name_and_a_plan_plans_one()
    {
        Problems("live", null).Should().Contain(p => p.StartsWith("KEDAGUIDE_CLUSTER_NAME is required", StringComparison.Ordinal));
        Problems("live", "-bad name").Should().Contain(p => p.Contains("is not an EKS cluster name", StringComparison.Ordinal));
        Problems("live", "kg-nightly").Should().NotContain(p => p.Contains("KEDAGUIDE_CLUSTER_NAME", StringComparison.Ordinal));
        var plan = TestRuns.PlanSettings("eks", TestRuns.TestDataGuide).TargetSettingsAs<EksSettings>();
        (plan.ClusterName, plan.ClusterNamePlanned).Should().Be((EksSettings.PlannedClusterName, true));
    }

    [Fact]
    public async Task A_cluster_without_its_iam_oidc_provider_fails_naming_the_eksctl_command_and_nothing_is_created()
    {
        var (run, calls) = Live(TestRuns.PlanSettings("eks", TestRuns.TestDataGuide, "kg-1", ("KEDAGUIDE_CLUSTER_NAME", "kg-nightly")), oidcProvider: false);

        var act = () => new EksClusterIdentity().ResolveAsync(run, Aws, new Uri(Endpoint), CancellationToken.None);

        (await act.Should().ThrowAsync<OidcProviderMissingException>())
            .WithMessage("*eksctl utils associate-iam-oidc-provider --cluster kg-nightly --region us-west-2 --approve*Nothing was created.");
        File.ReadAllLines(calls).Should().Equal("eks describe-cluster --name kg-nightly",
            "iam get-open-id-connect-provider --open-id-connect-provider-arn arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF");
        run.Ledger.Pending.Should().BeEmpty();
    }

    [Fact]
    public async Task A_context_on_another_cluster_fails_before_the_oidc_provider_is_even_read()
    {
        var (run, calls) = Live(TestRuns.PlanSettings("eks", TestRuns.TestDataGuide, "kg-1", ("KEDAGUIDE_CLUSTER_NAME", "kg-nightly")), oidcProvider: true);

        var act = () => new EksClusterIdentity().ResolveAsync(run, Aws, new Uri("https://someone-elses.eks.amazonaws.com"), CancellationToken.None);

        (await act.Should().ThrowAsync<ClusterUnavailableException>()).WithMessage("*someone-elses*" + Endpoint + "*");
        File.ReadAllLines(calls).Should().Equal("eks describe-cluster --name kg-nightly");
    }

    [Fact]
    public async Task The_resolved_cluster_gives_the_guide_its_cluster_name_and_oidc_id_and_declares_the_name_it_changed()
    {
        var (run, _) = Live(TestRuns.PlanSettings("eks", TestRuns.TestDataGuide, "kg-1", ("KEDAGUIDE_CLUSTER_NAME", "kg-nightly")), oidcProvider: true);

        var cluster = await new EksClusterIdentity().ResolveAsync(run, Aws, new Uri(Endpoint), CancellationToken.None);
        var environment = cluster.Apply(TestRuns.ExampleEnvironment());

        (environment["CLUSTER_NAME"], environment["OIDC_ID"], cluster.KubernetesVersion).Should().Be(("kg-nightly", "0123456789ABCDEF0123456789ABCDEF", "1.35"));
        run.Recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "cluster-name")
            .Which.GuideSays.Should().Contain("CLUSTER_NAME=eks-keda-guidance", "the guide's env.sh names the cluster eks-keda-guidance");
    }

    private static List<string> Problems(string mode, string? clusterName)
    {
        var problems = new List<string>();
        var input = new TargetSettingsInput(name => name switch
        {
            "KEDAGUIDE_CLUSTER_NAME" => clusterName,
            "KEDAGUIDE_KUBE_CONTEXT" => "nightly",
            _ => null,
        }, mode == "live" ? Harness.Configuration.ExecutionMode.Live : Harness.Configuration.ExecutionMode.Plan, AwsEndpoint: null, "us-west-2", Path.GetTempPath());
        EksSettings.Read(input, problems, "eks");
        return problems;
    }

    /// <summary>A run whose executor is live with the real aws CLI handler over a script answering describe-cluster and the OIDC provider read; every call is logged.</summary>
    private static (RunContext Run, string Calls) Live(Harness.Configuration.SuiteSettings settings, bool oidcProvider)
    {
        var calls = Path.Combine(Directory.CreateTempSubdirectory("kg-calls-").FullName, "calls");
        File.WriteAllText(calls, "");
        var script = FakeAwsCli.Script($$"""
            echo "$*" | sed 's/ --output json.*//; s/ --region [^ ]*//' >> '{{calls}}'
            case "$1 $2" in
              "eks describe-cluster") cat <<'OUT'
            {{DescribeAnswer}}
            OUT
            ;;
              "iam get-open-id-connect-provider") {{(oidcProvider ? "echo '{\"Url\":\"oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF\"}'" : "echo 'An error occurred (NoSuchEntity) when calling the GetOpenIDConnectProvider operation: not found' >&2; exit 254")}} ;;
              *) echo "unexpected: $*" >&2; exit 2 ;;
            esac
            """);
        var recorder = new RunRecorder(settings.RunId, "live", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        recorder.BeginScenario("s", "f", "t", []);
        var handlers = new HandlerRegistry();
        handlers.Add([new AwsCliHandler(new AwsCliRunner(new AwsConnection(null, "us-west-2", new BasicAWSCredentials("test", "test")), script))], []);
        return (new RunContext(settings, TestRuns.TestDataGuide, new LiveExecutor(recorder, handlers), new TeardownLedger(attempts: 1), recorder,
            SuiteTargets.Find("eks")!.Profile, TestRuns.Scratch.Child("cluster")), calls);
    }
}
