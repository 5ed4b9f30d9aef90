namespace Waymark.Domain.People;

/// <summary>How the person can get online, which decides whether video, links and online services can work.</summary>
public enum DigitalAccess
{
    None = 0,
    PhoneOnly = 1,
    Smartphone = 2,
    Internet = 3,
}
