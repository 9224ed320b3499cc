using YamlDotNet.Core;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// YAML beyond its <see cref="YamlBudget"/>, at the event where the budget ran out. A <see cref="YamlException"/>, so
/// every caller that reports a parse error with its line and column reports this one the same way.
/// </summary>
public sealed class YamlBudgetException(Mark start, Mark end, string message) : YamlException(start, end, message);
