namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Tier-A customers first (docs/procedure.md §10): within each stage a list's tier-A cases take the places its
/// cases of that stage hold, ahead of the others. Stages keep their places and every case keeps its order among
/// its own kind, so a list without tier-A cases is unchanged.
/// </summary>
internal static class TierAOrder
{
    public static IReadOnlyList<CaseSummary> Apply(IReadOnlyList<CaseSummary> items)
    {
        var ordered = items.ToArray();
        foreach (var stage in items.GroupBy(i => i.Stage))
        {
            var places = items.Select((item, index) => (item, index)).Where(p => p.item.Stage == stage.Key).Select(p => p.index);
            var first = stage.Where(i => i.TierA).Concat(stage.Where(i => !i.TierA));
            foreach (var (place, item) in places.Zip(first))
            {
                ordered[place] = item;
            }
        }

        return ordered;
    }
}
