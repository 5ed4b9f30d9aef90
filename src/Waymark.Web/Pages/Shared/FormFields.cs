namespace Waymark.Web.Pages.Shared;

/// <summary>
/// A form field rendered by the _Input, _Select and _Checkboxes partials in the NHS.UK pattern: label, hint, error
/// message from ModelState, and the value the user typed kept on error.
/// </summary>
public sealed record InputField(string Name, string Label, string? Value)
{
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public string? Autocomplete { get; init; }
    public string? WidthClass { get; init; }
    public bool IsPageHeading { get; init; }
    public bool Spellcheck { get; init; }

    public string Id => FieldId.For(Name);
}

public sealed record SelectField(string Name, string Label, string? Value, IReadOnlyList<Option> Options)
{
    public string? Hint { get; init; }
    public string? EmptyOption { get; init; }

    public string Id => FieldId.For(Name);
}

public sealed record CheckboxesField(string Name, string Legend, IReadOnlyCollection<string> Values, IReadOnlyList<Option> Options)
{
    public string? Hint { get; init; }

    public string Id => FieldId.For(Name);
}

/// <summary>A multi-line answer rendered by the _Textarea partial, in the NHS.UK pattern (label, hint, error, kept value).</summary>
public sealed record TextareaField(string Name, string Label, string? Value)
{
    public string? Hint { get; init; }
    public int Rows { get; init; } = 5;

    /// <summary>A small bold label (nhsuk-label--s), for a textarea that stands out on its form.</summary>
    public bool BoldLabel { get; init; }
    public bool Spellcheck { get; init; }

    public string Id => FieldId.For(Name);
}

/// <summary>
/// A date typed as day, month and year, rendered by the _DateInput partial in the NHS.UK date input pattern. The error
/// is keyed by <see cref="Name"/> and links to the day input. The parts post as Name + "Day", "Month" and "Year"
/// (flat properties on the form), or as Name + ".Day" etc. when <see cref="NestedParts"/> (a nested object).
/// </summary>
public sealed record DateField(string Name, string Legend, string? Day, string? Month, string? Year)
{
    public string? Hint { get; init; }
    public bool NestedParts { get; init; }

    /// <summary>The person's own date of birth: the browser may fill it in (autocomplete bday-day etc.).</summary>
    public bool IsOwnBirthDate { get; init; }

    public string Id => FieldId.For(Name);

    public string PartName(string part) => NestedParts ? $"{Name}.{part}" : Name + part;

    /// <summary>The day input has the field's own id, so the error summary link lands on it.</summary>
    public string PartId(string part) => part == "Day" ? Id : FieldId.For(PartName(part));

    public string PartAutocomplete(string part) => IsOwnBirthDate ? $"bday-{part.ToLowerInvariant()}" : "off";
}

public sealed record Option(string Value, string Text, string? Hint = null);

public static class FieldId
{
    /// <summary>The id ASP.NET gives a bound field ("Input.Email" → "Input_Email"), used by error summary links.</summary>
    public static string For(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
