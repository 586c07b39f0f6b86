using System.Globalization;
using System.Xml.Linq;
using Azure;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>Reads one page of a List Blobs answer.</summary>
internal static class BlobListXml
{
    public static (List<BlobItem> Items, string? NextMarker) Read(Response response)
    {
        var root = XDocument.Load(response.Content.ToStream()).Root ?? throw new FormatException("The blob list answer is empty.");
        var items = root.Element("Blobs")?.Elements("Blob").Select(Item).ToList() ?? [];
        var next = root.Element("NextMarker")?.Value;
        return (items, string.IsNullOrEmpty(next) ? null : next);
    }

    private static BlobItem Item(XElement blob)
    {
        var properties = blob.Element("Properties");
        return new BlobItem(
            blob.Element("Name")?.Value ?? throw new FormatException("A listed blob has no name."),
            long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
            properties?.Element("Content-Type")?.Value ?? "application/octet-stream",
            DateTimeOffset.Parse(properties?.Element("Last-Modified")?.Value ?? throw new FormatException("A listed blob has no Last-Modified."), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
    }
}
