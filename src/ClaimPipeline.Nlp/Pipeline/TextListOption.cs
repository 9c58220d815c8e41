namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>A key whose value is an array of words, such as column names; <paramref name="defaultText"/> names the default list in the docs.</summary>
public sealed class TextListOption(string name, IReadOnlyList<string> defaultValue, string defaultText, string description)
    : StageOption(name, description)
{
    public IReadOnlyList<string> Default => defaultValue;

    public override string DefaultText => defaultText;
}
