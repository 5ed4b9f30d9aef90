using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Directory;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>
/// A row of one of the form's repeated fieldsets for a listing's children (prices, phones, contacts). A row is left
/// out when it is empty or its "Remove" box is ticked; the others go to the use case with their id, so a changed
/// record keeps what the form does not show.
/// </summary>
public interface IChildRow
{
    string? Id { get; }

    bool Remove { get; }

    bool IsEmpty { get; }
}

public sealed class CostOptionRow : IChildRow
{
    public string? Id { get; set; }

    /// <summary>In pounds, as typed ("3.50", "£3.50").</summary>
    public string? Amount { get; set; }

    public string? Option { get; set; }

    public string? AmountDescription { get; set; }

    /// <summary>As a date input posts it (2027-04-01), or typed as 1/4/2027.</summary>
    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public bool Remove { get; set; }

    public bool IsEmpty => new[] { Amount, Option, AmountDescription, ValidFrom, ValidTo }.All(string.IsNullOrWhiteSpace);

    public static CostOptionRow From(CostOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new CostOptionRow
        {
            Id = option.Id.ToString(),
            Amount = option.Amount?.ToString("0.00", CultureInfo.InvariantCulture),
            Option = option.Option,
            AmountDescription = option.AmountDescription,
            ValidFrom = option.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ValidTo = option.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The use case's input, adding an error by the input for an amount or date that cannot be read.</summary>
    public CostOptionInput ToInput(string key, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        decimal? amount = null;
        var typed = Amount?.Trim().TrimStart('£').Trim();
        if (!string.IsNullOrEmpty(typed))
        {
            if (decimal.TryParse(typed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var pounds))
            {
                amount = pounds;
            }
            else
            {
                modelState.AddModelError($"{key}.{nameof(Amount)}", "Enter the amount in pounds, like 3.50, or 0 if it is free");
            }
        }

        return new CostOptionInput(
            ChildRows.IdOf(Id), amount, Option, AmountDescription,
            Date(ValidFrom, $"{key}.{nameof(ValidFrom)}", "the date the price starts", modelState),
            Date(ValidTo, $"{key}.{nameof(ValidTo)}", "the date the price ends", modelState));
    }

    private static DateOnly? Date(string? text, string key, string what, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        modelState.AddModelError(key, $"Enter {what} as a real date, like 1/4/2027");
        return null;
    }
}

public sealed class PhoneRow : IChildRow
{
    public string? Id { get; set; }

    public string? Number { get; set; }

    /// <summary>What the number is for, like "Bookings".</summary>
    public string? Description { get; set; }

    public bool Remove { get; set; }

    public bool IsEmpty => new[] { Number, Description }.All(string.IsNullOrWhiteSpace);

    public static PhoneRow From(Phone phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return new PhoneRow { Id = phone.Id.ToString(), Number = phone.Number, Description = phone.Description };
    }

    public PhoneInput ToInput() => new(ChildRows.IdOf(Id), Number, Description);
}

public sealed class ContactRow : IChildRow
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Job title or role, like "Reception".</summary>
    public string? Title { get; set; }

    public string? Email { get; set; }

    /// <summary>The contact's first phone number; others an import brought are kept.</summary>
    public string? Phone { get; set; }

    public bool Remove { get; set; }

    public bool IsEmpty => new[] { Name, Title, Email, Phone }.All(string.IsNullOrWhiteSpace);

    public static ContactRow From(ServiceContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new ContactRow
        {
            Id = contact.Id.ToString(),
            Name = contact.Name,
            Title = contact.Title,
            Email = contact.Email,
            Phone = contact.Phones.Count > 0 ? contact.Phones[0].Number : null,
        };
    }

    public ContactInput ToInput() => new(ChildRows.IdOf(Id), Name, Title, Email, Phone);
}

/// <summary>The lists of child rows the form repeats, and what "Add another" may add.</summary>
public static class ChildRows
{
    /// <summary>The most rows of one kind the form shows; more would not fit a listing anyone reads.</summary>
    public const int MaxRows = 20;

    public static Guid? IdOf(string? id) => Guid.TryParse(id, out var parsed) && parsed != Guid.Empty ? parsed : null;

    /// <summary>The indexes of the rows to save: not empty and not ticked for removal.</summary>
    public static List<int> Kept<T>(IReadOnlyList<T> rows)
        where T : IChildRow =>
        [.. rows.Select((row, i) => (row, i)).Where(r => !r.row.IsEmpty && !r.row.Remove).Select(r => r.i)];
}
