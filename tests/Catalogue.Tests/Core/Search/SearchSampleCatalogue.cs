using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Search;

/// <summary>
/// A small, realistic catalogue (drawn from the seed documents) for search, page and browser tests: 15 published
/// entries plus a draft, an entry in review and an archived one that must never show publicly.
/// </summary>
public static class SearchSampleCatalogue
{
    public const int PublishedCount = 15;
    public const string OldTurkeySlug = "school-transport-turkey-2017";

    public static async Task SeedAsync(CatalogueDbContext db)
    {
        var seed = new Seeder(db);
        var published = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var n = 0;
        Entry Add(EntryKind kind, string slug, string title, string summary, EntryStatus status = EntryStatus.Published)
        {
            n++;
            var entry = new Entry
            {
                Kind = kind, Slug = slug, Title = title, Summary = summary, Status = status,
                CreatedAt = published.AddDays(n), UpdatedAt = published.AddDays(n + 1),
                PublishedAt = status == EntryStatus.Published ? published.AddDays(n) : null,
            };
            db.Entries.Add(entry);
            return entry;
        }

        var toolkit = Add(EntryKind.Publication, "promoting-integration-toolkit",
            "Promoting integration of migrants and refugees in and through education: Toolkit",
            "Education unions develop advocacy for more inclusive schools; this toolkit compiles their strategies and practical actions.");
        toolkit.Description = "This toolkit aims to build on these experiences and help **education unions** develop their work.\n\n" +
            "It can be used at different levels of the organisation.\n\n<script>alert('x')</script>";
        toolkit.PublicationDate = new DateOnly(2019, 6, 1);
        toolkit.PublicationDatePrecision = DatePrecision.Month;
        toolkit.GeographicScope = GeographicScope.Global;
        toolkit.SourceUrl = "https://www.ei-ie.org/en/item/25623";
        toolkit.Audiences = seed.Audiences("Civil Society", "General Public", "Government", "Intergovernmental Organization");
        seed.Organise(toolkit, OrganisationRole.Author, "Education International");
        seed.Organise(toolkit, OrganisationRole.Publisher, "Education International");
        toolkit.Languages = [await seed.Language("en")];
        toolkit.Themes = await seed.Themes("People-centred", "Human rights", "Gender-responsive", "Child-sensitive", "Whole-of-society approach");
        toolkit.SdgIndicators = await seed.Indicators("4.1.1", "4.6.1");
        toolkit.SdgTargets = await seed.Targets("4.1", "4.3", "4.6");
        toolkit.GcmObjectives = await seed.Gcm(15, 16);
        toolkit.Keywords = seed.Keywords("Child and young migrants", "Civil society actors in migration", "Education services and training opportunities", "Integration policies");
        toolkit.Tags = seed.Tags("Trade Unions", "Education", "Schools", "Teachers");

        var snapshot = Add(EntryKind.Research, "snapshot-innovative-approaches",
            "Snapshot of Innovative Approaches for Integration of Migrant Children",
            "An overview of EU-funded research on how schools include newly arrived migrant children.");
        snapshot.PublicationDate = new DateOnly(2019, 1, 1);
        snapshot.PublicationDatePrecision = DatePrecision.Year;
        snapshot.GeographicScope = GeographicScope.Regional;
        snapshot.Regions = [(await db.Regions.FindAsync("150"))!];
        seed.Organise(snapshot, OrganisationRole.Publisher, "European Commission, DG Research and Innovation");
        snapshot.SdgTargets = await seed.Targets("4.1", "4.5");
        snapshot.Keywords = seed.Keywords("Child and young migrants", "Integration policies");
        snapshot.Languages = [await seed.Language("en")];

        var scholarships = Add(EntryKind.Programme, "scholarships-refugee-students",
            "Scholarships for refugee students in higher education",
            "University places and scholarships for refugees whose studies were interrupted by displacement.");
        scholarships.StartYear = 2016;
        scholarships.EndYear = 2021;
        scholarships.GeographicScope = GeographicScope.Global;
        seed.Organise(scholarships, OrganisationRole.Implementer, "UNESCO");
        scholarships.SdgTargets = await seed.Targets("4.3", "4.b");
        scholarships.SdgIndicators = await seed.Indicators("4.b.1");
        scholarships.GcmObjectives = await seed.Gcm(18);
        scholarships.Keywords = seed.Keywords("Skills recognition", "Education services and training opportunities");

        var webinar = Add(EntryKind.Event, "digital-pedagogical-innovations-webinar",
            "Digital and pedagogical innovations for migrant children",
            "A Migration Policy Institute Europe webinar on how schools use digital tools to teach newcomers.");
        webinar.PublicationDate = new DateOnly(2018, 2, 8);
        webinar.PublicationDatePrecision = DatePrecision.Day;
        webinar.GeographicScope = GeographicScope.Regional;
        webinar.Regions = [(await db.Regions.FindAsync("150"))!];
        seed.Organise(webinar, OrganisationRole.Publisher, "Migration Policy Institute Europe");
        webinar.SdgTargets = await seed.Targets("4.1", "4.c");
        webinar.Keywords = seed.Keywords("Child and young migrants");

        var mainstreaming = Add(EntryKind.Publication, "mainstreaming-2-0",
            "Mainstreaming 2.0: How Europe's education systems can boost migrant inclusion",
            "How European school systems can make migrant inclusion part of every classroom rather than a special programme.");
        mainstreaming.PublicationDate = new DateOnly(2018, 2, 1);
        mainstreaming.PublicationDatePrecision = DatePrecision.Month;
        mainstreaming.GeographicScope = GeographicScope.Regional;
        mainstreaming.Regions = [(await db.Regions.FindAsync("150"))!];
        seed.Organise(mainstreaming, OrganisationRole.Author, "Migration Policy Institute Europe");
        mainstreaming.SdgTargets = await seed.Targets("4.1", "4.5");
        mainstreaming.Keywords = seed.Keywords("Integration policies", "Child and young migrants");

        var turkey = Add(EntryKind.Programme, "school-transport-syrian-children-turkey",
            "School transport for Syrian children in Turkey",
            "Free school buses so that Syrian refugee children living far from schools can attend class every day.");
        turkey.StartYear = 2017;
        turkey.EndYear = 2019;
        turkey.GeographicScope = GeographicScope.National;
        turkey.Countries = [(await db.Countries.FindAsync("TR"))!];
        turkey.LessonsLearned = "Transport alone raised attendance; pairing it with catch-up classes kept pupils in school.";
        seed.Organise(turkey, OrganisationRole.Implementer, "IOM");
        seed.Organise(turkey, OrganisationRole.Donor, "European Union");
        seed.Organise(turkey, OrganisationRole.Partner, "Ministry of National Education of Türkiye");
        turkey.SdgTargets = await seed.Targets("4.1", "4.5");
        turkey.BeneficiaryGroups = seed.Beneficiaries("Refugees", "Children");
        turkey.ActivityAreas = [(await db.ActivityAreas.OrderBy(a => a.Id).FirstAsync())];
        turkey.Keywords = seed.Keywords("Child and young migrants");
        turkey.IsGoodPractice = true;

        var colombia = Add(EntryKind.Programme, "open-doors-school-strategy-colombia",
            "Open Doors School Strategy in Colombia",
            "Schools in border areas open their doors to Venezuelan children regardless of their migration status.");
        colombia.StartYear = 2018;
        colombia.EndYear = 2020;
        colombia.GeographicScope = GeographicScope.National;
        colombia.Countries = [(await db.Countries.FindAsync("CO"))!];
        seed.Organise(colombia, OrganisationRole.Implementer, "IOM");
        colombia.SdgTargets = await seed.Targets("4.1", "4.a");
        colombia.Languages = [await seed.Language("es")];

        var congo = Add(EntryKind.Programme, "school-enrolment-drc-camps",
            "School enrolment in displacement camps in the Democratic Republic of the Congo",
            "Enrolling children of displaced families in nearby primary schools and providing school kits.");
        congo.StartYear = 2016;
        congo.GeographicScope = GeographicScope.Local;
        congo.Countries = [(await db.Countries.FindAsync("CD"))!];
        seed.Organise(congo, OrganisationRole.Implementer, "IOM");
        congo.SdgTargets = await seed.Targets("4.1");

        var indonesia = Add(EntryKind.Programme, "home-schooling-indonesia",
            "Home-schooling curricula for refugee children in Indonesia",
            "A home-schooling curriculum lets refugee children in transit keep learning while they wait for resettlement.");
        indonesia.StartYear = 2015;
        indonesia.EndYear = 2018;
        indonesia.Countries = [(await db.Countries.FindAsync("ID"))!];
        seed.Organise(indonesia, OrganisationRole.Implementer, "IOM");
        indonesia.SdgTargets = await seed.Targets("4.1", "4.6");

        var ethiopia = Add(EntryKind.Programme, "vocational-training-returnees-ethiopia",
            "Vocational training for returning migrants in Ethiopia",
            "Short courses in trades and entrepreneurship help returnees find work after coming home.");
        ethiopia.StartYear = 2019;
        ethiopia.EndYear = 2022;
        ethiopia.Countries = [(await db.Countries.FindAsync("ET"))!];
        seed.Organise(ethiopia, OrganisationRole.Implementer, "IOM");
        ethiopia.SdgTargets = await seed.Targets("4.3", "4.4");
        ethiopia.GcmObjectives = await seed.Gcm(18, 21);

        var teachers = Add(EntryKind.Tool, "teacher-training-multilingual-classrooms",
            "Teacher training for multilingual classrooms",
            "A training module that prepares teachers for classes where many pupils are learning the language of instruction.");
        teachers.PublicationDate = new DateOnly(2021, 9, 1);
        teachers.Countries = [(await db.Countries.FindAsync("DE"))!];
        teachers.SdgTargets = await seed.Targets("4.c");
        teachers.Tags = seed.Tags("Teachers");
        teachers.Languages = [await seed.Language("de"), await seed.Language("en")];

        var jordan = Add(EntryKind.Programme, "early-childhood-jordan",
            "Early childhood education for refugee families in Jordan",
            "Play-based pre-primary classes for refugee children aged four and five, with sessions for parents.");
        jordan.StartYear = 2020;
        jordan.Countries = [(await db.Countries.FindAsync("JO"))!];
        jordan.SdgTargets = await seed.Targets("4.2");

        var morocco = Add(EntryKind.Programme, "literacy-numeracy-adult-migrants-morocco",
            "Literacy and numeracy classes for adult migrants in Morocco",
            "Evening classes in reading, writing and arithmetic for adult migrants from West Africa.");
        morocco.StartYear = 2017;
        morocco.EndYear = 2019;
        morocco.Countries = [(await db.Countries.FindAsync("MA"))!];
        morocco.SdgTargets = await seed.Targets("4.6");

        var senegal = Add(EntryKind.Publication, "education-enfants-migrants-senegal",
            "Éducation des enfants migrants au Sénégal",
            "Étude sur l'accès à l'école des enfants migrants et des talibés au Sénégal.");
        senegal.PublicationDate = new DateOnly(2020, 3, 1);
        senegal.Countries = [(await db.Countries.FindAsync("SN"))!];
        senegal.Languages = [await seed.Language("fr")];
        senegal.SdgTargets = await seed.Targets("4.1");

        var guide = Add(EntryKind.Tool, "inclusive-schools-guide",
            "Guide to inclusive schools for newly arrived pupils",
            "A step-by-step guide for head teachers welcoming newly arrived migrant pupils.");
        guide.PublicationDate = new DateOnly(2022, 5, 1);
        guide.GeographicScope = GeographicScope.Global;
        guide.SdgTargets = await seed.Targets("4.a", "4.5");
        guide.Tags = seed.Tags("Schools");

        Add(EntryKind.Programme, "draft-scholarships", "Unpublished scholarships draft", "Scholarships draft, not yet reviewed.", EntryStatus.Draft)
            .SdgTargets = await seed.Targets("4.1");
        Add(EntryKind.Programme, "in-review-buses", "School buses awaiting review", "School buses, in review.", EntryStatus.InReview)
            .SdgTargets = await seed.Targets("4.1");
        Add(EntryKind.Programme, "archived-buses", "Archived school buses", "Old school buses.", EntryStatus.Archived)
            .SdgTargets = await seed.Targets("4.1");

        await db.SaveChangesAsync();
        db.EntryRelations.Add(new EntryRelation { FromEntryId = webinar.Id, ToEntryId = mainstreaming.Id, Type = RelationType.Launches });
        db.SlugRedirects.Add(new SlugRedirect { OldSlug = OldTurkeySlug, EntryId = turkey.Id, CreatedAt = published });
        await db.SaveChangesAsync();
    }

    private sealed class Seeder(CatalogueDbContext db)
    {
        private readonly Dictionary<string, CuratedTerm> _terms = new(StringComparer.OrdinalIgnoreCase);

        public List<Audience> Audiences(params string[] names) => names.Select(Term<Audience>).ToList();
        public List<Keyword> Keywords(params string[] names) => names.Select(Term<Keyword>).ToList();
        public List<Tag> Tags(params string[] names) => names.Select(Term<Tag>).ToList();
        public List<BeneficiaryGroup> Beneficiaries(params string[] names) => names.Select(Term<BeneficiaryGroup>).ToList();

        public void Organise(Entry entry, OrganisationRole role, string name) =>
            entry.Organisations.Add(new EntryOrganisation { Organisation = Term<Organisation>(name), Role = role, Position = entry.Organisations.Count });

        public async Task<Language> Language(string code) => (await db.Languages.FindAsync(code))!;

        public async Task<List<SdgTarget>> Targets(params string[] codes) => await db.SdgTargets.Where(t => codes.Contains(t.Code)).ToListAsync();

        public async Task<List<SdgIndicator>> Indicators(params string[] codes) => await db.SdgIndicators.Where(t => codes.Contains(t.Code)).ToListAsync();

        public async Task<List<GcmObjective>> Gcm(params int[] numbers) => await db.GcmObjectives.Where(o => numbers.Contains(o.Number)).ToListAsync();

        public async Task<List<GuidingPrinciple>> Themes(params string[] names) => await db.GuidingPrinciples.Where(p => names.Contains(p.Name)).ToListAsync();

        private T Term<T>(string name)
            where T : CuratedTerm, new()
        {
            var key = typeof(T).Name + ":" + name;
            if (!_terms.TryGetValue(key, out var term))
            {
                _terms[key] = term = new T { Name = name, NormalizedName = CuratedTerm.Normalize(name) };
            }

            return (T)term;
        }
    }
}
