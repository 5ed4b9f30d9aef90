using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Tests.People;

/// <summary>A referral for someone already on record fills in the contact details the record lacks, and never overwrites others silently.</summary>
public sealed class ContactDetailsFromReferral
{
    private readonly Person _person = PersonRegistration.Register();

    [Fact]
    public void A_record_without_a_phone_or_email_takes_those_given_on_the_referral()
    {
        var differences = _person.TakeContactDetailsFromReferral(" 07700 900982 ", "amina@example.com");

        Assert.Empty(differences);
        Assert.Equal("07700 900982", _person.Phone);
        Assert.Equal("amina@example.com", _person.Email);
    }

    [Fact]
    public void A_different_phone_keeps_the_records_own_and_is_returned_as_a_note_for_triage()
    {
        _person.ChangeContactDetails("01632 960001", "amina@example.com");

        var difference = Assert.Single(_person.TakeContactDetailsFromReferral("07700 900982", null));

        Assert.Equal("01632 960001", _person.Phone);
        Assert.Equal("amina@example.com", _person.Email);
        Assert.Equal("Phone", difference.Field);
        Assert.Equal("07700 900982", difference.Given);
        Assert.Equal(
            "Phone number given on this referral (07700 900982) differs from the one on the person's record: check with the person which to use.",
            difference.Note);
    }

    [Fact]
    public void A_different_email_keeps_the_records_own_while_a_missing_phone_is_filled_in()
    {
        _person.ChangeContactDetails(null, "amina@example.com");

        var difference = Assert.Single(_person.TakeContactDetailsFromReferral("07700 900982", "a.hussain@example.org"));

        Assert.Equal("07700 900982", _person.Phone);
        Assert.Equal("amina@example.com", _person.Email);
        Assert.Equal("Email", difference.Field);
        Assert.StartsWith("Email address given on this referral (a.hussain@example.org) differs", difference.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_phone_spaced_differently_or_the_same_email_in_other_capitals_is_no_difference()
    {
        _person.ChangeContactDetails("07700 900982", "Amina@Example.com");

        var differences = _person.TakeContactDetailsFromReferral("(07700) 900-982", " amina@example.COM ");

        Assert.Empty(differences);
        Assert.Equal("07700 900982", _person.Phone);
        Assert.Equal("Amina@Example.com", _person.Email);
    }

    [Fact]
    public void Nothing_given_changes_nothing()
    {
        _person.ChangeContactDetails("01632 960001", null);

        Assert.Empty(_person.TakeContactDetailsFromReferral("  ", null));
        Assert.Equal("01632 960001", _person.Phone);
        Assert.Null(_person.Email);
    }

    [Fact]
    public void Badly_typed_details_are_refused_naming_the_field()
    {
        Assert.Equal("Phone", Assert.Throws<DomainException>(() => _person.TakeContactDetailsFromReferral("call me", null)).Field);
        Assert.Equal("Email", Assert.Throws<DomainException>(() => _person.TakeContactDetailsFromReferral(null, "not an address")).Field);
        Assert.Null(_person.Phone);
    }

    [Fact]
    public void The_notes_are_recognised_among_a_referrals_notes_and_typed_text_is_not()
    {
        var note = new ContactDifference("Email", "x@example.com").Note;

        Assert.True(ContactDifference.IsNote(note));
        Assert.False(ContactDifference.IsNote("Prefers calls after 10am"));
        Assert.False(ContactDifference.IsNote("Phone number given on this referral (0770) is wrong"));
    }
}
