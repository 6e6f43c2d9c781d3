namespace Catalogue.Core.ReferenceData;

/// <summary>
/// IOM's ten education activity areas, as the sections 5.1–5.10 of IOM's assessment "Education and Migration"
/// name them, with the SDG 4 target the assessment files each under.
/// </summary>
public static class ActivityAreas
{
    public static IReadOnlyList<(int Id, string Code, string Name, string SdgTargetCode)> All { get; } =
    [
        (1, "access-to-education", "Access to education", "4.1"),
        (2, "vocational-training-and-livelihood", "Vocational training and livelihood", "4.3"),
        (3, "skills-for-work", "Skills for work", "4.4"),
        (4, "migrant-training", "Migrant training", "4.3"),
        (5, "sustainable-development-and-global-citizenship", "Sustainable development and global citizenship", "4.7"),
        (6, "university-and-research", "University and research", "4.3"),
        (7, "school-rehabilitation", "School rehabilitation", "4.a"),
        (8, "scholarships", "Scholarships", "4.b"),
        (9, "teachers", "Teachers", "4.c"),
        (10, "equity", "Equity", "4.5"),
    ];
}
