using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using static Waymark.Domain.Tests.OnwardReferrals.OnwardReferralFactory;

namespace Waymark.Domain.Tests.OnwardReferrals;

public sealed class SharedDataRules
{
    [Fact]
    public void A_referral_shares_only_the_minimum_by_default()
    {
        var referral = Made();
        Assert.Equal(SharedData.Minimum, referral.SharedData);
        Assert.True(referral.SharedData.IsMinimum);
        Assert.Equal(SharedDataItems.None, referral.SharedData.Extra);
        Assert.Null(referral.SharedData.Consent);
    }

    [Fact]
    public void Each_referral_gets_its_own_minimum_so_persistence_can_own_it()
    {
        Assert.NotSame(Made().SharedData, Made().SharedData);
        Assert.NotSame(SharedData.Minimum, SharedData.Minimum);
    }

    [Fact]
    public void The_same_sharing_choice_used_for_two_referrals_gives_each_its_own_copy()
    {
        var shared = SharedData.Create(SharedDataItems.Address, SharingConsent.Record(SharedDataItems.Address, WorkerId, Now));
        var (episode, plan, goal) = Case();
        var first = OnwardReferral.Create(episode, plan, goal.Id, Service, Details(shared: shared), true, WorkerId, Now);
        var second = OnwardReferral.Create(episode, plan, goal.Id, Service, Details(shared: shared), true, WorkerId, Now);

        Assert.Equal(first.SharedData, second.SharedData);
        Assert.NotSame(first.SharedData, second.SharedData);
        Assert.NotSame(first.SharedData.Consent, second.SharedData.Consent);
    }

    [Fact]
    public void Sharing_more_than_the_minimum_without_consent_is_refused_saying_what_and_why()
    {
        var refused = Assert.Throws<DomainException>(() => SharedData.Create(SharedDataItems.DateOfBirth | SharedDataItems.RiskSummary, null));
        Assert.Equal(
            "Record the person's consent before sharing their date of birth and risk summary: without it only their name, how to contact them and the reason are shared",
            refused.Message);
        Assert.Equal("Consent", refused.Field);
    }

    [Fact]
    public void Only_what_the_person_agreed_to_may_be_shared()
    {
        var consent = SharingConsent.Record(SharedDataItems.Address | SharedDataItems.CommunicationNeeds, WorkerId, Now);

        var refused = Assert.Throws<DomainException>(() =>
            SharedData.Create(SharedDataItems.Address | SharedDataItems.RelevantConditions | SharedDataItems.DateOfBirth, consent));
        Assert.Equal(
            ("The person has not agreed to share their date of birth and relevant health conditions; untick it or record their consent to it", "Extra"),
            (refused.Message, refused.Field));

        var shared = SharedData.Create(SharedDataItems.Address, consent);
        Assert.Equal(SharedDataItems.Address, shared.Extra);
        Assert.False(shared.IsMinimum);
    }

    [Fact]
    public void Consent_records_who_recorded_it_when_and_what_the_person_agreed_to_share()
    {
        var consent = SharingConsent.Record(SharedDataItems.DateOfBirth | SharedDataItems.Address, WorkerId, Now);
        var (episode, plan, goal) = Case();
        var referral = OnwardReferral.Create(
            episode, plan, goal.Id, Service, Details(shared: SharedData.Create(SharedDataItems.DateOfBirth, consent)), true, WorkerId, Now);

        Assert.Equal(SharedDataItems.DateOfBirth, referral.SharedData.Extra);
        Assert.Equal(
            (SharedDataItems.DateOfBirth | SharedDataItems.Address, WorkerId, Now),
            (referral.SharedData.Consent!.AgreedTo, referral.SharedData.Consent.RecordedBy, referral.SharedData.Consent.RecordedAt));
    }

    [Fact]
    public void Consent_must_say_what_was_agreed_and_who_recorded_it()
    {
        Assert.Equal("Select what the person agreed to share", Assert.Throws<DomainException>(() => SharingConsent.Record(SharedDataItems.None, WorkerId, Now)).Message);
        Assert.Equal(
            "Select what the person agreed to share from the list",
            Assert.Throws<DomainException>(() => SharingConsent.Record((SharedDataItems)64, WorkerId, Now)).Message);
        Assert.Equal("RecordedBy", Assert.Throws<DomainException>(() => SharingConsent.Record(SharedDataItems.Address, Guid.Empty, Now)).Field);
    }

    [Fact]
    public void Unknown_items_are_refused()
    {
        var consent = SharingConsent.Record(SharedDataItemsExtensions.All, WorkerId, Now);
        Assert.Equal(
            "Select what to share from the list",
            Assert.Throws<DomainException>(() => SharedData.Create((SharedDataItems)128, consent)).Message);
    }

    [Fact]
    public void Consent_recorded_but_nothing_extra_chosen_still_shares_only_the_minimum()
    {
        var consent = SharingConsent.Record(SharedDataItems.Address, WorkerId, Now);
        var shared = SharedData.Create(SharedDataItems.None, consent);
        Assert.True(shared.IsMinimum);
        Assert.Equal(SharedData.Minimum, SharedData.Create(SharedDataItems.None, null));
    }

    [Fact]
    public void Items_read_as_a_plain_list()
    {
        Assert.Equal("address", SharedDataItems.Address.Describe());
        Assert.Equal(
            "date of birth, address, communication needs, risk summary and relevant health conditions",
            SharedDataItemsExtensions.All.Describe());
    }
}
