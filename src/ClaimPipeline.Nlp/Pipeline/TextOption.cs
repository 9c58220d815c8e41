namespace ClaimPipeline.Nlp.Pipeline;

/// <summary>A key whose value is a word, such as a backend or domain name; the stage checks the word itself.</summary>
public sealed class TextOption(string name, string defaultValue, string description) : StageOption(name, description)
{
    public string Default => defaultValue;

    public override string DefaultText => $"`{defaultValue}`";
}
