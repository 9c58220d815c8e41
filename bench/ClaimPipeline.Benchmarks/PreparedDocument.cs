using ClaimPipeline.Claims;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Benchmarks;

/// <summary>
/// A document as the stages before the measured one left it. Layer stages replace their arrays, so running them
/// again is repeatable; the claim stages append claims and the speaker stage edits them, so <see cref="Restore"/>
/// puts the claims back (a few list operations per article, small next to any stage).
/// </summary>
public sealed class PreparedDocument
{
    private readonly int _claimCount;
    private readonly SpeakerFields[] _speakers;

    public PreparedDocument(Document document)
    {
        Document = document;
        _claimCount = document.Claims.Count;
        _speakers = document.Claims.Select(SpeakerFields.Of).ToArray();
    }

    public Document Document { get; }

    public void Restore()
    {
        var claims = Document.Claims;
        if (claims.Count > _claimCount) claims.RemoveRange(_claimCount, claims.Count - _claimCount);
        for (int i = 0; i < _speakers.Length; i++) _speakers[i].ApplyTo(claims[i]);
    }

    /// <summary>A summary of every layer, to check that a second run gives what the first gave.</summary>
    public string Fingerprint()
    {
        var d = Document;
        var claims = string.Join(";", d.Claims.Select(c =>
            $"{c.Kind},{c.Start},{c.End},{c.Rule},{c.Speaker},{c.SpeakerRole},{c.SpeakerStart},{c.SpeakerEnd},{c.Quantity},{c.Unit},{c.Time}"));
        return $"{d.Folded.GetHashCode()}|{d.Tokens.Length}|{d.Sentences.Length}|{d.Paragraphs.Length}|{d.Tags.Length}|{d.Entities.Length}|{claims}";
    }
}
