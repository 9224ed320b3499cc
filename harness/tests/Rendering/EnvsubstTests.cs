using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Tests.Rendering;

public sealed class EnvsubstTests
{
    private static readonly Dictionary<string, string> Values = new() { ["AWS_REGION"] = "us-west-2", ["ACCOUNT_ID"] = "123456789012" };

    [Theory]
    [InlineData("arn:aws:sqs:${AWS_REGION}:${ACCOUNT_ID}:q", "arn:aws:sqs:us-west-2:123456789012:q")]
    [InlineData("region $AWS_REGION.", "region us-west-2.")]
    [InlineData("$AWS_REGIONX", "")] // the longest name is taken, as GNU envsubst does
    [InlineData("replacement: $$1:$$2", "replacement: $$1:$$2")]
    [InlineData("replacement: $${1}:8888", "replacement: $${1}:8888")]
    [InlineData("${AWS_REGION:-x} ${1} $ $5 ${}", "${AWS_REGION:-x} ${1} $ $5 ${}")]
    [InlineData("cost $ 0.10", "cost $ 0.10")]
    public void Substitutes_only_what_gnu_envsubst_substitutes(string input, string expected) =>
        Envsubst.Render(input, Values, out _).Should().Be(expected);

    [Fact]
    public void An_undefined_variable_becomes_empty_and_is_reported_once()
    {
        var text = Envsubst.Render("a=${UNDEFINED} b=$UNDEFINED c=$AWS_REGION", Values, out var undefined);
        text.Should().Be("a= b= c=us-west-2");
        undefined.Should().Equal("UNDEFINED");
    }
}
