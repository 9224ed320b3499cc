using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests.Configuration;

public sealed class DeliberateFailureSettingTests
{
    private static SuiteSettings Read(string? value) => SettingsReader.Read(new Dictionary<string, string?>
    {
        [SettingNames.Guide] = SettingsReaderTests.RepositoryRoot(),
        [SettingNames.DeliberateFailure] = value,
    }, SettingsReaderTests.RepositoryRoot(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);

    [Theory]
    [InlineData(null, DeliberateFailure.Off)]
    [InlineData("off", DeliberateFailure.Off)]
    [InlineData("fail", DeliberateFailure.Fail)]
    [InlineData("Wait-For-Cancel", DeliberateFailure.WaitForCancel)]
    public void Accepted_values(string? value, DeliberateFailure expected) => Read(value).DeliberateFailure.Should().Be(expected);

    [Fact]
    public void Another_value_is_named_with_what_is_accepted()
    {
        var act = () => Read("waitforcancel");

        act.Should().Throw<SettingsException>().WithMessage("*KEDAGUIDE_DELIBERATE_FAILURE='waitforcancel' is not accepted: use off, fail or wait-for-cancel*");
    }
}
