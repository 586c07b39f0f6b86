// pdfkit renders the sample case report's key-value block, paragraphs, containment table and two photos with the
// same fonts as our writer. pdfkit has no per-character font fallback, so text with CJK is set in the CJK font.
// Usage: node bench.mjs <content.json> <iterations>; prints one JSON line.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

const { version } = JSON.parse(readFileSync(new URL('./node_modules/pdfkit/package.json', import.meta.url), 'utf8'));
const content = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const iterations = Number(process.argv[3] ?? 200);
const fonts = Object.fromEntries(Object.entries(content.fonts).map(([name, path]) => [name, readFileSync(path)]));
const photos = content.photos.map((path) => readFileSync(path));
const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
const fontFor = (text, bold) => (cjk.test(text) ? 'cjk' : bold ? 'bold' : 'latin');

function render() {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 62, bottom: 57, left: 51, right: 51 }, info: { Title: '8D 2026-0042' } });
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const [name, data] of Object.entries(fonts)) doc.registerFont(name, data);
    const width = doc.page.width - 102;

    doc.font('cjk').fontSize(15).text('D0 基本信息 Case summary');
    for (const [key, value] of content.summary) {
      const y = doc.y;
      doc.font('cjk').fontSize(10).text(key, 51, y, { width: 120 });
      const keyBottom = doc.y;
      doc.font(fontFor(value)).text(value, 181, y, { width: width - 130 });
      doc.y = Math.max(doc.y, keyBottom);
    }

    content.paragraphs.forEach((paragraph, i) => {
      doc.moveDown(0.5).font(fontFor(paragraph)).fontSize(10).text(paragraph, 51, doc.y, { width });
      if (i === 1) doc.image(photos[0], { fit: [width, 190], align: 'center' });
      if (i === 1) table(doc, width);
    });
    doc.image(photos[1], { fit: [width, 190], align: 'center' });
    doc.end();
  });
}

function table(doc, width) {
  const total = content.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = content.columns.map((c) => (c.width / total) * width);
  const row = (cells, bold) => {
    doc.fontSize(9);
    const heights = cells.map((cell, i) => doc.font(fontFor(cell, bold)).heightOfString(cell, { width: widths[i] - 8 }));
    const height = Math.max(...heights) + 6;
    if (doc.y + height > doc.page.height - 57) {
      doc.addPage();
      if (!bold) row(content.columns.map((c) => c.header), true);
    }
    const top = doc.y;
    let x = 51;
    cells.forEach((cell, i) => {
      doc.rect(x, top, widths[i], height).stroke('#999999');
      doc.fillColor('black').font(fontFor(cell, bold)).text(cell, x + 4, top + 3, { width: widths[i] - 8 });
      x += widths[i];
    });
    doc.x = 51;
    doc.y = top + height;
  };
  doc.moveDown(0.5);
  row(content.columns.map((c) => c.header), true);
  for (const cells of content.rows) row(cells, false);
}

for (let i = 0; i < Math.max(10, iterations / 10); i++) await render();
const samples = [];
let bytes = 0;
for (let i = 0; i < iterations; i++) {
  const start = process.hrtime.bigint();
  bytes = (await render()).length;
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
samples.sort((a, b) => a - b);
console.log(JSON.stringify({ version, medianMilliseconds: samples[Math.floor(iterations / 2)], bytes }));
