using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Workloads;

public sealed class LoadJobTests
{
    [Fact]
    public void The_load_is_bounded_in_count_and_time()
    {
        var load = new LoadJob("ns", "load", "http://svc.ns.svc.cluster.local/", Pods: 5, RatePerPod: 10, Duration: TimeSpan.FromSeconds(200));
        load.RequestsPerPod.Should().Be(2000);
        load.MaxRequests.Should().Be(10000);
        load.TotalRate.Should().Be(50);
        var manifest = load.Manifest();
        manifest.Should().Contain("activeDeadlineSeconds: 200").And.Contain("parallelism: 5").And.Contain("backoffLimit: 0")
            .And.Contain("-lt 2000").And.Contain("sleep 0.1");
        Manifest.Parse("load", manifest, "r1").Single().Reference.Kind.Should().Be("Job");
    }
}
