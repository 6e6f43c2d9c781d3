using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Catalogue.Core.Search.Indexing;

/// <summary>
/// The analyzers of the languages the catalogue stems (English, French, Spanish, Portuguese, German, Arabic) and a
/// language-neutral one for the rest. Every chain lower-cases and folds accents before stemming, so "élèves", "eleves"
/// and "élève" meet, and a query typed without accents finds accented text. Arabic normalises alef and hamza forms, ta
/// marbuta, alef maksura, tatweel and diacritics, strips the article and light prefixes and suffixes.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The suffix of the language-neutral fields: unstemmed, accents folded.</summary>
    public const string Neutral = "x";

    /// <summary>The languages with a stemming analyzer, by ISO 639-1 code.</summary>
    public static IReadOnlyList<string> Stemmed { get; } = ["en", "fr", "es", "pt", "de", "ar"];

    /// <summary>Every analysis a query goes through: each stemmed language and the neutral one.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Stemmed, Neutral];

    private static readonly Dictionary<string, Analyzer> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = Chain(s => new SnowballFilter(Fold(new StopFilter(Version, new LowerCaseFilter(Version, new EnglishPossessiveFilter(Version, s)), EnglishAnalyzer.DefaultStopSet)), new EnglishStemmer())),
        ["fr"] = Chain(s => new FrenchLightStemFilter(Fold(new StopFilter(Version, new LowerCaseFilter(Version, new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.DefaultStopSet)))),
        ["es"] = Chain(s => new SnowballFilter(Fold(new StopFilter(Version, new LowerCaseFilter(Version, s), SpanishAnalyzer.DefaultStopSet)), new SpanishStemmer())),
        ["pt"] = Chain(s => new SnowballFilter(Fold(new StopFilter(Version, new LowerCaseFilter(Version, s), PortugueseAnalyzer.DefaultStopSet)), new Lucene.Net.Tartarus.Snowball.Ext.PortugueseStemmer())),
        ["de"] = Chain(s => new GermanLightStemFilter(Fold(new GermanNormalizationFilter(new StopFilter(Version, new LowerCaseFilter(Version, s), GermanAnalyzer.DefaultStopSet))))),
        ["ar"] = Chain(s => new ArabicStemFilter(new ArabicNormalizationFilter(Fold(new StopFilter(Version, new LowerCaseFilter(Version, s), ArabicAnalyzer.DefaultStopSet))))),
        [Neutral] = Chain(s => new ArabicNormalizationFilter(Fold(new LowerCaseFilter(Version, s)))),
    };

    /// <summary>The analyzer of <paramref name="language"/> (one of <see cref="All"/>).</summary>
    public static Analyzer For(string language) => ByLanguage[language];

    /// <summary>
    /// The analyzer of the index: a field's language is the part of its name after the last dot ("title.fr");
    /// other fields get the neutral analysis.
    /// </summary>
    public static Analyzer PerField { get; } = new LanguageFieldAnalyzer();

    /// <summary>
    /// The language an entry's text is written in, and so analysed in. Arabic when it is written in Arabic script.
    /// Otherwise the text's own evidence decides: the Latin-script language whose common words (its stop words) the
    /// text uses clearly most. Without clear evidence, the first stemmed language the entry names; the neutral analysis
    /// when it names only languages without a stemmer; English when it names none. (The languages an entry names are
    /// those it is available in, which need not be the language of its description.)
    /// </summary>
    public static string LanguageOf(IReadOnlyCollection<string> entryLanguages, string text)
    {
        var sample = text.Length > 2_000 ? text[..2_000] : text;
        if (sample.Count(IsArabicLetter) * 2 > sample.Count(char.IsLetter))
        {
            return "ar";
        }

        var scores = StopWords.Select(l => (Language: l.Key, Score: 0)).ToArray();
        var lower = sample.ToLowerInvariant().ToCharArray();
        foreach (var (start, length) in Words(lower))
        {
            for (var i = 0; i < scores.Length; i++)
            {
                if (StopWords[scores[i].Language].Contains(lower, start, length))
                {
                    scores[i].Score++;
                }
            }
        }

        Array.Sort(scores, (a, b) => b.Score.CompareTo(a.Score));
        if (scores[0].Score >= 2 && scores[0].Score >= 2 * scores[1].Score)
        {
            return scores[0].Language;
        }

        var named = entryLanguages.FirstOrDefault(l => StopWords.ContainsKey(l));
        return named ?? (entryLanguages.Count > 0 ? Neutral : "en");
    }

    /// <summary>Common words of the Latin-script languages, to tell which one a text is in.</summary>
    private static readonly Dictionary<string, CharArraySet> StopWords = new(StringComparer.Ordinal)
    {
        ["en"] = EnglishAnalyzer.DefaultStopSet,
        ["fr"] = FrenchAnalyzer.DefaultStopSet,
        ["es"] = SpanishAnalyzer.DefaultStopSet,
        ["pt"] = PortugueseAnalyzer.DefaultStopSet,
        ["de"] = GermanAnalyzer.DefaultStopSet,
    };

    /// <summary>The runs of letters of <paramref name="text"/> as (start, length).</summary>
    private static IEnumerable<(int Start, int Length)> Words(char[] text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';

    private static TokenFilter Fold(TokenStream input) => new ASCIIFoldingFilter(input);

    private static Analyzer Chain(Func<TokenStream, TokenStream> filters) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, filters(tokenizer));
    });

    /// <summary>Chooses the analyzer by the field name's language suffix; values of one field never form a phrase together.</summary>
    private sealed class LanguageFieldAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName)
        {
            var dot = fieldName.LastIndexOf('.');
            return dot >= 0 && ByLanguage.TryGetValue(fieldName[(dot + 1)..], out var analyzer) ? analyzer : ByLanguage[Neutral];
        }

        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}
