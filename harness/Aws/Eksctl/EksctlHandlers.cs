using System.ComponentModel;
using System.Text;
using CliWrap;
using CliWrap.Buffered;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>Runs the eksctl operations through CliWrap; a failure names the command and eksctl's output.</summary>
public sealed class EksctlHandlers(string executable = "eksctl")
{
    public IReadOnlyList<IOperationHandler> Operations => [new CreateHandler(executable), new DeleteHandler(executable)];

    /// <summary>Runs eksctl; its log goes to stdout (cmd/eksctl/logger.go: logger.Writer is os.Stdout or the color writer), errors to stderr.</summary>
    internal static async Task<string> RunAsync(string executable, IReadOnlyList<string> arguments, string display, CancellationToken cancellationToken)
    {
        BufferedCommandResult result;
        try
        {
            result = await CliWrap.Cli.Wrap(executable).WithArguments(arguments).WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(Encoding.UTF8, cancellationToken);
        }
        catch (Win32Exception e) when (!ToolStartFailure.IsNotFound(e))
        {
            throw new InvalidOperationException(ToolStartFailure.CouldNotStart("eksctl", executable, e), e);
        }
        catch (Win32Exception e)
        {
            throw new EksctlNotFoundException(executable, e);
        }
        var output = result.StandardOutput + result.StandardError;
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"'{display}' failed (exit {result.ExitCode}): {(output.Length <= 2000 ? output.Trim() : output[..2000] + " …")}");
        return output;
    }

    private sealed class CreateHandler(string executable) : OperationHandler<CreateIamServiceAccount, Done>
    {
        protected override async Task<Done> ExecuteAsync(CreateIamServiceAccount operation, CancellationToken cancellationToken)
        {
            var output = await RunAsync(executable, operation.Arguments, operation.Content, cancellationToken);
            var wanted = $"{operation.Namespace}/{operation.Name}";
            if (EksctlOutput.ExcludedServiceAccounts(output).Contains(wanted))
                throw new EksctlExcludedException(wanted, operation.Cluster, output);
            return Done.Value;
        }
    }

    private sealed class DeleteHandler(string executable) : OperationHandler<DeleteIamServiceAccount, Done>
    {
        protected override async Task<Done> ExecuteAsync(DeleteIamServiceAccount operation, CancellationToken cancellationToken)
        {
            await RunAsync(executable, operation.Arguments, operation.Content, cancellationToken);
            return Done.Value;
        }
    }
}
