using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;

namespace Waymark.Web.Pages.Shared;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts a rule's message by the field it names ("Name" → "Input.Name") when the form has that field; otherwise
    /// at the top of the form. What the user typed stays in ModelState, so the form shows it again.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, string prefix, object form)
    {
        var onForm = error.Field is not null && form.GetType().GetProperty(error.Field) is not null;
        modelState.AddModelError(onForm ? $"{prefix}.{error.Field}" : string.Empty, error.Message);
    }
}
