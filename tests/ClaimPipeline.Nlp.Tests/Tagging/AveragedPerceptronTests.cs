using ClaimPipeline.Nlp.Tagging;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class AveragedPerceptronTests
{
    private static readonly string[] Classes = ["neg", "pos"];

    /// <summary>Feature 1 means "pos", feature 2 means "neg"; feature 9 is noise present everywhere.</summary>
    private static (ulong[] Features, int Label)[] SeparableExamples() =>
    [
        ([1, 9], 1), ([2, 9], 0), ([1, 3, 9], 1), ([2, 3, 9], 0), ([1, 4], 1), ([2, 4], 0),
    ];

    private static int Predict(PerceptronModel model, ulong[] features)
    {
        Span<float> scores = stackalloc float[model.ClassCount];
        model.Score(features, scores);
        return AveragedPerceptron.ArgMax(scores);
    }

    private static AveragedPerceptron Train(int epochs)
    {
        var perceptron = new AveragedPerceptron(Classes);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < epochs; epoch++)
            foreach (var (features, label) in SeparableExamples())
            {
                perceptron.Score(features, scores);
                perceptron.Update(features, label, AveragedPerceptron.ArgMax(scores));
            }
        return perceptron;
    }

    [Fact]
    public void Train_SeparableTask_ClassifiesEveryExample()
    {
        var model = Train(epochs: 5).Freeze(minWeight: 0);
        foreach (var (features, label) in SeparableExamples()) Assert.Equal(label, Predict(model, features));
        Assert.Equal(1, Predict(model, [1, 7]));
        Assert.Equal(0, Predict(model, [2, 7]));
    }

    [Fact]
    public void Freeze_AveragesWeightsOverAllSteps()
    {
        var perceptron = new AveragedPerceptron(Classes);
        // Step 1: a mistake on feature 5 moves +1 to "pos", -1 to "neg". Steps 2 to 4: correct, no change.
        perceptron.Update([5], gold: 1, predicted: 0);
        perceptron.Update([5], gold: 1, predicted: 1);
        perceptron.Update([5], gold: 1, predicted: 1);
        perceptron.Update([5], gold: 1, predicted: 1);
        // Step 5: a mistake the other way takes the weights back to 0, so the last weights are all zero.
        perceptron.Update([5], gold: 0, predicted: 1);
        var model = perceptron.Freeze(minWeight: 0);
        // The weight was 1 for steps 1..4 and 0 at step 5: the average is 4/5.
        Assert.Equal([5UL], model.Features);
        Assert.Equal(-0.8f, model.Weights[0], 5);
        Assert.Equal(0.8f, model.Weights[1], 5);
    }

    [Fact]
    public void Freeze_PrunesSmallRows()
    {
        var perceptron = Train(epochs: 3);
        var all = perceptron.Freeze(minWeight: 0);
        var pruned = perceptron.Freeze(minWeight: 100);
        Assert.NotEmpty(all.Features);
        Assert.Empty(pruned.Features);
    }

    [Fact]
    public void SaveLoad_GivesIdenticalPredictions()
    {
        var model = Train(epochs: 4).Freeze(minWeight: 0);
        var path = Path.Combine(Path.GetTempPath(), $"perceptron-{Guid.NewGuid():N}.bin");
        try
        {
            new ModelFile("test-v1", new Dictionary<string, string> { ["note"] = "unit test" }, model).Save(path);
            var loaded = ModelFile.Load(path, "test-v1");
            Assert.Equal(model.Classes, loaded.Model.Classes);
            Assert.Equal(model.Features, loaded.Model.Features);
            Assert.Equal("unit test", loaded.Metadata["note"]);
            Span<float> a = stackalloc float[2], b = stackalloc float[2];
            foreach (var features in new ulong[][] { [1], [2], [1, 9], [2, 3, 9], [4], [7, 8] })
            {
                model.Score(features, a);
                loaded.Model.Score(features, b);
                Assert.Equal(AveragedPerceptron.ArgMax(a), AveragedPerceptron.ArgMax(b));
                for (int c = 0; c < 2; c++) Assert.True(Math.Abs(a[c] - b[c]) < 0.01); // stored as half precision
            }
            Assert.Throws<ModelFileException>(() => ModelFile.Load(path, "other-v9"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NotAModel_IsAClearError()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "hello");
            var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(path, "pos-v1"));
            Assert.Contains("not a ClaimPipeline tagger model", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Train_SameSeedAndData_GivesTheSameModel()
    {
        var first = Train(epochs: 3).Freeze(0);
        var second = Train(epochs: 3).Freeze(0);
        Assert.Equal(first.Features, second.Features);
        Assert.Equal(first.Weights.ToArray(), second.Weights.ToArray());
    }
}
