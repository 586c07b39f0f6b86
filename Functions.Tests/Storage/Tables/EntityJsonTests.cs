using System.Text;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Tests.Storage.Tables;

public sealed class EntityJsonTests
{
    [Fact]
    public void Write_TypedEntity_AnnotatesEveryTypeJsonWouldLose()
    {
        var entity = new TableEntity("p", "r")
        {
            ["S"] = "x",
            ["B"] = false,
            ["I"] = 7,
            ["L"] = 7L,
            ["D"] = 7.0,
            ["T"] = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero).AddTicks(1),
            ["G"] = Guid.Empty,
            ["Bin"] = new byte[] { 1, 2 },
            ["Nothing"] = null,
        };

        var json = Encoding.UTF8.GetString(EntityJsonWriter.Write(entity).Span);

        Assert.Equal(
            "{\"PartitionKey\":\"p\",\"RowKey\":\"r\",\"S\":\"x\",\"B\":false,\"I\":7," +
            "\"L@odata.type\":\"Edm.Int64\",\"L\":\"7\",\"D@odata.type\":\"Edm.Double\",\"D\":7," +
            "\"T@odata.type\":\"Edm.DateTime\",\"T\":\"2026-03-02T01:00:00.0000001Z\"," +
            "\"G@odata.type\":\"Edm.Guid\",\"G\":\"00000000-0000-0000-0000-000000000000\"," +
            "\"Bin@odata.type\":\"Edm.Binary\",\"Bin\":\"AQI=\"}",
            json);
    }

    [Fact]
    public void ReadEntity_AnnotationAfterValue_StillTypesTheValue()
    {
        var json = "{\"odata.etag\":\"W/\\\"datetime'x'\\\"\",\"PartitionKey\":\"p\",\"RowKey\":\"r\",\"L\":\"5\",\"L@odata.type\":\"Edm.Int64\",\"D\":1,\"D@odata.type\":\"Edm.Double\",\"Timestamp\":\"2026-03-02T01:00:00.1234567Z\"}"u8;

        var entity = EntityJsonReader.ReadEntity(json);

        Assert.Equal(5L, Assert.IsType<long>(entity["L"]));
        Assert.Equal(1.0, Assert.IsType<double>(entity["D"]));
        Assert.Equal("W/\"datetime'x'\"", entity.ETag.ToString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero).AddTicks(1234567), entity.Timestamp);
    }

    [Fact]
    public void ReadEntity_SpecialDoubles_ParsedFromStrings()
    {
        var json = "{\"PartitionKey\":\"p\",\"RowKey\":\"r\",\"N@odata.type\":\"Edm.Double\",\"N\":\"NaN\",\"P@odata.type\":\"Edm.Double\",\"P\":\"Infinity\",\"M@odata.type\":\"Edm.Double\",\"M\":\"-Infinity\",\"W\":2.0,\"I\":2}"u8;

        var entity = EntityJsonReader.ReadEntity(json);

        Assert.True(double.IsNaN(entity.GetDouble("N")!.Value));
        Assert.Equal(double.PositiveInfinity, entity.GetDouble("P"));
        Assert.Equal(double.NegativeInfinity, entity.GetDouble("M"));
        Assert.IsType<double>(entity["W"]);
        Assert.IsType<int>(entity["I"]);
    }

    [Fact]
    public void Write_SpecialDoubles_WrittenAsAnnotatedStrings()
    {
        var json = Encoding.UTF8.GetString(EntityJsonWriter.Write(new TableEntity("p", "r") { ["N"] = double.NaN, ["M"] = double.NegativeInfinity }).Span);

        Assert.Contains("\"N\":\"NaN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"M\":\"-Infinity\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_QueryResponse_ReadsEachInOrder()
    {
        var json = "{\"odata.metadata\":\"m\",\"value\":[{\"PartitionKey\":\"p\",\"RowKey\":\"1\"},{\"PartitionKey\":\"p\",\"RowKey\":\"2\",\"Nested\":\"{\\\"value\\\":[]}\"}]}"u8;

        var entities = EntityJsonReader.ReadEntities(json);

        Assert.Equal(["1", "2"], entities.Select(e => e.RowKey));
        Assert.Equal("{\"value\":[]}", entities[1].GetString("Nested"));
    }
}
