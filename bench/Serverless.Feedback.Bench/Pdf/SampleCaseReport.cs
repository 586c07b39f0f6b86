using System.Globalization;
using Serverless.Feedback.Pdf;

namespace Serverless.Feedback.Bench.Pdf;

/// <summary>
/// A representative 8D case report in Chinese and English: key–value blocks, paragraphs in both scripts, a
/// containment table, two defect photos and a bar chart, about three A4 pages. The same content goes to the
/// pdfkit comparison as JSON.
/// </summary>
internal sealed class SampleCaseReport(byte[] firstPhoto, byte[] secondPhoto)
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<PdfKeyValue> Summary { get; } =
    [
        new("案件编号 Case", "2026-0042"),
        new("客户 Customer", "ACME 精密部件有限公司 (ACME Precision Parts Ltd)"),
        new("产品 Product", "产品 Model X-200 批号 B2026-11"),
        new("收到日期 Received", "2026-02-18"),
        new("严重度 Severity", "高 High — 客户生产线停线 2 小时"),
        new("负责人 Owner", "王磊 Wang Lei, Quality Engineering"),
        new("跟踪链接 Tracking", "https://feedback.example.com/track/7f3c9a2e41b84d0c9e5f1a6b2c3d4e5f"),
    ];

    public static IReadOnlyList<string> Paragraphs { get; } =
    [
        "The customer reported that the housing of the Model X-200 cracked after two weeks of normal use. Four of the "
            + "1,200 units delivered in batch B2026-11 failed in the field; two were returned for analysis. The crack "
            + "starts at the screw boss next to the gate and runs along the weld line.",
        "客户反馈，产品在正常使用两周后外壳出现裂纹。批号 B2026-11 共交付 1200 件，现场失效 4 件，其中 2 件已退回分析。"
            + "裂纹起始于靠近浇口的螺丝柱，并沿熔接线延伸。客户要求在 24 小时内提供临时措施，并在 10 个工作日内提交根本原因分析。",
        "We inspected the returned units and found a sink mark at the gate, which reduced the wall thickness from "
            + "2.0 mm to 1.4 mm. The mould temperature log shows that the fixed half ran 12 °C below its set point "
            + "during the night shift of 14 February, when batch B2026-11 was moulded.",
        "根本原因：夜班期间模温机冷却水阀门未完全打开，导致定模温度偏低，熔体在浇口附近过早冷却，形成缩痕和弱熔接线。"
            + "纠正措施：更换阀门并加装温度报警；首件检验增加壁厚测量；对同期生产的三个批次进行全检。",
    ];

    public static IReadOnlyList<PdfChartValue> DefectsByLine { get; } =
        [new("一号线 Line 1", 4), new("二号线 Line 2", 1), new("三号线 Line 3", 7), new("包装 Packing", 2), new("来料 Incoming", 3)];

    public static IReadOnlyList<PdfTableColumn> ContainmentColumns { get; } =
        [new("#", 0.5, PdfAlign.Right), new("批号 Batch", 1.6), new("位置 Location", 2.2), new("数量 Qty", 1, PdfAlign.Right), new("结果 Result", 3)];

    public static IReadOnlyList<IReadOnlyList<string>> ContainmentRows { get; } =
        [.. Enumerable.Range(1, 28).Select(i => (IReadOnlyList<string>)
        [
            Number(i),
            $"B2026-{10 + i % 4:00}",
            i % 3 == 0 ? "客户仓库 Customer warehouse" : i % 3 == 1 ? "成品库 Finished goods" : "在途 In transit",
            Number(100 + i * 37 % 400),
            i % 5 == 0 ? "发现 1 件裂纹，已隔离 One cracked unit found and quarantined" : "全检合格 100 % inspected, no defect",
        ])];

    public byte[] Build() => Builder().Build();

    public PdfDocumentBuilder Builder()
    {
        var document = new PdfDocumentBuilder(new PdfDocumentInfo("8D 报告 2026-0042 — Housing crack, Model X-200", "Quality Engineering", "Customer complaint 2026-0042", "zh-CN", CreatedAt))
            .Header("8D 报告 / 8D report 2026-0042", "ACME 精密部件有限公司")
            .Footer("第 {0} 页，共 {1} 页", "Serverless.Feedback")
            .Heading("D0 基本信息 Case summary")
            .KeyValues(Summary)
            .Heading("D2 问题描述 Problem description")
            .Paragraph(Paragraphs[0])
            .Paragraph(Paragraphs[1])
            .Image(firstPhoto, 190, "照片 1：退回样品的裂纹 Photo 1: crack on the returned unit")
            .Heading("D3 临时措施 Containment")
            .Table(ContainmentColumns, ContainmentRows)
            .Heading("D4 根本原因 Root cause")
            .Paragraph(Paragraphs[2])
            .Paragraph(Paragraphs[3])
            .Image(secondPhoto, 190, "照片 2：浇口处的缩痕 Photo 2: sink mark at the gate")
            .BarChart(new PdfBarChart("各工序缺陷数量 Defects by line", DefectsByLine) { ValueAxisTitle = "缺陷数 Defects", CategoryAxisTitle = "工序 Line" });
        return document;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
