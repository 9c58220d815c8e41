namespace ClaimPipeline.Claims.Evaluation;

/// <summary>
/// How well claims' confidence matches how often they are right: the mean confidence, the share correct (which a
/// calibrated confidence averages to) and the expected calibration error over ten equal-width bins, the
/// claim-weighted mean gap between a bin's mean confidence and the share of its claims that are correct.
/// </summary>
public sealed class ConfidenceCalibration
{
    private readonly List<(double Confidence, bool Correct)> _claims = [];

    public int Count => _claims.Count;

    public void Add(double confidence, bool correct) => _claims.Add((confidence, correct));

    public double MeanConfidence => _claims.Count == 0 ? 0 : _claims.Average(c => c.Confidence);

    public double Accuracy => _claims.Count == 0 ? 0 : _claims.Average(c => c.Correct ? 1.0 : 0.0);

    public double Error
    {
        get
        {
            if (_claims.Count == 0) return 0;
            double error = 0;
            for (int bin = 0; bin < 10; bin++)
            {
                var inBin = _claims.Where(c => Math.Min(9, (int)(c.Confidence * 10)) == bin).ToList();
                if (inBin.Count == 0) continue;
                error += inBin.Count * Math.Abs(inBin.Average(c => c.Confidence) - inBin.Average(c => c.Correct ? 1.0 : 0.0));
            }
            return error / _claims.Count;
        }
    }
}
