using System.Globalization;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.WhatMatters;

/// <summary>What was typed into a date input, kept as text so a wrong entry is shown back as it was typed.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date input for these parts, posting as Name.Day, Name.Month and Name.Year.</summary>
    public DateField Field(string name, string legend) => new(name, legend, Day, Month, Year) { NestedParts = true };

    public static DateParts Of(DateOnly? date) => date is { } d
        ? new DateParts
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateParts();

    /// <summary>Reads the date; empty is null. Returns false, with a message saying how to fix it, when it is not a real date.</summary>
    public bool TryRead(string what, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (IsEmpty)
        {
            return true;
        }

        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        error = $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, like 27 3 2027";
        return false;
    }
}
