using System.Net;
using k8s.Models;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>
/// The pods the cluster can still schedule for a workload, read from the nodes' allocatable pods and the pods bound to
/// them, and the SQS drain budget derived from it: as many consumers as maxReplicaCount or the nodes take, whichever is fewer.
/// </summary>
public sealed class PodCapacityTests
{
    // Two m5.large nodes, as the guide's setup/cluster.yaml creates them: the VPC CNI allows (3 ENIs × (10 − 1) IPs) + 2 = 29 pods each.
    private static V1Node Node(string name, int pods, bool ready = true, bool cordoned = false, string? taint = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1NodeSpec { Unschedulable = cordoned, Taints = taint is null ? null : [new V1Taint { Key = "k", Effect = taint }] },
        Status = new V1NodeStatus
        {
            Allocatable = new Dictionary<string, ResourceQuantity> { ["pods"] = new(pods.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            Conditions = [new V1NodeCondition { Type = "Ready", Status = ready ? "True" : "False" }],
        },
    };

    private static V1Pod Pod(string node, string ns = "kube-system", string app = "x", string phase = "Running") => new()
    {
        Metadata = new V1ObjectMeta { Name = Guid.NewGuid().ToString("n"), NamespaceProperty = ns, Labels = new Dictionary<string, string> { ["app"] = app } },
        Spec = new V1PodSpec { NodeName = node },
        Status = new V1PodStatus { Phase = phase },
    };

    private static bool IsConsumer(V1Pod pod) => pod.Metadata.NamespaceProperty == "keda-sqs-guidance" && pod.Metadata.Labels["app"] == "sqs-consumer-backend";

    [Fact]
    public void Free_places_are_the_schedulable_nodes_allocatable_pods_minus_other_pods_the_workloads_own_keep_theirs()
    {
        var nodes = new[] { Node("a", 29), Node("b", 29), Node("cordoned", 29, cordoned: true), Node("tainted", 29, taint: "NoSchedule"), Node("notready", 29, ready: false) };
        var pods = Enumerable.Range(0, 9).Select(_ => Pod("a"))
            .Concat(Enumerable.Range(0, 6).Select(_ => Pod("b")))
            .Concat(Enumerable.Range(0, 10).Select(_ => Pod("a", "keda-sqs-guidance", "sqs-consumer-backend")))
            .Append(Pod("b", phase: "Succeeded")).Append(Pod("cordoned"));

        var capacity = PodCapacity.From(nodes, pods, IsConsumer);

        capacity.Should().Be(new PodCapacity(Nodes: 2, Allocatable: 58, Taken: 15, Free: 43));
        capacity.Describe().Should().Be("43 more pod(s): 2 schedulable node(s) allocate 58 pods, 15 taken by other pods");
    }

    [Fact]
    public async Task The_handler_reads_the_nodes_and_the_pods_once_each()
    {
        var stub = new RecordingHandler()
            .On("GET /api/v1/nodes", HttpStatusCode.OK, """{"kind":"NodeList","apiVersion":"v1","items":[{"metadata":{"name":"a"},"status":{"allocatable":{"pods":"29"},"conditions":[{"type":"Ready","status":"True"}]}}]}""")
            .On("GET /api/v1/pods", HttpStatusCode.OK, """{"kind":"PodList","apiVersion":"v1","items":[{"metadata":{"name":"p","namespace":"kube-system"},"spec":{"nodeName":"a","containers":[]},"status":{"phase":"Running"}}]}""");
        IOperationHandler handler = new ReadPodCapacityHandler(stub.Client());
        var operation = new ReadPodCapacity("keda-sqs-guidance", new Dictionary<string, string> { ["app"] = "sqs-consumer-backend" }, "test");

        var capacity = (PodCapacity)(await handler.ExecuteAsync(operation, CancellationToken.None))!;

        capacity.Free.Should().Be(28);
        stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public void The_drain_budget_counts_the_consumers_the_nodes_can_run_not_maxReplicaCount()
    {
        var section = Section();

        var planned = section.DrainEstimate(500);
        var twoNodes = section.DrainEstimate(500, new PodCapacity(2, 58, 18, 40));

        (planned.Consumers, planned.Rounds).Should().Be((100, 3));
        (twoNodes.Consumers, twoNodes.Rounds).Should().Be((40, 8), "1500 deliveries over 40 consumers taking 5 a round");
        twoNodes.Terms[0].Term.Should().Contain("consumers: 40 = the smaller of maxReplicaCount 100 and the pods the nodes can still take (40 more pod(s)");
        twoNodes.Drain.Should().Be(TimeSpan.FromSeconds(400));
    }

    [Fact]
    public void Nodes_that_take_no_more_pods_fail_the_drain_with_the_reason()
    {
        var act = () => Section().DrainEstimate(500, new PodCapacity(2, 58, 58, 0));

        act.Should().Throw<InvalidOperationException>().WithMessage("The cluster's nodes can take no more pods (0 more pod(s)*the queue would never drain*");
    }

    private static SqsScalingSection Section()
    {
        var settings = TestRuns.PlanSettings("eks", TestRuns.TestDataGuide);
        var run = TestRuns.Plan(settings, TestRuns.TestDataGuide);
        var aws = SuiteTargets.Find("eks")!.PlanAws(settings);
        var section = new SqsScalingSection(run, new GuideSqsSection(run, aws.Aws), aws.ForCluster);
        section.RenderScaledObject(); // maxReplicaCount comes from the guide's ScaledObject
        return section;
    }
}
