namespace KedaGuidance.Harness.Configuration;

/// <summary>The sweep of leftovers from earlier (crashed) runs: off, list what it would delete, or delete it.</summary>
public enum SweepMode
{
    Off,
    List,
    Delete,
}
