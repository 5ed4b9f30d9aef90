namespace Waymark.Domain.Contacts;

/// <summary>How a contact with a person happened (domain model: Contact.Mode).</summary>
public enum ContactMode
{
    Practice = 1,
    HomeVisit = 2,
    CommunityVenue = 3,
    Phone = 4,
    Video = 5,
    Text = 6,
    Letter = 7,
    Email = 8,
}
