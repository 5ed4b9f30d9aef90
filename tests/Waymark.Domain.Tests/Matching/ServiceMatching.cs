using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.Tests.Matching;

/// <summary>Which services are suggested for a person, in what order, and why; which are left out, and why.</summary>
public sealed class ServiceMatching
{
    private static readonly MatchingPerson Lonely = new() { Needs = [NeedCategory.LonelinessAndIsolation], Age = 70 };

    private static MatchingService Listing(string name, params NeedCategory[] needs) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        OrganisationName = "Age Well",
        Needs = needs,
        DeliveryModes = DeliveryModes.InPerson,
        Cost = CostLevel.Paid,
        SearchText = SearchText.Normalise(name),
    };

    private static ServiceSuggestion OnlySuggestion(MatchingPerson person, MatchingService service) =>
        Assert.Single(ServiceMatcher.Match(person, [service]).Suggestions);

    private static ServiceExclusion OnlyExclusion(MatchingPerson person, MatchingService service)
    {
        var result = ServiceMatcher.Match(person, [service]);
        Assert.Empty(result.Suggestions);
        return Assert.Single(result.Exclusions);
    }

    [Fact]
    public void A_service_listed_under_the_persons_need_is_suggested_saying_so_and_an_unrelated_one_is_not_listed_at_all()
    {
        var lunchClub = Listing("Lunch club", NeedCategory.LonelinessAndIsolation) with { Cost = CostLevel.LowCost };
        var debtAdvice = Listing("Debt advice", NeedCategory.Debt);

        var result = ServiceMatcher.Match(Lonely, [lunchClub, debtAdvice]);

        var suggestion = Assert.Single(result.Suggestions);
        Assert.Same(lunchClub, suggestion.Service);
        Assert.Equal(["Helps with loneliness and isolation", "Low cost"], suggestion.Reasons);
        Assert.Empty(suggestion.Cautions);
        Assert.Equal(DeliveryModes.InPerson, suggestion.UsableModes);
        Assert.Empty(result.Exclusions);
    }

    [Fact]
    public void A_service_mentioning_a_word_from_an_open_goal_is_suggested_quoting_the_goal()
    {
        var person = Lonely with { Needs = [], Goals = ["Get out walking again with other people"] };
        var walks = Listing("Walking for health") with { SearchText = SearchText.Normalise("Walking for health", "Gentle walks in the park") };

        var suggestion = OnlySuggestion(person, walks);

        Assert.Equal(["Mentions “walking”, from the goal “Get out walking again with other people”"], suggestion.Reasons);
    }

    [Fact]
    public void Goal_words_are_stemmed_and_common_words_are_ignored()
    {
        Assert.Equal("walk", GoalWords.Stem("walking"));
        Assert.Equal("garden", GoalWords.Stem("gardening"));
        Assert.Equal("benefit", GoalWords.Stem("benefits"));
        Assert.Equal("choir", GoalWords.Stem("choir"));
        Assert.Equal("bus", GoalWords.Stem("bus"));

        var words = GoalWords.From(["I would like to feel better about things", "Join a gardening group"]);

        Assert.Empty(words.MentionedBy("feel better with friends"));
        Assert.Equal([new GoalMention("gardening", "Join a gardening group"), new GoalMention("group", "Join a gardening group")], words.MentionedBy("community garden group"));
    }

    [Fact]
    public void Meeting_more_of_the_persons_needs_ranks_higher()
    {
        var person = Lonely with { Needs = [NeedCategory.LonelinessAndIsolation, NeedCategory.PhysicalActivity] };
        var cafe = Listing("Chatty cafe", NeedCategory.LonelinessAndIsolation);
        var walks = Listing("Walking group", NeedCategory.LonelinessAndIsolation, NeedCategory.PhysicalActivity);

        var result = ServiceMatcher.Match(person, [cafe, walks]);

        Assert.Equal(["Walking group", "Chatty cafe"], result.Suggestions.Select(s => s.Service.Name));
        Assert.Equal(["Helps with loneliness and isolation", "Helps with physical activity"], result.Suggestions[0].Reasons);
    }

    [Fact]
    public void Closed_and_paused_services_are_excluded_with_their_reason_and_return_date()
    {
        var closed = Listing("Knit and natter", NeedCategory.LonelinessAndIsolation) with { Status = OperatingStatus.Closed, StatusReason = "Funding ended" };
        var paused = Listing("Choir", NeedCategory.LonelinessAndIsolation) with
        {
            Status = OperatingStatus.Paused,
            StatusReason = "Hall being repaired",
            ExpectedReturn = new DateOnly(2027, 3, 1),
        };

        var result = ServiceMatcher.Match(Lonely, [paused, closed]);

        Assert.Empty(result.Suggestions);
        Assert.Equal(["Paused until 1 March 2027: Hall being repaired"], result.Exclusions[0].Reasons);
        Assert.Equal(["Closed: Funding ended"], result.Exclusions[1].Reasons);
    }

    [Fact]
    public void A_service_for_another_age_group_is_excluded_naming_the_range_and_the_persons_age()
    {
        var youth = Listing("Young carers group", NeedCategory.LonelinessAndIsolation) with { MinimumAge = 11, MaximumAge = 25 };
        var older = Listing("Over 75s club", NeedCategory.LonelinessAndIsolation) with { MinimumAge = 75 };
        var unknownAge = Lonely with { Age = null };

        Assert.Equal(["For people aged 11 to 25; the person is 70"], OnlyExclusion(Lonely, youth).Reasons);
        Assert.Equal(["For people aged 75 and over; the person is 70"], OnlyExclusion(Lonely, older).Reasons);
        Assert.Single(ServiceMatcher.Match(unknownAge, [youth]).Suggestions);
        Assert.Single(ServiceMatcher.Match(Lonely with { Age = 25 }, [youth]).Suggestions);
    }

    [Fact]
    public void Without_internet_an_online_only_service_is_excluded_and_one_that_needs_the_internet_says_so()
    {
        var offline = Lonely with { DigitalAccess = DigitalAccess.PhoneOnly };
        var onlineOnly = Listing("Online peer group", NeedCategory.LonelinessAndIsolation) with { DeliveryModes = DeliveryModes.Online | DeliveryModes.Video };
        var needsInternet = Listing("Befriending", NeedCategory.LonelinessAndIsolation) with
        {
            DeliveryModes = DeliveryModes.Phone,
            Requirements = new ServiceRequirements(NeedsInternet: true),
        };

        Assert.Equal(
            ["No way of taking part works for the person – By video: the person has no internet access; Online: the person has no internet access"],
            OnlyExclusion(offline, onlineOnly).Reasons);
        Assert.Equal(["Needs the internet, and the person has no internet access"], OnlyExclusion(offline, needsInternet).Reasons);
        Assert.Equal(DeliveryModes.Online | DeliveryModes.Video, OnlySuggestion(Lonely with { DigitalAccess = DigitalAccess.Smartphone }, onlineOnly).UsableModes);
    }

    [Fact]
    public void Someone_who_cannot_read_English_is_not_offered_written_only_services()
    {
        var cannotRead = Lonely with { CanReadEnglish = false };
        var penFriends = Listing("Pen friends", NeedCategory.LonelinessAndIsolation) with { DeliveryModes = DeliveryModes.ByPost };
        var readingGroup = Listing("Reading group", NeedCategory.LonelinessAndIsolation) with { Requirements = new ServiceRequirements(NeedsToReadEnglish: true) };
        var letterOrCall = Listing("Letters and calls", NeedCategory.LonelinessAndIsolation) with { DeliveryModes = DeliveryModes.ByPost | DeliveryModes.Phone };

        Assert.Equal(["No way of taking part works for the person – By post: the person cannot read English"], OnlyExclusion(cannotRead, penFriends).Reasons);
        Assert.Equal(["Needs the person to read English"], OnlyExclusion(cannotRead, readingGroup).Reasons);
        var suggestion = OnlySuggestion(cannotRead, letterOrCall);
        Assert.Equal(DeliveryModes.Phone, suggestion.UsableModes);
        Assert.Contains("Not by post: the person cannot read English", suggestion.Cautions);
    }

    [Fact]
    public void Distance_counts_against_in_person_services_and_counts_more_when_travel_is_hard()
    {
        var near = Listing("Near club", NeedCategory.LonelinessAndIsolation) with { DistanceKm = 1, Cost = CostLevel.Paid };
        var farButFree = Listing("Far club", NeedCategory.LonelinessAndIsolation) with { DistanceKm = 3, Cost = CostLevel.Free };

        var anyone = ServiceMatcher.Match(Lonely, [near, farButFree]).Suggestions;
        var noTransport = ServiceMatcher.Match(Lonely with { Travel = TravelNeeds.NoTransport }, [near, farButFree]).Suggestions;

        Assert.Equal(["Far club", "Near club"], anyone.Select(s => s.Service.Name));
        Assert.Equal(["Near club", "Far club"], noTransport.Select(s => s.Service.Name));
        Assert.Contains("1.9 miles away", anyone[0].Reasons);
        Assert.Contains("Under a mile away", noTransport[0].Reasons);
    }

    [Fact]
    public void Beyond_five_miles_an_in_person_service_is_excluded_for_someone_who_finds_travel_hard_but_not_for_others()
    {
        var far = Listing("Far club", NeedCategory.LonelinessAndIsolation) with { DistanceKm = 10 };

        Assert.Equal(
            ["No way of taking part works for the person – In person: 6.2 miles away, and travel is hard for the person"],
            OnlyExclusion(Lonely with { Travel = TravelNeeds.LimitedMobility }, far).Reasons);
        Assert.Single(ServiceMatcher.Match(Lonely, [far]).Suggestions);
    }

    [Fact]
    public void Someone_housebound_gets_services_they_can_use_from_home_and_not_in_person_only_ones()
    {
        var housebound = Lonely with { Travel = TravelNeeds.Housebound };
        var club = Listing("Lunch club", NeedCategory.LonelinessAndIsolation);
        var befriending = Listing("Telephone befriending", NeedCategory.LonelinessAndIsolation) with { DeliveryModes = DeliveryModes.Phone | DeliveryModes.InPerson };

        var result = ServiceMatcher.Match(housebound, [club, befriending]);

        var suggestion = Assert.Single(result.Suggestions);
        Assert.Equal("Telephone befriending", suggestion.Service.Name);
        Assert.Contains("Can be done from home: by phone", suggestion.Reasons);
        Assert.Contains("Not in person: the person cannot leave home at present", suggestion.Cautions);
        Assert.Equal(["No way of taking part works for the person – In person: the person cannot leave home at present"], Assert.Single(result.Exclusions).Reasons);
    }

    [Fact]
    public void A_venue_without_step_free_access_is_left_out_for_someone_who_needs_it()
    {
        var needsStepFree = Lonely with { Travel = TravelNeeds.StepFreeAccess };
        var upstairs = Listing("Upstairs cafe", NeedCategory.LonelinessAndIsolation);
        var stepFree = upstairs with { Name = "Ground floor cafe", Requirements = new ServiceRequirements(StepFreeAccess: true) };

        Assert.Equal(["No way of taking part works for the person – In person: the venue is not listed as step-free"], OnlyExclusion(needsStepFree, upstairs).Reasons);
        Assert.Equal(DeliveryModes.InPerson, OnlySuggestion(needsStepFree, stepFree).UsableModes);
    }

    [Fact]
    public void A_service_in_the_persons_language_ranks_higher_and_one_without_it_or_interpreting_is_flagged()
    {
        var polish = Lonely with { Language = "pl", NeedsInterpreter = true };
        var english = Listing("Coffee morning", NeedCategory.LonelinessAndIsolation);
        var inPolish = Listing("Polish club", NeedCategory.LonelinessAndIsolation) with { Languages = [Language.Of("pl", "Polish")] };
        var interpreted = english with { Name = "Advice drop-in", OffersInterpreting = true };

        var result = ServiceMatcher.Match(polish, [english, inPolish, interpreted]).Suggestions;

        Assert.Equal("Polish club", result[0].Service.Name);
        Assert.Contains("Offered in Polish", result[0].Reasons);
        Assert.Contains("Not listed as offered in pl, and no interpreting is listed", result.Single(s => s.Service.Name == "Coffee morning").Cautions);
        Assert.Empty(result.Single(s => s.Service.Name == "Advice drop-in").Cautions);
    }

    [Fact]
    public void A_remote_only_service_is_marked_and_offers_only_its_remote_ways_for_now()
    {
        var remote = Listing("Craft group", NeedCategory.LonelinessAndIsolation) with
        {
            Status = OperatingStatus.RemoteOnly,
            StatusReason = "Hall closed for repairs",
            DeliveryModes = DeliveryModes.InPerson | DeliveryModes.Video,
        };

        var suggestion = OnlySuggestion(Lonely, remote);

        Assert.Equal(DeliveryModes.Video, suggestion.UsableModes);
        Assert.Equal(["Running remotely only for now: Hall closed for repairs"], suggestion.Cautions);
    }

    [Fact]
    public void A_wait_is_shown_and_ranks_lower_and_not_taking_referrals_is_flagged()
    {
        var noWait = Listing("Men's shed", NeedCategory.LonelinessAndIsolation) with { WaitingDays = 0 };
        var longWait = Listing("Allotment group", NeedCategory.LonelinessAndIsolation) with { WaitingDays = 42 };
        var full = Listing("Art class", NeedCategory.LonelinessAndIsolation) with { AcceptingReferrals = false };

        var result = ServiceMatcher.Match(Lonely, [full, longWait, noWait]).Suggestions;

        Assert.Equal(["Men's shed", "Allotment group", "Art class"], result.Select(s => s.Service.Name));
        Assert.Equal(["Usually a wait of 6 weeks"], result[1].Cautions);
        Assert.Equal(["Not taking new referrals at the moment"], result[2].Cautions);
    }

    [Fact]
    public void Several_reasons_to_exclude_are_all_given()
    {
        var service = Listing("Online youth forum", NeedCategory.LonelinessAndIsolation) with
        {
            Status = OperatingStatus.Paused,
            MaximumAge = 25,
            DeliveryModes = DeliveryModes.Online,
            Requirements = new ServiceRequirements(NeedsInternet: true),
        };

        var exclusion = OnlyExclusion(Lonely with { DigitalAccess = DigitalAccess.None }, service);

        Assert.Equal(
            [
                "Paused",
                "For people aged up to 25; the person is 70",
                "Needs the internet, and the person has no internet access",
                "No way of taking part works for the person – Online: the person has no internet access",
            ],
            exclusion.Reasons);
    }
}
