using System.Globalization;

namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>A whole-number key, from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed class IntOption(string name, int defaultValue, int min, int max, string description) : StageOption(name, description)
{
    public int Default => defaultValue;
    public int Min => min;
    public int Max => max;

    public override string DefaultText => defaultValue.ToString(CultureInfo.InvariantCulture);
}
