namespace KedaGuidance.Harness.Aws.Eksctl;

/// <summary>eksctl is not installed or not on PATH; the message says what to install, or how to run without it.</summary>
public sealed class EksctlNotFoundException(string executable, Exception? inner = null)
    : Exception($"eksctl was not found ('{executable}' is not on PATH): the guide creates its IAM service accounts with eksctl, and so does the eks target. " +
                "Install eksctl (https://eksctl.io/installation/) and make sure 'eksctl version' works in the shell that runs the tests, " +
                "or run a plan (KEDAGUIDE_MODE=plan), which needs no eksctl.", inner);
