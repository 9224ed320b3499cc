using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

/// <summary>
/// Runs the <c>helm</c> CLI through CliWrap (there is no .NET Helm SDK). Every command that reaches the cluster gets
/// <c>--kubeconfig</c> and <c>--kube-context</c> explicitly, so the user's current context is never used; every
/// command runs with the run's own <see cref="HelmHome"/>, so the user's helm configuration is never read or written.
/// </summary>
public sealed class HelmCli(string executable, string kubeconfigPath, string context, HelmHome home)
{
    public const string DefaultExecutable = "helm";

    public string Executable => executable;

    public HelmHome Home => home;

    /// <summary>
    /// Checks helm is there and supported, before anything is created. Throws <see cref="HelmException"/> naming what
    /// to install; a plan run needs no helm at all.
    /// </summary>
    public Task<HelmVersion> CheckVersionAsync(CancellationToken cancellationToken) => CheckInstalledAsync(executable, cancellationToken);

    /// <summary>
    /// The same check without a cluster or a helm home (<c>helm version --short</c> reads no configuration), so a
    /// target can make it before it creates anything at all.
    /// </summary>
    public static async Task<HelmVersion> CheckInstalledAsync(string executable, CancellationToken cancellationToken)
    {
        BufferedCommandResult result;
        try
        {
            result = await Cli.Wrap(executable).WithArguments(["version", "--short"]).WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellationToken);
        }
        catch (Win32Exception e) when (!ToolStartFailure.IsNotFound(e))
        {
            throw new HelmException(ToolStartFailure.CouldNotStart("helm", executable, e));
        }
        catch (Win32Exception)
        {
            throw new HelmException(
                $"helm was not found ('{executable}' is not on PATH). The suite installs KEDA with the helm CLI, as the guide does: " +
                $"install Helm {HelmVersion.Minimum}+ (https://helm.sh/docs/intro/install/), or run a plan (KEDAGUIDE_MODE=plan), which needs no helm.");
        }
        if (result.ExitCode != 0)
            throw new HelmException($"helm version --short failed (exit code {result.ExitCode}): {FirstLines(result.StandardError)}. Install Helm {HelmVersion.Minimum}+.");
        var version = HelmVersion.Parse(result.StandardOutput)
            ?? throw new HelmException($"Could not read helm's version from 'helm version --short' (it printed: {result.StandardOutput.Trim()}). Install Helm {HelmVersion.Minimum}+.");
        if (!version.IsSupported)
            throw new HelmException($"helm {version} is not supported: the suite needs helm {HelmVersion.Minimum} or newer (3.x or 4.x). Upgrade it (https://helm.sh/docs/intro/install/).");
        return version;
    }

    /// <summary>The full argument list for a command: the command's own, then the target's kubeconfig and context.</summary>
    public IReadOnlyList<string> FullArguments(IReadOnlyList<string> arguments, bool targetsCluster) =>
        targetsCluster ? [.. arguments, "--kubeconfig", kubeconfigPath, "--kube-context", context] : arguments;

    /// <summary>Runs helm; returns its standard output, or throws <see cref="HelmException"/> with helm's error text.</summary>
    public async Task<string> RunAsync(IReadOnlyList<string> arguments, bool targetsCluster, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(home.ConfigHome);
        Directory.CreateDirectory(home.CacheHome);
        Directory.CreateDirectory(home.DataHome);
        var result = await Cli.Wrap(executable)
            .WithArguments(FullArguments(arguments, targetsCluster))
            // A null value removes the variable from the child's environment (CliWrap 3.x).
            .WithEnvironmentVariables(home.Environment)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken);
        if (result.ExitCode != 0)
            throw new HelmException($"helm {string.Join(" ", arguments)} failed (exit code {result.ExitCode}): {FirstLines(result.StandardError)}");
        return result.StandardOutput;
    }

    private static string FirstLines(string text)
    {
        var lines = text.Trim().Split('\n').Take(10);
        return string.Join("\n", lines).Trim() is { Length: > 0 } t ? t : "(no error output)";
    }
}
