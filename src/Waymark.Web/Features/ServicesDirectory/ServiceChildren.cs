using Waymark.Domain.Common;
using Waymark.Domain.Directory;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>A price as the listing form edits it; amounts are pounds (new options are in GBP, others keep theirs).</summary>
public sealed record CostOptionInput(Guid? Id, decimal? Amount, string? Option, string? AmountDescription, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>A phone number of the service and what it is for ("Bookings").</summary>
public sealed record PhoneInput(Guid? Id, string? Number, string? Description);

/// <summary>A named person or role at the service; <see cref="Phone"/> is their first phone number.</summary>
public sealed record ContactInput(Guid? Id, string? Name, string? Title, string? Email, string? Phone);

/// <summary>
/// Turns the form's cost options, phones and contacts into the domain's records and applies them. A row with the id of
/// one the listing has changes that record and keeps what the form does not show (a phone's languages, a contact's
/// department and other phones, a price's currency); any other row is a new record. Every row is checked by the
/// domain on its own first, so every mistake is reported at once, by its row.
/// </summary>
public static class ServiceChildren
{
    public const string DefaultCurrency = "GBP";

    public static List<DomainException> Apply(Service service, ServiceInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<DomainException>();
        var options = CostOptions(service, input.CostOptions);
        if (Check(errors, options, nameof(Service.CostOptions), (o, f) => o.Validated(f)))
        {
            Collect(errors, () => service.SetCosts(input.Requirements, options, now));
        }
        else
        {
            Collect(errors, () => service.SetRequirements(input.Requirements, now));
        }

        var phones = Phones(service, input.Phones);
        if (Check(errors, phones, nameof(Service.Phones), (p, f) => p.Validated(f)))
        {
            Collect(errors, () => service.ReplacePhones(phones, now));
        }

        var contacts = Contacts(service, input.Contacts);
        if (Check(errors, contacts, nameof(Service.Contacts), (c, f) => c.Validated(f)))
        {
            Collect(errors, () => service.ReplaceContacts(contacts, now));
        }

        return errors;
    }

    public static List<CostOption> CostOptions(Service service, IEnumerable<CostOptionInput> inputs) =>
        [.. inputs.Select(input =>
        {
            var current = Existing(service.CostOptions, input.Id, o => o.Id) ?? new CostOption { Currency = DefaultCurrency };
            return current with
            {
                Amount = input.Amount,
                Option = input.Option,
                AmountDescription = input.AmountDescription,
                ValidFrom = input.ValidFrom,
                ValidTo = input.ValidTo,
            };
        })];

    public static List<Phone> Phones(Service service, IEnumerable<PhoneInput> inputs) =>
        [.. inputs.Select(input => (Existing(service.Phones, input.Id, p => p.Id) ?? new Phone()) with
        {
            Number = input.Number ?? string.Empty,
            Description = input.Description,
        })];

    public static List<ServiceContact> Contacts(Service service, IEnumerable<ContactInput> inputs) =>
        [.. inputs.Select(input =>
        {
            var current = Existing(service.Contacts, input.Id, c => c.Id) ?? new ServiceContact();
            var others = current.Phones.Skip(1);
            IReadOnlyList<Phone> phones = string.IsNullOrWhiteSpace(input.Phone)
                ? [.. others]
                : [(current.Phones.Count > 0 ? current.Phones[0] : new Phone()) with { Number = input.Phone }, .. others];
            return current with { Name = input.Name, Title = input.Title, Email = input.Email, Phones = phones };
        })];

    private static T? Existing<T>(IReadOnlyList<T> records, Guid? id, Func<T, Guid> idOf)
        where T : class =>
        id is { } wanted && wanted != Guid.Empty ? records.FirstOrDefault(r => idOf(r) == wanted) : null;

    /// <summary>Checks each row with the domain's own rule, collecting every refusal; true when all pass.</summary>
    private static bool Check<T>(List<DomainException> errors, List<T> rows, string list, Func<T, string, T> validate)
    {
        var before = errors.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var field = $"{list}[{i}]";
            Collect(errors, () => validate(row, field));
        }

        return errors.Count == before;
    }

    private static void Collect(List<DomainException> errors, Action step)
    {
        try
        {
            step();
        }
        catch (DomainException error)
        {
            errors.Add(error);
        }
    }
}
