using System.Buffers;
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
    /// <param name="title">With <paramref name="summary"/> and <paramref name="description"/>, the entry's text
    /// (<see cref="EntryIndexRecord.TextOf"/>), of which the first <see cref="SampleLength"/> characters are read.</param>
    public static string LanguageOf(IReadOnlyCollection<string> entryLanguages, string title, string summary, string? description)
    {
        // Called for every entry indexed and every result of a text search: the sample is lower-cased into a pooled
        // buffer, not cut and copied as strings (four copies of it were a quarter of what a text search allocated).
        var sample = ArrayPool<char>.Shared.Rent(SampleLength);
        try
        {
            var length = 0;
            foreach (var part in (ReadOnlySpan<string?>)[title, "\n", summary, "\n", description])
            {
                var take = Math.Min(part?.Length ?? 0, SampleLength - length);
                length += part.AsSpan(0, take).ToLowerInvariant(sample.AsSpan(length));
            }

            return LanguageOfSample(entryLanguages, sample, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(sample);
        }
    }

    private const int SampleLength = 2_000;

    private static string LanguageOfSample(IReadOnlyCollection<string> entryLanguages, char[] sample, int length)
    {
        var text = sample.AsSpan(0, length);
        var letters = 0;
        var arabic = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            arabic += IsArabicLetter(c) ? 1 : 0;
        }

        if (arabic * 2 > letters)
        {
            return "ar";
        }

        Span<int> scores = stackalloc int[StopWordSets.Length];
        foreach (var (start, wordLength) in Words(sample, length))
        {
            for (var i = 0; i < StopWordSets.Length; i++)
            {
                scores[i] += StopWordSets[i].Value.Contains(sample, start, wordLength) ? 1 : 0;
            }
        }

        var best = (Language: "", Score: 0);
        var second = 0;
        for (var i = 0; i < StopWordSets.Length; i++)
        {
            if (scores[i] > best.Score)
            {
                second = best.Score;
                best = (StopWordSets[i].Key, scores[i]);
            }
            else
            {
                second = Math.Max(second, scores[i]);
            }
        }

        if (best.Score >= 2 && best.Score >= 2 * second)
        {
            return best.Language;
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

    private static readonly KeyValuePair<string, CharArraySet>[] StopWordSets = [.. StopWords];

    /// <summary>The runs of letters of <paramref name="text"/> as (start, length).</summary>
    private static IEnumerable<(int Start, int Length)> Words(char[] text, int length)
    {
        var start = -1;
        for (var i = 0; i <= length; i++)
        {
            var letter = i < length && char.IsLetter(text[i]);
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
