using System.Text;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Guide;

/// <summary>Reading shell words without running them: command substitutions, variable references, command splitting.</summary>
public static partial class ShellValue
{
    /// <summary>Splits a line on <c>&amp;&amp;</c> and <c>;</c> that are outside quotes, <c>$(…)</c> and backquotes.</summary>
    public static IReadOnlyList<string> SplitCommands(string line)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        char? quote = null;
        var backquote = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null && !backquote && depth == 0 && (c == ';' || c == '&' && i + 1 < line.Length && line[i + 1] == '&'))
            {
                if (c == '&')
                    i++;
                Flush();
                continue;
            }
            current.Append(c);
            if (c == '\\' && i + 1 < line.Length && quote != '\'')
            {
                current.Append(line[++i]);
                continue;
            }
            if (quote == '\'')
            {
                if (c == '\'')
                    quote = null;
                continue;
            }
            switch (c)
            {
                case '`':
                    backquote = !backquote;
                    break;
                case '"' when depth == 0:
                    quote = quote == '"' ? null : '"';
                    break;
                case '\'' when quote is null:
                    quote = '\'';
                    break;
                case '(' when i > 0 && line[i - 1] == '$':
                    depth++;
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
            }
        }
        Flush();
        return parts;

        void Flush()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0)
                parts.Add(text);
            current.Clear();
        }
    }

    /// <summary>The contents of every <c>$(…)</c> of a value, outermost first.</summary>
    public static IReadOnlyList<string> CommandSubstitutions(string value)
    {
        var found = new List<string>();
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] != '$' || value[i + 1] != '(')
                continue;
            var depth = 0;
            for (var j = i + 1; j < value.Length; j++)
            {
                if (value[j] == '(')
                    depth++;
                else if (value[j] == ')' && --depth == 0)
                {
                    found.Add(value[(i + 2)..j]);
                    i = j;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>The text of a value with every <c>$(…)</c> replaced by <paramref name="replacement"/>.</summary>
    public static string WithoutSubstitutions(string value, string replacement = "")
    {
        var text = value;
        foreach (var substitution in CommandSubstitutions(value))
            text = text.Replace("$(" + substitution + ")", replacement, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Variables referenced as <c>$NAME</c> or <c>${NAME}</c> outside command substitutions.</summary>
    public static IReadOnlyList<string> VariableReferences(string value) =>
        Reference().Matches(WithoutSubstitutions(value)).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\$(\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}|(?<name>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Reference();
}
