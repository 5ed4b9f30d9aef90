using System.Globalization;
using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>
/// Collects every mistake in one record, each with its field (<c>Schedules[0].ClosesAt</c>), instead of stopping at
/// the first. The domain throws at its first mistake, so each check that can find several runs again with the field
/// at fault set aside (<see cref="Each{T}"/>) or the list item at fault left out (<see cref="EachItem{T}"/>).
/// </summary>
internal sealed partial class RecordCheck(string id, string kind = "service")
{
    // More than any record has fields: a check that keeps finding mistakes in the same place stops here.
    private const int MaxAttempts = 50;

    private readonly List<ImportProblem> _problems = [];

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public bool Failed => _problems.Count > 0;

    public void Fail(string? field, string message) => _problems.Add(new ImportProblem(kind, id, field, message));

    public void AddRange(IEnumerable<ImportProblem> problems)
    {
        foreach (var problem in problems)
        {
            Fail(problem.Field, problem.Message);
        }
    }

    /// <summary>Runs one domain call; a mistake is noted under <paramref name="prefix"/> and its field.</summary>
    public void Try(string prefix, Action action)
    {
        try
        {
            action();
        }
        catch (DomainException ex)
        {
            Fail(Field(prefix, ex.Field), ex.Message);
        }
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> on <paramref name="value"/> until it passes: after each mistake,
    /// <paramref name="without"/> gives the value with that field set aside (null when it cannot, and checking stops).
    /// The value that passed, or null when the check had to stop.
    /// </summary>
    public T? Each<T>(string prefix, T value, Action<T> attempt, Func<T, string?, T?> without)
        where T : class
    {
        var current = value;
        for (var attempts = 0; attempts < MaxAttempts; attempts++)
        {
            try
            {
                attempt(current);
                return current;
            }
            catch (DomainException ex)
            {
                Fail(Field(prefix, ex.Field), ex.Message);
                if (without(current, ex.Field) is not { } next)
                {
                    return null;
                }

                current = next;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> on a list the domain checks item by item (its mistakes name
    /// <c>{listField}[i]...</c>): each item at fault is noted under its index in the feed and left out, and the rest
    /// checked again, so every wrong item is reported. A mistake about the list as a whole stops the check.
    /// </summary>
    public void EachItem<T>(string prefix, string listField, IReadOnlyList<T>? items, Action<IReadOnlyList<T>?> attempt)
    {
        var current = items?.ToList();
        var positions = Enumerable.Range(0, items?.Count ?? 0).ToList();
        for (var attempts = 0; attempts < MaxAttempts; attempts++)
        {
            try
            {
                attempt(current);
                return;
            }
            catch (DomainException ex)
            {
                var match = ItemField().Match(ex.Field ?? string.Empty);
                var index = match.Success && match.Groups["list"].Value == listField ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : -1;
                if (current is null || index < 0 || index >= current.Count)
                {
                    Fail(Field(prefix, ex.Field), ex.Message);
                    return;
                }

                Fail(Field(prefix, string.Create(CultureInfo.InvariantCulture, $"{listField}[{positions[index]}]{match.Groups["rest"].Value}")), ex.Message);
                current.RemoveAt(index);
                positions.RemoveAt(index);
            }
        }
    }

    private static string? Field(string prefix, string? field) =>
        string.IsNullOrEmpty(prefix) ? field : field is null ? prefix : $"{prefix}.{field}";

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex ItemField();
}
