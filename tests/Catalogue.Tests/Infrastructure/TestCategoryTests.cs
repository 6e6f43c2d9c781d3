using System.Reflection;

namespace Catalogue.Tests.Infrastructure;

/// <summary>Every test class is in exactly one group, and the fast group stays fast: no fixture, no set-up, no browser.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TestCategoryTests
{
    private static readonly string[] Categories = [TestCategory.Unit, TestCategory.Database, TestCategory.Browser];

    [Fact]
    public void TestClasses_EachOne_HasExactlyOneKnownCategory()
    {
        var wrong = TestClasses()
            .Select(t => (Type: t, Categories: CategoriesOf(t)))
            .Where(c => c.Categories.Count != 1 || !Categories.Contains(c.Categories[0]))
            .Select(c => $"{c.Type.Name}: [{string.Join(", ", c.Categories)}]")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void UnitTestClasses_NeedNothingOutside_HaveNoFixtureOrSetUp()
    {
        var unit = TestClasses().Where(t => CategoriesOf(t).SequenceEqual([TestCategory.Unit])).ToList();
        var heavy = unit
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Length > 0)
                || typeof(IAsyncLifetime).IsAssignableFrom(t)
                || t.Namespace?.StartsWith("Catalogue.Tests.Browser", StringComparison.Ordinal) == true)
            .Select(t => t.Name)
            .ToList();

        Assert.True(unit.Count >= 15, $"{unit.Count} unit test classes");
        Assert.Empty(heavy);
    }

    [Fact]
    public void BrowserNamespace_EveryClass_IsInTheBrowserGroup()
    {
        var misplaced = TestClasses()
            .Where(t => t.Namespace?.StartsWith("Catalogue.Tests.Browser", StringComparison.Ordinal) == true)
            .Where(t => !CategoriesOf(t).SequenceEqual([TestCategory.Browser]))
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(misplaced);
    }

    private static IEnumerable<Type> TestClasses() => typeof(TestCategoryTests).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && t.DeclaringType is null)
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()));

    /// <summary>xunit's TraitAttribute keeps its name and value only as constructor arguments.</summary>
    private static List<string> CategoriesOf(Type type) => type.CustomAttributes
        .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Category")
        .Select(a => (string)a.ConstructorArguments[1].Value!)
        .ToList();
}
