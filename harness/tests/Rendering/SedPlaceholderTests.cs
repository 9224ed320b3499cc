using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Tests.Rendering;

public sealed class SedPlaceholderTests
{
    [Fact]
    public void Replaces_every_placeholder_and_leaves_dollar_references_untouched()
    {
        const string adot = "endpoint: {PROMETHEUS_ENDPOINT}\nreplacement: $$1:$$2\nregion: {AWS_REGION}\nx: {AWS_REGION}";
        var text = SedPlaceholder.Render(adot, "AWS_REGION", "eu-west-1");
        text.Should().Be("endpoint: {PROMETHEUS_ENDPOINT}\nreplacement: $$1:$$2\nregion: eu-west-1\nx: eu-west-1");
        SedPlaceholder.Placeholders(text).Should().Equal("PROMETHEUS_ENDPOINT");
    }

    [Fact]
    public void An_ampersand_in_the_value_stands_for_the_match_as_in_sed() =>
        SedPlaceholder.Render("image: {X}", "X", "a&b").Should().Be("image: a{X}b");

    [Fact]
    public void An_undefined_value_renders_empty_as_the_shell_expands_it() =>
        SedPlaceholder.Render("image: {SAMPLE_APP_ECR}", "SAMPLE_APP_ECR", null).Should().Be("image: ");

    [Fact]
    public void A_value_with_the_delimiter_fails_like_sed()
    {
        var act = () => SedPlaceholder.Render("x: {X}", "X", "a|b");
        act.Should().Throw<RenderingException>().WithMessage("*contains '|'*");
    }
}
