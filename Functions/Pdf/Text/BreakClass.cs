namespace Serverless.Feedback.Pdf.Text;

/// <summary>
/// A reduced set of the UAX #14 line-breaking classes: enough for Latin text broken at spaces and hyphens and
/// CJK text broken between ideographs with the usual kinsoku rules for punctuation.
/// </summary>
internal enum BreakClass
{
    Alphabetic,
    Numeric,
    Space,
    NewLine,
    Hyphen,

    /// <summary>Never breaks on either side (no-break space, word joiner).</summary>
    Glue,

    /// <summary>Narrow closing punctuation: <c>) ] } , . ; : ! ? %</c>; no break before it.</summary>
    Close,

    /// <summary>Full-width closing punctuation: <c>。，、）」』】</c> and friends; no break before, a break after is fine.</summary>
    CloseWide,

    /// <summary>Narrow opening punctuation and currency prefixes: <c>( [ { $</c>; no break after it.</summary>
    Open,

    /// <summary>Full-width opening punctuation: <c>（「『【《</c>; no break after, a break before is fine.</summary>
    OpenWide,

    /// <summary>Ideographs, kana, hangul and other characters that may break on either side.</summary>
    Ideographic,
}
