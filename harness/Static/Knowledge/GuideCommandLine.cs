using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A command of the guide split into words (quotes removed) with its flags read as <c>--flag value</c> or <c>--flag=value</c>.</summary>
public sealed partial record GuideCommandLine(IReadOnlyList<string> Words)
{
    public static GuideCommandLine Parse(string command) =>
        new(Word().Matches(command).Select(m => m.Value.Trim('"', '\'')).ToList());

    public bool Is(params string[] prefix) => Words.Count >= prefix.Length && prefix.Select((p, i) => Words[i] == p).All(x => x);

    public string? Flag(string name)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] == name && i + 1 < Words.Count)
                return Words[i + 1];
            if (Words[i].StartsWith(name + "=", StringComparison.Ordinal))
                return Words[i][(name.Length + 1)..];
        }
        return null;
    }

    /// <summary>The words that are neither flags nor flag values, after the first <paramref name="skip"/> words.</summary>
    public IReadOnlyList<string> Positional(int skip, params string[] flagsWithValues)
    {
        var positional = new List<string>();
        for (var i = skip; i < Words.Count; i++)
        {
            if (flagsWithValues.Contains(Words[i]))
                i++;
            else if (!Words[i].StartsWith('-'))
                positional.Add(Words[i]);
        }
        return positional;
    }

    [GeneratedRegex("\"[^\"]*\"|'[^']*'|\\S+")]
    private static partial Regex Word();
}
