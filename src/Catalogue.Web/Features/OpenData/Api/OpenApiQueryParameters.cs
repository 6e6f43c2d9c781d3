using System.Text.Json.Nodes;
using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Catalogue.Web.Features.OpenData.Api;

/// <summary>
/// Documents the catalogue's query keys on an operation. The handlers read them from the query string through
/// <see cref="OpenDataQuery"/> (one parser for API, feeds and citations), so they are not bound parameters.
/// </summary>
public static class OpenApiQueryParameters
{
    private static readonly (string Key, string Description, bool Repeats, JsonSchemaType Type, string[]? Values)[] Keys =
    [
        (CatalogueQuery.Keys.Text, "Free text (web search syntax: \"phrase\", or, -not).", false, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Kind, "Entry kind.", true, JsonSchemaType.String, Enum.GetNames<EntryKind>().Select(n => n.ToLowerInvariant()).ToArray()),
        (CatalogueQuery.Keys.SdgTarget, "SDG 4 target code, e.g. 4.1, 4.a.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.SdgIndicator, "SDG 4 indicator code, e.g. 4.1.1.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.GcmObjective, "GCM objective number, 1–23.", true, JsonSchemaType.Integer, null),
        (CatalogueQuery.Keys.Theme, "Cross-cutting theme (GCM guiding principle) name.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Audience, "Audience name.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Scope, "Geographic scope.", true, JsonSchemaType.String, Enum.GetNames<GeographicScope>().Select(n => n.ToLowerInvariant()).ToArray()),
        (CatalogueQuery.Keys.Region, "UN M49 region code, e.g. 419; includes the region's countries.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Country, "ISO 3166-1 alpha-2 country code.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Keyword, "Keyword name.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Tag, "Tag name.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Language, "ISO 639-1 language code.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Organisation, "Organisation name.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.Beneficiary, "Beneficiary group name.", true, JsonSchemaType.String, null),
        (CatalogueQuery.Keys.YearFrom, "First year (publication year, or programme span).", false, JsonSchemaType.Integer, null),
        (CatalogueQuery.Keys.YearTo, "Last year.", false, JsonSchemaType.Integer, null),
        (CatalogueQuery.Keys.Sort, "Order; newest first by default, relevance when q is given.", false, JsonSchemaType.String, ["relevance", "newest", "title", "updated"]),
        (CatalogueQuery.Keys.Page, "Page number from 1.", false, JsonSchemaType.Integer, null),
        (ApiEndpoints.PageSizeKey, $"Entries per page, 1–{ApiEndpoints.MaxPageSize} (default {ApiEndpoints.DefaultPageSize}).", false, JsonSchemaType.Integer, null),
    ];

    public static Task AddCatalogueQueryAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        foreach (var (key, description, repeats, type, values) in Keys)
        {
            var schema = new OpenApiSchema { Type = type };
            if (values is not null)
            {
                schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = key,
                In = ParameterLocation.Query,
                Description = description,
                Required = false,
                Style = ParameterStyle.Form,
                Explode = true,
                Schema = repeats ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
            });
        }

        return Task.CompletedTask;
    }
}
