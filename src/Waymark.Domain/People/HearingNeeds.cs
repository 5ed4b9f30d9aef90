namespace Waymark.Domain.People;

/// <summary>Support the person needs to hear and be understood (Accessible Information Standard style).</summary>
[Flags]
public enum HearingNeeds
{
    None = 0,
    HearingAid = 1,
    HearingLoop = 2,
    BritishSignLanguageInterpreter = 4,
    Lipspeaker = 8,
    TextRelay = 16,
}
