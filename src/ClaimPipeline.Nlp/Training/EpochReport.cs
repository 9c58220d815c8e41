namespace ClaimPipeline.Nlp.Training;

/// <summary>What the trainer tells after each epoch: training accuracy and the dev score (accuracy or F1).</summary>
public sealed record EpochReport(int Epoch, int Epochs, double TrainAccuracy, double DevScore, int Features);
