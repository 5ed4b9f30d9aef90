using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.People;

/// <summary>
/// A date typed as day, month and year, for the _DateInput partial. The parts post as Name + "Day", "Month" and
/// "Year"; the error is keyed by <see cref="Name"/> and links to the day input.
/// </summary>
public sealed record DateField(string Name, string Legend, string? Day, string? Month, string? Year)
{
    public string? Hint { get; init; }

    public string Id => FieldId.For(Name);
}
