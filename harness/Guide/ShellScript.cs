using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// The few line forms the guide's setup scripts use (setup/env.sh, create_requirements.sh, the implementation guide's
/// <c>echo "export …" &gt;&gt; ~/.bashrc &amp;&amp; source ~/.bashrc</c> steps), recognised line by line. No served .NET
/// library parses bash; this is deliberately not a shell: it recognises exports, sourcing and envsubst renders
/// (split on <c>&amp;&amp;</c> and <c>;</c> outside quotes, with <c>\</c> continuations), and keeps everything else as
/// <see cref="ShellCommandKind.Other"/> text for rules that look for specific commands.
/// </summary>
public sealed partial record ShellScript(string Path, IReadOnlyList<ShellCommand> Commands)
{
    public IEnumerable<ShellCommand> Exports => Commands.Where(c => c.Kind == ShellCommandKind.Export);

    public IEnumerable<ShellCommand> Renders => Commands.Where(c => c.Kind == ShellCommandKind.Envsubst);

    public ShellCommand? Export(string name) => Exports.LastOrDefault(e => e.Name == name);

    public static ShellScript Parse(string path, string text)
    {
        var commands = new List<ShellCommand>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var first = i + 1;
            var line = lines[i];
            while (line.EndsWith('\\') && i + 1 < lines.Length)
                line = line[..^1] + " " + lines[++i].TrimStart();
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            foreach (var part in ShellValue.SplitCommands(trimmed))
                commands.Add(Recognise(first, part));
        }
        return new ShellScript(path, commands);
    }

    private static ShellCommand Recognise(int line, string text)
    {
        // Inside echo's double quotes the shell expands $(…) and $VAR once, when echo runs: the profile gets the result.
        if (EchoExport().Match(text) is { Success: true } echo)
            return new ShellCommand(line, ShellCommandKind.Export, text, echo.Groups["name"].Value, Unquote(echo.Groups["value"].Value), echo.Groups["profile"].Value);
        if (PlainExport().Match(text) is { Success: true } export)
            return new ShellCommand(line, ShellCommandKind.Export, text, export.Groups["name"].Value, Unquote(export.Groups["value"].Value));
        if (SourceProfile().Match(text) is { Success: true } source)
            return new ShellCommand(line, ShellCommandKind.Source, text, Profile: source.Groups["profile"].Value);
        if (EnvsubstRender().Match(text) is { Success: true } render)
            return new ShellCommand(line, ShellCommandKind.Envsubst, text, Input: render.Groups["in"].Value, Output: render.Groups["out"].Value);
        return new ShellCommand(line, ShellCommandKind.Other, text);
    }

    /// <summary>Joins <c>envsubst &lt; a &gt; tmp</c> with a following <c>mv tmp a</c> into one in-place render.</summary>
    public ShellScript WithMovesFolded()
    {
        var folded = new List<ShellCommand>();
        for (var i = 0; i < Commands.Count; i++)
        {
            var command = Commands[i];
            if (command.Kind == ShellCommandKind.Envsubst && i + 1 < Commands.Count
                && MoveBack().Match(Commands[i + 1].Text) is { Success: true } move
                && move.Groups["from"].Value == command.Output)
            {
                folded.Add(command with { Output = move.Groups["to"].Value, MovedBack = move.Groups["to"].Value == command.Input });
                i++;
                continue;
            }
            folded.Add(command);
        }
        return this with { Commands = folded };
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;
    }

    [GeneratedRegex("""^echo\s+(-e\s+)?(?<quote>["'])export\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)\k<quote>\s*>>\s*(?<profile>\S+)$""")]
    private static partial Regex EchoExport();

    [GeneratedRegex("""^export\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$""")]
    private static partial Regex PlainExport();

    [GeneratedRegex("""^(source|\.)\s+(?<profile>\S+)$""")]
    private static partial Regex SourceProfile();

    [GeneratedRegex("""^envsubst\s*<\s*(?<in>\S+)\s*>\s*(?<out>\S+)$""")]
    private static partial Regex EnvsubstRender();

    [GeneratedRegex("""^mv\s+(?<from>\S+)\s+(?<to>\S+)$""")]
    private static partial Regex MoveBack();
}
