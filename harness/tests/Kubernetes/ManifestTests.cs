using System.Text.Json;
using KedaGuidance.Harness.Kubernetes;

namespace KedaGuidance.Harness.Tests.Kubernetes;

public sealed class ManifestTests
{
    [Fact]
    public void Converts_scalars_by_YAML_1_2_and_keeps_quoted_values_as_strings()
    {
        var json = Manifest.Parse("m.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              labels:
                app: web
            data:
              count: "5"
              version: '1.29'
            spec:
              replicas: 3
              ratio: 0.5
              enabled: true
              nothing: ~
              text: hello
            """, "run-1").Single().Json;

        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("data").GetProperty("count").GetString().Should().Be("5");
        root.GetProperty("data").GetProperty("version").GetString().Should().Be("1.29");
        var spec = root.GetProperty("spec");
        spec.GetProperty("replicas").GetInt32().Should().Be(3);
        spec.GetProperty("ratio").GetDouble().Should().Be(0.5);
        spec.GetProperty("enabled").GetBoolean().Should().BeTrue();
        spec.GetProperty("nothing").ValueKind.Should().Be(JsonValueKind.Null);
        spec.GetProperty("text").GetString().Should().Be("hello");
        root.GetProperty("metadata").GetProperty("labels").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")
            .Should().Equal("app=web", "kedaguidance.io/run-id=run-1");
    }

    [Theory]
    [InlineData("yes", "'yes' at data.flag is a boolean in YAML 1.1*quote it*")]
    [InlineData("0755", "'0755' at data.flag is an octal number in YAML 1.1*quote it*")]
    public void Refuses_a_scalar_YAML_1_1_reads_differently_naming_where_it_is(string value, string message)
    {
        var act = () => Manifest.Parse("m.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  flag: {value}\n", "run-1");

        act.Should().Throw<ManifestException>().WithMessage("m.yaml, document 1: " + message);
    }

    [Theory]
    [InlineData("kind: ConfigMap\nmetadata:\n  name: c\n", "m.yaml, document 1 has no apiVersion.")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: c-\n", "m.yaml, document 1 (ConfigMap) has no metadata.name*")]
    [InlineData("# only a comment\n", "m.yaml holds no Kubernetes object.")]
    [InlineData("apiVersion: v1\nkind: [unclosed\n", "m.yaml is not valid YAML at line*")]
    public void Names_the_document_and_what_is_missing(string yaml, string message)
    {
        var act = () => Manifest.Parse("m.yaml", yaml, "run-1");

        act.Should().Throw<ManifestException>().WithMessage(message);
    }

    [Fact]
    public void A_sensitive_apply_never_shows_its_content()
    {
        var apply = ApplyManifest.FromYaml("secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  key: hunter2\n", "run-1") with { Sensitive = true };

        apply.Content.Should().NotContain("hunter2").And.StartWith("(content withheld");
        apply.Summary.Should().NotContain("hunter2");
    }
}
