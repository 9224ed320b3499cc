using KedaGuidance.Harness.Keda.Chart;
using KedaGuidance.Harness.Kubernetes;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// The suite's second values file for the KEDA chart, and the Secret of KEDA's static credentials where a target
/// uses them. The chart's <c>additionalLabels</c> puts the run-id label on the objects it renders; its top-level
/// <c>env</c> is copied into all three KEDA deployments (chart 2.12–2.20), which is where static AWS access goes; an
/// emptied <c>image.&lt;component&gt;.registry</c> keeps the guide's repository (which names its registry) from being
/// prefixed with the chart's default registry.
/// </summary>
public static class KedaValuesOverlay
{
    public static string Render(string runId, KedaAwsAccess access, string secretName, IReadOnlyList<RegistryOverride>? registries = null)
    {
        var text = $"""
            # The kedaguidance suite's declared deviations (see the run record), layered over the guide's keda-values.yaml.
            additionalLabels:
              {RunLabel.Key}: "{runId}"

            """;
        if (registries is { Count: > 0 })
            text += "image:\n" + string.Concat(registries.Select(r => $"  {r.Component}:\n    registry: \"\"\n")) + "\n";
        if (access is KedaAwsAccess.StaticCredentials credentials)
        {
            text += $"""
                env:
                  - name: AWS_ACCESS_KEY_ID
                    valueFrom:
                      secretKeyRef:
                        name: {secretName}
                        key: AWS_ACCESS_KEY_ID
                  - name: AWS_SECRET_ACCESS_KEY
                    valueFrom:
                      secretKeyRef:
                        name: {secretName}
                        key: AWS_SECRET_ACCESS_KEY
                  - name: AWS_REGION
                    value: "{credentials.Region}"
                  - name: AWS_ENDPOINT_URL
                    value: "{credentials.Endpoint.ToString().TrimEnd('/')}"

                """;
        }
        return text;
    }

    /// <summary>The Secret KEDA's pods read their AWS credentials from (applied with its content withheld from the evidence).</summary>
    public static string CredentialsSecret(string name, string ns, KedaAwsAccess.StaticCredentials credentials) => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: {name}
          namespace: {ns}
        type: Opaque
        stringData:
          AWS_ACCESS_KEY_ID: "{Escape(credentials.AccessKeyId)}"
          AWS_SECRET_ACCESS_KEY: "{Escape(credentials.SecretAccessKey)}"

        """;

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
