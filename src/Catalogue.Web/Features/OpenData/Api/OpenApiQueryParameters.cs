using System.Text.Json.Nodes;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Catalogue.Web.Features.OpenData.Api;

/// <summary>
/// Documents the catalogue's query keys on an operation, from the facet registry. The handlers read them from the query
/// string through <see cref="OpenDataQuery"/> (the catalogue's one parser, strict), so they are not bound parameters.
/// </summary>
public static class OpenApiQueryParameters
{
    /// <summary>The text, every facet of the registry (in its order, with its description and closed values), years, order and paging.</summary>
    private static readonly (string Key, string Description, bool Repeats, JsonSchemaType Type, IReadOnlyList<string>? Values)[] Keys =
    [
        (CatalogueQuery.Keys.Text, "Free text in web-search syntax: \"phrase\", OR, -exclude; the last word also matches as a prefix.", false, JsonSchemaType.String, null),
        .. FacetRegistry.All.Select(f => (f.Key, f.ApiDescription + " Repeat the key for OR.", true,
            f.Key == CatalogueQuery.Keys.GcmObjective ? JsonSchemaType.Integer : JsonSchemaType.String, f.AllowedValues)),
        (CatalogueQuery.Keys.YearFrom, $"First year ({CatalogueQueryParser.MinYear}–{CatalogueQueryParser.MaxYear}): publication year, or the years a programme ran. Entries without any year are left out.", false, JsonSchemaType.Integer, null),
        (CatalogueQuery.Keys.YearTo, "Last year, as for from.", false, JsonSchemaType.Integer, null),
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
