namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// How a @deliberate-failure scenario ends after it created resources: it fails (<see cref="Fail"/>) or waits until
/// the run is cancelled (<see cref="WaitForCancel"/>). Either way teardown must leave nothing behind; CI checks by listing.
/// </summary>
public enum DeliberateFailure
{
    Off,
    Fail,
    WaitForCancel,
}
