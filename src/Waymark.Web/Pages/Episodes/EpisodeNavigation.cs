using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Pages.Episodes;

/// <summary>The parts of an episode, each its own page, in the order a link worker meets them.</summary>
public enum EpisodeSection
{
    Overview,
    WhatMatters,
    Plan,
    Contacts,
    Questionnaires,
    Measures,
    MeasureReviews,
    Discharge,
    Timeline,
}

/// <summary>The model for <c>_EpisodeNavigation</c>: the person's header and links to the episode's pages.</summary>
public sealed record EpisodeNavigation(EpisodeHeader Header, EpisodeSection Current)
{
    public static IReadOnlyList<(EpisodeSection Section, string Title, Func<EpisodeHeader, string> Path)> Sections { get; } =
    [
        (EpisodeSection.Overview, "Overview", h => $"/episodes/{h.EpisodeId}"),
        (EpisodeSection.WhatMatters, "What matters", h => $"/episodes/{h.EpisodeId}/what-matters"),
        (EpisodeSection.Plan, "Plan", h => $"/episodes/{h.EpisodeId}/plan"),
        (EpisodeSection.Contacts, "Contacts", h => $"/episodes/{h.EpisodeId}/contacts"),
        (EpisodeSection.Questionnaires, "Questionnaires", h => $"/episodes/{h.EpisodeId}/questionnaires"),
        (EpisodeSection.Measures, "Wellbeing measures", h => $"/episodes/{h.EpisodeId}/measures"),
        (EpisodeSection.MeasureReviews, "Measure reviews", h => $"/episodes/{h.EpisodeId}/measure-reviews"),
        (EpisodeSection.Discharge, "Discharge", h => $"/episodes/{h.EpisodeId}/discharge"),
        (EpisodeSection.Timeline, "Timeline", h => $"/people/{h.PersonId}/timeline"),
    ];
}
