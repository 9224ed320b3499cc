using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.GuideAsData;

/// <summary>
/// The names the live sections still keep as constants are the guide model's (read from the guide's own files): a
/// rename in the guide fails here, naming the constant to move to <see cref="GuideModel.Names"/>.
/// </summary>
public sealed class SectionNamesTests
{
    public static TheoryData<string, string, string> Names()
    {
        return new TheoryData<string, string, string>
        {
            { "SqsScalingSection.Namespace", SqsScalingSection.Namespace, nameof(GuideNames.SqsNamespace) },
            { "SqsScalingSection.Deployment", SqsScalingSection.Deployment, nameof(GuideNames.SqsConsumerDeployment) },
            { "SqsScalingSection.Container", SqsScalingSection.Container, nameof(GuideNames.SqsConsumerContainer) },
            { "SqsScalingSection.ServiceAccount", SqsScalingSection.ServiceAccount, nameof(GuideNames.SqsConsumerServiceAccount) },
            { "SqsScalingSection.ScaledObjectName", SqsScalingSection.ScaledObjectName, nameof(GuideNames.SqsScaledObject) },
            { "SqsScalingSection.EcrRepository", SqsScalingSection.EcrRepository, nameof(GuideNames.ConsumerRepository) },
            { "SqsScalingSection.KedaNamespace", SqsScalingSection.KedaNamespace, nameof(GuideNames.KedaNamespace) },
            { "PrometheusScalingSection.Namespace", PrometheusScalingSection.Namespace, nameof(GuideNames.PrometheusNamespace) },
            { "PrometheusScalingSection.Deployment", PrometheusScalingSection.Deployment, nameof(GuideNames.SampleAppDeployment) },
            { "PrometheusScalingSection.Container", PrometheusScalingSection.Container, nameof(GuideNames.SampleAppContainer) },
            { "PrometheusScalingSection.Service", PrometheusScalingSection.Service, nameof(GuideNames.SampleAppService) },
            { "PrometheusScalingSection.ScaledObjectName", PrometheusScalingSection.ScaledObjectName, nameof(GuideNames.PrometheusScaledObject) },
            { "PrometheusScalingSection.StackName", PrometheusScalingSection.StackName, nameof(GuideNames.RequirementsStack) },
            { "PrometheusScalingSection.AdotNamespace", PrometheusScalingSection.AdotNamespace, nameof(GuideNames.AdotNamespace) },
            { "PrometheusScalingSection.KedaNamespace", PrometheusScalingSection.KedaNamespace, nameof(GuideNames.KedaNamespace) },
            { "PrometheusScalingSection.Collector", PrometheusScalingSection.Collector, nameof(GuideNames.AdotCollector) },
            { "AmpMetricStore.SigV4Deployment", Fixtures.Targets.Strategies.AmpMetricStore.SigV4Deployment, nameof(GuideNames.SigV4Deployment) },
            { "KedaInstallation.Release", KedaInstallation.Release, nameof(GuideNames.KedaRelease) },
        };
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_section_constant_is_the_name_the_guide_gives(string constant, string value, string role)
    {
        var name = (GuideName?)typeof(GuideNames).GetProperty(role)!.GetValue(GuideModel.Read(TestGuide.Root).Names);
        name.Should().NotBeNull("the guide defines its {0}", role);
        value.Should().Be(name!.Value, "{0} must be what the guide says ({1}, GuideModel.Names.{2}); better, read it from there", constant, name.DefinedIn, role);
    }
}
