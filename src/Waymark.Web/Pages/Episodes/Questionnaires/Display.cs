using System.Globalization;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Questionnaires;

/// <summary>How the questionnaire pages word dates, ways of answering and where a link stands.</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTimeOffset at) => UkTime.Local(at).ToString("d MMMM yyyy", English);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>The ways staff record answers (online answers come only through a link).</summary>
    public static IReadOnlyList<Option> ModeOptions { get; } =
    [
        new(nameof(ResponseMode.WithLinkWorker), "With me, in a conversation", "In person, by phone or by video"),
        new(nameof(ResponseMode.Paper), "On paper", "The person filled in a paper copy and you are typing it in"),
    ];

    public static string Status(InvitationView link) => link.Status switch
    {
        InvitationStatus.Open => $"Open until {Date(link.ExpiresAt)}",
        InvitationStatus.Used => $"Answered {Date(link.UsedAt!.Value)}",
        InvitationStatus.Withdrawn => $"Withdrawn {Date(link.WithdrawnAt!.Value)}",
        _ => $"Expired {Date(link.ExpiresAt)}",
    };

    public static string StatusTag(InvitationStatus status) => status switch
    {
        InvitationStatus.Open => "nhsuk-tag nhsuk-tag--blue",
        InvitationStatus.Used => "nhsuk-tag nhsuk-tag--green",
        _ => "nhsuk-tag nhsuk-tag--grey",
    };
}
