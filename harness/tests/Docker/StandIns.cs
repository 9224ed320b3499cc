using DotNet.Testcontainers.Builders;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;
using Testcontainers.K3s;
using Testcontainers.LocalStack;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>
/// What the docker tests swap in the suite's container configurations, and only that: the image (real k3s and
/// LocalStack cannot be pulled or started here), k3s's privileged mode, its command's executable and its log-line
/// wait. Everything else — network, aliases, labels, the command's arguments, LocalStack's health wait — is the suite's.
/// </summary>
public static class StandIns
{
    /// <summary>The suite's network, its preflight asking only for the stand-in image.</summary>
    public static SuiteNetwork Network(SuiteSettings settings) =>
        new(settings, DockerTestEngine.StandInRequirements, DockerPreflight.ForThisProcess("local"));

    /// <summary>The suite's k3s fixture on the stand-in; the stand-in has no API server, so there is no readiness to wait for.</summary>
    public static K3sFixture K3sFixture(SuiteSettings settings, SuiteNetwork network) =>
        new(settings, network, K3s, readiness: (_, _) => Task.CompletedTask);

    /// <summary>
    /// k3s: the module's command (<c>server --disable=traefik</c> plus the suite's <c>--tls-san=k3s</c>) arrives as
    /// arguments and is recorded in /k3s-args; a stub <c>ctr</c> records its arguments in /ctr-args and the archive's
    /// entries in /ctr-archive.
    /// </summary>
    public static K3sBuilder K3s(K3sBuilder builder) =>
        builder
            .WithImage(DockerTestEngine.StandInImage)
            // WithPrivileged(false) cannot undo the module's true (Testcontainers keeps the old value when the new one
            // is the default), so it is undone where the create request is made; privileged containers are refused here.
            .WithCreateParameterModifier(parameters => parameters.HostConfig!.Privileged = false)
            .WithEntrypoint("sh", "-c", """
                printf '%s\n' "$@" > /k3s-args
                cat > /bin/ctr <<'STUB'
                #!/bin/sh
                printf '%s\n' "$@" > /ctr-args
                tar -tf "$5" > /ctr-archive
                STUB
                chmod +x /bin/ctr
                # As PID 1 a process without a TERM handler ignores docker stop's SIGTERM (a 10 s wait for SIGKILL).
                trap 'exit 0' TERM
                echo stand-in ready
                sleep 3600 & wait
                """, "k3s-stand-in")
            .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("stand-in ready"));

    /// <summary>LocalStack: busybox httpd on 4566 answering /_localstack/health, so the module's own wait applies.</summary>
    public static LocalStackBuilder LocalStack(LocalStackBuilder builder) =>
        builder
            .WithImage(DockerTestEngine.StandInImage)
            .WithEntrypoint("sh", "-c", """
                mkdir -p /www/_localstack
                echo '{"services":{"sqs":"running"},"stand-in":true}' > /www/_localstack/health
                trap 'exit 0' TERM
                httpd -f -p 4566 -h /www & wait
                """);
}
