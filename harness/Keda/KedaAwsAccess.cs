namespace KedaGuidance.Harness.Keda;

/// <summary>How the KEDA operator reaches AWS on a run, as data the installation is given (a target resolves it).</summary>
public abstract record KedaAwsAccess
{
    private KedaAwsAccess()
    {
    }

    /// <summary>The guide's way: IRSA, the role ARN annotated on the operator's service account by the guide's values.</summary>
    public sealed record Irsa : KedaAwsAccess;

    /// <summary>
    /// An emulator's way (a declared deviation): static credentials in a Secret, passed to KEDA's pods as
    /// environment variables with the region and the AWS endpoint (the chart's top-level <c>env</c> goes to all three
    /// deployments). Never printed: <see cref="ToString"/> names only the endpoint and region.
    /// </summary>
    public sealed record StaticCredentials(Uri Endpoint, string Region, string AccessKeyId, string SecretAccessKey) : KedaAwsAccess
    {
        public override string ToString() => $"static credentials (withheld) for {Endpoint} in {Region}";
    }
}
