using System.Globalization;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Aws;

/// <summary>
/// Whether the run's AWS credentials outlive the run. Temporary credentials handed over as environment variables (what
/// aws-actions/configure-aws-credentials exports: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) are
/// never renewed inside a running process: once they expire, teardown, eksctl and the sweep fail with ExpiredToken.
/// Their expiry is told by AWS_CREDENTIAL_EXPIRATION (ISO 8601, the variable botocore reads and
/// <c>aws configure export-credentials --format env</c> writes; the nightly workflow sets it). The run must be able to
/// finish within it: its whole deadline (scenarios and the teardown reserve) or, without one, the teardown budget,
/// plus <see cref="Margin"/>. Unknown expiry (a profile, SSO, a refreshing chain) is not checked.
/// </summary>
public static class CredentialLifetime
{
    public const string ExpirationVariable = "AWS_CREDENTIAL_EXPIRATION";

    /// <summary>Room after the deadline for the run's last calls (the sweep's listing, evidence).</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    /// <summary>How long the credentials must last from now: the run deadline, or the teardown budget without one, plus the margin.</summary>
    public static TimeSpan Needed(TimeSpan? runDeadline) => (runDeadline ?? RunDeadlinePlan.DefaultTeardownBudget) + Margin;

    /// <summary>Null when the credentials last long enough or their expiry is unknown; otherwise what is wrong and what to do.</summary>
    public static string? Problem(string? expiration, DateTimeOffset now, TimeSpan? runDeadline)
    {
        if (string.IsNullOrWhiteSpace(expiration))
            return null;
        if (!DateTimeOffset.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires))
            return $"{ExpirationVariable}='{expiration}' is not a time: set it to the credentials' expiry in ISO 8601 (e.g. 2026-12-01T05:17:00Z), or unset it.";
        var needed = Needed(runDeadline);
        var left = expires - now;
        if (left >= needed)
            return null;
        var why = runDeadline is { } deadline
            ? $"the run may take up to KEDAGUIDE_RUN_DEADLINE={Minutes(deadline)} (scenarios and teardown) plus {Minutes(Margin)}"
            : $"teardown alone may take {Minutes(RunDeadlinePlan.DefaultTeardownBudget)} plus {Minutes(Margin)} (no KEDAGUIDE_RUN_DEADLINE is set)";
        return $"The AWS credentials expire at {expires.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} ({ExpirationVariable}), " +
            (left > TimeSpan.Zero ? $"{Minutes(left)} from now" : "already") + $", but {why}: teardown would fail with ExpiredToken and leave resources behind. " +
            $"Nothing was created. Ask for credentials that last at least {Minutes(needed)}: in GitHub Actions raise role-duration-seconds of " +
            "aws-actions/configure-aws-credentials (default 3600, 900–43200) and the role's MaxSessionDuration to match " +
            "(aws iam update-role --role-name <role> --max-session-duration <seconds>), or shorten KEDAGUIDE_RUN_DEADLINE.";
    }

    private static string Minutes(TimeSpan t) => t.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) + " min";
}
