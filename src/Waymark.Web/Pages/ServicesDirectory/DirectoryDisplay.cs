using System.Globalization;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Pages.Admin;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory;

/// <summary>How the directory pages word a listing: status tags, delivery, waits, costs, referral methods, distance.</summary>
public static class DirectoryDisplay
{
    public const string SearchPath = "/directory";
    public const string ManagePath = "/directory/manage";
    public const string StalePath = "/directory/manage/stale";

    public static string ListingPath(Guid id) => $"/directory/services/{id}";

    public static string EditPath(Guid id) => $"{ManagePath}/{id}/edit";

    public static string StatusPath(Guid id) => $"{ManagePath}/{id}/status";

    public static StatusTag Status(OperatingStatus status, DateOnly? expectedReturn) => status switch
    {
        OperatingStatus.Running => new("Running", "blue"),
        OperatingStatus.RemoteOnly => new(expectedReturn is { } back ? $"Remote only until {Date(back)}" : "Remote only", "aqua-green"),
        OperatingStatus.Paused => new(expectedReturn is { } back ? $"Paused until {Date(back)}" : "Paused", "orange"),
        _ => new("Closed", "grey"),
    };

    public static string StatusName(OperatingStatus status) => status switch
    {
        OperatingStatus.Running => "Running",
        OperatingStatus.RemoteOnly => "Remote only",
        OperatingStatus.Paused => "Paused",
        _ => "Closed",
    };

    public static IReadOnlyList<(DeliveryModes Mode, string Text)> Modes { get; } =
    [
        (DeliveryModes.InPerson, "In person"), (DeliveryModes.Phone, "Phone"), (DeliveryModes.Video, "Video"),
        (DeliveryModes.Online, "Online"), (DeliveryModes.ByPost, "By post"),
    ];

    public static IReadOnlyList<Option> ModeOptions { get; } = [.. Modes.Select(m => new Option(m.Mode.ToString(), m.Text))];

    public static string Delivery(DeliveryModes modes)
    {
        var names = Modes.Where(m => modes.HasFlag(m.Mode)).Select(m => m.Text).ToList();
        return names.Count == 0 ? "Not stated" : string.Join(", ", names);
    }

    public static string Wait(int? days) => days switch
    {
        null => "Wait not known",
        0 => "No wait",
        1 => "Usually waits 1 day",
        < 14 => $"Usually waits {days} days",
        < 90 => $"Usually waits {Plural((int)Math.Round(days.Value / 7.0), "week")}",
        _ => $"Usually waits {Plural((int)Math.Round(days.Value / 30.0), "month")}",
    };

    public static string Cost(CostLevel cost) => cost switch
    {
        CostLevel.Free => "Free",
        CostLevel.LowCost => $"Low cost (up to £{ServiceRequirements.LowCostLimit:0} a session)",
        _ => "Paid",
    };

    public static IReadOnlyList<Option> CostOptions { get; } =
    [
        new(nameof(CostLevel.Free), "Free"),
        new(nameof(CostLevel.LowCost), $"Low cost (up to £{ServiceRequirements.LowCostLimit:0} a session)"),
        new(nameof(CostLevel.Paid), "Paid"),
    ];

    public static string TakingReferrals(DirectoryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsTakingReferrals ? "Taking referrals" : "Not taking referrals";
    }

    public static string ReferralMethod(ReferralMethod method) => method switch
    {
        Domain.Directory.ReferralMethod.SignpostOnly => "Signpost only: the person contacts the service themselves",
        Domain.Directory.ReferralMethod.Direct => "Direct referral through Waymark",
        Domain.Directory.ReferralMethod.Email => "By email",
        Domain.Directory.ReferralMethod.Phone => "By phone",
        _ => "Through the service's own form",
    };

    public static IReadOnlyList<Option> ReferralMethodOptions { get; } =
    [
        .. Enum.GetValues<ReferralMethod>().Select(m => new Option(m.ToString(), ReferralMethod(m))),
    ];

    public static IReadOnlyList<Option> NeedOptions { get; } =
        [.. NeedTaxonomy.Needs.Select(n => new Option(n.ToString(), ReferralDisplay.Need(n)))];

    public static string Need(NeedCategory need) => ReferralDisplay.Need(need);

    public static string Distance(double? miles) => miles switch
    {
        null => "Distance not known",
        < 0.1 => "Less than 0.1 miles",
        _ => string.Create(CultureInfo.InvariantCulture, $"{miles:0.0} miles"),
    };

    public static string Ages(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        (null, null) => "Any age",
        ({ } min, null) => $"{min} and over",
        (null, { } max) => $"Up to {max}",
        ({ } min, { } max) => $"{min} to {max}",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date, string none) => date is { } d ? Date(d) : none;

    /// <summary>One price on a listing: "Carers: free", "Everyone: £3.50 tea and cake (until 31 March 2027)".</summary>
    public static string Price(CostOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var amount = option.Amount switch
        {
            null => null,
            0m => "free",
            { } pounds when option.Currency is null or "GBP" => $"£{pounds.ToString("#,##0.00", CultureInfo.InvariantCulture)}",
            { } other => $"{other.ToString("#,##0.00", CultureInfo.InvariantCulture)} {option.Currency}",
        };
        var price = amount is null ? option.Option ?? string.Empty : $"{option.Option ?? "Everyone"}: {amount}";
        var valid = (option.ValidFrom, option.ValidTo) switch
        {
            ({ } from, { } to) => $" ({Date(from)} to {Date(to)})",
            ({ } from, null) => $" (from {Date(from)})",
            (null, { } to) => $" (until {Date(to)})",
            _ => string.Empty,
        };
        return $"{price}{(option.AmountDescription is null ? "" : $" {option.AmountDescription}")}{valid}".Trim();
    }

    public static string Day(string byDay) => byDay[^2..] switch
    {
        "MO" => "Monday",
        "TU" => "Tuesday",
        "WE" => "Wednesday",
        "TH" => "Thursday",
        "FR" => "Friday",
        "SA" => "Saturday",
        "SU" => "Sunday",
        _ => byDay,
    };

    public static IReadOnlyList<Option> DayOptions { get; } =
    [
        new("Monday", "Monday"), new("Tuesday", "Tuesday"), new("Wednesday", "Wednesday"), new("Thursday", "Thursday"),
        new("Friday", "Friday"), new("Saturday", "Saturday"), new("Sunday", "Sunday"),
    ];

    public static IReadOnlyList<Option> ScheduleDayOptions { get; } =
        [.. Schedule.Days.Select(d => new Option(d, Day(d)))];

    public static string Days(string? byDay) => byDay is null ? "See notes" : string.Join(", ", byDay.Split(',').Select(Day));

    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "Not stated";

    public static IReadOnlyList<Option> LanguageOptions(IEnumerable<string> codesInUse) =>
    [
        .. DirectoryLanguages.Common.Select(l => l.Code).Union(codesInUse)
            .Select(code => new Option(code, DirectoryLanguages.NameOf(code)))
            .OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase),
    ];

    public static string Language(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Name ?? DirectoryLanguages.NameOf(language.Code);
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
