namespace Waymark.Domain.Conversations;

/// <summary>The areas of life a "what matters to me" conversation can rate, in the order they are shown.</summary>
public enum LifeDomain
{
    PhysicalHealth = 1,
    MentalWellbeing = 2,
    SocialConnection = 3,
    Money = 4,
    Housing = 5,
    WorkAndVolunteering = 6,
    Caring = 7,
    Lifestyle = 8,
    DigitalAccess = 9,
}
