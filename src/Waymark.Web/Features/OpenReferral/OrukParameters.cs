using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Domain.Common;

namespace Waymark.Web.Features.OpenReferral;

/// <summary>
/// Reads the ORUK query parameters from text, so a bad value is answered with a 400 problem naming the parameter and
/// how to fix it (binding them as numbers would answer an empty 400 instead). Collects every mistake at once.
/// </summary>
public sealed class OrukParameters
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;
    public const double MaxProximityMetres = 1_000_000;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors, title: "The request's parameters are not valid");

    public int Page(string? value) => Whole(value, "page", 1, int.MaxValue, 1, "Enter page as a whole number from 1");

    public int PerPage(string? value) =>
        Whole(value, "per_page", 1, MaxPerPage, DefaultPerPage, $"Enter per_page as a whole number from 1 to {MaxPerPage}");

    /// <summary>Waymark's <c>age</c> filter: a person's age in whole years, or null when not given.</summary>
    public int? Age(string? value) => string.IsNullOrWhiteSpace(value)
        ? null
        : Whole(value, "age", 0, Domain.Directory.Service.MaxAge, 0, $"Enter age as a whole number of years from 0 to {Domain.Directory.Service.MaxAge}");

    /// <summary>An ORUK id (a UUID), or null when not given.</summary>
    public Guid? Id(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Guid.TryParse(value.Trim(), out var id))
        {
            return id;
        }

        Error(name, $"Enter {name} as a UUID, like 3f7b145d-84af-42d7-8fae-eaca714b02b2");
        return null;
    }

    /// <summary>A date and time (ISO 8601; without an offset it is UTC), or a date meaning its start in UTC.</summary>
    public DateTimeOffset? Timestamp(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        Error(name, $"Enter {name} as a date and time, like 2026-01-31T09:00:00Z, or a date, like 2026-01-31");
        return null;
    }

    public bool Flag(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }

        Error(name, $"Enter {name} as true or false");
        return false;
    }

    /// <summary>A UK postcode, normalised (like "LS1 4AP"), or null when not given.</summary>
    public string? Postcode(string? value)
    {
        try
        {
            return Domain.People.Postcode.NormaliseOptional(value, "postcode");
        }
        catch (DomainException)
        {
            Error("postcode", "Enter a full UK postcode, like LS1 4AP");
            return null;
        }
    }

    /// <summary>ORUK <c>proximity</c>: metres from the postcode's centre.</summary>
    public double? Proximity(string? value, bool hasPostcode)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || !double.IsFinite(metres) ||
            metres <= 0 || metres > MaxProximityMetres)
        {
            Error("proximity", $"Enter proximity as a number of metres, more than 0 and up to {MaxProximityMetres:0}");
            return null;
        }

        if (!hasPostcode)
        {
            Error("proximity", "Give a postcode to measure the proximity from");
            return null;
        }

        return metres;
    }

    public void Error(string name, string message) => _errors[name] = [message];

    private int Whole(string? value, string name, int min, int max, int fallback, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Error(name, message);
        return fallback;
    }
}
