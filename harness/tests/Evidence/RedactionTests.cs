using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Evidence.Report;

namespace KedaGuidance.Harness.Tests.Evidence;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("https://user:token@host/repo#main", "https://***@host/repo#main")]
    [InlineData("git fetch -- http://x-access-token:ghp_abc@github.com/o/r.git main", "git fetch -- http://***@github.com/o/r.git main")]
    [InlineData("Authorization: Bearer eyJhbGciOi", "Authorization: Bearer ***")]
    [InlineData("curl -H 'X-Amz-Security-Token: FwoGZX' …", "curl -H 'X-Amz-Security-Token: ***' …")]
    [InlineData("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI AWS_REGION=us-west-2", "AWS_SECRET_ACCESS_KEY=*** AWS_REGION=us-west-2")]
    [InlineData("{\"a\":\"LOCALSTACK_AUTH_TOKEN=ls-123\\nnext\"}", "{\"a\":\"LOCALSTACK_AUTH_TOKEN=***\\nnext\"}")]
    public void Credentials_are_redacted(string text, string expected) => Redaction.Redact(text).Should().Be(expected);

    [Theory]
    [InlineData("tokenExpiration: 3600")]
    [InlineData("automountServiceAccountToken: true")]
    [InlineData("secretKeyRef:\n  name: keda")]
    [InlineData("https://host/repo#main")]
    [InlineData("git@github.com:org/repo.git")]
    public void Ordinary_text_is_left_alone(string text) => Redaction.Redact(text).Should().Be(text);

    [Theory]
    [InlineData("ping @octocat", "ping @&#8203;octocat")]
    [InlineData("see https://evil.example/x", "see https:&#8203;//evil.example/x")]
    [InlineData("or WWW.evil.example", "or WWW&#8203;.evil.example")]
    [InlineData("mail a@b.example", "mail a@&#8203;b.example")]
    public void Summary_text_from_the_guide_mentions_and_links_nothing(string text, string expected) =>
        SummaryMarkdown.Md(text).Should().Be(expected);
}
