namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>Planned results live on the reserved host plan.invalid, so a plan's queue URL can never be mistaken for a real one.</summary>
internal static class PlannedQueue
{
    public static string Url(string name) => $"https://plan.invalid/planned-account/{name}";
}
