namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// One executable or checkable step of the implementation guide, in guide order.
/// <see cref="Id"/> is derived from <see cref="Normalized"/> only, so re-wrapping the text keeps it and any real
/// change of the command or output gives a new one.
/// </summary>
/// <param name="Id">Kind prefix and a SHA-256 prefix of the normalized text, e.g. <c>c-1a2b3c4d</c>.</param>
/// <param name="Section">The heading the step stands under.</param>
/// <param name="Line">1-based line of the step's first line in the guide text.</param>
/// <param name="Normalized">Whitespace collapsed, continuations joined; a heredoc keeps one body line per line.</param>
/// <param name="Display">What a maintainer reads: the command itself, or a one-line summary of an output or listing.</param>
public sealed record GuideStep(string Id, GuideStepKind Kind, string Section, int Line, string Normalized, string Display);
