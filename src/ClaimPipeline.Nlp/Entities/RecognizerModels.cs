using ClaimPipeline.Nlp.Tagging;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>
/// What a recognizer file holds for one news domain: the tagging passes, the names mined from the training
/// corpora (null in files made before them), and how to decode (beam width, and the temperature that turns the
/// perceptron's scores into probabilities for the beam), and the feature groups it was trained without.
/// </summary>
public sealed record RecognizerModels(IReadOnlyList<PerceptronModel> Passes, NameMemory? Memory = null, int Beam = 1, float Temperature = 1f,
    NerFeatureGroups LeftOut = NerFeatureGroups.None);
