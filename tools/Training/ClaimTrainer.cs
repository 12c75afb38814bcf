using System.Globalization;
using ArticleReader.Ingestion.Claims;

namespace ArticleReader.Training;

/// <summary>One model to try: its features, its hidden layer (0: logistic regression) and its regularization.</summary>
/// <param name="L2">Weight decay on every weight (not on biases).</param>
/// <param name="Epochs">Passes over the training split at most; the epoch with the lowest development log-loss is kept.</param>
internal sealed record TrainingOptions(ClaimFeatureSet Features, int Hidden, double L2, int Epochs)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Hidden == 0 ? "logistic regression" : $"MLP {Hidden} ReLU")} on {Features.ToString().Replace(", ", "+", StringComparison.Ordinal)}, L2 {L2:0e0}");
}

/// <summary>A trained network before calibration, with its raw scores on the development split.</summary>
internal sealed record TrainedClaimModel(TrainingOptions Options, float[] Mean, float[] Scale, float[][] Hidden, float[] HiddenBias, float[] Output, float OutputBias, double[] TuningLogits, double TuningLoss)
{
    public ClaimSpotter ToModel(double plattSlope, double plattOffset, double threshold) =>
        new(Options.Features, Mean, Scale, Hidden, HiddenBias, Output, OutputBias, plattSlope, plattOffset, threshold);
}

/// <summary>
/// Mini-batch Adam on the logistic loss, for a logistic regression or a one-hidden-layer network of rectified units,
/// on features standardized with the training split's mean and deviation. Seeded: the same data gives the same weights.
/// </summary>
internal static class ClaimTrainer
{
    /// <summary>The models tried, in order; the one with the best development F1 is kept.</summary>
    public static readonly IReadOnlyList<TrainingOptions> Candidates =
    [
        new(ClaimFeatureSet.Mean | ClaimFeatureSet.Cues, 0, 1e-3, 30),
        new(ClaimFeatureSet.Mean | ClaimFeatureSet.Cues, 0, 1e-2, 30),
        new(ClaimFeatureSet.Mean | ClaimFeatureSet.Max | ClaimFeatureSet.Cues, 0, 1e-3, 30),
        new(ClaimFeatureSet.Mean | ClaimFeatureSet.Max | ClaimFeatureSet.Cues, 0, 1e-2, 30),
        new(ClaimFeatureSet.Mean | ClaimFeatureSet.Max | ClaimFeatureSet.Cues, 0, 3e-2, 30),
    ];

    private const int Seed = 20240601;
    private const int BatchSize = 32;
    private const double LearningRate = 1e-3;
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    /// <summary>The smallest deviation a feature is divided by: a constant feature stays zero instead of exploding.</summary>
    private const float MinimumScale = 1e-3f;

    public static TrainedClaimModel Train(TrainingOptions options, Split train, Split tuning)
    {
        var raw = train.Features(options.Features);
        var inputs = raw[0].Length;
        var (mean, scale) = Standardization(raw);
        var x = raw.Select(r => Standardize(r, mean, scale)).ToArray();
        var y = train.Labels;
        var random = new Random(Seed);

        var hidden = options.Hidden;
        var outputs = hidden == 0 ? inputs : hidden;
        var w1 = Enumerable.Range(0, hidden).Select(_ => Uniform(random, inputs, Math.Sqrt(6.0 / inputs))).ToArray();
        var b1 = new double[hidden];
        var w2 = hidden == 0 ? new double[inputs] : Uniform(random, hidden, Math.Sqrt(6.0 / (hidden + 1)));
        var b2 = new double[1];
        var parameters = w1.Append(b1).Append(w2).Append(b2).ToArray();
        var decayed = w1.Append(w2).ToHashSet();
        var adam = new Adam(parameters);
        var gradients = parameters.Select(p => new double[p.Length]).ToArray();
        var (gw1, gb1, gw2, gb2) = (gradients[..hidden], gradients[hidden], gradients[hidden + 1], gradients[hidden + 2]);

        var order = Enumerable.Range(0, x.Length).ToArray();
        var activations = new double[hidden];
        TrainedClaimModel? best = null;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += BatchSize)
            {
                foreach (var g in gradients)
                {
                    Array.Clear(g);
                }

                var end = Math.Min(start + BatchSize, order.Length);
                for (var k = start; k < end; k++)
                {
                    var xi = x[order[k]];
                    double z;
                    if (hidden == 0)
                    {
                        z = Dot(w2, xi) + b2[0];
                    }
                    else
                    {
                        z = b2[0];
                        for (var h = 0; h < hidden; h++)
                        {
                            activations[h] = Math.Max(0, Dot(w1[h], xi) + b1[h]);
                            z += w2[h] * activations[h];
                        }
                    }

                    var dz = Calibration.Sigmoid(z) - (y[order[k]] ? 1 : 0);
                    gb2[0] += dz;
                    if (hidden == 0)
                    {
                        AddScaled(gw2, xi, dz);
                        continue;
                    }

                    for (var h = 0; h < hidden; h++)
                    {
                        gw2[h] += dz * activations[h];
                        if (activations[h] > 0)
                        {
                            var da = dz * w2[h];
                            gb1[h] += da;
                            AddScaled(gw1[h], xi, da);
                        }
                    }
                }

                var count = end - start;
                for (var p = 0; p < parameters.Length; p++)
                {
                    var decay = decayed.Contains(parameters[p]) ? options.L2 : 0;
                    for (var i = 0; i < gradients[p].Length; i++)
                    {
                        gradients[p][i] = gradients[p][i] / count + decay * parameters[p][i];
                    }
                }

                adam.Step(parameters, gradients);
            }

            var candidate = Snapshot(options, mean, scale, w1, b1, w2, b2[0], tuning);
            if (best is null || candidate.TuningLoss < best.TuningLoss)
            {
                best = candidate;
            }
        }

        return best!;
    }

    private static TrainedClaimModel Snapshot(TrainingOptions options, float[] mean, float[] scale, double[][] w1, double[] b1, double[] w2, double b2, Split tuning)
    {
        var (hidden, hiddenBias, output) = (w1.Select(Floats).ToArray(), Floats(b1), Floats(w2));
        var model = new ClaimSpotter(options.Features, mean, scale, hidden, hiddenBias, output, (float)b2, 1, 0, 0.5);
        var logits = tuning.Features(options.Features).Select(model.Logit).ToArray();
        var loss = logits.Select((z, i) => LogLoss(z, tuning.Labels[i])).Average();
        return new TrainedClaimModel(options, mean, scale, hidden, hiddenBias, output, (float)b2, logits, loss);
    }

    private static (float[] Mean, float[] Scale) Standardization(float[][] rows)
    {
        var inputs = rows[0].Length;
        var mean = new float[inputs];
        var scale = new float[inputs];
        for (var d = 0; d < inputs; d++)
        {
            var average = rows.Average(r => (double)r[d]);
            var deviation = Math.Sqrt(rows.Average(r => (r[d] - average) * (r[d] - average)));
            mean[d] = (float)average;
            scale[d] = Math.Max((float)deviation, MinimumScale);
        }

        return (mean, scale);
    }

    private static float[] Standardize(float[] row, float[] mean, float[] scale)
    {
        var x = new float[row.Length];
        for (var d = 0; d < row.Length; d++)
        {
            x[d] = (row[d] - mean[d]) / scale[d];
        }

        return x;
    }

    private static double LogLoss(double logit, bool label)
    {
        // log(1 + e^-z) for a Yes, log(1 + e^z) for a No, computed without overflow.
        var z = label ? logit : -logit;
        return Math.Max(-z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
    }

    private static double[] Uniform(Random random, int count, double limit) =>
        [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2 - 1) * limit)];

    private static float[] Floats(double[] values) => [.. values.Select(v => (float)v)];

    private static double Dot(double[] weights, float[] x)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += weights[i] * x[i];
        }

        return sum;
    }

    private static void AddScaled(double[] into, float[] x, double factor)
    {
        for (var i = 0; i < x.Length; i++)
        {
            into[i] += factor * x[i];
        }
    }

    /// <summary>Adam's moment estimates for every parameter array.</summary>
    private sealed class Adam(double[][] parameters)
    {
        private readonly double[][] _first = [.. parameters.Select(p => new double[p.Length])];
        private readonly double[][] _second = [.. parameters.Select(p => new double[p.Length])];
        private int _steps;

        public void Step(double[][] values, double[][] gradients)
        {
            _steps++;
            var correction1 = 1 - Math.Pow(Beta1, _steps);
            var correction2 = 1 - Math.Pow(Beta2, _steps);
            for (var p = 0; p < values.Length; p++)
            {
                for (var i = 0; i < values[p].Length; i++)
                {
                    var g = gradients[p][i];
                    _first[p][i] = Beta1 * _first[p][i] + (1 - Beta1) * g;
                    _second[p][i] = Beta2 * _second[p][i] + (1 - Beta2) * g * g;
                    values[p][i] -= LearningRate * (_first[p][i] / correction1) / (Math.Sqrt(_second[p][i] / correction2) + Epsilon);
                }
            }
        }
    }
}

/// <summary>Platt scaling: a logistic curve fitted to raw scores so that they read as probabilities.</summary>
internal static class Calibration
{
    private const int NewtonSteps = 100;

    /// <summary>A little ridge on the 2×2 Hessian keeps Newton's step finite when the scores separate the labels.</summary>
    private const double Ridge = 1e-6;

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>The slope and offset minimizing the log-loss of <c>sigmoid(slope · logit + offset)</c>, by Newton's method.</summary>
    public static (double Slope, double Offset) FitPlatt(double[] logits, bool[] labels)
    {
        var (a, b) = (1.0, 0.0);
        for (var step = 0; step < NewtonSteps; step++)
        {
            double ga = 0, gb = 0, haa = Ridge, hab = 0, hbb = Ridge;
            for (var i = 0; i < logits.Length; i++)
            {
                var p = Sigmoid(a * logits[i] + b);
                var r = p - (labels[i] ? 1 : 0);
                var w = p * (1 - p);
                ga += r * logits[i];
                gb += r;
                haa += w * logits[i] * logits[i];
                hab += w * logits[i];
                hbb += w;
            }

            var determinant = haa * hbb - hab * hab;
            var da = (hbb * ga - hab * gb) / determinant;
            var db = (haa * gb - hab * ga) / determinant;
            (a, b) = (a - da, b - db);
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }
}
