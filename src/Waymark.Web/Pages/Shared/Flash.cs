using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Waymark.Web.Pages.Shared;

/// <summary>
/// A one-off message carried across a redirect (post, redirect, get) and shown by the _NotificationBanner partial
/// on the next page: "Organisation added: Riverside Medical Centre". Never put secrets or personal data here.
/// </summary>
public static class Flash
{
    private const string SuccessKey = "waymark:success";

    public static void SetSuccess(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static string? TakeSuccess(this ITempDataDictionary tempData) => tempData[SuccessKey] as string;
}
