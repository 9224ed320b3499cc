using System.Text;

namespace KedaGuidance.Harness.Rendering;

/// <summary>
/// The guide's <c>sed -i "s|{VAR}|$VAR|g" file</c>, exactly as GNU sed runs it: the shell first expands
/// <c>$VAR</c> (undefined → empty), then every literal <c>{VAR}</c> (braces are literal in a basic regex) is
/// replaced, where in the replacement <c>&amp;</c> stands for the matched text and a backslash escapes the next
/// character. A value containing the delimiter <c>|</c> makes sed fail ("unknown option to `s'").
/// Nothing else in the file is touched: <c>$$1</c> and <c>${1}</c> in the ADOT config survive.
/// </summary>
public static class SedPlaceholder
{
    public static string Render(string text, string variable, string? value)
    {
        var placeholder = "{" + variable + "}";
        var expanded = value ?? "";
        if (expanded.Contains('|'))
            throw new RenderingException(
                $"sed -i \"s|{placeholder}|${variable}|g\" fails: the value of {variable} contains '|', the guide's sed delimiter (sed: unknown option to `s').");
        return text.Replace(placeholder, Replacement(expanded, placeholder), StringComparison.Ordinal);
    }

    /// <summary>The placeholders <c>{NAME}</c> (NAME = [A-Z_][A-Z0-9_]*) a text still contains, in order, once each.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{([A-Z_][A-Z0-9_]*)\}")
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();

    private static string Replacement(string value, string match)
    {
        var output = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '&':
                    output.Append(match);
                    break;
                case '\\' when i + 1 < value.Length:
                    i++;
                    output.Append(value[i] == 'n' ? '\n' : value[i]);
                    break;
                default:
                    output.Append(value[i]);
                    break;
            }
        }
        return output.ToString();
    }
}
