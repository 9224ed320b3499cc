using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Aws;

/// <summary>
/// Masks a real account id for evidence: every 12-digit account id becomes ********9012 (the last four digits are
/// enough to tell accounts apart, not enough to target one).
/// </summary>
public static partial class AccountMask
{
    public static string Mask(string account) =>
        account.Length <= 4 ? new string('*', account.Length) : new string('*', account.Length - 4) + account[^4..];

    /// <summary>Masks every 12-digit account id inside a text (an ARN, a caller identity line).</summary>
    public static string MaskIn(string text) => AccountId().Replace(text, m => Mask(m.Value));

    [GeneratedRegex(@"(?<!\d)\d{12}(?!\d)")]
    private static partial Regex AccountId();
}
