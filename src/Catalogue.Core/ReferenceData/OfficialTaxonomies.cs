namespace Catalogue.Core.ReferenceData;

/// <summary>
/// The official texts the catalogue classifies against, copied exactly from the project's reference file
/// (shared/reference/taxonomies.md): SDG 4 targets and indicators from the UN global indicator framework
/// (A/RES/71/313, after the 2020 comprehensive review; short labels from the UIS Quick Guide, 2018), and the
/// GCM objectives and guiding principles from A/RES/73/195. Generated; edit only to follow an official revision.
/// </summary>
public static class OfficialTaxonomies
{
    public const string Sdg4GoalCode = "4";
    public const string Sdg4GoalTitle = "Quality Education";
    public const string Sdg4GoalText = "Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all";
    public const string IndicatorFrameworkVersion = "2020 comprehensive review";

    public static IReadOnlyList<(string Code, string ShortLabel, string OfficialText)> SdgTargets { get; } =
    [
        ("4.1", "Free, equitable and quality primary and secondary education", "By 2030, ensure that all girls and boys complete free, equitable and quality primary and secondary education leading to relevant and effective learning outcomes"),
        ("4.2", "Quality early childhood development, care and pre-primary education", "By 2030, ensure that all girls and boys have access to quality early childhood development, care and pre‑primary education so that they are ready for primary education"),
        ("4.3", "Quality TVET and tertiary education", "By 2030, ensure equal access for all women and men to affordable and quality technical, vocational and tertiary education, including university"),
        ("4.4", "Technical and vocational skills", "By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship"),
        ("4.5", "Equal access to all levels of education and training for the vulnerable", "By 2030, eliminate gender disparities in education and ensure equal access to all levels of education and vocational training for the vulnerable, including persons with disabilities, indigenous peoples and children in vulnerable situations"),
        ("4.6", "Youth and adult literacy and numeracy", "By 2030, ensure that all youth and a substantial proportion of adults, both men and women, achieve literacy and numeracy"),
        ("4.7", "Knowledge and skills needed to promote sustainable development", "By 2030, ensure that all learners acquire the knowledge and skills needed to promote sustainable development, including, among others, through education for sustainable development and sustainable lifestyles, human rights, gender equality, promotion of a culture of peace and non-violence, global citizenship and appreciation of cultural diversity and of culture’s contribution to sustainable development"),
        ("4.a", "School environment", "Build and upgrade education facilities that are child, disability and gender sensitive and provide safe, non-violent, inclusive and effective learning environments for all"),
        ("4.b", "Scholarships", "By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries"),
        ("4.c", "Qualified teachers", "By 2030, substantially increase the supply of qualified teachers, including through international cooperation for teacher training in developing countries, especially least developed countries and small island developing States"),
    ];

    public static IReadOnlyList<(string Code, string OfficialText)> SdgIndicators { get; } =
    [
        ("4.1.1", "Proportion of children and young people (a) in grades 2/3; (b) at the end of primary; and (c) at the end of lower secondary achieving at least a minimum proficiency level in (i) reading and (ii) mathematics, by sex"),
        ("4.1.2", "Completion rate (primary education, lower secondary education, upper secondary education)"),
        ("4.2.1", "Proportion of children aged 24–59 months who are developmentally on track in health, learning and psychosocial well-being, by sex"),
        ("4.2.2", "Participation rate in organized learning (one year before the official primary entry age), by sex"),
        ("4.3.1", "Participation rate of youth and adults in formal and non-formal education and training in the previous 12 months, by sex"),
        ("4.4.1", "Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill"),
        ("4.5.1", "Parity indices (female/male, rural/urban, bottom/top wealth quintile and others such as disability status, indigenous peoples and conflict-affected, as data become available) for all education indicators on this list that can be disaggregated"),
        ("4.6.1", "Proportion of population in a given age group achieving at least a fixed level of proficiency in functional (a) literacy and (b) numeracy skills, by sex"),
        ("4.7.1", "Extent to which (i) global citizenship education and (ii) education for sustainable development are mainstreamed in (a) national education policies; (b) curricula; (c) teacher education; and (d) student assessment"),
        ("4.a.1", "Proportion of schools offering basic services, by type of service"),
        ("4.b.1", "Volume of official development assistance flows for scholarships by sector and type of study"),
        ("4.c.1", "Proportion of teachers with the minimum required qualifications, by education level"),
    ];

    public static IReadOnlyList<(int Number, string ShortLabel, string OfficialText)> GcmObjectives { get; } =
    [
        (1, "Data", "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies"),
        (2, "Minimize adverse drivers", "Minimize the adverse drivers and structural factors that compel people to leave their country of origin"),
        (3, "Information provision", "Provide accurate and timely information at all stages of migration"),
        (4, "Legal identity and documentation", "Ensure that all migrants have proof of legal identity and adequate documentation"),
        (5, "Regular pathways", "Enhance availability and flexibility of pathways for regular migration"),
        (6, "Recruitment and decent work", "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work"),
        (7, "Reduce vulnerabilities", "Address and reduce vulnerabilities in migration"),
        (8, "Save lives", "Save lives and establish coordinated international efforts on missing migrants"),
        (9, "Counter smuggling", "Strengthen the transnational response to smuggling of migrants"),
        (10, "Eradicate trafficking", "Prevent, combat and eradicate trafficking in persons in the context of international migration"),
        (11, "Manage borders", "Manage borders in an integrated, secure and coordinated manner"),
        (12, "Screening and referral", "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral"),
        (13, "Alternatives to detention", "Use migration detention only as a measure of last resort and work towards alternatives"),
        (14, "Consular protection", "Enhance consular protection, assistance and cooperation throughout the migration cycle"),
        (15, "Access to basic services", "Provide access to basic services for migrants"),
        (16, "Inclusion and social cohesion", "Empower migrants and societies to realize full inclusion and social cohesion"),
        (17, "Eliminate discrimination", "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration"),
        (18, "Skills development and recognition", "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences"),
        (19, "Migrant and diaspora contributions", "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries"),
        (20, "Remittances", "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants"),
        (21, "Dignified return and reintegration", "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration"),
        (22, "Social protection", "Establish mechanisms for the portability of social security entitlements and earned benefits"),
        (23, "International cooperation", "Strengthen international cooperation and global partnerships for safe, orderly and regular migration"),
    ];

    /// <summary>The guiding principles of para. 15 (a)–(j), in order; the "Cross Cutting Theme" values.</summary>
    public static IReadOnlyList<string> GuidingPrinciples { get; } =
    [
        "People-centred",
        "International cooperation",
        "National sovereignty",
        "Rule of law and due process",
        "Sustainable development",
        "Human rights",
        "Gender-responsive",
        "Child-sensitive",
        "Whole-of-government approach",
        "Whole-of-society approach",
    ];
}
