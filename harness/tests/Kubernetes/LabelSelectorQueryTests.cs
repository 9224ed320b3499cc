using k8s.Models;
using KedaGuidance.Harness.Kubernetes;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>A workload's selector becomes the list query the API server parses (apimachinery labels.Parse syntax).</summary>
public sealed class LabelSelectorQueryTests
{
    [Fact]
    public void Match_labels_and_expressions_are_and_ed_in_the_servers_syntax()
    {
        var selector = new V1LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["app"] = "sqs-consumer" },
            MatchExpressions =
            [
                Req("tier", "In", "web", "worker"),
                Req("track", "NotIn", "canary"),
                Req("owner", "Exists"),
                Req("legacy", "DoesNotExist"),
            ],
        };
        LabelSelectorQuery.Of(selector).Should().Be("app=sqs-consumer,tier in (web,worker),track notin (canary),owner,!legacy");
    }

    [Fact]
    public void A_selector_without_requirements_gives_no_query()
    {
        LabelSelectorQuery.Of(null).Should().BeNull();
        LabelSelectorQuery.Of(new V1LabelSelector()).Should().BeNull();
    }

    [Fact]
    public void An_operator_Kubernetes_does_not_define_is_named()
    {
        var act = () => LabelSelectorQuery.Of(new V1LabelSelector { MatchExpressions = [Req("tier", "Gt", "1")] });
        act.Should().Throw<NotSupportedException>().WithMessage("*'Gt'*tier*spec.selector*");
    }

    private static V1LabelSelectorRequirement Req(string key, string op, params string[] values) =>
        new() { Key = key, OperatorProperty = op, Values = values.Length == 0 ? null : values };
}
