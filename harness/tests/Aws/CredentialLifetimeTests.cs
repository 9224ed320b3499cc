using Amazon.Runtime;
using KedaGuidance.Fixtures.Aws;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class CredentialLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 20, 0, TimeSpan.Zero);

    [Fact]
    public void Credentials_that_outlive_the_deadline_and_the_margin_pass()
    {
        // The nightly: 7200 s requested at 03:20, a 100 min deadline, 5 min margin → 105 min needed of 120.
        CredentialLifetime.Problem("2026-12-01T05:20:00Z", Now, TimeSpan.FromMinutes(100)).Should().BeNull();
        CredentialLifetime.Problem("2026-12-01T05:05:00Z", Now, TimeSpan.FromMinutes(100)).Should().BeNull("exactly the deadline plus the margin is enough");
    }

    [Fact]
    public void The_action_default_of_one_hour_fails_a_100_minute_run_naming_both_knobs()
    {
        CredentialLifetime.Problem("2026-12-01T04:20:00Z", Now, TimeSpan.FromMinutes(100)).Should()
            .Match("*expire at 2026-12-01T04:20:00Z*60 min from now*KEDAGUIDE_RUN_DEADLINE=100 min*ExpiredToken*Nothing was created*at least 105 min*role-duration-seconds*MaxSessionDuration*aws iam update-role*");
    }

    [Fact]
    public void Without_a_deadline_the_credentials_must_cover_the_teardown_budget()
    {
        CredentialLifetime.Needed(null).Should().Be(TimeSpan.FromMinutes(20), "15 min teardown budget + 5 min margin");
        CredentialLifetime.Problem("2026-12-01T03:35:00Z", Now, null).Should().Match("*teardown alone may take 15 min*no KEDAGUIDE_RUN_DEADLINE*");
        CredentialLifetime.Problem("2026-12-01T03:40:00Z", Now, null).Should().BeNull();
    }

    [Fact]
    public void Expired_credentials_say_so_and_unknown_expiry_is_not_judged()
    {
        CredentialLifetime.Problem("2026-12-01T03:00:00Z", Now, TimeSpan.FromMinutes(30)).Should().Contain("already");
        CredentialLifetime.Problem(null, Now, TimeSpan.FromMinutes(100)).Should().BeNull("a profile or a refreshing chain has no known expiry");
        CredentialLifetime.Problem("  ", Now, TimeSpan.FromMinutes(100)).Should().BeNull();
        CredentialLifetime.Problem("tomorrow", Now, null).Should().Match("AWS_CREDENTIAL_EXPIRATION='tomorrow' is not a time*ISO 8601*");
    }

    [Fact]
    public async Task The_real_account_fixture_refuses_short_credentials_before_asking_sts()
    {
        var recorder = new RunRecorder("kg-1", "live", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        var chainAsked = false;
        var expiry = DateTimeOffset.UtcNow.AddMinutes(30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        await using var fixture = new RealAccountFixture("us-west-2", recorder, () => { chainAsked = true; return new BasicAWSCredentials("AKIAEXAMPLEEXAMPLE00", "secret"); },
            runDeadline: TimeSpan.FromMinutes(100), environment: name => name == CredentialLifetime.ExpirationVariable ? expiry : null);

        var act = () => fixture.StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<AwsTargetUnavailableException>()).WithMessage("*AWS_CREDENTIAL_EXPIRATION*role-duration-seconds*");
        chainAsked.Should().BeFalse("the lifetime is judged before any credential is resolved or STS is called");
        recorder.Snapshot().RunEntries.Should().BeEmpty();
    }
}
