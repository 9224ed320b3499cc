using System.Text;
using CliWrap;
using CliWrap.Buffered;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// Runs the eksctl operations (<see cref="Aws.Eksctl.EksctlHandlers"/>) and <see cref="PushImageToEcr"/> (docker, with the ECR
/// password piped from aws ecr get-login-password into docker login --password-stdin) through CliWrap. A failure
/// names the command (never the password) and the tool's stderr.
/// </summary>
public sealed class ToolHandlers
{
    public IReadOnlyList<IOperationHandler> Operations { get; } = [new PushImageHandler(), .. new Aws.Eksctl.EksctlHandlers().Operations];

    private sealed class PushImageHandler : OperationHandler<PushImageToEcr, string>
    {
        protected override async Task<string> ExecuteAsync(PushImageToEcr operation, CancellationToken cancellationToken)
        {
            await RunAsync(Cli.Wrap("docker").WithArguments(operation.DockerCommands[0]), "docker build", cancellationToken);
            var password = Cli.Wrap("aws").WithArguments(["ecr", "get-login-password", "--region", operation.Region]);
            var login = Cli.Wrap("docker").WithArguments(["login", "--username", "AWS", "--password-stdin", operation.Registry]);
            await RunAsync(password | login, "aws ecr get-login-password | docker login", cancellationToken);
            await RunAsync(Cli.Wrap("docker").WithArguments(operation.DockerCommands[1]), "docker tag", cancellationToken);
            await RunAsync(Cli.Wrap("docker").WithArguments(operation.DockerCommands[2]), "docker push", cancellationToken);
            return operation.RemoteImage;
        }
    }

    private static async Task RunAsync(Command command, string display, CancellationToken cancellationToken)
    {
        var result = await command.WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(Encoding.UTF8, cancellationToken);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"'{display}' failed (exit {result.ExitCode}): {Shorten(result.StandardError)}");
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text.Trim() : text[..2000] + " …";
}
