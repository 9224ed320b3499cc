using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Tests.Docker;

public sealed class InClusterDnsTests
{
    [Fact]
    public void Renders_k3s_coredns_custom_with_a_server_block_answering_the_alias()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(InClusterDns.CoreDnsCustomConfigMap("localstack", "172.18.0.3", "kg-run-1")));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        var metadata = (YamlMappingNode)root["metadata"];

        ((YamlScalarNode)root["kind"]).Value.Should().Be("ConfigMap");
        ((YamlScalarNode)metadata["name"]).Value.Should().Be("coredns-custom", "k3s's CoreDNS imports this ConfigMap's *.server keys");
        ((YamlScalarNode)metadata["namespace"]).Value.Should().Be("kube-system");
        ((YamlScalarNode)((YamlMappingNode)metadata["labels"])[RunLabel.Key]).Value.Should().Be("kg-run-1");
        var block = ((YamlScalarNode)((YamlMappingNode)root["data"])["localstack.server"]).Value!;
        block.Should().StartWith("localstack:53 {").And.Contain("hosts {").And.Contain("172.18.0.3 localstack");
    }
}
