using ArticleReader.Ingestion.Models;

namespace ArticleReader.Ingestion.Claims;

/// <summary>
/// The trained claim spotter (written by <c>tools/Training claims</c>): standardized features, an optional hidden
/// layer of rectified units, a logistic output, and Platt scaling fitted on the development split so that the score
/// is a calibrated probability of check-worthiness. A sentence is a claim when that probability reaches
/// <see cref="Threshold"/>, also chosen on the development split.
/// </summary>
public sealed class ClaimSpotter
{
    public const string Kind = "claims";
    public const string FileName = "claims.model";
    private const int FormatVersion = 1;

    private static readonly Lazy<ClaimSpotter> Shared = new(() => Load(ModelFile.DefaultPath(FileName)));

    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly float[][] _hidden;
    private readonly float[] _hiddenBias;
    private readonly float[] _output;
    private readonly float _outputBias;

    /// <param name="hidden">One row of input weights per hidden unit; none for a logistic regression on the features.</param>
    /// <param name="output">Weights of the hidden units, or of the features when there is no hidden layer.</param>
    public ClaimSpotter(ClaimFeatureSet features, float[] mean, float[] scale, float[][] hidden, float[] hiddenBias, float[] output, float outputBias, double plattSlope, double plattOffset, double threshold)
    {
        var inputs = ClaimFeatures.Length(features);
        if (mean.Length != inputs || scale.Length != inputs || hidden.Any(h => h.Length != inputs) || hiddenBias.Length != hidden.Length
            || output.Length != (hidden.Length == 0 ? inputs : hidden.Length))
        {
            throw new ArgumentException("the claim model's weights do not fit its features");
        }

        Features = features;
        (_mean, _scale, _hidden, _hiddenBias, _output, _outputBias) = (mean, scale, hidden, hiddenBias, output, outputBias);
        (PlattSlope, PlattOffset, Threshold) = (plattSlope, plattOffset, threshold);
    }

    /// <summary>The model every pipeline of this process shares, from <c>Models/claims.model</c> beside the assemblies.</summary>
    /// <exception cref="ModelFileException">The file is missing or corrupt.</exception>
    public static ClaimSpotter Default => Shared.Value;

    public ClaimFeatureSet Features { get; }

    public double PlattSlope { get; }

    public double PlattOffset { get; }

    /// <summary>The calibrated probability from which a sentence is a claim.</summary>
    public double Threshold { get; }

    /// <summary>The model's raw log-odds, before calibration.</summary>
    public double Logit(float[] features)
    {
        var x = new float[features.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (features[i] - _mean[i]) / _scale[i];
        }

        if (_hidden.Length == 0)
        {
            return Dot(_output, x) + _outputBias;
        }

        double logit = _outputBias;
        for (var h = 0; h < _hidden.Length; h++)
        {
            logit += _output[h] * Math.Max(0, Dot(_hidden[h], x) + _hiddenBias[h]);
        }

        return logit;
    }

    /// <summary>The calibrated probability that the sentence is a check-worthy claim.</summary>
    public double Probability(float[] features) => Calibrate(Logit(features));

    public double Calibrate(double logit) => 1 / (1 + Math.Exp(-(PlattSlope * logit + PlattOffset)));

    /// <exception cref="ModelFileException">The file is missing or corrupt.</exception>
    public static ClaimSpotter Load(string path)
    {
        var payload = ModelFile.Read(path, Kind, FormatVersion);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload));
            var features = (ClaimFeatureSet)reader.ReadInt32();
            var inputs = ClaimFeatures.Length(features);
            var mean = Floats(reader, inputs);
            var scale = Floats(reader, inputs);
            var hiddenUnits = reader.ReadInt32();
            var hidden = Enumerable.Range(0, hiddenUnits).Select(_ => Floats(reader, inputs)).ToArray();
            var hiddenBias = Floats(reader, hiddenUnits);
            var output = Floats(reader, hiddenUnits == 0 ? inputs : hiddenUnits);
            var outputBias = reader.ReadSingle();
            var (slope, offset, threshold) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            if (reader.BaseStream.Position != payload.Length)
            {
                throw new InvalidDataException("bytes are left over after the weights");
            }

            return new ClaimSpotter(features, mean, scale, hidden, hiddenBias, output, outputBias, slope, offset, threshold);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or OverflowException)
        {
            throw new ModelFileException($"the {Kind} model file {path} is corrupt: {e.Message}");
        }
    }

    public void Save(string path)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload))
        {
            writer.Write((int)Features);
            Write(writer, _mean);
            Write(writer, _scale);
            writer.Write(_hidden.Length);
            foreach (var row in _hidden)
            {
                Write(writer, row);
            }

            Write(writer, _hiddenBias);
            Write(writer, _output);
            writer.Write(_outputBias);
            writer.Write(PlattSlope);
            writer.Write(PlattOffset);
            writer.Write(Threshold);
        }

        ModelFile.Write(path, Kind, FormatVersion, payload.ToArray());
    }

    private static float[] Floats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    private static void Write(BinaryWriter writer, float[] values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static double Dot(float[] weights, float[] x)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += weights[i] * x[i];
        }

        return sum;
    }
}
