namespace Waymark.Testing;

/// <summary>
/// A clock tests can set and move. (Microsoft.Extensions.TimeProvider.Testing is not on the registry copy here.)
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public FakeClock()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset to) => _now = to;
}
