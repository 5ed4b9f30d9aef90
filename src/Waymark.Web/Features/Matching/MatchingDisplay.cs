using System.Globalization;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.People;
using Waymark.Web.Features.Timeline;

namespace Waymark.Web.Features.Matching;

/// <summary>How the suggestions page words what matching weighed and found.</summary>
public static class MatchingDisplay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Where "Refer to this service" goes: the onward referral form with the service chosen.</summary>
    public static string ReferPath(Guid episodeId, Guid serviceId) => $"/episodes/{episodeId}/onward-referrals/new?serviceId={serviceId}";

    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>The person's circumstances matching used, as summary list rows.</summary>
    public static IEnumerable<(string Key, string Value)> Circumstances(MatchingPerson person, string? postcode, bool located)
    {
        ArgumentNullException.ThrowIfNull(person);
        yield return ("Age", person.Age?.ToString(English) ?? "Not known");
        yield return ("Digital access", person.DigitalAccess.Describe());
        yield return ("Reads English", person.CanReadEnglish ? "Yes" : "No – services that need reading English are left out");
        yield return ("Language", person.Language is null ? "English" : person.Language + (person.NeedsInterpreter ? ", needs an interpreter" : string.Empty));
        yield return ("Getting about", person.Travel == TravelNeeds.None ? "Nothing recorded" : string.Join(", ", RecordWords.Each(person.Travel).Select(t => t.Describe())));
        yield return ("Postcode", postcode is null
            ? "Not recorded – distances cannot be worked out"
            : located ? postcode : $"{postcode} – Waymark does not know where this is, so distances cannot be worked out");
    }

    public static string? StatusTag(MatchingService service) => service.Status == OperatingStatus.RemoteOnly ? "Remote only for now" : null;

    public static string Modes(DeliveryModes modes) => modes == DeliveryModes.None
        ? "Not listed"
        : string.Join(", ", Enum.GetValues<DeliveryModes>().Where(m => m != DeliveryModes.None && modes.HasFlag(m)).Select(Mode));

    private static string Mode(DeliveryModes mode) => mode switch
    {
        DeliveryModes.InPerson => "in person",
        DeliveryModes.Phone => "by phone",
        DeliveryModes.Video => "by video",
        DeliveryModes.Online => "online",
        DeliveryModes.ByPost => "by post",
        _ => mode.ToString(),
    };
}
