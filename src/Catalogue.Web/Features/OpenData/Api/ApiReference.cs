using Scalar.AspNetCore;

namespace Catalogue.Web.Features.OpenData.Api;

public static class ApiReference
{
    public const string Path = "/api/docs";

    public static void MapApiReference(this IEndpointRouteBuilder routes)
    {
        routes.MapScalarApiReference(Path, options => options.WithTitle("Migrant Education Catalogue API"));
    }
}
