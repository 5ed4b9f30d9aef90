using Waymark.Domain.Conversations;

namespace Waymark.Web.Features.Conversations;

/// <summary>Areas of life and ratings in the words a person hears them.</summary>
public static class LifeDomainNames
{
    /// <summary>
    /// The areas in the order they are offered: the order of <see cref="LifeDomain"/>, which starts with health and
    /// connection, not lifestyle, so the conversation does not open on what the person "should" change.
    /// </summary>
    public static IReadOnlyList<LifeDomain> InOrder { get; } = [.. Enum.GetValues<LifeDomain>().OrderBy(d => d)];

    public static string Describe(LifeDomain domain) => domain switch
    {
        LifeDomain.PhysicalHealth => "Physical health",
        LifeDomain.MentalWellbeing => "Mental wellbeing",
        LifeDomain.SocialConnection => "Social connection",
        LifeDomain.Money => "Money",
        LifeDomain.Housing => "Housing",
        LifeDomain.WorkAndVolunteering => "Work and volunteering",
        LifeDomain.Caring => "Caring",
        LifeDomain.Lifestyle => "Lifestyle",
        LifeDomain.DigitalAccess => "Digital access",
        _ => domain.ToString(),
    };

    /// <summary>The words said aloud with each point of the scale.</summary>
    public static string DescribeScore(int score) => score switch
    {
        1 => "Not going well at all",
        2 => "Not going well",
        3 => "Going OK",
        4 => "Going well",
        5 => "Going very well",
        _ => score.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
