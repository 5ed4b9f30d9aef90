using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;
using Waymark.Web.Features.People;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

public sealed partial class ServiceForm
{
    /// <summary>Puts each refusal by its input ("Schedules[0].ClosesAt" → the closing time of the row it came from).</summary>
    public void AddErrors(ModelStateDictionary modelState, DomainException error)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        var errors = error is DomainErrorsException many ? many.Errors : [error];
        foreach (var one in errors)
        {
            var key = Key(one.Field);
            if (!modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
            {
                modelState.AddModelError(key, one.Message);
            }
        }
    }

    /// <summary>
    /// The error summary's order: the fields as the form shows them, row by row (the page models give it as IOrderedFormErrors).
    /// A list's own key ("Input.Phones") comes after its rows, as it would otherwise cover them.
    /// </summary>
    public IReadOnlyList<string> ErrorOrder =>
    [
        .. new[]
        {
            nameof(OrganisationId), nameof(Name), nameof(Description), nameof(Url), nameof(Email), nameof(Needs), nameof(TermIds), nameof(Modes),
            nameof(WaitingDays), nameof(Accepting), nameof(ReferralMethod), nameof(ReferralEmail), nameof(ReferralPhone), nameof(ReferralFormUrl),
            nameof(Requirements), nameof(Cost), nameof(MinimumAge), nameof(MaximumAge), nameof(EligibilityDescription), nameof(Languages),
        }.Select(name => $"{Prefix}.{name}"),
        .. RowKeys(nameof(Locations), Locations.Count, nameof(LocationRow.Name), nameof(LocationRow.Address1), nameof(LocationRow.Address2), nameof(LocationRow.City), nameof(LocationRow.Postcode)),
        .. RowKeys(nameof(Schedules), Schedules.Count, nameof(ScheduleRow.Day), nameof(ScheduleRow.OpensAt), nameof(ScheduleRow.ClosesAt)),
        .. RowKeys(nameof(CostOptions), CostOptions.Count, nameof(CostOptionRow.Amount), nameof(CostOptionRow.Option), nameof(CostOptionRow.AmountDescription), nameof(CostOptionRow.ValidFrom), nameof(CostOptionRow.ValidTo)),
        .. RowKeys(nameof(Phones), Phones.Count, nameof(PhoneRow.Number), nameof(PhoneRow.Description)),
        .. RowKeys(nameof(Contacts), Contacts.Count, nameof(ContactRow.Name), nameof(ContactRow.Title), nameof(ContactRow.Email), nameof(ContactRow.Phone)),
        $"{Prefix}.{nameof(VerificationIntervalDays)}",
    ];

    private static IEnumerable<string> RowKeys(string list, int count, params string[] parts) =>
        Enumerable.Range(0, count).SelectMany(i => parts.Select(part => $"{Prefix}.{list}[{i}].{part}")).Append($"{Prefix}.{list}");

    private string Key(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        var row = RowPattern().Match(field);
        if (row.Success)
        {
            var list = row.Groups["list"].Value;
            var index = int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture);
            var rows = _rows.TryGetValue(list, out var kept) ? kept : [];
            var formIndex = index < rows.Count ? rows[index] : -1;
            return formIndex < 0 ? $"{Prefix}.{list}" : $"{Prefix}.{list}[{formIndex}].{Part(list, row.Groups["part"].Value)}";
        }

        var name = field.Split('.', '[')[0] switch
        {
            "Requirements" => nameof(Cost),
            "DeliveryModes" => nameof(Modes),
            "LanguageCodes" or "Languages" => nameof(Languages),
            "Attributes" => nameof(Needs),
            "OrganisationName" => nameof(OrganisationId),
            "AcceptingReferrals" => nameof(Accepting),
            { } other => other,
        };
        return GetType().GetProperty(name) is null ? string.Empty : $"{Prefix}.{name}";
    }

    /// <summary>The input of a row a domain field names ("Contacts[0].Phones[0].Number" → the contact's phone).</summary>
    private static string Part(string list, string part) => (list, part) switch
    {
        (nameof(Schedules), "ByDay" or "Freq" or "") => nameof(ScheduleRow.Day),
        (nameof(Locations), "") => nameof(LocationRow.Address1),
        (nameof(CostOptions), nameof(CostOptionRow.Option) or nameof(CostOptionRow.AmountDescription) or nameof(CostOptionRow.ValidFrom) or nameof(CostOptionRow.ValidTo)) => part,
        (nameof(CostOptions), _) => nameof(CostOptionRow.Amount),
        (nameof(Phones), nameof(PhoneRow.Description)) => part,
        (nameof(Phones), _) => nameof(PhoneRow.Number),
        (nameof(Contacts), nameof(ContactRow.Title) or nameof(ContactRow.Email)) => part,
        (nameof(Contacts), nameof(Domain.Directory.ServiceContact.Phones)) => nameof(ContactRow.Phone),
        (nameof(Contacts), _) => nameof(ContactRow.Name),
        _ => part,
    };

    [GeneratedRegex(@"^(?<list>Locations|Schedules|CostOptions|Phones|Contacts)\[(?<index>\d+)\]\.?(?<part>[A-Za-z0-9]*)", RegexOptions.CultureInvariant)]
    private static partial Regex RowPattern();
}
