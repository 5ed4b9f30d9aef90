namespace Waymark.Domain.People;

/// <summary>Support the person needs to read what we send (large print and easy read are on CommunicationNeeds).</summary>
[Flags]
public enum SightNeeds
{
    None = 0,
    PartiallySighted = 1,
    Blind = 2,
    Braille = 4,
    AudioFormat = 8,
    ScreenReader = 16,
}
