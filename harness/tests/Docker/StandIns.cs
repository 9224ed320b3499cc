using DotNet.Testcontainers.Builders;
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
    /// <summary>
    /// k3s: the module's command (<c>server --disable=traefik</c> plus the suite's <c>--tls-san=k3s</c>) arrives as
    /// arguments and is recorded in /k3s-args; a stub <c>ctr</c> records its arguments in /ctr-args and the archive's
    /// entries in /ctr-archive.
    /// </summary>
    public static K3sBuilder K3s(K3sBuilder builder) =>
        builder
            .WithImage(DockerTestEngine.StandInImage)
            .WithPrivileged(false)
            .WithEntrypoint("sh", "-c", """
                for a in "$@"; do echo "$a"; done > /k3s-args
                printf '#!/bin/sh\nfor a in "$@"; do echo "$a"; done > /ctr-args\ntar -tf "$5" > /ctr-archive\n' > /bin/ctr
                chmod +x /bin/ctr
                echo stand-in ready
                exec sleep 3600
                """, "k3s-stand-in")
            .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("stand-in ready"));

    /// <summary>LocalStack: busybox httpd on 4566 answering /_localstack/health, so the module's own wait applies.</summary>
    public static LocalStackBuilder LocalStack(LocalStackBuilder builder) =>
        builder
            .WithImage(DockerTestEngine.StandInImage)
            .WithEntrypoint("sh", "-c", """
                mkdir -p /www/_localstack
                echo '{"services":{"sqs":"running"},"stand-in":true}' > /www/_localstack/health
                exec httpd -f -p 4566 -h /www
                """);
}
