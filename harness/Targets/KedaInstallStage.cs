namespace KedaGuidance.Harness.Targets;

/// <summary>When an <see cref="IKedaInstallStep"/> runs within "Install KEDA".</summary>
public enum KedaInstallStage
{
    /// <summary>After the chart's image defaults are read, before the chart preflight renders the chart.</summary>
    BeforePreflight,

    /// <summary>After the chart preflight (its render is known), right before <c>helm install</c>.</summary>
    BeforeHelmInstall,
}
