using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// An <see cref="IParser"/> in front of YamlDotNet's (iterative) event parser that enforces a <see cref="YamlBudget"/>
/// before the recursive representation model sees an event: depth, expanded node count (an alias counts as the size of
/// the node it names), documents, and no alias to a node that contains it (a cycle every recursive walk would follow
/// until the stack overflows). It can also move every mark by a line and character offset, so a document parsed on
/// its own carries the lines of its file without being padded with the lines before it.
/// One <see cref="YamlBudgetCounter"/> may be shared by the parsers of one file's documents.
/// </summary>
public sealed class BudgetedParser(IParser inner, YamlBudget budget, YamlBudgetCounter counter, long lineOffset = 0, long indexOffset = 0) : IParser
{
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<AnchorName, object> _anchors = [];
    private ParsingEvent? _current;

    public ParsingEvent? Current => _current;

    public bool MoveNext()
    {
        bool more;
        try
        {
            more = inner.MoveNext();
        }
        catch (YamlException error) when ((lineOffset != 0 || indexOffset != 0) && error is not YamlBudgetException)
        {
            throw new YamlException(Shift(error.Start), Shift(error.End), error.Message, error.InnerException); // the file's line, not the part's
        }
        if (!more)
        {
            _current = null;
            return false;
        }
        var e = inner.Current!;
        _current = lineOffset == 0 && indexOffset == 0 ? e : Shift(e);
        Account(_current);
        return true;
    }

    private void Account(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart:
                _anchors.Clear(); // anchors are scoped to their document
                if (++counter.Documents > budget.MaxDocuments)
                    Fail(e, $"the file holds more than {budget.MaxDocuments:N0} YAML documents");
                break;
            case Scalar scalar:
                Node(e, 1, 1);
                if (!scalar.Anchor.IsEmpty)
                    _anchors[scalar.Anchor] = new Size(1, 1);
                break;
            case AnchorAlias alias:
                switch (_anchors.GetValueOrDefault(alias.Value))
                {
                    case Frame:
                        Fail(e, $"the alias *{alias.Value} refers to a node that contains it (a cycle)");
                        break;
                    case Size size:
                        if (_open.Count + size.Height > budget.MaxDepth)
                            Fail(e, $"the alias *{alias.Value} nests the YAML deeper than {budget.MaxDepth} levels once expanded");
                        Node(e, size.Nodes, size.Height);
                        break;
                    default:
                        Node(e, 1, 1); // an unknown anchor: YamlDotNet reports it
                        break;
                }
                break;
            case NodeEvent start and (MappingStart or SequenceStart):
                if (_open.Count + 1 > budget.MaxDepth)
                    Fail(e, $"the YAML nests deeper than {budget.MaxDepth} levels");
                Count(e, 1);
                var frame = new Frame(start.Anchor);
                _open.Push(frame);
                if (!start.Anchor.IsEmpty)
                    _anchors[start.Anchor] = frame;
                break;
            case MappingEnd or SequenceEnd:
                var done = _open.Pop();
                if (!done.Anchor.IsEmpty && ReferenceEquals(_anchors.GetValueOrDefault(done.Anchor), done))
                    _anchors[done.Anchor] = new Size(done.Nodes, done.Height);
                AddToParent(done.Nodes, done.Height);
                break;
        }
    }

    /// <summary>A complete node (a scalar or an expanded alias) of <paramref name="nodes"/> nodes and <paramref name="height"/> levels.</summary>
    private void Node(ParsingEvent e, long nodes, int height)
    {
        if (_open.Count + 1 > budget.MaxDepth)
            Fail(e, $"the YAML nests deeper than {budget.MaxDepth} levels");
        Count(e, nodes);
        AddToParent(nodes, height);
    }

    private void Count(ParsingEvent e, long nodes)
    {
        counter.Nodes += nodes;
        if (counter.Nodes > budget.MaxNodes)
            Fail(e, $"the file expands to more than {budget.MaxNodes:N0} YAML nodes (aliases expanded)");
    }

    private void AddToParent(long nodes, int height)
    {
        if (_open.TryPeek(out var parent))
        {
            parent.Nodes += nodes;
            parent.Height = Math.Max(parent.Height, height + 1);
        }
    }

    private static void Fail(ParsingEvent e, string reason) =>
        throw new YamlBudgetException(e.Start, e.End, $"Refused: {reason}; the guide is read as bounded data.");

    private Mark Shift(Mark mark) => new(mark.Index + indexOffset, mark.Line + lineOffset, mark.Column);

    private ParsingEvent Shift(ParsingEvent e) => e switch
    {
        Scalar s => new Scalar(s.Anchor, s.Tag, s.Value, s.Style, s.IsPlainImplicit, s.IsQuotedImplicit, Shift(s.Start), Shift(s.End), s.IsKey),
        SequenceStart s => new SequenceStart(s.Anchor, s.Tag, s.IsImplicit, s.Style, Shift(s.Start), Shift(s.End)),
        MappingStart m => new MappingStart(m.Anchor, m.Tag, m.IsImplicit, m.Style, Shift(m.Start), Shift(m.End)),
        SequenceEnd s => new SequenceEnd(Shift(s.Start), Shift(s.End)),
        MappingEnd m => new MappingEnd(Shift(m.Start), Shift(m.End)),
        AnchorAlias a => new AnchorAlias(a.Value, Shift(a.Start), Shift(a.End)),
        DocumentStart d => new DocumentStart(d.Version, d.Tags, d.IsImplicit, Shift(d.Start), Shift(d.End)),
        DocumentEnd d => new DocumentEnd(d.IsImplicit, Shift(d.Start), Shift(d.End)),
        StreamStart s => new StreamStart(Shift(s.Start), Shift(s.End)),
        StreamEnd s => new StreamEnd(Shift(s.Start), Shift(s.End)),
        Comment c => new Comment(c.Value, c.IsInline, Shift(c.Start), Shift(c.End)),
        _ => e,
    };

    private sealed class Frame(AnchorName anchor)
    {
        public AnchorName Anchor { get; } = anchor;
        public long Nodes { get; set; } = 1;
        public int Height { get; set; } = 1;
    }

    private sealed record Size(long Nodes, int Height);
}
