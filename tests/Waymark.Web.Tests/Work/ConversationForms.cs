using System.Globalization;
using Waymark.Domain.Conversations;

namespace Waymark.Web.Tests.Work;

/// <summary>The fields the "record a conversation" form posts, built as a browser would send them.</summary>
public static class ConversationForms
{
    public static List<(string Name, string Value)> Fields(
        DateOnly date, string? whatMatters, LifeDomain? start = null, string? strengths = null, string? different = null,
        params (LifeDomain Domain, string Score, string? Notes)[] ratings)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("Input.At.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
            ("Input.At.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
            ("Input.At.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
            ("Input.WhatMatters", whatMatters ?? string.Empty),
            ("Input.StrengthsAndWhatIsGoingWell", strengths ?? string.Empty),
            ("Input.WhatTheyWouldLikeToBeDifferent", different ?? string.Empty),
            ("Input.StartingDomain", start?.ToString() ?? string.Empty),
        };
        var domains = Enum.GetValues<LifeDomain>();
        for (var i = 0; i < domains.Length; i++)
        {
            var rating = ratings.FirstOrDefault(r => r.Domain == domains[i]);
            fields.Add(($"Input.Ratings[{i}].Domain", domains[i].ToString()));
            fields.Add(($"Input.Ratings[{i}].Score", rating.Score ?? string.Empty));
            fields.Add(($"Input.Ratings[{i}].Notes", rating.Notes ?? string.Empty));
        }

        return fields;
    }
}
