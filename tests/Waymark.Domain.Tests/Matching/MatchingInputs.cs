using Waymark.Domain.Contacts;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;
using Waymark.Domain.Tests.Directory;
using Waymark.Domain.Tests.People;

namespace Waymark.Domain.Tests.Matching;

/// <summary>What matching reads from a person's record and from a directory listing.</summary>
public sealed class MatchingInputs
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Fact]
    public void The_person_brings_their_needs_open_goals_age_and_communication_and_English_counts_as_no_other_language()
    {
        var person = PersonRegistration.Register();
        person.ChangeCommunicationNeeds(CommunicationNeeds.Create("ur", true, [ContactMode.Phone], null, false, false, false, HearingNeeds.None, SightNeeds.None, DigitalAccess.PhoneOnly));
        var plan = Plan.Create(Guid.CreateVersion7(), Now);
        plan.AddGoal("Join a walking group", GoalDetails.None, Today, Now);
        var stopped = plan.AddGoal("Learn to swim", GoalDetails.None, Today, Now);
        stopped.Stop("Changed their mind", Now);
        person.ChangeTravelNeeds(TravelNeeds.NoTransport | TravelNeeds.StepFreeAccess);

        var matching = MatchingPerson.For(person, [NeedCategory.Debt, NeedCategory.Debt, NeedCategory.Food], plan.Goals, Today);

        Assert.Equal([NeedCategory.Debt, NeedCategory.Food], matching.Needs);
        Assert.Equal(["Join a walking group"], matching.Goals);
        Assert.Equal(68, matching.Age);
        Assert.Equal((DigitalAccess.PhoneOnly, false, "ur", true), (matching.DigitalAccess, matching.CanReadEnglish, matching.Language, matching.NeedsInterpreter));
        Assert.Equal(TravelNeeds.NoTransport | TravelNeeds.StepFreeAccess, matching.Travel);
        Assert.True(matching.FindsTravelHard);

        person.ChangeCommunicationNeeds(CommunicationNeeds.Create("English", false, [], null, true, false, false, HearingNeeds.None, SightNeeds.None, DigitalAccess.Internet));
        Assert.Null(MatchingPerson.For(person, [], [], Today).Language);
    }

    [Fact]
    public void A_listing_brings_its_needs_from_the_need_taxonomy_and_ignores_other_terms()
    {
        var service = Listings.NewService();
        service.ReplaceAttributes(
            [
                new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(NeedCategory.PhysicalActivity) },
                new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(NeedCategory.LonelinessAndIsolation) },
                new ServiceAttribute { TaxonomyTermId = Guid.CreateVersion7() },
            ],
            Now);
        service.ReplaceLanguages([Language.Of("pl", "Polish")], Now);

        var matching = MatchingService.From(service, distanceKm: 2.5);

        Assert.Equal([NeedCategory.PhysicalActivity, NeedCategory.LonelinessAndIsolation], matching.Needs);
        Assert.Equal(("Walking for health", "Age Well Leeds", 2.5, 14), (matching.Name, matching.OrganisationName, matching.DistanceKm, matching.WaitingDays));
        Assert.Equal("pl", Assert.Single(matching.Languages).Code);
        Assert.Equal(DeliveryModes.InPerson | DeliveryModes.Phone, matching.DeliveryModes);
    }

    [Fact]
    public void Distance_between_two_points_is_the_great_circle_distance()
    {
        // Leeds station to York station: about 35 km as the crow flies.
        var km = GeoDistance.Kilometres(53.7955, -1.5481, 53.9580, -1.0931);

        Assert.InRange(km, 34, 36);
        Assert.Equal(0, GeoDistance.Kilometres(53.8, -1.5, 53.8, -1.5), 9);
        Assert.Equal(1, GeoDistance.Miles(GeoDistance.KilometresPerMile), 9);
    }
}
