namespace KedaGuidance.Harness.Coverage;

/// <summary>"01-install-keda.feature: KEDA is installed with the guide's values": a feature file and a scenario title or step phrase in it.</summary>
public sealed record FeatureReference(string FeatureFile, string Phrase)
{
    public override string ToString() => $"{FeatureFile}: {Phrase}";
}
