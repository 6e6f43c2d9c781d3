namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// Each test class's group, as the trait "Category": <c>dotnet test --filter Category=Unit</c> runs the pure tests in seconds,
/// without PostgreSQL or Chromium; Database needs the local cluster; Browser also drives Chromium.
/// </summary>
public static class TestCategory
{
    public const string Unit = "Unit";

    public const string Database = "Database";

    public const string Browser = "Browser";
}
