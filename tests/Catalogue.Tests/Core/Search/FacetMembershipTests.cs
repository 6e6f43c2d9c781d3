using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Npgsql;

namespace Catalogue.Tests.Core.Search;

/// <summary>The two forms in which facet counting sends matching ids to PostgreSQL must select exactly those ids.</summary>
public sealed class FacetMembershipTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(CatalogueFacetCounter.BitmapFrom + 7)]
    public async Task Membership_AnyNumberOfIds_SelectsExactlyThoseIds(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => i * 3 + (i % 2)).Append(1).Distinct().ToArray();
        var (parameter, test) = CatalogueFacetCounter.Membership(ids, "ids0");
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString());
        await connection.OpenAsync();
        var upTo = ids.Max() + 50;
        await using var command = new NpgsqlCommand($"SELECT g.id FROM generate_series(0, {upTo}) AS g(id) WHERE {test("g.id")} ORDER BY g.id", connection);
        command.Parameters.Add(parameter);

        var selected = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                selected.Add(reader.GetInt32(0));
            }
        }

        Assert.Equal(ids.Order(), selected);
        Assert.Equal(count >= CatalogueFacetCounter.BitmapFrom ? NpgsqlTypes.NpgsqlDbType.Varbit : NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer, parameter.NpgsqlDbType);
    }
}
