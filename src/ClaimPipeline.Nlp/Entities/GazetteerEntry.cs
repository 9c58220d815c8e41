using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Nlp.Entities;

/// <summary>A known name: its label, and for outlets the canonical name its aliases stand for.</summary>
public sealed record GazetteerEntry(EntityLabel Label, string Canonical, bool IsOutlet);
