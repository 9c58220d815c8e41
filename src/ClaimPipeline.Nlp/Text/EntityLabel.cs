namespace ClaimPipeline.Nlp.Text;

public enum EntityLabel : byte
{
    Person,
    Org,
    Loc,
    Norp,
    Misc,
}
