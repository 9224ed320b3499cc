using k8s.Models;
using KedaGuidance.Harness.Kubernetes;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>The ADOT collector's DaemonSet is ready when its rollout has caught up and every scheduled pod is ready.</summary>
public sealed class DaemonSetReadyTests
{
    private static V1DaemonSet Set(int desired, int ready, int updated, long generation = 2, long observed = 2) => new()
    {
        Metadata = new V1ObjectMeta { Name = "adot-collector", Generation = generation },
        Status = new V1DaemonSetStatus { DesiredNumberScheduled = desired, NumberReady = ready, UpdatedNumberScheduled = updated, ObservedGeneration = observed, CurrentNumberScheduled = desired, NumberMisscheduled = 0 },
    };

    [Fact]
    public void Every_scheduled_pod_ready_and_updated_is_ready() =>
        DaemonSetReadyHandler.Observe(Set(2, 2, 2)).Should().Be(new KedaGuidance.Harness.Waits.Observation(true, "2/2 ready, 2 updated"));

    [Theory]
    [InlineData(2, 1, 2, 2)]
    [InlineData(2, 2, 1, 2)]
    [InlineData(0, 0, 0, 2)]
    [InlineData(2, 2, 2, 1)]
    public void One_node_short_an_old_rollout_or_no_node_at_all_is_not(int desired, int ready, int updated, long observed) =>
        DaemonSetReadyHandler.Observe(Set(desired, ready, updated, observed: observed)).Met.Should().BeFalse();
}
