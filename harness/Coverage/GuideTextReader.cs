namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Reads the implementation guide's text (plain text as published, or markdown with ``` fences and # headings) into
/// its steps, in order, each under the heading it stands in: commands (continuations joined, a heredoc with its
/// body up to the terminator as one step, a multi-line loop up to <c>done</c>), expected outputs, and manifests
/// shown for reading. Prose, bullets, tables and figure captions are not steps.
/// </summary>
public static class GuideTextReader
{
    public const string NoSection = "(before the first heading)";

    public static IReadOnlyList<GuideStep> Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var markdown = lines.Any(l => Cursor.IsFence(l.Trim()));
        return new Cursor(lines, markdown).ReadAll();
    }

    private sealed class Cursor(string[] lines, bool markdown)
    {
        private readonly List<GuideStep> _steps = [];
        private string _section = NoSection;
        private string? _lastCommand;
        private int _i;
        private bool _inFence;

        public IReadOnlyList<GuideStep> ReadAll()
        {
            while (_i < lines.Length)
            {
                var line = lines[_i];
                var t = line.Trim();
                if (t.Length == 0) { _i++; continue; }
                if (IsFence(t)) { _inFence = !_inFence; _i++; continue; }
                if (markdown && !_inFence) { ReadMarkdownProse(t); continue; }
                if (GuideLine.IsExpectedHeader(t)) { _i++; ReadOutput(_i - 1, labelled: true); continue; }
                if (GuideLine.IsColumnHeader(t)) { ReadOutput(_i, labelled: false); continue; }
                if (GuideLine.IsCommand(t)) { ReadCommand(); continue; }
                if (GuideLine.StartsListing(t)) { ReadListing(); continue; }
                if (!markdown && GuideLine.IsHeadingCandidate(t)) _section = t;
                _i++;
            }
            return _steps;
        }

        /// <summary>Markdown prose wraps freely ("for one month."): outside fences only headings, output headers and whole-line code spans count.</summary>
        private void ReadMarkdownProse(string trimmed)
        {
            if (MarkdownHeading(trimmed) is { } title)
                _section = title;
            if (GuideLine.InlineCode(trimmed) is { } code && GuideLine.IsCommand(code))
            {
                _lastCommand = StepNormalizer.Command([code]);
                Add(GuideStepKind.Command, _i, _lastCommand, _lastCommand);
            }
            _i++;
            if (GuideLine.IsExpectedHeader(trimmed))
                ReadOutput(_i - 1, labelled: true);
        }

        private void ReadCommand()
        {
            var start = _i;
            var first = lines[_i].Trim();
            var body = new List<string> { lines[_i++] };
            while (body[^1].TrimEnd().EndsWith('\\') && _i < lines.Length)
                body.Add(lines[_i++]);

            var joined = StepNormalizer.Command(body);
            if (GuideLine.HeredocTerminator(joined) is { } word)
            {
                var terminated = false;
                while (_i < lines.Length && !terminated)
                {
                    terminated = lines[_i].Trim() == word;
                    body.Add(lines[_i++]);
                }
                var normalized = StepNormalizer.Heredoc(body);
                var lineCount = normalized.Count(c => c == '\n') + 1;
                Add(GuideStepKind.Command, start, normalized,
                    $"{joined} … {(terminated ? word : "(no " + word + " before the end of the text)")} ({lineCount} lines)");
                return;
            }

            if (GuideLine.OpensLoop(first))
            {
                while (_i < lines.Length && !GuideLine.ClosesLoop(body[^1]))
                    body.Add(lines[_i++]);
                joined = StepNormalizer.Command(body);
            }
            Add(GuideStepKind.Command, start, joined, joined);
            _lastCommand = joined;
        }

        private void ReadOutput(int start, bool labelled)
        {
            var body = new List<string>();
            var from = _i;
            while (_i < lines.Length)
            {
                var t = lines[_i].Trim();
                if (IsFence(t))
                {
                    // markdown: the fence right after the header opens the output; its closing fence ends it.
                    if (!_inFence && body.Count > 0)
                        break;
                    _inFence = !_inFence;
                    _i++;
                    if (!_inFence)
                        break;
                    continue;
                }
                // The first line under "Expected output:" is output even when it reads like a heading ("Login Succeeded").
                if (body.Count == 0 ? StartsSomethingElse(t) : EndsOutput(_i))
                    break;
                if (t.Length > 0)
                    body.Add(t);
                _i++;
            }
            if (body.Count == 0)
                return;
            var normalized = StepNormalizer.Output(body);
            var first = StepNormalizer.Collapse(body[0]);
            var what = labelled ? "expected output" : "output shown";
            var after = _lastCommand is null ? "" : $" after `{Shorten(_lastCommand, 70)}`";
            Add(GuideStepKind.ExpectedOutput, labelled ? start : from, normalized,
                $"{what}{after}: {Shorten(first, 60)} ({body.Count} lines)");
        }

        /// <summary>An output block runs until something that is clearly not output: a command, bullet, sentence, header, or a heading followed by non-output.</summary>
        private bool EndsOutput(int index)
        {
            var t = lines[index].Trim();
            if (t.Length == 0)
                return false;
            if (markdown && !_inFence)
                return true;
            if (GuideLine.IsCommand(t) || GuideLine.IsBullet(t) || GuideLine.IsExpectedHeader(t) || GuideLine.IsProse(t)
                || GuideLine.StartsListing(t) || (markdown && MarkdownHeading(t) is not null))
                return true;
            if (!GuideLine.IsHeadingCandidate(t))
                return false;
            // "Type Reason Age From Message" looks like a heading but is followed by more output.
            var next = NextNonEmpty(index + 1);
            return next is null || GuideLine.IsProse(next) || GuideLine.IsBullet(next) || GuideLine.IsCommand(next)
                   || GuideLine.IsHeadingCandidate(next) || GuideLine.IsExpectedHeader(next);
        }

        private static bool StartsSomethingElse(string trimmed) =>
            GuideLine.IsCommand(trimmed) || GuideLine.IsBullet(trimmed) || GuideLine.IsExpectedHeader(trimmed);

        private void ReadListing()
        {
            var start = _i;
            var body = new List<string>();
            while (_i < lines.Length && (body.Count == 0 || GuideLine.IsYamlLine(lines[_i])))
                body.Add(lines[_i++]);
            var normalized = StepNormalizer.Heredoc(body);
            var name = body.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("name:", StringComparison.Ordinal));
            Add(GuideStepKind.Listing, start, normalized,
                $"manifest shown: {StepNormalizer.Collapse(body.Count > 1 ? body[1] : body[0])}{(name is null ? "" : ", " + name)} ({body.Count} lines)");
        }

        private void Add(GuideStepKind kind, int index, string normalized, string display)
        {
            var id = StepNormalizer.Id(kind, normalized);
            _steps.Add(new GuideStep(id, kind, _section, index + 1, normalized, display));
        }

        private string? NextNonEmpty(int from)
        {
            for (var j = from; j < lines.Length; j++)
            {
                if (lines[j].Trim().Length > 0)
                    return lines[j].Trim();
            }
            return null;
        }

        /// <summary>A line that opens or closes a fenced block; "```x```" on one line is inline code, not a fence.</summary>
        public static bool IsFence(string trimmed) =>
            trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed[3..].Contains("```", StringComparison.Ordinal);

        private static string? MarkdownHeading(string trimmed)
        {
            var level = trimmed.TakeWhile(c => c == '#').Count();
            return level is >= 1 and <= 6 && trimmed.Length > level && trimmed[level] == ' '
                ? trimmed[(level + 1)..].Trim()
                : null;
        }

        private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
