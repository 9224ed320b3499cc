using KedaGuidance.Fixtures.Scaling;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Workloads;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>features/03-prometheus-scale-out.feature: each phrase is one call of <see cref="PrometheusScalingSection"/>.</summary>
[Binding]
public sealed class PrometheusScalingSteps(ScalingScenario scenario, SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output)
{
    private PrometheusScalingSection? _section;

    private PrometheusScalingSection Prometheus => _section ?? throw new InvalidOperationException("Start with \"Given the run's cluster for the Prometheus example\".");
    private CancellationToken Token => cancellation.Token;

    [Given("the run's cluster for the Prometheus example")]
    public async Task GivenTheCluster()
    {
        var (site, aws, cluster) = await ScalingTargets.UseAsync(session, needsAws: false, Token);
        var guide = session.Run.Guide;
        var environment = cluster.Apply(GuideEnvironment.FromGuide(guide, GuideFacts.On(guide, aws.Account, aws.Region, isExample: aws.Planned)));
        _section = new PrometheusScalingSection(session.Run, site, environment);
        scenario.Section = _section;
    }

    [When("the metric store is created")]
    public Task WhenTheMetricStoreIsCreated() => Prometheus.CreateMetricStoreAsync(Token);

    [When("the KEDA operator is allowed to query it")]
    public Task WhenKedaIsAllowedToQuery() => Prometheus.GrantQueryAsync(Token);

    [When("the sample app image is built from the guide's Dockerfile")]
    public Task WhenTheImageIsBuilt() => Prometheus.BuildSampleAppImageAsync(Token);

    [When("the guide's sample app and its Service are applied")]
    public Task WhenTheSampleAppIsApplied() => Prometheus.ApplySampleAppAsync(Token);

    [When("the ADOT collector is deployed with the guide's configuration")]
    public Task WhenTheCollectorIsDeployed() => Prometheus.DeployCollectorAsync(Token);

    [When("the guide's ScaledObject is written as the guide's heredoc:")]
    public void WhenTheScaledObjectIsWritten(string heredoc) => Prometheus.RenderScaledObject(heredoc);

    [When("a bounded load of {int} requests per second from {int} pods is sent to the sample app")]
    public async Task WhenALoadIsSent(int rate, int pods)
    {
        await Prometheus.StartLoadAsync(rate, pods, Token);
        output.WriteLine($"load: {Prometheus.Load!.Describe()}");
    }

    [Then("the HPA scales the sample app out to the oracle's count for the metric, within 1..20")]
    public async Task ThenItScalesOut() => output.WriteLine((await Prometheus.ExpectScaleOutAsync(Token)).Observed);

    [Then("the HPA's rescale event names the external metric s0-prometheus above target")]
    public async Task ThenTheEventNamesTheMetric() => output.WriteLine((await Prometheus.ExpectRescaleEventAsync(Token)).Observed);

    [When("the load stops")]
    public Task WhenTheLoadStops() => Prometheus.StopLoadAsync(Token);

    [Then("the sample app returns to 1 replica within the HPA scale-down stabilization + pollingInterval + HPA sync + slack")]
    public async Task ThenItReturnsToOne() => output.WriteLine((await Prometheus.ExpectBackToMinAsync(Token)).Observed);
}
