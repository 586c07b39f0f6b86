// The official JavaScript Table SDK doing the same work as the app's Table adapter (over Azure.Data.Tables):
// bench/run tables starts Azurite and calls
//   node bench/tables-js/bench.mjs <connection string> <table> <count> [concurrency]
// and reads one JSON line from standard output: per phase, operations per second and CPU microseconds per operation.
import { TableClient } from "@azure/data-tables";

const [connectionString, tableName, countText, concurrencyText] = process.argv.slice(2);
if (!connectionString || !tableName || !countText) {
  console.error("usage: node bench.mjs <connection string> <table> <count> [concurrency]");
  process.exit(2);
}

const count = Number.parseInt(countText, 10);
const concurrency = Number.parseInt(concurrencyText ?? "32", 10);
const options = { allowInsecureConnection: true };
const base = Date.UTC(2026, 2, 2, 1, 0, 0);

const rowKey = (i) => String(i).padStart(6, "0");
const guid = (i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
const entity = (i) => ({
  partitionKey: `p${i % 10}`,
  rowKey: rowKey(i),
  Name: `customer ${i}`,
  Count: i,
  Amount: i + 0.5,
  When: new Date(base + i * 1000),
  Id: { value: guid(i), type: "Guid" },
  Big: { value: String(i * 1048576), type: "Int64" },
});

async function pool(total, work) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

async function timed(total, run) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return { opsPerSecond: total / seconds, cpuMicrosecondsPerOp: (used.user + used.system) / total };
}

async function measure(client, n) {
  await client.createTable();
  const insert = await timed(n, () => pool(n, (i) => client.createEntity(entity(i))));
  const read = await timed(n, () => pool(n, (i) => client.getEntity(`p${i % 10}`, rowKey(i))));
  let seen = 0;
  const query = await timed(n, async () => {
    for await (const page of client.listEntities().byPage({ maxPageSize: 1000 })) {
      seen += page.length;
    }
  });
  if (seen !== n) {
    throw new Error(`query saw ${seen} entities, expected ${n}`);
  }
  return { insert, read, query };
}

// A short warm-up on its own table, so both clients are measured with their code paths compiled.
await measure(TableClient.fromConnectionString(connectionString, `${tableName}warm`, options), Math.min(500, count));
const result = await measure(TableClient.fromConnectionString(connectionString, tableName, options), count);
console.log(JSON.stringify(result));
