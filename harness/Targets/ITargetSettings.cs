namespace KedaGuidance.Harness.Targets;

/// <summary>A target's own validated settings (its images, its kube context …), read by its <see cref="ITargetDefinition"/>; only the target reads them back.</summary>
public interface ITargetSettings;
