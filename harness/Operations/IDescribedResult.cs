namespace KedaGuidance.Harness.Operations;

/// <summary>
/// A result that describes itself for the evidence ("sent 500 of 500 in 50 batches; 0 retries; 412 ms"). The live
/// executor records the description as the operation's detail, so a reader sees what an operation achieved, not only
/// that it finished.
/// </summary>
public interface IDescribedResult
{
    string Describe();
}
