using System.Text;

namespace KedaGuidance.Harness.Rendering;

/// <summary>
/// GNU <c>envsubst</c> without a SHELL-FORMAT argument, exactly: every <c>$NAME</c> and <c>${NAME}</c> (NAME =
/// [A-Za-z_][A-Za-z0-9_]*) is replaced by the variable's value, an undefined variable by the empty string; anything
/// else — <c>$$1</c>, <c>${1}</c>, <c>${VAR:-x}</c>, a lone <c>$</c> — is left untouched, and there is no escape.
/// The guide pipes most of its files through it (<c>envsubst &lt; f &gt; /tmp/f &amp;&amp; mv /tmp/f f</c>).
/// </summary>
public static class Envsubst
{
    /// <summary>Renders <paramref name="text"/>; <paramref name="undefined"/> lists the variables it used that had no value, in order, once each.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> variables, out IReadOnlyList<string> undefined)
    {
        var output = new StringBuilder(text.Length);
        var missing = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && TryReadReference(text, i, out var name, out var length))
            {
                if (variables.TryGetValue(name, out var value))
                    output.Append(value);
                else if (!missing.Contains(name))
                    missing.Add(name);
                i += length;
                continue;
            }
            output.Append(text[i]);
            i++;
        }
        undefined = missing;
        return output.ToString();
    }

    /// <summary>The variables a text refers to in envsubst syntax, in order of first use.</summary>
    public static IReadOnlyList<string> References(string text)
    {
        Render(text, new Dictionary<string, string>(), out var names);
        return names;
    }

    private static bool TryReadReference(string text, int dollar, out string name, out int length)
    {
        name = "";
        length = 0;
        var start = dollar + 1;
        var braced = start < text.Length && text[start] == '{';
        if (braced)
            start++;
        if (start >= text.Length || !IsNameStart(text[start]))
            return false;
        var end = start + 1;
        while (end < text.Length && IsNamePart(text[end]))
            end++;
        if (braced)
        {
            if (end >= text.Length || text[end] != '}')
                return false; // ${VAR:-x} and friends are not envsubst syntax: left as they are.
            name = text[start..end];
            length = end + 1 - dollar;
            return true;
        }
        name = text[start..end];
        length = end - dollar;
        return true;
    }

    private static bool IsNameStart(char c) => c is '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsNamePart(char c) => IsNameStart(c) || c is >= '0' and <= '9';
}
