namespace Catalogue.Tools.Generation;

/// <summary>
/// Words and phrases for synthetic entries, taken from the seed documents (the IOM education assessment, the
/// UNESCO note, the MPI Europe webinar, the Education International toolkit), so searches on real topics hit.
/// </summary>
internal static class GeneratorVocabulary
{
    public static readonly string[] Activities =
    [
        "School transport", "School enrolment support", "Vocational training", "Language classes", "Teacher training",
        "Scholarship programme", "Cultural orientation", "E-learning course", "Psychosocial support in schools",
        "Recognition of qualifications", "Adult literacy classes", "School rehabilitation", "Early childhood education",
        "Accelerated learning", "Bridging courses", "Home-schooling curricula", "Remote learning", "Mentoring",
        "Apprenticeships", "Livelihood training", "Migrant resource centre", "Pre-departure orientation",
        "Business skills training", "Tourism school", "Community learning centres", "Back-to-school campaign",
        "Peace education", "Skills for employment", "Counselling and referral", "Homework clubs",
    ];

    public static readonly string[] Beneficiaries =
    [
        "Syrian refugee children", "internally displaced persons", "returning migrants", "unaccompanied minors",
        "migrant youth", "children left behind", "asylum-seeking children", "host communities", "migrant workers",
        "refugee teachers", "migrant women", "stranded migrants", "resettled refugees", "newly arrived pupils",
        "former combatants", "victims of trafficking", "seasonal migrant families", "diaspora professionals",
    ];

    public static readonly string[] Topics =
    [
        "integration of migrant children", "inclusive education", "digital innovation in classrooms",
        "recognition of qualifications", "school drop-out", "social cohesion", "education in emergencies",
        "global citizenship education", "vocational pathways", "language acquisition", "teacher diversity",
        "student mobility", "credential recognition", "xenophobia in schools", "learning outcomes of refugees",
        "education of children left behind", "trade union action on migration", "mainstreaming migrant education",
        "personalised learning", "early school leaving", "cities against racism", "evidence on migration and education",
    ];

    public static readonly string[] Keywords =
    [
        "Child and young migrants", "Education services and training opportunities", "Integration policies",
        "Civil society actors in migration", "Digital learning", "Skills recognition", "Refugees", "Internal displacement",
        "Return and reintegration", "Labour migration", "Social cohesion", "Vocational education", "Higher education",
        "Teachers", "Languages", "Psychosocial support", "Gender", "Diaspora", "Data and evidence", "Xenophobia",
        "Emergencies", "Scholarships", "Early childhood", "Literacy", "Resettlement", "Human trafficking",
        "Unaccompanied children", "School infrastructure", "Cultural orientation", "Livelihoods",
    ];

    public static readonly string[] KeywordQualifiers =
    [
        "policy", "practice", "in rural areas", "in cities", "for girls", "for adults", "in camps", "in host countries",
        "in countries of origin", "and employment", "and health", "and technology",
    ];

    public static readonly string[] Tags =
    [
        "Education", "Schools", "Teachers", "Trade Unions", "Webinar", "Toolkit", "Good practice", "Evaluation",
        "Research", "Guidelines", "E-learning", "Survey", "Training", "Funding", "Partnership", "Youth", "Girls",
        "Refugees", "Returnees", "IDPs", "Curriculum", "Infrastructure", "Mobility", "Recognition", "Data",
    ];

    public static readonly string[] Organisations =
    [
        "International Organization for Migration (IOM)", "UNESCO", "UNICEF", "UNHCR", "Education International",
        "Migration Policy Institute Europe", "European Commission", "UNESCO Institute for Statistics", "World Bank",
        "International Labour Organization", "Norwegian Directorate of Immigration", "Government of Canada",
        "USAID", "European Union", "Council of Europe", "SIRIUS Network", "Migration Policy Group", "Save the Children",
        "Norwegian Refugee Council", "Japan International Cooperation Agency",
    ];

    public static readonly string[] OrganisationPatterns =
    [
        "Ministry of Education, {0}", "National Teachers' Union of {0}", "{0} Red Cross", "{0} Refugee Council",
        "University of {0}", "{0} Vocational Training Agency",
    ];

    public static readonly string[] Audiences =
    [
        "Government", "Civil Society", "General Public", "Intergovernmental Organization", "Educators", "Academia",
        "Private Sector", "Donors", "Local authorities", "Trade unions",
    ];

    public static readonly string[] SummarySentences =
    [
        "{activity} helped {beneficiary} in {country} to continue their education.",
        "The project worked with schools and local authorities on {topic}.",
        "It combined classroom support, outreach to families and training for teachers.",
        "Participants gained skills that improved their access to decent work.",
        "The programme was evaluated and its lessons shared with the ministry of education.",
        "It addressed barriers such as language, documentation and the cost of transport.",
        "Around {number} learners took part over {years} years.",
        "The work is part of the response to displacement and supports SDG 4.",
        "Partners included community organisations, teachers' unions and UN agencies.",
        "A report describes the approach, results and recommendations on {topic}.",
    ];

    /// <summary>Countries the seeds name, so they come first (and most often) in the skewed draw.</summary>
    public static readonly string[] CommonCountries =
    [
        "TR", "DE", "CO", "CD", "EG", "GR", "IT", "UA", "TH", "ID", "JO", "LB", "SY", "IQ", "AF", "BD", "CA", "NO", "CN",
        "MD", "AR", "CR", "ML", "MR", "BI", "GE", "XK", "CF", "TL", "KE", "ET", "SO", "US", "FR", "SE", "DK",
    ];
}
