using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.People;

/// <summary>
/// Changes a person's details, demographics, address and area, practice, contact details, health, caring, risks and
/// communication needs in one form with one save. Every refusal is shown at once, by its field.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class EditModel(GetPerson get, ChangePersonDetails change, OrganisationQueries organisations) : PageModel
{
    private const string DateOfBirthKey = "Input.DateOfBirth";

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public PersonView Person { get; private set; } = default!;

    public IReadOnlyList<Option> Practices { get; private set; } = [];

    public string Name => $"{Person.GivenName} {Person.FamilyName}";

    public DateField DateOfBirthField => new(DateOfBirthKey, "Date of birth", Input.DateOfBirthDay, Input.DateOfBirthMonth, Input.DateOfBirthYear)
    {
        Hint = "For example, 17 5 1960",
    };

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = PersonForm.From(Person);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var dateOfBirth = Input.ReadDateOfBirth();
        if (dateOfBirth is null)
        {
            ModelState.AddModelError(DateOfBirthKey, PersonForm.DateOfBirthError);
        }

        if (!Input.TryReadImdDecile(out var imdDecile))
        {
            ModelState.AddModelError("Input.ImdDecile", PersonForm.ImdDecileError);
        }

        try
        {
            await change.ExecuteAsync(User, id, Input.ToInput(dateOfBirth ?? Person.DateOfBirth, imdDecile), checkOnly: !ModelState.IsValid, cancellationToken);
        }
        catch (DomainErrorsException errors)
        {
            foreach (var error in errors.Errors)
            {
                AddError(error);
            }
        }
        catch (DomainException error)
        {
            AddError(error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData.SetSuccess($"Details saved for {Input.GivenName?.Trim()} {Input.FamilyName?.Trim()}");
        return Redirect($"/people/{id}");
    }

    private void AddError(DomainException error)
    {
        var key = error.Field switch
        {
            nameof(PersonDetailsInput.DateOfBirth) => DateOfBirthKey,
            { } field when typeof(PersonForm).GetProperty(field) is not null => $"{nameof(Input)}.{field}",
            _ => string.Empty,
        };
        // A field already refused by the form (an unreadable date) needs no second message.
        if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            ModelState.AddModelError(key, error.Message);
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await get.ExecuteAsync(User, id, cancellationToken);
        Practices = [.. (await organisations.OptionsAsync(OrganisationKind.GpPractice, cancellationToken)).Select(o => new Option(o.Id.ToString(), o.Name))];
    }
}
