using FluentAssertions;
using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>The guide's "Install KEDA" section (features/01-install-keda.feature).</summary>
[Binding]
public sealed class KedaInstallSteps(SuiteSession session, ScenarioCancellation cancellation)
{
    private KedaInstallation? _keda;
    private ValuesFile? _values;

    private KedaInstallation Keda => _keda ?? throw new InvalidOperationException("No cluster yet: the scenario must start with 'Given the cluster of this run's target'.");

    [Given("the cluster of this run's target")]
    public async Task GivenTheCluster() =>
        _keda = await KedaTarget.PrepareAsync(session, cancellation.Token);

    [When("the KEDA namespace is created")]
    public Task WhenTheNamespaceIsCreated() => Keda.CreateNamespaceAsync(cancellation.Token);

    [When("the KEDA values are rendered from the guide's template")]
    public void WhenTheValuesAreRendered() => _values = Keda.RenderValues();

    [When("the kedacore Helm repository is added")]
    public Task WhenTheRepositoryIsAdded() => Keda.AddRepositoryAsync(cancellation.Token);

    [When("the KEDA chart is installed with the rendered values")]
    public Task WhenTheChartIsInstalled() =>
        Keda.InstallAsync(_values ?? throw new InvalidOperationException("The values were not rendered: add 'the KEDA values are rendered from the guide's template' first."), cancellation.Token);

    [Then("helm lists the release keda as deployed with the pinned chart")]
    public Task ThenTheReleaseIsDeployed() => Keda.ExpectReleaseDeployedAsync(cancellation.Token);

    [Then("the pods of these KEDA components are Running and Ready:")]
    public async Task ThenThePodsAreReady(DataTable components)
    {
        foreach (var row in components.Rows)
            await Keda.ExpectComponentReadyAsync(row["component"], cancellation.Token);
    }

    [Then("the CRD {string} is Established")]
    public Task ThenTheCrdIsEstablished(string crd) => Keda.ExpectCrdEstablishedAsync(crd, cancellation.Token);

    [Then("the APIService {string} is Available")]
    public Task ThenTheApiServiceIsAvailable(string apiService) => Keda.ExpectApiServiceAvailableAsync(apiService, cancellation.Token);

    [Then("the run record holds the whole KEDA installation for this target")]
    public void ThenTheRecordHoldsTheInstallation() =>
        KedaInstallRecord.Problems(session.Recorder.CurrentEntries(), Keda.Access, session.Settings.KedaChartVersion, Keda.Account, session.Settings.RunId,
                session.Settings.KedaChart)
            .Should().BeEmpty("the record must show every step of the guide's \"Install KEDA\" with its rendered content and finite budgets");
}
