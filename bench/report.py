"""The summary lines and docs/performance.md sections of figures 2, 3 and 4 (bench/figures.py's JSON), for bench/run."""
import os


def _k(n):
    return f"{n // 1000000}M" if n >= 1000000 and n % 1000000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def figure_lines(f):
    lines = []
    if "figure2" in f:
        g = f["figure2"]
        lines.append(f"figure 2: {g['tickets']['timers']} contest-window closes at {g['tickets']['perSecond']} closes/s vs "
                     f"{g['baseline']['timers']} bare timers at {g['baseline']['perSecond']} timers/s = ratio {g['ratio']} "
                     f"(first to last completion; left {g['tickets']['left']}/{g['baseline']['left']}, failed jobs "
                     f"{g['tickets']['failedJobs']}/{g['baseline']['failedJobs']}; N={g['n']}"
                     f"{'' if g['n'] >= 10000 else ', issue asks 10,000'})")
    if "figure3" in f:
        g = f["figure3"]
        lines.append(f"figure 3: {g['applied']} of {g['replies']} e-mail replies applied at {g['perSecond']}/s "
                     f"(released at once to all applied {g['wallSeconds']} s; poll {g['pollInterval']}, batch "
                     f"{g['batchSize']}; outcomes {g['outcomes']})")
    if "figure4" in f:
        g = f["figure4"]
        s = g["sizes"]
        sizes = "/".join(_k(r["size"]) for r in s)
        def part(key, name):
            return f"{name} {'/'.join(str(r[key]['median']) for r in s)} (p95 {'/'.join(str(r[key]['p95']) for r in s)})"
        growth = (f"; p95 {_k(s[-1]['size'])}/{_k(s[0]['size'])}: " + ", ".join(
            f"{n} {s[-1][k]['p95'] / s[0][k]['p95']:.2f}x" for k, n in
            (("portal", "portal"), ("api", "API"), ("tasks", "tasks"), ("taskCount", "count")))) if len(s) > 1 else ""
        lines.append(f"figure 4: median ms at {sizes} tickets: " + ", ".join(
            (part("portal", "portal list"), part("api", "API list"), part("tasks", "team task list"),
             part("taskCount", "task count"))) + growth)
        if "dashboard30" in s[0]:
            lines.append(f"figure 7: managers' dashboard, median ms at {sizes} tickets: " + ", ".join(
                (part("dashboard30", "last 30 days"), part("dashboard365", "last 365 days"))))
    if "figure8" in f:
        g = f["figure8"]
        lines.append(f"figure 8: Central de Ajuda at {g['articles']:,} articles: search median {g['search']['median']} ms "
                     f"(p95 {g['search']['p95']}), suggestions median {g['suggestions']['median']} ms (p95 "
                     f"{g['suggestions']['p95']}); index built in {g['indexSeconds']} s")
    return lines


def _loads(f):
    loads = [f"figure {k[-1]}: {' / '.join(f'{x:.1f}' for x in f[k]['loadAverage'])}" for k in ("figure3", "figure2", "figure4")
             if k in f and "loadAverage" in f[k]]
    return (" Load average (1, 5, 15 min) at the end of each, on " + str(os.cpu_count()) + " cores: " + "; ".join(loads)
            + ".") if loads else ""


def figure_sections(f):
    out = []
    if any(k in f for k in ("figure2", "figure3", "figure4")):
        out.append(f"""## Figures 2, 3 and 4 — how they run

`bench/run` runs them after figure 1, in `bench/figures.py`, on a second start of the jar (fresh H2 file in a temp
directory, free ports, embedded mail server, demo data), in the order 3, 2, 4, each on the data the previous ones
left. The script reads and changes that database while the application runs through H2's `AUTO_SERVER` mode with
H2's own tools (`org.h2.tools.Shell`, `RunScript` from `~/.m2`). Environment variables, all optional:

| variable | default | what |
|---|---|---|
| `BENCH_FIGURES` | `3,2,4,8` | which of figures 2, 3, 4, 8 run, in that order; empty skips the second start |
| `BENCH_ARTICLES` | `100000` | figure 8: the knowledge base's articles (the demo articles copied) |
| `BENCH_SWEEP` | `10000` | figure 2: resolved tickets and bare timers (the issue's size; about 8 minutes in all here) |
| `BENCH_REPLIES` | `1000` | figure 3: e-mail replies |
| `BENCH_POLL_SECONDS` | `5` | figures 2 and 3: how often the script looks whether the work is done (each look is a JVM running H2's Shell, about a second of CPU, so rare); "first seen" and "all done" times are only that precise, the rates come from the database's timestamps |
| `BENCH_SIZES` | `10000,100000,1000000` | figure 4: the company's tickets, ascending |
| `BENCH_LATENCY_REQUESTS`, `BENCH_LATENCY_SECONDS` | `200`, `60` | figure 4: requests per endpoint and size, at most that many seconds (at least 20 requests) |
| `BENCH_OPEN_EVERY` | `50` | figure 4: one seeded ticket in that many is open, with a task |
| `BENCH_OPEN_WITHIN` | `10000` | figure 4: only among the newest that many (so 200 open tickets and tasks at every size; the rest is closed history) |
| `BENCH_WARMUP`, `BENCH_COUNT` | `1000`, `1500` | figure 1 (bench/load.py): requests per warm-up and per measured phase; `BENCH_JVM_ARGS`, `BENCH_APP_ARGS` add JVM options (a JFR recording, say) and application arguments |
| `BENCH_REPORT_ONLY` | unset | `1`: measure nothing, rewrite this file from the last run's `target/bench/*.json` |

A quick run: `BENCH_SWEEP=100 BENCH_REPLIES=200 BENCH_SIZES=2000,20000 bench/run`.

The machine is shared with other work, so the absolute figures below are low and noisy; compare the ratios and
the growth across sizes.{_loads(f)}
""")
    if "figure2" in f:
        g = f["figure2"]
        t, b = g["tickets"], g["baseline"]
        out.append(f"""## Figure 2 — contest-window sweep vs bare timers

`bench/figures.py`, same application start as figures 3 and 4 (H2 file in a temp directory, default job executor
settings of the Camunda Spring Boot starter, outbox dispatcher running as configured: every 5 s, 20 messages).

Preparation (not measured): {g['n']} tickets opened as ana@paoquente.com.br with `POST /api/tickets` and resolved by
their team's agent through engine REST (`GET /engine-rest/task?processInstanceBusinessKey=…`, `POST …/claim`,
`POST …/complete` with `outcome=PROPOSE_SOLUTION` and a `solution`), 8 at a time: each is RESOLVIDO with its
contest-window timer (`Timer_ContestWindowEnded`) waiting ({g['preparationSeconds']} s). Baseline: a process
`benchTimer` (start → intermediate timer catch event `P30D` → end), deployed through `/engine-rest/deployment/create`,
{b['timers']} instances started through engine REST ({str(g['baselinePreparationSeconds']) + ' s' if g.get('baselinePreparationSeconds') is not None else 'time not recorded in this run'}).

Measurement: one SQL `update act_ru_job set duedate_ = '2000-01-01'` for all timers of the one kind makes every window
end at the same instant (through H2's AUTO_SERVER, on the application's own database); the job executor then picks
them up. First the {b['timers']} bare timers, then the {t['timers']} contest windows. The rate is completions
between the first and the last completion, from the database's own timestamps (tickets: `ticket.closed_at` with
`close_reason = CONTEST_WINDOW_ENDED`; baseline: `act_hi_procinst.end_time_`). The time from the update until the
first completion is reported separately: it is the job acquisition's idle back-off (up to 60 s by default), the
same for both and not a property of either job.

| | timers | first to last (s) | per second | update → first seen (s) | update → all done (s) | left / failed jobs |
|---|---|---|---|---|---|---|
| Contest windows closing tickets | {t['timers']} | {t['firstToLastSeconds']} | {t['perSecond']} | {t['firstSeenSeconds']} | {t['wallSeconds']} | {t['left']} / {t['failedJobs']} |
| Bare timers (baseline) | {b['timers']} | {b['firstToLastSeconds']} | {b['perSecond']} | {b['firstSeenSeconds']} | {b['wallSeconds']} | {b['left']} / {b['failedJobs']} |
| Ratio closes / bare timers | | | **{g['ratio']}** | | | |

Closing a ticket is the contest window's job and the service task after it (`Task_CloseTicket`, `${{closeTicket}}`):
the ticket changes (status, history, `TicketClosed`), the survey module invites the customer to the satisfaction
survey (R21) and the mail module writes the closing e-mails (contact and administrator) to the outbox, all in the
job's transaction; the bare timer only ends its process.
""" + (f"""
**Size: {g['n']}, not the issue's 10,000.** Preparing real resolved tickets through the front doors costs
about {g['preparationSeconds'] / max(g['n'], 1):.2f} s each on this machine ({g['preparationSeconds']} s for {g['n']}), so
10,000 would take about {g['preparationSeconds'] / max(g['n'], 1) * 10000 / 3600:.1f} h of preparation before the
measurement starts. `BENCH_SWEEP=10000 bench/run` runs the issue's size. Both sides are job-executor throughput
(jobs per second once all are due); it should not depend much on how many are waiting as long as the executor
stays busy for many seconds, but that is an expectation, not verified here at 10,000.
""" if g['n'] < 10000 else ""))
    if "figure3" in f:
        g = f["figure3"]
        out.append(f"""## Figure 3 — inbound e-mail replies

`bench/figures.py`, same application start. {g['tickets']} tickets opened through the API as ana@paoquente.com.br
(ABERTO, each with its analyze task); then {g['replies']} replies, round robin over them, are appended over IMAP to the
embedded support mailbox (`suporte@atende.local`) already flagged `\\Seen`, so the mailbox reader leaves them; one
IMAP `STORE 1:* -FLAGS (\\Seen)` releases them all at once and the clock starts. Each reply is plain text
`From: ana@paoquente.com.br`, `Subject: Re: [Ticket #<n>] Ticket aberto`, a line of text and a quoted part (cut
off by the reader). The clock stops when `mail_inbox` has a row for each; "applied" counts the new
`ticket_history` entries of kind `CUSTOMER_REPLY`.

Settings for the run: `atende.mail.inbound.poll-interval={g['pollInterval']}`, `batch-size={g['batchSize']}`, and
`max-messages-per-sender-per-hour=1000000` (the default 20 would, correctly, rate-limit one sender's 1,000 replies).
With the defaults (10 s, 50) the reader cannot take more than 5 messages per second whatever the processing costs.

| | |
|---|---|
| Replies | {g['replies']} (outcomes: {g['outcomes']}) |
| Applied (CUSTOMER_REPLY history entries) | {g['applied']} |
| Release → all recorded | {g['wallSeconds']} s |
| First → last `mail_inbox.received_at` | {g['firstToLastSeconds']} s |
| **Replies applied per second** | **{g['perSecond']}** (first to last: {g['perSecondFirstToLast']}) |

The reader is one thread: each round opens an IMAP connection, searches the unread messages, and processes up to
the batch size one by one, each in its own transaction (parse, thread onto the ticket, history, message
correlation when the ticket waits for the customer); then it flags them `\\Seen` and moves them to the archive
folder, 20 per command (`atende.mail.inbound.archive-folder`, [email.md](email.md#inbound-the-support-mailbox)).

Two limits were found on 2026-11-29, both in the embedded GreenMail server rather than in Atende's processing (the
application's CPU was mostly idle): processed replies stayed in INBOX and GreenMail rebuilds a folder's list of
message UIDs for every command (`ImapSessionFolder.getMsn`, seen in thread dumps), so each command cost more as the
mailbox grew — 4.8 replies/s; with the archive folder INBOX shrinks as the reader works, on any server — 9.6/s. Then
every IMAP `FETCH` took 44 ms against 0.1 ms for a `NOOP` (measured with Python's imaplib on the running server):
GreenMail writes a response in several small writes and, with Nagle's algorithm on, the second waits for the
client's acknowledgement, which the client delays by 40 ms. The embedded server now sets `TCP_NODELAY` on its
connections (`EmbeddedMailServer.NoDelayGreenMail`, SMTP and IMAP), as production mail servers do; this figure is
with both changes. Still to do: measuring against a production IMAP server (Dovecot) rather than GreenMail.
""")
    if "figure4" in f:
        g = f["figure4"]
        rows = []
        for r in g["sizes"]:
            rows.append(f"| {r['size']:,} | {r['tickets']:,} | {r['teamTasks']:,} | {r['portal']['median']} / {r['portal']['p95']} | "
                        f"{r['api']['median']} / {r['api']['p95']} | {r['tasks']['median']} / {r['tasks']['p95']} | "
                        f"{r['taskCount']['median']} / {r['taskCount']['p95']} | "
                        f"{'/'.join(str(r[k].get('n', '?')) for k in ('portal', 'api', 'tasks', 'taskCount'))} | {r['seedSeconds']} |")
        table = "\n".join(rows)
        out.append(f"""## Figure 4 — ticket list and team task list as the table grows

`bench/figures.py`, same application start, after figures 3 and 2 when they run (the table then already holds their
tickets).
Tickets are seeded by SQL (H2 `system_range`, through AUTO_SERVER) for one company, {g['company']}, with its
administrator {g['viewer']} as contact: one in {g['openEvery']} ABERTO among the newest {g.get('openWithin', '?')} (so the same open tickets at every size), the others FECHADO, opened one minute
apart going back from 2026-11-01. Sizes are cumulative: the company's tickets grow to each size in turn.

The open ones get engine rows so the team's task list holds them: a real ticket is opened through the API as
a template, and its process instance's `act_ru_execution` rows, its analyze task (`act_ru_task`), the task's
identity links (`act_ru_identitylink`, candidate group `{g['group']}`) and the task's authorizations
(`act_ru_authorization`) are copied once per open seeded ticket, every id suffixed `-c<k>` so the copies reference
each other as the originals do, the business key set to the seeded ticket's number. Not copied: variables, jobs,
event subscriptions and history (the task list does not read them; nothing but these queries uses the seeded rows).

Measured per size, one client, sequentially, after warm-up requests (10, or fewer if they take over 10 s): {g['requests']} requests or
{g.get('seconds', '?')} s per endpoint, whichever ends first (at least 20; the count is in the table), in ms
(median / p95). The application's H2 URL has `OPTIMIZE_REUSE_RESULTS=FALSE`: by default H2 hands back a query's
previous result while none of the tables it reads has changed, so on an otherwise idle application a repeated list
request would measure that cache, which a support centre's constantly changing ticket and task tables never hit
(PostgreSQL has no such cache).
- portal: `GET /` (the dashboard: counts by status, tickets awaiting the customer, first page of 20, newest first)
  in a session logged in through the form at `/entrar` as {g['viewer']};
- API: `GET /api/tickets?page=0&size=20` as {g['viewer']} (HTTP Basic; the verified password is remembered, so no bcrypt per request);
- team task list: `GET /engine-rest/task?candidateGroup={g['group']}&sortBy=created&sortOrder=desc&firstResult=0&maxResults=50`
  as `agente-{g['group']}` (authorization checks on, as in Tasklist);
- task count: `GET /engine-rest/task/count?candidateGroup={g['group']}` as the same agent.

| company's tickets | all tickets | team's tasks | portal | API | task list | task count | requests | seeding (s) |
|---|---|---|---|---|---|---|---|---|
{table}

What keeps the lists flat (the history of this benchmark: a first run, before these changes, grew 36× from 10k to
1M; `EXPLAIN` through H2's shell found why):
- **The page.** The lists are Spring Data slices ordered by the owner, then newest first, with an `opened_at` bound
  far in the future (`findByCompanyIdAndOpenedAtBeforeOrderByCompanyIdAscOpenedAtDesc`, and by contact), the order
  of the V7 indexes (`V7__ticket_list_indexes.sql`: `(company_id, opened_at desc)`, `(contact_id, opened_at desc)`;
  `(status, company_id, opened_at desc)` and `(status, contact_id, opened_at desc)` for one-status pages and capped
  counts; a list over several statuses merges one such query per status). H2 2.3 reads a page straight from such
  an index only when the `ORDER BY` starts with the index's first column (`/* index sorted */`), and only if it
  picks that index: without the bound it preferred the foreign key's single-column index on `company_id` (the
  same cost for it) and sorted the company's whole history (483 ms at 100k in the run before the fix);
  with the bound the composite index serves two conditions and wins. PostgreSQL reads the index either way.
- **No totals.** A slice fetches one row more than the page instead of counting every row (`count(*)` of a
  million rows took 1–2 s on H2): the API answers `hasNext`, the portal pages "← Anterior / Próxima →".
- **Capped counts.** The dashboard's counts by status read each (owner, status) index range at most 1,001 entries
  deep and show "mais de 1.000" above that.
- **Open work is bounded.** Only the newest {g.get('openWithin', '?')} seeded tickets have open ones (one in
  {g['openEvery']}), so every size has the same open tickets and team tasks and only the closed history grows — as
  in a support centre, whose open work is bounded by its agents while its history grows for years. The team's
  task list is Camunda's own query (joins with identity links and authorizations, sorted by creation): it grows
  with the *open* tasks of the group, not with closed tickets (`act_ru_task` holds only open ones).
- **N+1.** Each dashboard row reads its ticket's history for the date of the last change; with
  `hibernate.default_batch_fetch_size: 50` those are one query per 50 rows.
""")
    if "figure4" in f and "dashboard30" in f["figure4"]["sizes"][0]:
        rows = []
        for r in f["figure4"]["sizes"]:
            rows.append(f"| {r['size']:,} | {min(r['size'], 43200):,} | {min(r['size'], 525600):,} | "
                        f"{r['dashboard30']['median']} / {r['dashboard30']['p95']} | "
                        f"{r['dashboard365']['median']} / {r['dashboard365']['p95']} | "
                        f"{r['dashboard30'].get('n', '?')}/{r['dashboard365'].get('n', '?')} |")
        out.append("""## Figure 7 — managers' dashboard as the table grows

Measured in figure 4's run, on the same seeded tickets (one team, `suporte-protheus`, opened one minute apart back
from 2026-11-01 12:00 UTC), right after figure 4's endpoints at each size: `GET /equipe/painel` as the process
administrator (`demo`, a Tasklist session), which runs every table of the page (SLA compliance, first-answer
buckets, backlog, channels, products, transfers, satisfaction, bad comments, Ouvidoria) and renders it, for the
last 30 days (`de=2026-10-03&ate=2026-11-01`) and the last 365 days (`de=2025-11-02&ate=2026-11-01`). Same
sequential client, warm-up and sample rules as figure 4, in ms (median / p95).

| company's tickets | in 30 days | in 365 days | last 30 days | last 365 days | requests |
|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Since 2026-12-07 the five tables by opening date read `ticket_opened_day` (V18: closed tickets counted once per
Brasília opening day, team, classification, channel and product by the hourly rollup) plus the tickets not counted
yet through the `ticket (counted, opened_at)` index, and the backlog over time (table `fila-diaria`, V15) reads the
daily sums of the moves between queues (`ticket_queue_day`) plus the moves of the days not rolled up yet; the
seeded tickets are rolled up after each seeding (`rollupSeconds`, as an operator rebuilds after a bulk import:
docs/operations.md). So a year costs about what a month costs: it reads rows per day, not tickets. Satisfaction,
comments and the Ouvidoria are still counted at request time from their own tables (empty here). Before
(2026-12-06, every table counted at request time): a year at 1M tickets, 525,600 in the period, took 7.3 s
(p95); the 30-day view 73/205/226 ms (p95) at 10k/100k/1M.
Waited after each seeding for the rollup of the seeded days and tickets (the scheduler, every 5 s here, also runs
during a seeding): """ + ", ".join(f"{_k(r['size'])} {r.get('rollupSeconds', '?')} s" for r in f["figure4"]["sizes"]) + """.
""")
    if "figure8" in f:
        g = f["figure8"]
        out.append(f"""## Figure 8 — Central de Ajuda: search and suggestions at {g['articles']:,} articles

`bench/figures.py` (figure 8): the {g['articles'] // 1000}k articles are the demo articles copied (key and title
suffixed with the copy's number, same bodies), written with SQL while the application runs; the application is
then restarted and, finding an index that does not hold every article, builds it again from the database before it
answers ({g['indexed']:,} articles in {g['indexSeconds']} s; restart to ready {g['restartSeconds']} s; index
{g['indexBytes'] / 1048576:.0f} MiB on disk). Then the {g['queries']} queries of the quality cases
(`src/test/resources/knowledge/search-quality.yml`) in turn, anonymous, with the same sequential client, warm-up
(20 requests) and sample rules as figure 4, in ms:

| | median | p95 | requests | target (issue 14) |
|---|---|---|---|---|
| `GET /ajuda?q=…` (search page: 20 results, rendered) | {g['search']['median']} | {g['search']['p95']} | {g['search']['n']} | p95 < 50 ms |
| `GET /ajuda/sugestoes?assunto=…` (R7: 5 articles as JSON) | {g['suggestions']['median']} | {g['suggestions']['p95']} | {g['suggestions']['n']} | p95 < 100 ms |

Copies share their words, so every query matches thousands of articles: a search harder than a real knowledge
base's, where a query matches a few.
""")
    missing = [n for n, k in (("Figure 2: contest-window sweep (10,000 closes by the job executor vs 10,000 bare timers).", "figure2"),
                              ("Figure 3: inbound mail, 1,000 replies ingested from IMAP per second.", "figure3"),
                              ("Figure 4: portal ticket list and team task list latency at 10k, 100k and 1M tickets.", "figure4"),
                              ("Figure 8: Central de Ajuda search and suggestions at 100,000 articles.", "figure8"))
               if k not in f]
    return "\n".join(out), ("\n## Not measured in this run\n\n" + "\n".join("- " + m for m in missing) + "\n") if missing else ""


def figure1_section(load, half, met):
    """docs/performance.md's figure 1 section, from bench/load.py's measurements."""
    cpu_ratio = load['cpuMsPerBaselineStart'] / load['cpuMsPerTicket'] if load.get('cpuMsPerTicket') else None
    cpu_rows = ("" if cpu_ratio is None else f"""
| Application CPU per ticket | {load['cpuMsPerTicket']} ms |
| Application CPU per baseline start | {load['cpuMsPerBaselineStart']} ms |
| Ratio of CPU (baseline / ticket) | {cpu_ratio:.3f} |""")
    return f"""## Figure 1 — ticket opening vs bare engine

Same application, same run. Tickets: `POST /api/tickets` as ana@paoquente.com.br (Basic), a SUPORTE ticket
(persisted ticket, process instance, first task with its SLA due date, outbox e-mail). Baseline: a one-user-task
process (`benchBaseline`, deployed through `/engine-rest/deployment/create`) started with
`POST /engine-rest/process-definition/key/benchBaseline/start` as demo. Load driver `bench/load.py`: concurrency
{load['concurrency']}, keep-alive connections, {load['warmup']} warm-up requests per path (the JIT compiler is still busy
after a few hundred), then baseline, tickets, baseline again ({load['count']} requests each; the baseline figure is the
mean of the two runs). The application's database is the default H2 file with the default URL (`WRITE_DELAY=0`:
every commit is on disk before the answer, see operations.md, "Crash safety").

| | per second |
|---|---|
| Tickets opened | {load['ticketsPerSecond']} (failures: {load['ticketFailures']}) |
| Baseline process starts | {load['baselinePerSecond']} (runs: {load['baselineRuns']}, failures: {load['baselineFailures']}) |
| Ratio tickets / baseline | {load['ratio']} |{cpu_rows}

The CPU rows are the application process's user + system time during each phase (all its threads: requests, JIT,
GC, the outbox dispatcher and the embedded mail server) divided by the requests: a second view of the same ratio
that the load driver and other processes on the machine do not disturb.

Targets of the issue: ratio ≥ 0.5 — **{half}**; ≥ 200 tickets/s on H2 with 2 cores — **{met}**.
Note: the load driver runs on the same 2 cores as the application, which lowers both rates.

Context (same run): a cheap authenticated read as the same customer, `GET /api/tickets?size=1`, runs at
{load['apiReadPerSecond']}/s (failures: {load['apiReadFailures']}). The customer API is stateless HTTP Basic with bcrypt
password hashes; it remembers a verified password for 10 minutes (`VerifiedPasswords`, an HMAC of hash and password),
so a client pays bcrypt once, not per request.

### What was found and changed (JFR profiles of `POST /api/tickets` under load, 2026-11-29)

The first run of this figure gave 19.4 tickets/s against 74.9 starts/s (ratio 0.259; 100 warm-up requests, so partly
JIT time). Profiling with JFR (`BENCH_JVM_ARGS="-XX:FlightRecorderOptions:stackdepth=1024
-XX:StartFlightRecording=filename=r.jfr,settings=profile"`, stacks aggregated per frame) found, in order:

1. **FEEL, about 30 % of a ticket's CPU.** feel-scala 1.19 (under Camunda's `ScalaFeelEngine`) parses the expression
   and builds every built-in function again on each evaluation, and a decision table evaluates one unary test per
   non-empty cell: four decisions made a few hundred of both per ticket. `CachingFeelEngine` (platform module,
   architecture.md "Engine history and DMN") parses each text once and builds the built-ins once: DMN fell to about
   3 % of the ticket's CPU. `CachingFeelEngineTests` compares it with the library, value for value and error for error.
2. **Engine history nobody reads, half the rows.** A ticket wrote about 115 engine and application rows: 25 of them
   `ACT_HI_DETAIL` (a row per variable change, with byte-array copies) and 10 the history of the form's task-local
   copies of the ticket. `EngineHistorySetup` leaves both out (settings to write them again): 79 rows per ticket now,
   each one also an entry in every index of its table (`ACT_RU_VARIABLE` 23, `ACT_HI_VARINST` 14, decision history
   19, activity history 7, the ticket, its history and two outbox e-mails 5, the rest 1 or 2 each); the baseline's
   start writes 7.
3. **Jakarta Mail's stream provider**, looked up with a class-path scan of the whole jar for every MIME part (no
   cache in `FactoryFinder`): the embedded SMTP server spent as much CPU on it as the requests took. Named through
   its system property (`MailConfiguration`).
4. **H2 re-parsed most statements**: its per-connection cache keeps 8 by default; the default URL now keeps 256
   (`QUERY_CACHE_SIZE`), which mostly helped the baseline (about 13 → 11 ms CPU per start).

Where a ticket's CPU goes now: about 40 % is H2 writing, at each commit, every B-tree page the transaction changed
(`MVStore.store` under `WRITE_DELAY=0`; the pages of each index of each table touched). The same build with H2's
default 500 ms write delay (not crash safe) used 17.4 ms per ticket against 5.4 per start — 111 tickets/s against
360 starts/s — so the ratio stays about 0.31 either way: the baseline's commits get cheaper too. The rest is the
engine's command and flush (about a third), the ticket's own work (classification with the SLA due date, the JPA
aggregate and its history, channel entitlement and contract terms, the e-mail rendered into the outbox) and HTTP.

For context, the same load on PostgreSQL 15 (2026-11-29, same build, the server on the same two cores;
`ATENDE_DB_URL=jdbc:postgresql://127.0.0.1:5432/atende_bench ATENDE_DEMO_DATA=true
BENCH_APP_ARGS=--spring.profiles.active=postgres python3 bench/load.py target/atende-0.1.0-SNAPSHOT.jar` on an empty
database): 71.4 tickets/s against 209.4 starts/s, ratio 0.341; the application's own CPU 17.9 ms per ticket and 6.3
per start (the database server's CPU is not in these). The commit's cost moves to the server's write-ahead log, and
the ratio hardly moves: it is the work, not H2.

Why the targets are still missed: a ticket is the engine start plus about ten times its rows (process variables for
four decisions and the SLA, the decision history Cockpit shows a process owner, the ticket's own record, two
e-mails), so it costs about three bare starts; reaching half the baseline would need a ticket to cost two. And
200 tickets/s is close to the bare engine's own rate here with crash-safe H2 on two cores shared with the load
driver. Engine history is not what holds the ratio down either: the same build at history level `audit` gave 74.5 against
228.1 (0.326), and with no engine history at all (`none`, not an option for the product) 110.8 against 325.2
(0.341) — both sides get cheaper together (`BENCH_APP_ARGS=--camunda.bpm.history-level=…`, 2026-11-29). What is
left is the ticket's runtime work itself: its process variables (the decisions' inputs and outputs, the SLA) and
the form's ten task-local copies (runtime rows in a table with eleven index entries; they could become one JSON
variable if Tasklist's forms read nested values), four decisions, the ticket's rows and two e-mails. Halving that
relative to a bare start is a change of the process model, not a tuning knob.

### The last levers, measured (2026-11-29, 14:00 UTC, same machine, `bench/load.py` on the build of that hour)

Each line is one run of `python3 bench/load.py target/atende-0.1.0-SNAPSHOT.jar` (1,000 warm-up + 1,500 requests a
phase); CPU is the application's per request. The plain build gave 26.5–27.9 ms per ticket against 7.4–8.0 per start
in three runs (ratio 0.28–0.29; the machine was slower than in the morning, so compare within this list).

| Experiment | ms CPU per ticket | per start | tickets/s | starts/s | ratio |
|---|---|---|---|---|---|
| Time-ordered engine ids (UUID v7 through an `IdGenerator` bean, so each row lands at the right edge of its B-trees) | 27.15 | 8.38 | 70.9 | 224.5 | 0.316 |
| `camunda.bpm.id-generator=simple` (the engine's database id blocks) | 33.13 | 8.12 | 57.7 | 236.7 | 0.244 |
| Only one of the form's ten task-local copies kept (an upper bound for "one JSON variable") | 26.09 | 8.45 | 73.9 | 225.2 | 0.328 |
| That, and no engine history at all (`--camunda.bpm.history-level=none`) | 19.18 | 7.06 | 100.7 | 281.2 | 0.358 |
| The afternoon's final build (14:07 UTC; contract terms read with a cached JPQL plan, string-variable check) | 27.09 | 8.55 | 71.4 | 221.6 | 0.322 |

None was kept: ordered ids change nothing measurable (H2 rewrites each touched index's page either way), database id
blocks cost more, and the form copies are about 5 % of a ticket — not worth giving up the plain variables Tasklist's
forms read. Rows a ticket writes, counted on the H2 file after 10 tickets (per ticket; the table's index count):
`ACT_RU_VARIABLE` 23 (11), `ACT_HI_VARINST` 14 (12), `ACT_HI_DEC_IN` 10 (5), `ACT_HI_ACTINST` 7 (11),
`ACT_HI_DEC_OUT` 5 (5), `ACT_HI_DECINST` 4 (14), `ACT_RU_EXECUTION` 2 (8), `MAIL_OUTBOX` 2 (5), `TICKET_HISTORY` 2
(3), one each in `TICKET` (11), `ACT_RU_TASK` (11), `ACT_HI_PROCINST` (11), `ACT_HI_JOB_LOG` (10), `ACT_RU_JOB` (9),
`ACT_HI_TASKINST` (9), `ACT_HI_IDENTITYLINK` (9), `ACT_RU_AUTHORIZATION` (7), `ACT_RU_IDENTITYLINK` (5),
`ACT_GE_BYTEARRAY` (5) and 1.2 in `ACT_RU_METER_LOG` (6): 80 rows, 755 index entries; the bare start about 7 rows and
70 entries.

A profile of the ticket phase (JFR, stack depth 1,024): the request threads are 91 % of the application's samples
(the outbox dispatcher and the embedded mail server most of the rest). Within a ticket request: the commit 40 %
(H2 serializing the changed pages), the process start 36 % (of it `classifyTicket` 19.5 %, which includes rendering
and queuing the two e-mails, 10.9 %; DMN 6 %; the engine's flush 12.5 %), Spring Data's derived queries 6.9 % (Hibernate
6.6 turns a criteria query into SQL anew on every call; its plan cache covers JPQL strings only), channel
entitlement 3.7 %. A bare start's request: the commit 42 %, the engine's authorization check 24 %.

What the targets need here. The two cores are shared by the application and the load driver (about 0.2 ms per
request), so a rate is about 2,000 ms / (CPU per request + 0.2 ms): 200 tickets/s needs a ticket to cost at most about
9.8 ms of CPU, while a *bare start* costs 7.1–8.4 ms on this machine — a ticket would have to cost 1.3 bare starts.
Half the baseline needs a ticket at two bare starts, about 15 ms; with every lever above pulled at once (no engine
history, no form copies) it is 19.2 ms. Both targets are out of reach on this machine without taking parts out of
what a ticket is (its four decisions and their history, the SLA variables, the e-mail, the form); that is a product
owner's choice, not a tuning, and is recorded so in issue 6.
"""
