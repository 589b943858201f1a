#!/usr/bin/env python3
"""Two Atende nodes on one PostgreSQL database with one external mail server (GreenMail): work started
on one node is finished on the other, timers fire once although both job executors race for them,
e-mail replies are applied once and the support mailbox is read by one node at a time, the outbox
sends each message once. One line per check; exit code 0 only if every check holds.

    python3 ops/cluster_test.py [--tickets 40] [--replies 30] [--keep]

Needs the packaged jar (mvn -DskipTests package), java, psql and a PostgreSQL server on
127.0.0.1:5432 (user postgres, trust). See docs/clustering.md."""
import argparse, collections, concurrent.futures as cf, os, re, shutil, sys, time, uuid

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h

DB = "atende_cluster"
NODE_ARGS = [
    "--atende.mail.inbound.poll-interval=2s", "--atende.mail.outbox.poll-interval=2s",
    # one sender writes every reply of the test: lift the per-sender storm limit
    "--atende.mail.inbound.max-messages-per-sender-per-hour=1000",
    # idle job acquisition backs off to at most 5 s (engine default 60 s): the test waits less
    "--camunda.bpm.job-execution.max-wait=5000",
]


def rounds(text):
    """(start, end, processed) of every mailbox round in a node's log."""
    return [(int(m.group(2)), int(m.group(1)), int(m.group(3)))
            for m in re.finditer(r"Mailbox round end at=(\d+) start=(\d+) processed=(\d+)", text)]


def overlaps(a, b):
    found = []
    for s1, e1, _ in a:
        for s2, e2, _ in b:
            if s1 <= e2 and s2 <= e1:
                found.append(((s1, e1), (s2, e2)))
    return found


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tickets", type=int, default=40)
    p.add_argument("--replies", type=int, default=30)
    p.add_argument("--keep", action="store_true", help="keep the work directory and the database")
    a = p.parse_args()
    h.require_jar()
    if not h.pg_available():
        sys.exit("PostgreSQL does not answer on 127.0.0.1:5432")
    started = time.time()
    checks = h.Checks("cluster test (2 nodes, PostgreSQL)")
    work = h.workdir("atende-cluster-")
    mail = h.GreenMail(work)
    db = h.Database("postgres", DB, work)
    nodes = []
    try:
        mail.start()
        db.create()
        for name in ("node-a", "node-b"):
            extra = NODE_ARGS + [f"--camunda.bpm.generic-properties.properties.hostname={name}"]
            nodes.append(h.Node(name, db, mail, work, extra))
        # The first start on an empty database creates the schemas alone; the second node joins a running one.
        nodes[0].start().wait_healthy()
        nodes[1].start().wait_healthy()
        run(a, checks, db, mail, nodes)
    except Exception as e:  # a broken run is a failed check, with the reason
        checks.check("run completed", False, f"{type(e).__name__}: {e}")
    finally:
        for n in nodes:
            n.stop()
        mail.stop()
        if a.keep:
            h.log(f"kept {work} and database {DB}")
        else:
            db.drop()
            shutil.rmtree(work, ignore_errors=True)
    return checks.finish(started)


def run(a, checks, db, mail, nodes):
    run_id = uuid.uuid4().hex[:8]
    other = {0: nodes[1], 1: nodes[0]}

    # 0. Both nodes deployed the same models at start: one version each, not two.
    versions = db.query("select key_, count(*) from act_re_procdef group by key_ order by key_")
    checks.check("deployment on start by both nodes", versions and all(int(c) == 1 for _, c in versions),
                 "process definitions: " + ", ".join(f"{k}={c}" for k, c in versions))

    # 1. Tickets opened on alternating nodes.
    def open_one(i):
        return i, h.open_ticket(nodes[i % 2].port, f"Cluster {run_id} #{i}")
    with cf.ThreadPoolExecutor(4) as pool:
        opened = sorted(pool.map(open_one, range(a.tickets)))
    numbers = {i: n for i, (status, n) in opened if status == 201}
    rows = db.query("select t.id, (select count(*) from act_ru_execution e where e.business_key_ = cast(t.id as varchar)"
                    " and e.parent_id_ is null) from ticket t where t.subject like 'Cluster " + run_id + " #%'")
    with_instance = sum(1 for _, c in rows if int(c) == 1)
    checks.check("tickets opened on either node", len(numbers) == a.tickets and len(rows) == a.tickets
                 and with_instance == a.tickets,
                 f"{len(numbers)}/{a.tickets} answered 201 (node-a {sum(1 for i in numbers if i % 2 == 0)}, node-b "
                 f"{sum(1 for i in numbers if i % 2 == 1)}); {len(rows)} rows, {with_instance} with one process instance")

    # 2. Their analysis completed on the OTHER node: even ones resolved, odd ones asked for information.
    resolved = [numbers[i] for i in sorted(numbers) if i % 2 == 0]
    waiting = [numbers[i] for i in sorted(numbers) if i % 2 == 1]
    def work_one(i):
        node = other[i % 2]
        if i % 2 == 0:
            h.propose_solution(node.port, numbers[i])
        else:
            h.request_information(node.port, numbers[i])
        return i
    errors = []
    with cf.ThreadPoolExecutor(4) as pool:
        for f in [pool.submit(work_one, i) for i in sorted(numbers)]:
            try:
                f.result()
            except Exception as e:
                errors.append(str(e))
    status_of = dict(db.query("select cast(id as varchar), status from ticket where subject like 'Cluster " + run_id + " #%'"))
    ok_resolved = sum(1 for n in resolved if status_of.get(n) == "RESOLVIDO")
    ok_waiting = sum(1 for n in waiting if status_of.get(n) == "AGUARDANDO_CLIENTE")
    checks.check("analysis completed through /engine-rest on the other node",
                 not errors and ok_resolved == len(resolved) and ok_waiting == len(waiting),
                 f"{ok_resolved} RESOLVIDO, {ok_waiting} AGUARDANDO_CLIENTE; errors: {errors[:3]}")

    # 3. Contest-window timers moved to now: both job executors race for them.
    jobs = {}
    for k, n in enumerate(resolved):
        node = nodes[k % 2]
        status, inst = node.http("GET", f"/engine-rest/process-instance?businessKey={n}")
        status, found = node.http("GET", f"/engine-rest/job?activityId=Timer_ContestWindowEnded&processInstanceId={inst[0]['id']}")
        if status == 200 and len(found) == 1:
            jobs[n] = found[0]["id"]
    due = time.time()
    for k, (n, job) in enumerate(jobs.items()):
        h.set_due_date(nodes[k % 2].port, job, due)
    h.log(f"{len(jobs)} contest-window timers moved to now")

    # 4. Customer replies into the support mailbox over SMTP, threaded by the subject tag.
    reply_ids = {}
    for r in range(a.replies):
        n = waiting[r % len(waiting)]
        marker = f"resp-{run_id}-{r}"
        reply_ids[marker] = (n, mail.send(h.CUSTOMER, f"Re: [Ticket #{n}] Informações solicitadas",
                                          f"A versão é 12.1.2410 ({marker})."))
    h.log(f"{len(reply_ids)} replies sent to {h.SUPPORT}")

    # 5. Wait for timers, replies and the outbox to settle.
    deadline = time.time() + 120
    ids_sql = ",".join(f"'{mid}'" for _, mid in reply_ids.values())
    while time.time() < deadline:
        closed = int(db.query("select count(*) from ticket where status = 'FECHADO' and id in (" + ",".join(jobs) + ")")[0][0]) if jobs else 0
        inbox = int(db.query(f"select count(distinct message_id) from mail_inbox where message_id in ({ids_sql})")[0][0])
        pending = int(db.query("select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")[0][0])
        if closed == len(jobs) and inbox == len(reply_ids) and pending == 0:
            time.sleep(3)  # one more dispatch round for anything the last effects queued
            if int(db.query("select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")[0][0]) == 0:
                break
        time.sleep(2)
    h.log(f"settled after {time.time() - due:.0f} s")

    # Timers: each ticket closed once by its timer, each job executed successfully once, nothing failed.
    jlist = ",".join(f"'{j}'" for j in jobs.values()) or "''"
    tlist = ",".join(jobs) or "0"
    closes = dict(db.query("select cast(t.id as varchar), count(h.id) from ticket t left join ticket_history h "
                           f"on h.ticket_id = t.id and h.kind = 'CLOSED' where t.id in ({tlist}) group by t.id"))
    reasons = collections.Counter(r[0] for r in db.query(f"select close_reason from ticket where id in ({tlist})"))
    log_rows = db.query(f"select job_id_, job_state_, hostname_ from act_hi_job_log where job_id_ in ({jlist})")
    success = collections.Counter(j for j, s, _ in log_rows if s == "2")
    failed = sum(1 for _, s, _ in log_rows if s == "1")
    by_host = collections.Counter(host for _, s, host in log_rows if s == "2")
    incidents = int(db.query("select count(*) from act_ru_incident")[0][0])
    failing = int(db.query("select count(*) from act_ru_job where exception_msg_ is not null or retries_ < 3")[0][0])
    checks.check("every timer fired exactly once",
                 len(jobs) == len(resolved) and all(int(closes.get(n, 0)) == 1 for n in jobs)
                 and reasons == {"CONTEST_WINDOW_ENDED": len(jobs)}
                 and all(success[j] == 1 for j in jobs.values()) and failed == 0 and incidents == 0 and failing == 0,
                 f"{len(jobs)} timers; close entries per ticket {sorted(collections.Counter(int(v) for v in closes.values()).items())}; "
                 f"reasons {dict(reasons)}; successful job logs per job {sorted(collections.Counter(success[j] for j in jobs.values()).items())}; "
                 f"executed by {dict(by_host)}; failed logs {failed}, incidents {incidents}, failing jobs {failing}")

    # Replies: each message one inbox row, each text one history entry, each waiting ticket resumed.
    inbox_rows = collections.Counter(r[0] for r in db.query(f"select message_id from mail_inbox where message_id in ({ids_sql})"))
    outcomes = collections.Counter(r[0] for r in db.query(f"select outcome from mail_inbox where message_id in ({ids_sql})"))
    entries = collections.Counter()
    for (text,) in db.query(f"select text from ticket_history where kind = 'CUSTOMER_REPLY' and text like '%resp-{run_id}-%'"):
        for m in re.findall(rf"resp-{run_id}-\d+", text):
            entries[m] += 1
    resumed = int(db.query("select count(*) from ticket where status <> 'AGUARDANDO_CLIENTE' and id in (" + ",".join(waiting) + ")")[0][0])
    checks.check("every reply applied exactly once",
                 all(inbox_rows[mid] == 1 for _, mid in reply_ids.values())
                 and all(entries[m] == 1 for m in reply_ids) and sum(entries.values()) == len(reply_ids)
                 and resumed == len(waiting),
                 f"{sum(1 for _, mid in reply_ids.values() if inbox_rows[mid] == 1)}/{len(reply_ids)} with one inbox row, "
                 f"{sum(1 for m in reply_ids if entries[m] == 1)}/{len(reply_ids)} with one history entry; outcomes {dict(outcomes)}; "
                 f"{resumed}/{len(waiting)} waiting tickets resumed")

    # Mailbox rounds: never overlapping between the nodes.
    ra, rb = rounds(nodes[0].log_text()), rounds(nodes[1].log_text())
    skipped = [n.log_text().count("Mailbox round skipped") for n in nodes]
    both = overlaps(ra, rb)
    processed = sum(p for *_, p in ra + rb)
    checks.check("mailbox rounds never overlap between nodes", ra and rb and not both and processed >= len(reply_ids),
                 f"node-a {len(ra)} rounds ({sum(p for *_, p in ra)} messages, {skipped[0]} skipped), node-b {len(rb)} rounds "
                 f"({sum(p for *_, p in rb)} messages, {skipped[1]} skipped); overlapping pairs {len(both)} {both[:2]}")

    # Outbox: every row SENT, each Message-ID exactly once in the mailboxes.
    outbox = db.query("select message_id, status, recipient from mail_outbox")
    statuses = collections.Counter(s for _, s, _ in outbox)
    delivered = mail.message_ids(r for *_, r in outbox)
    ours = {k: v for k, v in delivered.items() if k.endswith("@atende.local>")}
    once = sum(1 for mid, _, _ in outbox if delivered[norm(mid)] == 1)
    checks.check("outbox sends each message once",
                 outbox and statuses == {"SENT": len(outbox)} and once == len(outbox) and sum(ours.values()) == len(outbox),
                 f"{len(outbox)} rows {dict(statuses)}; {once} Message-IDs delivered exactly once; "
                 f"{sum(ours.values())} of our messages in {len(set(r for *_, r in outbox))} mailboxes; "
                 f"duplicates {[k for k, v in ours.items() if v > 1][:3]}")


def norm(mid):
    mid = mid.strip()
    return mid if mid.startswith("<") else f"<{mid}>"


if __name__ == "__main__":
    sys.exit(main())
