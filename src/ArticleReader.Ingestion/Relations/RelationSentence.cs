using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Relations;

/// <summary>An actor named in a claim's sentence; <see cref="Start"/> and <see cref="End"/> count from the sentence's start.</summary>
internal sealed record Actor(Mention Mention, int Start, int End)
{
    public string Key => Mention.EntityKey;

    public EntityType Type => Mention.Type;
}

/// <summary>
/// The sentence of one claim with the actors it names, and the bits of English structure the relation rules lean on:
/// clauses, asides (relative clauses and parentheses), coordinated lists and negation. Positions count from the sentence's start.
/// </summary>
internal sealed partial class RelationSentence
{
    private readonly List<Actor> _actors;
    private readonly List<(int Start, int End)> _boundaries;
    private readonly List<(int Start, int End)> _asides;

    /// <param name="mentions">The mentions inside the claim's span, in text order.</param>
    public RelationSentence(string source, Claim claim, IEnumerable<Mention> mentions)
    {
        Claim = claim;
        Text = claim.Span.Slice(source);
        _actors = FindActors(Text, claim.Span.Start, mentions);
        _boundaries = [.. ClauseBoundary().Matches(Text).Select(m => (m.Index, m.Index + m.Length))];
        _asides = [.. Aside().Matches(Text).Select(m => (m.Index, m.Index + m.Length))];
    }

    public Claim Claim { get; }

    public string Text { get; }

    public IReadOnlyList<Actor> Actors => _actors;

    /// <summary>The span in the article's source of a part of the sentence.</summary>
    public TextSpan ToSource(Group group) => new(Claim.Span.Start + group.Index, Claim.Span.Start + group.Index + group.Length);

    public int ClauseStart(int at) => _boundaries.Where(b => b.End <= at).Select(b => b.End).DefaultIfEmpty(0).Max();

    public int ClauseEnd(int at) => _boundaries.Where(b => b.Start >= at).Select(b => b.Start).DefaultIfEmpty(Text.Length).Min();

    /// <summary>The clause around <paramref name="at"/>.</summary>
    public string ClauseAround(int at) => Text[ClauseStart(at)..ClauseEnd(at)];

    /// <summary>
    /// The actor nearest before <paramref name="at"/> in its clause: the usual subject of a verb or a noun of relation.
    /// An aside that closes before <paramref name="at"/> (", which is Armenia's ally,") says nothing about that subject.
    /// </summary>
    /// <param name="preferStates">Take a country, city or organization over a person: a minister voicing "Iran's readiness" speaks for Iran.</param>
    public Actor? Before(int at, bool preferStates = false)
    {
        var clauseStart = ClauseStart(at);
        Actor? person = null;
        for (var i = _actors.Count - 1; i >= 0 && _actors[i].Start >= clauseStart; i--)
        {
            var actor = _actors[i];
            if (actor.End > at || _asides.Any(a => a.Start <= actor.Start && actor.End <= a.End && a.End <= at))
            {
                continue;
            }

            if (!preferStates || actor.Type != EntityType.Person)
            {
                return actor;
            }

            person ??= actor;
        }

        return person;
    }

    /// <summary>The first actor after <paramref name="at"/>, if the words between fit <paramref name="gap"/>.</summary>
    public Actor? After(int at, Regex gap)
    {
        var next = _actors.FirstOrDefault(a => a.Start >= at);
        return next is not null && gap.IsMatch(Text[at..next.Start]) ? HeadOf(next) : null;
    }

    /// <summary>The last actor ending by <paramref name="at"/>, if the words between fit <paramref name="gap"/>.</summary>
    public Actor? EndingBefore(int at, Regex gap)
    {
        var previous = _actors.LastOrDefault(a => a.End <= at);
        return previous is not null && gap.IsMatch(Text[previous.End..at]) ? previous : null;
    }

    /// <summary>The first actor starting at or after <paramref name="from"/> and before <paramref name="to"/> whose preceding words fit <paramref name="lead"/>.</summary>
    public Actor? FirstLedBy(int from, int to, Regex lead) =>
        _actors.FirstOrDefault(a => a.Start >= from && a.End <= to && lead.IsMatch(Text[from..a.Start]));

    /// <summary>
    /// <paramref name="first"/> and the actors coordinated with it ("Russia, Turkey, and Israel"), past asides
    /// (", which is Armenia's ally and security guarantor,"). A coordinated list names one kind of thing: a person
    /// after a list of countries starts a new clause ("visited Baku and Aliyev met him").
    /// </summary>
    public IReadOnlyList<Actor> ListFrom(Actor first)
    {
        var list = new List<Actor> { first };
        while (ListSeparator().Match(Text, list[^1].End) is { Success: true } separator)
        {
            var next = _actors.FirstOrDefault(a => a.Start == separator.Index + separator.Length);
            if (next is null || next.Type != first.Type)
            {
                break;
            }

            list.Add(next);
        }

        return list;
    }

    /// <summary>
    /// Whether a negation between <paramref name="from"/> and <paramref name="to"/> denies the relation.
    /// "No more" and "not … any more" say it held and has stopped, which is not a denial.
    /// </summary>
    public bool IsNegated(int from, int to) =>
        Negation().IsMatch(Text[from..to]) && !Cessation().IsMatch(Text[ClauseStart(from)..ClauseEnd(to)]);

    /// <summary>
    /// The person a demonym introduces ("Israeli president Shimon Peres" is Peres): the country only says whose he is.
    /// </summary>
    private Actor HeadOf(Actor actor)
    {
        var index = _actors.IndexOf(actor);
        if (actor.Type != EntityType.Place || index + 1 >= _actors.Count || _actors[index + 1] is not { Type: EntityType.Person } person)
        {
            return actor;
        }

        return TitleWords().IsMatch(Text[actor.End..person.Start]) ? person : actor;
    }

    /// <summary>
    /// The people, organizations and places of the sentence, and the nationalities that stand for their country
    /// ("Iranian threats"). Overlapping mentions keep the longer; a name fused into a compound modifier
    /// ("Moscow-centered") describes the noun after it and is no actor of its own.
    /// </summary>
    private static List<Actor> FindActors(string text, int offset, IEnumerable<Mention> mentions)
    {
        var actors = new List<Actor>();
        foreach (var mention in mentions.Where(m => m.Type is EntityType.Person or EntityType.Org or EntityType.Place or EntityType.Group))
        {
            var (start, end) = (mention.Span.Start - offset, mention.Span.End - offset);
            if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
            {
                continue;
            }

            if (actors.Count > 0 && actors[^1].End > start)
            {
                if (actors[^1].End - actors[^1].Start >= end - start)
                {
                    continue;
                }

                actors.RemoveAt(actors.Count - 1);
            }

            actors.Add(new Actor(mention, start, end));
        }

        return actors;
    }

    // Semicolons, colons and spaced dashes separate clauses; a hyphen inside a word does not.
    [GeneratedRegex(@"[;:]|\s[-–—]\s|—")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@",\s*(?:which|who|whose|where)\b[^,;:()]*,|\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\G(?:\s*,\s*(?:which|who)\b[^,;:()]*)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")]
    private static partial Regex ListSeparator();

    // "not only", "not least" and "no doubt" do not deny what follows; "no more" and "no longer" are cessation.
    [GeneratedRegex(@"\b(?:not(?!\s+(?:only|least)\b)|never|no(?!\s+(?:doubt|more|longer)\b)|neither|nor|cannot|denied|denies|deny|refused|refuses)\b|n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\bany\s?more\b|\bany longer\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cessation();

    // Role words between a demonym and a name; a conjunction or preposition would join two actors instead.
    [GeneratedRegex(@"^(?:\s+(?!(?:and|or|to|by|of|in|with|from|at|on|for|as|but|than|the|a|an)\b)[\p{L}][\p{L}.]*){1,4}\s+$")]
    private static partial Regex TitleWords();
}
