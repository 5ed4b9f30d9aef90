namespace Waymark.Web.Infrastructure.Problems;

/// <summary>The record asked for does not exist, or is outside what the caller may see (the two look the same).</summary>
public sealed class NotFoundException(string recordType, object id) : Exception($"{recordType} {id} was not found.")
{
    public string RecordType { get; } = recordType;
}
