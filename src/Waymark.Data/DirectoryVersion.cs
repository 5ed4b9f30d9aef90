namespace Waymark.Data;

/// <summary>
/// A counter this process moves on whenever it writes directory data (services and what they hold, locations, the
/// links between them, taxonomy terms), so anything kept in memory from the directory (the matching index) knows at
/// once that it is out of date. <see cref="Interceptors.DirectoryChangeInterceptor"/> moves it on after every save
/// and commit that touched the directory. Other processes' writes are not seen here; readers also check the database.
/// </summary>
public sealed class DirectoryVersion
{
    private long _value;

    /// <summary>The number of directory writes this process has made (or at least a number that grows with them).</summary>
    public long Current => Interlocked.Read(ref _value);

    /// <summary>Says the directory has changed.</summary>
    public void Changed() => Interlocked.Increment(ref _value);
}
