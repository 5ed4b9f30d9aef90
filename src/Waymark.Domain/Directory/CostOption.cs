using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>cost_option</c>: a price for some people or sessions, valid between two dates. An amount is 0 or more in
/// pounds and pence (at most 2 decimal places); an option needs an amount or words saying who or what it is for.
/// </summary>
public sealed partial record CostOption
{
    public Guid Id { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>Who or what the price is for, like "Under 18s and over 60s".</summary>
    public string? Option { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code (HSDS); pounds when not given.</summary>
    public string? Currency { get; init; }

    public string? AmountDescription { get; init; }

    public CostOption Validated(string field)
    {
        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            throw new DomainException("The date the price ends must be the same as or after the date it starts", field + ".ValidTo");
        }

        if (Amount < 0)
        {
            throw new DomainException("Enter an amount of 0 or more", field + ".Amount");
        }

        if (Amount > 1_000_000)
        {
            throw new DomainException("Enter an amount of 1,000,000 or less", field + ".Amount");
        }

        if (Amount is { } amount && decimal.Round(amount, 2) != amount)
        {
            throw new DomainException("Enter the amount in pounds and pence, with no more than 2 numbers after the point, like 3.50", field + ".Amount");
        }

        if (Amount is null && string.IsNullOrWhiteSpace(Option) && string.IsNullOrWhiteSpace(AmountDescription))
        {
            throw new DomainException("Enter the amount, or who the price is for", field + ".Amount");
        }

        var currency = Text.Optional(Currency, field + ".Currency", "the currency", 3)?.ToUpperInvariant();
        if (currency is not null && !CurrencyPattern().IsMatch(currency))
        {
            throw new DomainException("Enter a 3-letter currency code, like GBP", field + ".Currency");
        }

        return this with
        {
            Option = DirectoryText.Brief(Option, field + ".Option", "who the price is for"),
            Currency = currency,
            AmountDescription = DirectoryText.Brief(AmountDescription, field + ".AmountDescription", "what the amount covers"),
        };
    }

    public static List<CostOption> ValidatedList(IEnumerable<CostOption>? options, string field) =>
        DirectoryText.WithIds(options, field, o => o.Id, (o, id) => o with { Id = id }, (o, f) => o.Validated(f));

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();
}
