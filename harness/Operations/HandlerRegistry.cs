namespace KedaGuidance.Harness.Operations;

/// <summary>
/// The handlers the live executor dispatches to. Target fixtures add theirs when they start (k3s only when a
/// cluster scenario first needs it), so a run filtered to static scenarios never starts a container.
/// </summary>
public sealed class HandlerRegistry
{
    private readonly Lock _gate = new();
    private readonly List<IOperationHandler> _operations = [];
    private readonly List<IExpectationHandler> _expectations = [];

    public void Add(IEnumerable<IOperationHandler> operations, IEnumerable<IExpectationHandler> expectations)
    {
        lock (_gate)
        {
            _operations.AddRange(operations);
            _expectations.AddRange(expectations);
        }
    }

    public IOperationHandler? For(Operation operation)
    {
        lock (_gate) return _operations.FirstOrDefault(h => h.Handles(operation));
    }

    public IExpectationHandler? For(Expectation expectation)
    {
        lock (_gate) return _expectations.FirstOrDefault(h => h.Handles(expectation));
    }
}
