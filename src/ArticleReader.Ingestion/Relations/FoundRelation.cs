using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Relations;

/// <summary>A relation a rule found in a sentence, with the cue that states it; a symmetric one holds both ways.</summary>
internal sealed record FoundRelation(Actor Subject, RelationKind Kind, Actor Object, Group Cue, bool Symmetric = false);
