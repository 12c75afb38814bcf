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
        var (mean, scale) = Standardization(raw);
        var x = raw.Select(r => Standardize(r, mean, scale)).ToArray();
        var y = train.Labels;
        var random = new Random(Seed);
        var network = new Network(options.Hidden, raw[0].Length, random);
        var adam = new Adam(network.Parameters);

        var order = Enumerable.Range(0, x.Length).ToArray();
        TrainedClaimModel? best = null;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += BatchSize)
            {
                network.ClearGradients();
                var end = Math.Min(start + BatchSize, order.Length);
                for (var k = start; k < end; k++)
                {
                    network.AddGradient(x[order[k]], y[order[k]]);
                }

                network.AverageGradients(end - start, options.L2);
                adam.Step(network.Parameters, network.Gradients);
            }

            var candidate = Snapshot(options, mean, scale, network.W1, network.B1, network.W2, network.B2[0], tuning);
            if (best is null || candidate.TuningLoss < best.TuningLoss)
            {
                best = candidate;
            }
        }

        return best!;
    }

    /// <summary>The weights being trained (no hidden layer: <see cref="W2"/> weighs the inputs) and their gradients.</summary>
    private sealed class Network
    {
        private readonly int _hidden;
        private readonly double[] _activations;
        private readonly HashSet<double[]> _decayed;

        public Network(int hidden, int inputs, Random random)
        {
            _hidden = hidden;
            W1 = [.. Enumerable.Range(0, hidden).Select(_ => Uniform(random, inputs, Math.Sqrt(6.0 / inputs)))];
            B1 = new double[hidden];
            W2 = hidden == 0 ? new double[inputs] : Uniform(random, hidden, Math.Sqrt(6.0 / (hidden + 1)));
            Parameters = [.. W1.Append(B1).Append(W2).Append(B2)];
            _decayed = [.. W1.Append(W2)];
            Gradients = [.. Parameters.Select(p => new double[p.Length])];
            _activations = new double[hidden];
        }

        public double[][] W1 { get; }

        public double[] B1 { get; }

        public double[] W2 { get; }

        public double[] B2 { get; } = new double[1];

        public double[][] Parameters { get; }

        public double[][] Gradients { get; }

        public void ClearGradients()
        {
            foreach (var g in Gradients)
            {
                Array.Clear(g);
            }
        }

        /// <summary>Adds one example's gradient of the logistic loss.</summary>
        public void AddGradient(float[] xi, bool label)
        {
            var (gw2, gb2) = (Gradients[_hidden + 1], Gradients[_hidden + 2]);
            var dz = Calibration.Sigmoid(Logit(xi)) - (label ? 1 : 0);
            gb2[0] += dz;
            if (_hidden == 0)
            {
                AddScaled(gw2, xi, dz);
                return;
            }

            var gb1 = Gradients[_hidden];
            for (var h = 0; h < _hidden; h++)
            {
                gw2[h] += dz * _activations[h];
                if (_activations[h] > 0)
                {
                    var da = dz * W2[h];
                    gb1[h] += da;
                    AddScaled(Gradients[h], xi, da);
                }
            }
        }

        /// <summary>The batch's mean gradient, plus weight decay on the weights (not the biases).</summary>
        public void AverageGradients(int count, double l2)
        {
            for (var p = 0; p < Parameters.Length; p++)
            {
                var decay = _decayed.Contains(Parameters[p]) ? l2 : 0;
                for (var i = 0; i < Gradients[p].Length; i++)
                {
                    Gradients[p][i] = Gradients[p][i] / count + decay * Parameters[p][i];
                }
            }
        }

        /// <summary>The forward pass, keeping the hidden activations for the gradient.</summary>
        private double Logit(float[] xi)
        {
            if (_hidden == 0)
            {
                return Dot(W2, xi) + B2[0];
            }

            var z = B2[0];
            for (var h = 0; h < _hidden; h++)
            {
                _activations[h] = Math.Max(0, Dot(W1[h], xi) + B1[h]);
                z += W2[h] * _activations[h];
            }

            return z;
        }
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
