using System.Text.Json.Serialization;

namespace ArticleReader.Notes.WebAnnotation;

// The W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) as far as the export uses it. The
// JsonPropertyOrder attributes put "@context", "id" and "type" (then "purpose" and "format") where the export has
// always written them; the rest follow in the order declared. Notes/golden tests pin the bytes.

/// <summary>All of an article's annotations, on one page.</summary>
public sealed record AnnotationCollection([property: JsonPropertyOrder(-2)] string Id, string Label, int Total, AnnotationPage First)
{
    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-3)]
    public string Context => "http://www.w3.org/ns/anno.jsonld";

    [JsonPropertyOrder(-1)]
    public string Type => "AnnotationCollection";
}

public sealed record AnnotationPage([property: JsonPropertyOrder(-2)] string Id, string PartOf, int StartIndex, IReadOnlyList<Annotation> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "AnnotationPage";
}

/// <param name="Motivation">commenting (a note), replying (a reply to one) or assessing (a claim).</param>
/// <param name="Created">Round-trip ("O") time, as the note stores it; claims have none.</param>
/// <param name="Body">One body is written as an object, several as an array (as the model allows).</param>
public sealed record Annotation(
    [property: JsonPropertyOrder(-2)] string Id,
    string Motivation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Created,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Modified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Person? Creator,
    [property: JsonConverter(typeof(OneOrManyConverter<AnnotationBody>))] IReadOnlyList<AnnotationBody> Body,
    AnnotationTarget Target)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Annotation";
}

public sealed record Person(string Name)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Person";
}

/// <summary>A body: the note's text, one of its tags, or a claim's assessment.</summary>
[JsonDerivedType(typeof(TextualBody))]
[JsonDerivedType(typeof(TagBody))]
[JsonDerivedType(typeof(AssessmentBody))]
public abstract record AnnotationBody
{
    [JsonPropertyOrder(-3)]
    public string Type => "TextualBody";
}

public sealed record TextualBody(string Value, string Format) : AnnotationBody;

/// <summary>A tag of the note (purpose "tagging").</summary>
public sealed record TagBody(string Value) : AnnotationBody
{
    [JsonPropertyOrder(-2)]
    public string Purpose => "tagging";
}

/// <summary>What the app says of a claim (purpose "assessing"), as plain text.</summary>
public sealed record AssessmentBody(string Value) : AnnotationBody
{
    [JsonPropertyOrder(-2)]
    public string Purpose => "assessing";

    [JsonPropertyOrder(-1)]
    public string Format => "text/plain";
}

/// <summary>
/// A passage of the article (<see cref="Source"/> with its selectors), or, with no selectors, a resource named by its
/// address alone: a reply targets the note it answers.
/// </summary>
[JsonConverter(typeof(AnnotationTargetConverter))]
public sealed record AnnotationTarget(string Source, IReadOnlyList<Selector>? Selector = null);

[JsonDerivedType(typeof(TextQuoteSelector))]
[JsonDerivedType(typeof(TextPositionSelector))]
public abstract record Selector([property: JsonPropertyOrder(-1)] string Type);

/// <summary>The passage's words with the context either side, which finds it again when offsets have moved.</summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix) : Selector(nameof(TextQuoteSelector));

/// <summary>The passage's UTF-16 offsets in the article's source text.</summary>
public sealed record TextPositionSelector(int Start, int End) : Selector(nameof(TextPositionSelector));
