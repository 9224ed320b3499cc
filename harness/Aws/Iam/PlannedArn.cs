namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>Planned IAM results name the account "planned", so they can never be mistaken for a real ARN.</summary>
public static class PlannedArn
{
    public const string Account = "planned";

    public static string Iam(string kind, string name) => $"arn:aws:iam::{Account}:{kind}/{name}";
}
