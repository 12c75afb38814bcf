using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ArticleReader.Ingestion.Embeddings;

/// <summary>
/// Reads embedded resources from an assembly's file rather than through the loaded assembly. The runtime keeps a loaded
/// assembly's file mapped for the life of the process, so every page of a resource read through
/// <see cref="Assembly.GetManifestResourceStream(string)"/> stays resident (90 MB for the encoder's model); the mapping
/// made here is gone once the bytes are read.
/// </summary>
internal static class PackageResources
{
    /// <summary>The bytes of each named resource of <paramref name="assembly"/>, each read once at its exact size.</summary>
    public static Dictionary<string, byte[]> Read(Assembly assembly, params string[] names)
    {
        using var file = File.OpenRead(assembly.Location);
        using var image = new PEReader(file);
        var metadata = image.GetMetadataReader();
        var directory = image.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} is not a .NET assembly");
        var section = image.GetSectionData(directory.RelativeVirtualAddress);
        var found = new Dictionary<string, byte[]>();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            var name = metadata.GetString(resource.Name);
            if (resource.Implementation.IsNil && names.Contains(name))
            {
                // An embedded resource is its length (4 bytes) and then its bytes, at its offset in the resources directory.
                var reader = section.GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
                found[name] = reader.ReadBytes(reader.ReadInt32());
            }
        }

        var missing = names.FirstOrDefault(n => !found.ContainsKey(n));
        return missing is null ? found : throw new InvalidOperationException($"{assembly.GetName().Name} has no resource {missing}");
    }
}
