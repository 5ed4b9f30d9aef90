using System.Globalization;
using Waymark.Domain.Directory;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.Matching;

/// <summary>
/// Ranks directory services for one person. A service is relevant when it is listed under one of the person's needs
/// or its words mention something from one of their goals; relevant services are then either suggested, with the
/// reasons they fit and the cautions to know, or excluded with every reason they would not work (closed or paused,
/// outside the age range, needs the internet or reading English the person does not have, or no way of taking part
/// that works for the person). Irrelevant services are simply not listed.
/// <para>
/// The score only orders the list: each need met counts most, then goals mentioned, the person's language, cost;
/// distance counts against in-person-only services, more so when travel is hard for the person; a wait and not
/// taking referrals count against. Ties go to the shorter wait, then the nearer, then by name.
/// </para>
/// </summary>
public static class ServiceMatcher
{
    /// <summary>Five miles: beyond this an in-person service does not work for someone who finds travel hard.</summary>
    public const double TravelLimitKm = 5 * GeoDistance.KilometresPerMile;

    private const int NeedPoints = 40;
    private const int GoalWordPoints = 10;
    private const int MaxGoalPoints = 30;
    private const int LanguagePoints = 15;
    private const int FreePoints = 5;
    private const int LowCostPoints = 2;
    private const int NotTakingReferralsPenalty = 25;
    private const int MaxWaitPenalty = 20;
    private const int MaxDistancePenalty = 40;
    private const double DistancePenaltyPerKm = 1.5;
    private const double HardTravelPenaltyPerKm = 4;
    private const int GoalQuoteMaxLength = 60;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly DeliveryModes[] Modes =
        [DeliveryModes.InPerson, DeliveryModes.Phone, DeliveryModes.Video, DeliveryModes.Online, DeliveryModes.ByPost];

    public static MatchResult Match(MatchingPerson person, IEnumerable<MatchingService> candidates)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(candidates);
        var goalWords = GoalWords.From(person.Goals);
        var suggestions = new List<ServiceSuggestion>();
        var exclusions = new List<ServiceExclusion>();
        foreach (var service in candidates)
        {
            var needsMet = service.Needs.Intersect(person.Needs).Order().ToList();
            var mentions = goalWords.MentionedBy(service.SearchText);
            if (needsMet.Count == 0 && mentions.Count == 0)
            {
                continue;
            }

            var usable = UsableModes(person, service, out var unusable);
            var refusals = Refusals(person, service, usable, unusable);
            if (refusals.Count > 0)
            {
                exclusions.Add(new ServiceExclusion(service, refusals));
                continue;
            }

            suggestions.Add(Suggest(person, service, needsMet, mentions, usable, unusable));
        }

        return new MatchResult(
            [.. suggestions
                .OrderByDescending(s => s.Score)
                .ThenBy(s => s.Service.WaitingDays ?? int.MaxValue)
                .ThenBy(s => s.Service.DistanceKm ?? double.MaxValue)
                .ThenBy(s => s.Service.Name, StringComparer.OrdinalIgnoreCase)],
            [.. exclusions.OrderBy(e => e.Service.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>
    /// The ways of taking part that work for the person, and for each offered way that does not, why. A service
    /// running remotely only offers no in-person way for now; one that needs travel offers only in person.
    /// </summary>
    public static DeliveryModes UsableModes(MatchingPerson person, MatchingService service, out IReadOnlyList<string> unusable)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(service);
        var offered = OfferedNow(service);
        var usable = DeliveryModes.None;
        var why = new List<string>();
        foreach (var mode in Modes.Where(m => offered.HasFlag(m)))
        {
            if (WhyNot(person, service, mode) is { } reason)
            {
                why.Add($"{ModeWords(mode)}: {reason}");
            }
            else
            {
                usable |= mode;
            }
        }

        unusable = why;
        return usable;
    }

    private static DeliveryModes OfferedNow(MatchingService service)
    {
        var offered = service.DeliveryModes;
        if (service.Status == OperatingStatus.RemoteOnly)
        {
            offered &= ~DeliveryModes.InPerson;
        }

        if (service.Requirements.NeedsToTravel && offered.HasFlag(DeliveryModes.InPerson))
        {
            offered = DeliveryModes.InPerson;
        }

        return offered;
    }

    private static string? WhyNot(MatchingPerson person, MatchingService service, DeliveryModes mode) => mode switch
    {
        DeliveryModes.InPerson when person.Travel.HasFlag(TravelNeeds.Housebound) => "the person cannot leave home at present",
        DeliveryModes.InPerson when person.Travel.HasFlag(TravelNeeds.StepFreeAccess) && !service.Requirements.StepFreeAccess =>
            "the venue is not listed as step-free",
        DeliveryModes.InPerson when person.FindsTravelHard && service.DistanceKm is { } far && far > TravelLimitKm =>
            $"{Miles(far).ToLower(English)} away, and travel is hard for the person",
        DeliveryModes.Video or DeliveryModes.Online when person.DigitalAccess < DigitalAccess.Smartphone => "the person has no internet access",
        DeliveryModes.ByPost when !person.CanReadEnglish => "the person cannot read English",
        _ => null,
    };

    private static List<string> Refusals(MatchingPerson person, MatchingService service, DeliveryModes usable, IReadOnlyList<string> unusable)
    {
        var refusals = new List<string>();
        if (service.Status == OperatingStatus.Closed)
        {
            refusals.Add(WithReason("Closed", service.StatusReason));
        }
        else if (service.Status == OperatingStatus.Paused)
        {
            var until = service.ExpectedReturn is { } back ? $"Paused until {back.ToString("d MMMM yyyy", English)}" : "Paused";
            refusals.Add(WithReason(until, service.StatusReason));
        }

        if (person.Age is { } age && (age < service.MinimumAge || age > service.MaximumAge))
        {
            refusals.Add($"For people aged {AgeRange(service.MinimumAge, service.MaximumAge)}; the person is {age}");
        }

        if (service.Requirements.NeedsInternet && person.DigitalAccess < DigitalAccess.Smartphone)
        {
            refusals.Add("Needs the internet, and the person has no internet access");
        }

        if (service.Requirements.NeedsToReadEnglish && !person.CanReadEnglish)
        {
            refusals.Add("Needs the person to read English");
        }

        if (usable == DeliveryModes.None && unusable.Count > 0)
        {
            refusals.Add("No way of taking part works for the person – " + string.Join("; ", unusable));
        }

        return refusals;
    }

    private static ServiceSuggestion Suggest(
        MatchingPerson person,
        MatchingService service,
        List<NeedCategory> needsMet,
        IReadOnlyList<GoalMention> mentions,
        DeliveryModes usable,
        IReadOnlyList<string> unusable)
    {
        var reasons = new List<string>();
        var cautions = new List<string>();
        var score = 0.0;

        reasons.AddRange(needsMet.Select(n => "Helps with " + n.Describe().ToLower(English)));
        score += NeedPoints * needsMet.Count;

        reasons.AddRange(mentions.Select(m => $"Mentions “{m.Word}”, from the goal “{Quote(m.Goal)}”"));
        score += Math.Min(MaxGoalPoints, GoalWordPoints * mentions.Count);

        if (person.Language is { } language)
        {
            if (service.Languages.FirstOrDefault(l => Speaks(l, language)) is { } offered)
            {
                reasons.Add("Offered in " + (offered.Name ?? language));
                score += LanguagePoints;
            }
            else if (person.NeedsInterpreter && !service.OffersInterpreting)
            {
                cautions.Add($"Not listed as offered in {language}, and no interpreting is listed");
            }
        }

        var inPersonOnly = usable == DeliveryModes.InPerson;
        if (usable.HasFlag(DeliveryModes.InPerson) && service.DistanceKm is { } km)
        {
            reasons.Add(Miles(km) + " away");
            if (inPersonOnly)
            {
                score -= Math.Min(MaxDistancePenalty, km * (person.FindsTravelHard ? HardTravelPenaltyPerKm : DistancePenaltyPerKm));
            }
        }
        else if (usable.HasFlag(DeliveryModes.InPerson) && person.FindsTravelHard)
        {
            cautions.Add("How far away it is is not known – check the journey");
        }

        var fromHome = usable & ~DeliveryModes.InPerson;
        if (fromHome != DeliveryModes.None && (person.FindsTravelHard || person.Travel.HasFlag(TravelNeeds.Housebound)))
        {
            reasons.Add("Can be done from home: " + string.Join(", ", Modes.Where(m => fromHome.HasFlag(m)).Select(m => ModeWords(m).ToLower(English))));
        }

        switch (service.Cost)
        {
            case CostLevel.Free:
                reasons.Add("Free");
                score += FreePoints;
                break;
            case CostLevel.LowCost:
                reasons.Add("Low cost");
                score += LowCostPoints;
                break;
        }

        if (service.Status == OperatingStatus.RemoteOnly)
        {
            cautions.Add(WithReason("Running remotely only for now", service.StatusReason));
        }

        if (!service.AcceptingReferrals)
        {
            cautions.Add("Not taking new referrals at the moment");
            score -= NotTakingReferralsPenalty;
        }

        if (service.WaitingDays is > 0 and var days)
        {
            cautions.Add("Usually a wait of " + Wait(days));
            score -= Math.Min(MaxWaitPenalty, days / 7.0 * 2);
        }

        cautions.AddRange(unusable.Select(u => "Not " + char.ToLower(u[0], English) + u[1..]));
        return new ServiceSuggestion(service, (int)Math.Round(score), reasons, cautions, usable);
    }

    private static bool Speaks(Language offered, string language) =>
        string.Equals(offered.Code, language.Trim(), StringComparison.OrdinalIgnoreCase)
        || string.Equals(offered.Name, language.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string WithReason(string what, string? reason) => string.IsNullOrWhiteSpace(reason) ? what : $"{what}: {reason}";

    private static string AgeRange(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => $"{min} to {max}",
        ({ } min, null) => $"{min} and over",
        (null, { } max) => $"up to {max}",
        _ => "any age",
    };

    private static string Miles(double km)
    {
        var miles = GeoDistance.Miles(km);
        return miles < 0.95 ? "Under a mile" : miles < 1.05 ? "1 mile" : miles.ToString("0.#", English) + " miles";
    }

    private static string Wait(int days) => days switch
    {
        1 => "1 day",
        < 14 => $"{days} days",
        < 60 => $"{Math.Round(days / 7.0)} weeks",
        _ => $"{Math.Round(days / 30.4)} months",
    };

    private static string Quote(string goal) =>
        goal.Length <= GoalQuoteMaxLength ? goal : goal[..GoalQuoteMaxLength].TrimEnd() + "…";

    private static string ModeWords(DeliveryModes mode) => mode switch
    {
        DeliveryModes.InPerson => "In person",
        DeliveryModes.Phone => "By phone",
        DeliveryModes.Video => "By video",
        DeliveryModes.Online => "Online",
        DeliveryModes.ByPost => "By post",
        _ => mode.ToString(),
    };
}
