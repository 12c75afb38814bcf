using System.Collections.Frozen;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Relations;

/// <summary>
/// How one actor stands to another, for the actor map: data, read from <c>relation-kinds.tsv</c>, so a new kind
/// needs a line there and a rule that finds it, and no change of schema (the database and the JSON store the name).
/// </summary>
/// <param name="Name">The stored name, for example <c>SoldWeaponsTo</c>.</param>
/// <param name="Label">The words a reader sees: <c>sold weapons to</c>.</param>
/// <param name="BothWays">
/// Said of both actors at once (military cooperation, an alliance): stored once, subject first in key order, drawn
/// without an arrow. A one-way kind may still be stored once for a mutual case the text states ("hostile rhetoric
/// between A and B").
/// </param>
public sealed record RelationKind(string Name, string Label, bool BothWays)
{
    private const string ResourceName = "ArticleReader.Ingestion.Relations.relation-kinds.tsv";

    /// <summary>Every kind of the table, in its order.</summary>
    public static IReadOnlyList<RelationKind> All { get; } = ReadTable();

    private static readonly FrozenDictionary<string, RelationKind> ByName = All.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    // The kinds the extractor's rules find.
    public static RelationKind SoldWeaponsTo { get; } = Named(nameof(SoldWeaponsTo));

    public static RelationKind Visited { get; } = Named(nameof(Visited));

    public static RelationKind CooperatesMilitarilyWith { get; } = Named(nameof(CooperatesMilitarilyWith));

    public static RelationKind MemberOf { get; } = Named(nameof(MemberOf));

    public static RelationKind AlliedWith { get; } = Named(nameof(AlliedWith));

    public static RelationKind HostileTo { get; } = Named(nameof(HostileTo));

    /// <summary>The kind stored under <paramref name="name"/>; one the table no longer has keeps its name as its label.</summary>
    public static RelationKind FromName(string name) => ByName.GetValueOrDefault(name) ?? new(name, name, false);

    public override string ToString() => Name;

    private static RelationKind Named(string name) =>
        ByName.GetValueOrDefault(name) ?? throw new InvalidOperationException($"relation-kinds.tsv has no kind {name}, which a rule of RelationExtractor finds.");

    /// <summary>The table's lines (read as every embedded list is, comments left out): name, label, direction.</summary>
    private static List<RelationKind> ReadTable() =>
        [.. WordLists.Entries(ResourceName)
            .Select(line => line.Split('\t'))
            .Select(fields => fields is [var name, var label, "one-way" or "both-ways"]
                ? new RelationKind(name, label, fields[2] == "both-ways")
                : throw new InvalidOperationException($"relation-kinds.tsv: '{string.Join(' ', fields)}' is not name, label and one-way or both-ways."))];
}

/// <summary>A relation between two actors that a claim states.</summary>
/// <remarks>
/// A symmetric relation (military cooperation, an alliance, hostility "between A and B") is stored once, with the
/// entity key that sorts first (ordinal) as <see cref="SubjectKey"/>, so "A with B" and "B with A" are one relation.
/// Relations that held and have stopped ("no longer", "no more") are kept: the actor map records what the text says held.
/// </remarks>
/// <param name="ClaimKey">The key of the claim whose sentence states the relation.</param>
/// <param name="Evidence">The trigger phrase (<c>sold</c>, <c>visit</c>, <c>military cooperation</c>) in the claim's sentence.</param>
public sealed record Relation(string SubjectKey, RelationKind Kind, string ObjectKey, string ClaimKey, TextSpan Evidence);
