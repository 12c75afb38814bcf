using ArticleReader.Ingestion.Entities.Tagging;

namespace ArticleReader.Training;

/// <summary>
/// The averaged structured perceptron: decode a sentence with the current weights, and where the tags are wrong move
/// the weights towards the gold tags and away from the predicted ones. The averaged weights (Daumé's trick: the
/// current weights minus the step-weighted sum of updates over the step count) are what generalizes.
/// </summary>
internal sealed class Perceptron(NerModel model)
{
    private readonly double[] _sparseSum = new double[model.Sparse.Length];
    private readonly double[] _denseSum = new double[model.Dense.Length];
    private readonly double[] _transitionSum = new double[model.Transitions.Length];
    private readonly double[] _endSum = new double[model.Ends.Length];
    private int _step = 1;

    /// <summary>Learns from one sentence; returns whether the model got it wrong.</summary>
    public bool Learn(ulong[][] features, float[][] inputs, int[] gold)
    {
        var predicted = model.Viterbi(model.Emissions(features, inputs));
        var wrong = false;
        var tags = model.Tags;
        for (var i = 0; i < gold.Length; i++)
        {
            if (predicted[i] != gold[i])
            {
                wrong = true;
                foreach (var feature in features[i])
                {
                    if (model.Features.TryGetValue(feature, out var index))
                    {
                        Update(model.Sparse, _sparseSum, (index * tags) + gold[i], 1);
                        Update(model.Sparse, _sparseSum, (index * tags) + predicted[i], -1);
                    }
                }

                var input = inputs[i];
                for (var d = 0; d < input.Length; d++)
                {
                    Update(model.Dense, _denseSum, (gold[i] * model.Dimensions) + d, input[d]);
                    Update(model.Dense, _denseSum, (predicted[i] * model.Dimensions) + d, -input[d]);
                }
            }

            var goldFrom = i == 0 ? tags : gold[i - 1];
            var predictedFrom = i == 0 ? tags : predicted[i - 1];
            if (goldFrom != predictedFrom || gold[i] != predicted[i])
            {
                Update(model.Transitions, _transitionSum, (goldFrom * tags) + gold[i], 1);
                Update(model.Transitions, _transitionSum, (predictedFrom * tags) + predicted[i], -1);
            }
        }

        if (gold.Length > 0 && gold[^1] != predicted[^1])
        {
            Update(model.Ends, _endSum, gold[^1], 1);
            Update(model.Ends, _endSum, predicted[^1], -1);
        }

        _step++;
        return wrong;
    }

    /// <summary>A copy of the model with the averaged weights.</summary>
    public NerModel Averaged()
    {
        var averaged = new NerModel(model.Types, model.Dimensions, model.DenseScale, model.Features);
        Average(model.Sparse, _sparseSum, averaged.Sparse);
        Average(model.Dense, _denseSum, averaged.Dense);
        Average(model.Transitions, _transitionSum, averaged.Transitions);
        Average(model.Ends, _endSum, averaged.Ends);
        return averaged;
    }

    private void Update(float[] weights, double[] sums, int index, float delta)
    {
        weights[index] += delta;
        sums[index] += (double)_step * delta;
    }

    private void Average(float[] weights, double[] sums, float[] into)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            into[i] = (float)(weights[i] - (sums[i] / _step));
        }
    }
}
