using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleReader.Notes.WebAnnotation;

/// <summary>How the export is written: indented JSON-LD, camel-case names, the serializer's default escaping.</summary>
public static class AnnotationJson
{
    public const string ContentType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Serialize(AnnotationCollection collection) => JsonSerializer.Serialize(collection, Options);
}

/// <summary>Writes a list of one as its single item, as the model writes a single body. The export is only written.</summary>
public sealed class OneOrManyConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The Web Annotation export is written, never read.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            JsonSerializer.Serialize(writer, value[0], options);
        }
        else
        {
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
        }
    }
}

/// <summary>Writes a target without selectors as its address, as the model allows, and one with selectors as an object.</summary>
public sealed class AnnotationTargetConverter : JsonConverter<AnnotationTarget>
{
    public override AnnotationTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The Web Annotation export is written, never read.");

    public override void Write(Utf8JsonWriter writer, AnnotationTarget value, JsonSerializerOptions options)
    {
        if (value.Selector is null)
        {
            writer.WriteStringValue(value.Source);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("source", value.Source);
        writer.WritePropertyName("selector");
        JsonSerializer.Serialize(writer, value.Selector, options);
        writer.WriteEndObject();
    }
}
