using Xunit.Sdk;
using Xunit.v3;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// Runs scenario rows in catalog (file) order. xUnit orders rows by a hash otherwise, which would interleave
/// features and fire their hooks out of place.
/// </summary>
public sealed class CatalogOrderTestCaseOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases.OrderBy(SortKey, StringComparer.Ordinal).ToArray();

    private static string SortKey<TTestCase>(TTestCase testCase) where TTestCase : notnull, ITestCase =>
        testCase is XunitTestCase { TestMethodArguments: [string id, ..] } ? id : testCase.TestCaseDisplayName;
}
