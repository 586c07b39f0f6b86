using System.Text;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Case lists for the console. Each query reads the narrowest partition that answers it: a customer's
/// cases, someone's open cases, a department's open cases, all open cases — or, for closed and mixed
/// lists, the month partitions of the Cases table from the newest month back, filtered in the service.
/// </summary>
internal sealed class CaseLists(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    private const int MonthsByDefault = 12;

    /// <summary>A list over many months answers after this many, with a continuation: one request never scans years.</summary>
    internal const int MonthsPerRequest = 6;

    /// <summary>The widest range one list may ask for.</summary>
    internal const int MaxRangeMonths = 120;

    public async Task<(IReadOnlyList<CaseSummary> Items, string? Continuation)> ListAsync(CaseListQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var token = Token.Decode(query.Continuation);
        var serverFilter = ColumnFilter(query);

        if (IndexPartition(query) is { } partition)
        {
            var index = tables.GetTableClient(names.Table(CaseIndexRows.TableName));
            var filter = TableFilter.Create($"PartitionKey eq {partition}");
            filter = serverFilter is null ? filter : filter.And(serverFilter);
            return await PageAsync(index, filter, query, pageSize, token?.Table, null, cancellationToken);
        }

        var cases = tables.GetTableClient(names.Table(CaseRows.TableName));
        var (newest, oldest) = Months(query);
        var month = token?.Month ?? newest;
        if (!IsMonth(month) || string.CompareOrdinal(month, newest) > 0 || string.CompareOrdinal(month, oldest) < 0)
        {
            throw new ArgumentException("The continuation token is not one this list handed out; start again from the first page.");
        }

        var tableToken = token?.Table;
        var items = new List<CaseSummary>();
        for (var scanned = 0; string.CompareOrdinal(month, oldest) >= 0; scanned++)
        {
            if (scanned == MonthsPerRequest)
            {
                return (items, new Token(month, null).Encode());
            }

            var filter = TableFilter.Create($"PartitionKey eq {month} and Type eq {"case"}");
            filter = serverFilter is null ? filter : filter.And(serverFilter);
            var (page, next) = await PageAsync(cases, filter, query, pageSize - items.Count, tableToken, month, cancellationToken);
            items.AddRange(page);
            if (next is not null)
            {
                return (items, next);
            }

            month = PreviousMonth(month);
            tableToken = null;
            if (items.Count >= pageSize)
            {
                return (items, string.CompareOrdinal(month, oldest) >= 0 ? new Token(month, null).Encode() : null);
            }
        }

        return (items, null);
    }

    private async Task<(List<CaseSummary> Items, string? Continuation)> PageAsync(
        ITableClient table, TableFilter filter, CaseListQuery query, int wanted, string? tableToken, string? month, CancellationToken cancellationToken)
    {
        var items = new List<CaseSummary>();
        var now = clock.GetUtcNow();
        while (true)
        {
            var page = await table.QueryPageAsync(filter, Math.Max(wanted, 50), tableToken, CaseSummaryColumns.Names, cancellationToken);
            foreach (var row in page.Items)
            {
                if (!CaseSummaryColumns.Matches(row, query.Text) || !Matches(query, row, now))
                {
                    continue;
                }

                items.Add(CaseSummaryColumns.Read(row));
            }

            tableToken = page.ContinuationToken;
            if (tableToken is null)
            {
                return (items, null);
            }

            if (items.Count >= wanted)
            {
                return (items, new Token(month, tableToken).Encode());
            }
        }
    }

    /// <summary>Filters that are not expressible on the server (dates of receipt, overdue).</summary>
    private static bool Matches(CaseListQuery query, TableEntity row, DateTimeOffset now)
    {
        var received = row.GetDateTimeOffset("ReceivedAt");
        if (query.From is { } from && received < new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1))
        {
            return false;
        }

        if (query.To is { } to && received > new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2))
        {
            return false;
        }

        return !query.OverdueOnly || (row.GetDateTimeOffset("NextDue") is { } due && due < now && row.GetBoolean("Waiting") != true);
    }

    private static string? IndexPartition(CaseListQuery query)
    {
        if (query.CustomerId is { Length: > 0 } customer)
        {
            return CaseIndexRows.OfCustomer(customer);
        }

        var openOnly = query.OpenOnly || query.OverdueOnly || (query.Stage is { } stage && Enum.TryParse<CaseStage>(stage, true, out var s) && s.IsOpen());
        if (!openOnly)
        {
            return null;
        }

        if (query.HandlerId is { Length: > 0 } handler)
        {
            return CaseIndexRows.HandledBy(handler);
        }

        return query.Department is { Length: > 0 } department ? CaseIndexRows.OpenIn(department) : CaseIndexRows.AllOpen;
    }

    private static TableFilter? ColumnFilter(CaseListQuery query)
    {
        TableFilter? filter = null;
        void Add(string column, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                var clause = column switch
                {
                    "Stage" => TableFilter.Create($"Stage eq {value}"),
                    "Department" => TableFilter.Create($"Department eq {value}"),
                    "Severity" => TableFilter.Create($"Severity eq {value}"),
                    "Category" => TableFilter.Create($"Category eq {value}"),
                    "Kind" => TableFilter.Create($"Kind eq {value}"),
                    "Channel" => TableFilter.Create($"Channel eq {value}"),
                    _ => TableFilter.Create($"HandlerId eq {value}"),
                };
                filter = filter is null ? clause : filter.And(clause);
            }
        }

        Add("Stage", query.Stage is null ? null : JsonNamingPolicy.CamelCase.ConvertName(query.Stage));
        Add("Department", query.Department);
        Add("Severity", query.Severity);
        Add("Category", query.Category);
        Add("Kind", query.Kind);
        Add("Channel", query.Channel);
        Add("HandlerId", query.HandlerId);
        return filter;
    }

    private (string Newest, string Oldest) Months(CaseListQuery query)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = query.To ?? today;
        var from = query.From ?? to.AddMonths(-MonthsByDefault + 1);
        if (from > to || from < to.AddMonths(-MaxRangeMonths) || to > today.AddYears(1))
        {
            throw new ArgumentException($"Ask for a range of dates from 'from' to 'to' of at most {MaxRangeMonths / 12} years, ending no later than a year from today.");
        }

        return (Month(to.AddDays(1)), Month(from.AddDays(-1)));
    }

    private static bool IsMonth(string? text) =>
        DateOnly.TryParseExact(text + "01", "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private static string Month(DateOnly date) => date.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);

    private static string PreviousMonth(string month) =>
        Month(DateOnly.ParseExact(month + "01", "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(-1));

    /// <summary>Where a list stopped: the month being read (month scans) and the table's own continuation.</summary>
    private sealed record Token(string? Month, string? Table)
    {
        public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, CaseJson.Options)));

        public static Token? Decode(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<Token>(Encoding.UTF8.GetString(Convert.FromBase64String(text)), CaseJson.Options);
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                throw new ArgumentException("The continuation token is not one this list handed out; start again from the first page.", e);
            }
        }
    }
}
