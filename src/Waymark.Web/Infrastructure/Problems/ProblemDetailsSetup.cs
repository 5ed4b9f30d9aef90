using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Common;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Infrastructure.Problems;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddWaymarkProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            // Built-in validation names fields as C# does (Name); rules name them as the JSON does (odsCode). Clients
            // see one convention: the JSON property names they sent.
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                var errors = validation.Errors.ToList();
                validation.Errors.Clear();
                foreach (var (field, messages) in errors)
                {
                    validation.Errors[ApiExceptionHandler.JsonName(field)] = messages;
                }
            }
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>
    /// The API answers errors with RFC 9457 problem details; pages show the NHS-styled error pages. Exceptions that
    /// reach a page are re-run through /error/500, which never shows a stack trace outside Development.
    /// </summary>
    public static IApplicationBuilder UseWaymarkStatusCodePages(this WebApplication app)
    {
        app.UseWhen(c => c.Request.IsApiRequest(), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.IsApiRequest(), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }

    public static WebApplication UseExceptionHandler(this WebApplication app)
    {
        ExceptionHandlerExtensions.UseExceptionHandler(app, new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = exception => exception is NotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError,
            // A record that is not there shows the 404 page (Error/Status reads the status chosen above).
            AllowStatusCode404Response = true,
        });
        return app;
    }
}

/// <summary>
/// The one place exceptions become API responses. Domain rules → 422 with the field at fault; not found → 404;
/// a conflicting write → 409; malformed requests → 400; anything else → 500 with no detail echoed.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at the error page; the path asked for is in the feature.
        var requested = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!IdentitySetup.IsApiPath(new PathString(requested)))
        {
            return false;
        }

        var (status, title, detail, errors) = exception switch
        {
            DomainErrorsException many => (StatusCodes.Status422UnprocessableEntity, "The request breaks a rule", many.Message,
                many.Errors.GroupBy(e => JsonName(e.Field ?? string.Empty)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
            DomainException domain => (StatusCodes.Status422UnprocessableEntity, "The request breaks a rule", domain.Message,
                domain.Field is null ? null : new Dictionary<string, string[]> { [JsonName(domain.Field)] = [domain.Message] }),
            DuplicatePersonException duplicate => (StatusCodes.Status409Conflict, "This person may already have a record", duplicate.Message, null),
            NotFoundException notFound => (StatusCodes.Status404NotFound, "Not found", $"The {notFound.RecordType} was not found.", null),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Changed by someone else",
                "The record was changed by someone else. Fetch it again and retry.", null),
            DbUpdateException => (StatusCodes.Status409Conflict, "Conflict", "The change conflicts with existing data.", null),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", "The request could not be read.", null),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong", "An unexpected error occurred.", null),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.TraceIdentifier);
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        if (exception is DuplicatePersonException { Matches: var matches })
        {
            problem.Extensions["matches"] = matches;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A field as the JSON names it: camel case, segment by segment (Address.Postcode → address.postcode).</summary>
    public static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for request {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}
