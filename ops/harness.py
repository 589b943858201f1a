"""Shared helpers of the operational tests (ops/cluster_test.py, ops/crash_test.py): an external
GreenMail server, Atende nodes started from the packaged jar on free ports, HTTP helpers, SQL through
psql (PostgreSQL) or H2's Shell (H2 file, only while no node holds the file), IMAP reads of the
delivered mail, and a list of checks that prints one line per check and gives the exit code.
Python 3.11 standard library only."""
import base64, collections, csv, glob, http.client, imaplib, json, os, re, shutil, signal, smtplib, socket
import subprocess, sys, tempfile, threading, time
from email.message import EmailMessage
from email.utils import make_msgid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "atende-0.1.0-SNAPSHOT.jar")
# The JVM options Atende ships for the jar (ops/jvm.options, docs/operations.md#jvm-options): the nodes start with them.
JVM_OPTIONS = [line.strip() for line in open(os.path.join(ROOT, "ops", "jvm.options"))
               if line.strip() and not line.strip().startswith("#")]
M2 = os.path.expanduser("~/.m2/repository")
SUPPORT = "suporte@atende.local"
CUSTOMER, ADMIN = "ana@paoquente.com.br", "admin@paoquente.com.br"
STAFF = ("demo", "demo")
TOKEN_SECRET = "cluster-test-secret-0123456789abcdef-0123456789"
PG_HOST, PG_USER = "127.0.0.1", "postgres"


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def _pom_property(name):
    with open(os.path.join(ROOT, "pom.xml")) as f:
        m = re.search(rf"<{re.escape(name)}>([^<]+)</{re.escape(name)}>", f.read())
    return m.group(1) if m else None


def _jar(group_path, artifact, version=None):
    """A jar from the local Maven repository; fetched with Maven's own client when missing."""
    def found():
        jars = sorted(glob.glob(os.path.join(M2, group_path, artifact, version or "*", f"{artifact}-*.jar")))
        return [j for j in jars if not j.endswith(("-sources.jar", "-javadoc.jar"))]
    if not found() and version:
        coords = f"{group_path.replace('/', '.')}:{artifact}:{version}"
        log(f"fetching {coords} into {M2}")
        subprocess.run(["mvn", "-B", "-q", "dependency:get", f"-Dartifact={coords}"], cwd=ROOT, check=False)
    if not found():
        sys.exit(f"{artifact} not found under {M2}")
    return found()[-1]


# ---------------------------------------------------------------- checks

class Checks:
    """Collects named checks; each prints one line; exit code 0 only if all hold."""

    def __init__(self, title):
        self.title, self.results = title, []

    def check(self, name, ok, detail=""):
        self.results.append((name, bool(ok), detail))
        log(f"{'PASS' if ok else 'FAIL'} {name}: {detail}")
        return ok

    def finish(self, started):
        failed = [n for n, ok, _ in self.results if not ok]
        print(f"\n== {self.title}: {len(self.results) - len(failed)}/{len(self.results)} checks hold "
              f"({time.time() - started:.0f} s)")
        for name, ok, detail in self.results:
            print(f"{'PASS' if ok else 'FAIL'} {name}: {detail}")
        return 1 if failed or not self.results else 0


# ---------------------------------------------------------------- GreenMail

class GreenMail:
    """GreenMail standalone on free ports; authentication off (any password; mailboxes are created
    on first delivery or login, login = the address)."""

    def __init__(self, workdir):
        self.smtp_port, self.imap_port = free_port(), free_port()
        self.log_path = os.path.join(workdir, "greenmail.log")
        self.proc = None

    def start(self):
        jar = _jar("com/icegreen", "greenmail-standalone", _pom_property("greenmail.version"))
        cmd = ["java", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
               "-Dgreenmail.smtp.hostname=127.0.0.1", f"-Dgreenmail.smtp.port={self.smtp_port}",
               "-Dgreenmail.imap.hostname=127.0.0.1", f"-Dgreenmail.imap.port={self.imap_port}",
               "-Dgreenmail.auth.disabled", "-jar", jar]
        self.proc = subprocess.Popen(cmd, stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT)
        if not (wait_port(self.smtp_port) and wait_port(self.imap_port)):
            raise RuntimeError("GreenMail did not start; see " + self.log_path)
        log(f"GreenMail pid {self.proc.pid}: SMTP {self.smtp_port}, IMAP {self.imap_port}")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def send(self, sender, subject, text, to=SUPPORT, headers=None):
        """One message over SMTP; returns its Message-ID."""
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, to, subject
        m["Message-ID"] = make_msgid(domain="cliente.test")
        for k, v in (headers or {}).items():
            m[k] = v
        m.set_content(text)
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=30) as s:
            s.send_message(m)
        return m["Message-ID"]

    def message_ids(self, mailboxes):
        """Counter of Message-IDs over every message in the given mailboxes (IMAP, read-only)."""
        counts = collections.Counter()
        for box in sorted(set(mailboxes)):
            imap = imaplib.IMAP4("127.0.0.1", self.imap_port)
            try:
                imap.login(box, "x")
                imap.select("INBOX", readonly=True)
                _, data = imap.search(None, "ALL")
                nums = data[0].split()
                if nums:
                    _, fetched = imap.fetch(b",".join(nums), "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
                    for part in fetched:
                        if isinstance(part, tuple):
                            m = re.search(rb"<[^>]+>", part[1])
                            if m:
                                counts[m.group(0).decode()] += 1
            finally:
                try:
                    imap.logout()
                except Exception:
                    pass
        return counts


# ---------------------------------------------------------------- databases

def psql(db, sql):
    """Rows of a query (psql -At), each a list of strings."""
    out = subprocess.run(["psql", "-h", PG_HOST, "-U", PG_USER, "-d", db, "-v", "ON_ERROR_STOP=1", "-Atc", sql],
                         capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {out.stderr.strip()}")
    return [line.split("|") for line in out.stdout.splitlines() if line != ""]


def pg_available():
    return subprocess.run(["pg_isready", "-q", "-h", PG_HOST, "-p", "5432"]).returncode == 0


def pg_fresh(db):
    psql("postgres", f"drop database if exists {db}")
    psql("postgres", f"create database {db}")


def h2_sql(path, sql):
    """Rows of a query on an H2 file database no running node holds: H2's Shell (one JVM) writes the
    result with CSVWRITE, read back with the csv module."""
    fd, out_csv = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    try:
        call = f"CALL CSVWRITE('{out_csv}', '{sql.replace(chr(39), chr(39) * 2)}', 'charset=UTF-8')"
        # H2's Shell from the application jar itself (the same H2 version as the nodes)
        out = subprocess.run(["java", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Dloader.main=org.h2.tools.Shell",
                              "-cp", JAR, "org.springframework.boot.loader.launch.PropertiesLauncher",
                              "-url", f"jdbc:h2:file:{path}", "-user", "sa", "-password", "", "-sql", call],
                             capture_output=True, text=True, timeout=120)
        if out.returncode != 0 or "Exception" in out.stdout or "Error" in out.stdout:
            raise RuntimeError(f"H2 Shell failed: {out.stdout[-2000:]} {out.stderr[-2000:]}")
        with open(out_csv, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        return rows[1:]  # first row: the column names
    finally:
        os.unlink(out_csv)


class Database:
    """Where a node's data lives: a PostgreSQL database (fresh on create) or an H2 file (the default URL,
    relative to the node's working directory)."""

    def __init__(self, kind, name, workdir):
        self.kind, self.name, self.workdir = kind, name, workdir

    def create(self):
        if self.kind == "postgres":
            pg_fresh(self.name)
        else:
            shutil.rmtree(os.path.join(self.workdir, "data"), ignore_errors=True)

    def drop(self):
        if self.kind == "postgres":
            try:
                psql("postgres", f"drop database if exists {self.name}")
            except Exception as e:  # a node still connected; leave it for the next run's create
                log(f"database {self.name} not dropped: {e}")

    def query(self, sql):
        if self.kind == "postgres":
            return psql(self.name, sql)
        return h2_sql(os.path.join(self.workdir, "data", "atende"), sql)


# ---------------------------------------------------------------- nodes

class Node:
    """One Atende JVM (the packaged jar) on a free port with the external GreenMail; output to a log file."""

    def __init__(self, name, db, mail, workdir, extra=()):
        self.name, self.db, self.mail, self.workdir = name, db, mail, workdir
        self.port = free_port()
        self.extra = list(extra)
        self.proc = None
        self.starts = 0
        self.log_path = None

    def start(self):
        self.starts += 1
        self.log_path = os.path.join(self.workdir, f"{self.name}-{self.starts}.log")
        env = dict(os.environ, ATENDE_DEMO_DATA="true", ATENDE_MAIL_TOKEN_SECRET=TOKEN_SECRET,
                   ATENDE_SECURE_COOKIE="false")
        args = [f"--server.port={self.port}",
                "--atende.mail.embedded.enabled=false",
                "--spring.mail.host=127.0.0.1", f"--spring.mail.port={self.mail.smtp_port}",
                "--atende.mail.inbound.host=127.0.0.1", f"--atende.mail.inbound.port={self.mail.imap_port}",
                "--atende.mail.inbound.ssl=false", f"--atende.mail.inbound.username={SUPPORT}",
                "--atende.mail.inbound.password=x",
                f"--atende.mail.public-url=http://127.0.0.1:{self.port}",
                f"--atende.attachments.directory={os.path.join(self.workdir, 'attachments')}",
                # each node its own Lucene directory (docs/knowledge.md: several nodes share Elasticsearch instead)
                f"--atende.knowledge.index-directory={os.path.join(self.workdir, self.name + '-index')}",
                "--atende.demo-data.enabled=true",
                "--logging.level.io.atende.mail.internal.MailboxReader=DEBUG"]
        if self.db.kind == "postgres":
            env.update(ATENDE_DB_URL=f"jdbc:postgresql://{PG_HOST}:5432/{self.db.name}", ATENDE_DB_USER=PG_USER,
                       ATENDE_DB_PASSWORD="")
            args.insert(0, "--spring.profiles.active=postgres")
        # H2: the default URL of application.yml (./data/atende), relative to the working directory.
        cmd = ["java", *JVM_OPTIONS, "-jar", JAR] + args + self.extra
        env.setdefault("MALLOC_ARENA_MAX", "2")  # as ops/run
        self.proc = subprocess.Popen(cmd, cwd=self.db.workdir, env=env, stdout=open(self.log_path, "w"),
                                     stderr=subprocess.STDOUT, start_new_session=True)
        log(f"{self.name}: pid {self.proc.pid}, port {self.port}, log {self.log_path}")
        return self

    def wait_healthy(self, timeout=600):
        t0 = time.time()
        while time.time() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}); see {self.log_path}")
            try:
                # ready: the start-up work is done (demo data, models, index); before, requests are answered 503
                status, body = self.http("GET", "/actuator/health/readiness", auth=None, timeout=5)
                if status == 200 and body.get("status") == "UP":
                    log(f"{self.name}: ready after {time.time() - t0:.0f} s")
                    return time.time() - t0
            except (OSError, http.client.HTTPException, ValueError):
                pass
            time.sleep(1)
        raise RuntimeError(f"{self.name} not healthy after {timeout} s; see {self.log_path}")

    def stop(self, timeout=60):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def kill(self):
        """SIGKILL: no shutdown hooks, no flush, no goodbye."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            log(f"{self.name}: SIGKILLed pid {self.proc.pid}")

    def http(self, method, path, body=None, auth=STAFF, timeout=60):
        return http_call(self.port, method, path, body, auth, timeout)

    def log_text(self, start_index=1):
        text = []
        for i in range(start_index, self.starts + 1):
            with open(os.path.join(self.workdir, f"{self.name}-{i}.log"), errors="replace") as f:
                text.append(f.read())
        return "\n".join(text)


def http_call(port, method, path, body=None, auth=STAFF, timeout=60):
    """(status, parsed JSON or text). auth: (user, password) for HTTP Basic, or None."""
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, data, headers)
        r = conn.getresponse()
        raw = r.read().decode(errors="replace")
    finally:
        conn.close()
    try:
        return r.status, json.loads(raw) if raw else None
    except ValueError:
        return r.status, raw


# ---------------------------------------------------------------- the application's flows

def open_ticket(port, subject, auth=(CUSTOMER, "demo"), timeout=60):
    """POST /api/tickets; returns (status, ticket number or None)."""
    status, body = http_call(port, "POST", "/api/tickets", {
        "type": "SUPORTE", "product": "PROTHEUS", "subject": subject,
        "description": "Erro ao gerar a nota. " + subject, "impact": "MEDIO", "urgency": "MEDIA"}, auth, timeout)
    number = body.get("number") if status == 201 and isinstance(body, dict) else None
    return status, (str(number) if number is not None else None)


def complete_analysis(port, number, variables, user=STAFF):
    """Claims the ticket's open task through /engine-rest and completes it with the variables."""
    status, tasks = http_call(port, "GET", f"/engine-rest/task?processInstanceBusinessKey={number}", auth=user)
    if status != 200 or len(tasks) != 1:
        raise RuntimeError(f"ticket {number}: expected one task, got {status} {tasks}")
    task = tasks[0]["id"]
    status, body = http_call(port, "POST", f"/engine-rest/task/{task}/claim", {"userId": user[0]}, user)
    if status != 204:
        raise RuntimeError(f"ticket {number}: claim {status} {body}")
    status, body = http_call(port, "POST", f"/engine-rest/task/{task}/complete",
                             {"variables": {k: {"value": v} for k, v in variables.items()}}, user)
    if status != 204:
        raise RuntimeError(f"ticket {number}: complete {status} {body}")


def propose_solution(port, number, solution="Aplique o pacote 12.1.2410.2."):
    complete_analysis(port, number, {"outcome": "PROPOSE_SOLUTION", "solution": solution})


def request_information(port, number, question="Qual a versão do sistema?"):
    complete_analysis(port, number, {"outcome": "REQUEST_INFORMATION", "question": question})


def timer_jobs(port, number):
    """The timer jobs of the ticket's process instance (engine REST)."""
    status, instances = http_call(port, "GET", f"/engine-rest/process-instance?businessKey={number}")
    if status != 200 or not instances:
        return []
    status, jobs = http_call(port, "GET", f"/engine-rest/job?timers=true&processInstanceId={instances[0]['id']}")
    return jobs if status == 200 else []


def contest_window_job(port, number):
    """The contest-window timer of a resolved ticket: its latest-due timer job (the SLA timers are due earlier
    only when breached; a resolved ticket's analysis timers are gone)."""
    jobs = timer_jobs(port, number)
    return jobs[0] if len(jobs) == 1 else None


def engine_date(epoch):
    """Camunda REST date format: yyyy-MM-dd'T'HH:mm:ss.SSSZ."""
    return time.strftime("%Y-%m-%dT%H:%M:%S.000+0000", time.gmtime(epoch))


def set_due_date(port, job_id, epoch):
    status, body = http_call(port, "PUT", f"/engine-rest/job/{job_id}/duedate", {"duedate": engine_date(epoch)})
    if status != 204:
        raise RuntimeError(f"job {job_id}: due date {status} {body}")


def workdir(prefix):
    d = tempfile.mkdtemp(prefix=prefix)
    os.makedirs(os.path.join(d, "attachments"), exist_ok=True)
    return d


def require_jar():
    if not os.path.exists(JAR):
        sys.exit(f"{JAR} missing: run `mvn -DskipTests package` first")
