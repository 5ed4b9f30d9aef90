using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>A change of operating status as a form posts it, for one listing or many (bulk).</summary>
public sealed class StatusForm
{
    public string? Status { get; set; }

    public string? Reason { get; set; }

    public DateParts ExpectedReturn { get; set; } = new();

    public static IReadOnlyList<Option> Options { get; } =
    [
        new(nameof(OperatingStatus.Running), "Running", "Back to normal: clears the reason and return date."),
        new(nameof(OperatingStatus.RemoteOnly), "Remote only", "Running only by phone, video, online or post for now."),
        new(nameof(OperatingStatus.Paused), "Paused", "Not running for a while. Say why."),
        new(nameof(OperatingStatus.Closed), "Closed", "No longer running. Say why."),
    ];

    public RadiosField StatusField(string prefix, string legend) => new($"{prefix}.Status", legend, Status, Options);

    public TextareaField ReasonField(string prefix) => new($"{prefix}.Reason", "Reason (needed to pause or close)", Reason)
    {
        Rows = 3,
        Hint = "Link workers see this, for example \"Volunteer shortage until the new year\".",
    };

    public DateField ReturnField(string prefix) => ExpectedReturn.Field($"{prefix}.ExpectedReturn", "Expected return (optional)") with
    {
        Hint = "For a paused or remote-only service, when it should be back to normal. For example, 15 3 2027",
    };

    /// <summary>The status and date, or false with errors added under <paramref name="prefix"/>.</summary>
    public bool TryRead(string prefix, ModelStateDictionary modelState, out OperatingStatus? status, out DateOnly? expectedReturn)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        status = Enum.TryParse<OperatingStatus>(Status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (status is null)
        {
            modelState.AddModelError($"{prefix}.Status", "Select running, remote only, paused or closed");
        }

        if (!ExpectedReturn.TryRead("the expected return date", out expectedReturn, out var error))
        {
            modelState.AddModelError($"{prefix}.ExpectedReturn", error!);
        }

        return modelState.IsValid;
    }

    public static void AddError(ModelStateDictionary modelState, string prefix, DomainException error)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        var field = error.Field switch
        {
            nameof(Domain.Directory.Service.OperatingStatus) => "Status",
            nameof(Domain.Directory.Service.StatusReason) => "Reason",
            nameof(Domain.Directory.Service.ExpectedReturn) => "ExpectedReturn",
            _ => null,
        };
        modelState.AddModelError(field is null ? string.Empty : $"{prefix}.{field}", error.Message);
    }
}
