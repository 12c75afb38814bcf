using System.Security.Cryptography;
using System.Text;

namespace ArticleReader.Ingestion.Models;

/// <summary>A trained model's file cannot be used; the message is one line that names the file.</summary>
public sealed class ModelFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The container every trained model is stored in: a magic number, the model's kind and format version, its payload,
/// and the payload's SHA-256, so that a truncated or damaged file is refused at load rather than read as weights.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "ARMODEL1"u8.ToArray();

    /// <summary>Where the models ship: <c>Models/</c> beside the application's assemblies.</summary>
    public static string DefaultPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Models", fileName);

    public static void Write(string path, string kind, int version, byte[] payload)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(kind);
        writer.Write(version);
        writer.Write(payload.Length);
        writer.Write(payload);
        writer.Write(SHA256.HashData(payload));
    }

    /// <summary>The payload of a <paramref name="kind"/> model of format <paramref name="version"/>, checked whole.</summary>
    /// <exception cref="ModelFileException">The file is missing, of another kind or version, truncated or damaged.</exception>
    public static byte[] Read(string path, string kind, int version)
    {
        if (!File.Exists(path))
        {
            throw new ModelFileException($"the {kind} model file {path} is missing (retrain it: dotnet run --project tools/Training -- {kind})");
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw Corrupt(path, kind, "it is not a model file");
            }

            var storedKind = reader.ReadString();
            var storedVersion = reader.ReadInt32();
            if (storedKind != kind || storedVersion != version)
            {
                throw Corrupt(path, kind, $"it holds a {storedKind} model of format {storedVersion}, not {kind} format {version}");
            }

            var length = reader.ReadInt32();
            var payload = reader.ReadBytes(length);
            var hash = reader.ReadBytes(32);
            if (payload.Length != length || length < 0 || !SHA256.HashData(payload).AsSpan().SequenceEqual(hash) || reader.PeekChar() != -1)
            {
                throw Corrupt(path, kind, "its checksum does not match");
            }

            return payload;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw Corrupt(path, kind, e.Message);
        }
    }

    private static ModelFileException Corrupt(string path, string kind, string why) =>
        new($"the {kind} model file {path} is corrupt: {why} (retrain it: dotnet run --project tools/Training -- {kind})");
}
