namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// What an onward referral shares beyond the minimum. The minimum — the person's name, how to contact them and the
/// reason in agreed words — is always shared and so has no flag; each item here needs the person's recorded consent
/// (<see cref="SharingConsent"/>).
/// </summary>
[Flags]
public enum SharedDataItems
{
    None = 0,
    DateOfBirth = 1,
    Address = 2,
    CommunicationNeeds = 4,
    RiskSummary = 8,
    RelevantConditions = 16,
}

public static class SharedDataItemsExtensions
{
    /// <summary>Every item that can be shared with consent.</summary>
    public const SharedDataItems All = SharedDataItems.DateOfBirth | SharedDataItems.Address | SharedDataItems.CommunicationNeeds
        | SharedDataItems.RiskSummary | SharedDataItems.RelevantConditions;

    /// <summary>Only known items (no stray bits from a bad form or API value).</summary>
    public static bool IsKnown(this SharedDataItems items) => (items & ~All) == 0;

    /// <summary>The items one by one, in the order of the enum.</summary>
    public static IEnumerable<SharedDataItems> Each(this SharedDataItems items) =>
        Enum.GetValues<SharedDataItems>().Where(item => item != SharedDataItems.None && items.HasFlag(item));

    /// <summary>The items in plain words, joined as a list ("date of birth, address and risk summary").</summary>
    public static string Describe(this SharedDataItems items)
    {
        var words = items.Each().Select(Describe1).ToList();
        return words.Count switch
        {
            0 => "nothing more",
            1 => words[0],
            _ => $"{string.Join(", ", words[..^1])} and {words[^1]}",
        };
    }

    private static string Describe1(SharedDataItems item) => item switch
    {
        SharedDataItems.DateOfBirth => "date of birth",
        SharedDataItems.Address => "address",
        SharedDataItems.CommunicationNeeds => "communication needs",
        SharedDataItems.RiskSummary => "risk summary",
        SharedDataItems.RelevantConditions => "relevant health conditions",
        _ => item.ToString(),
    };
}
