#!/usr/bin/env python3
"""Figures 6 and 1 of the benchmark (docs/performance.md): start-up time and resident memory of the
application jar, then tickets opened per second through the HTTP API against a bare baseline (the same
engine starting a one-user-task process through the engine's REST API). Loopback only, bounded loops.
Prints a JSON object with the measurements on its last line."""
import base64, http.client, json, os, re, socket, subprocess, sys, tempfile, threading, time

JAR, CONCURRENCY = sys.argv[1], 8
WARMUP, COUNT = int(os.environ.get("BENCH_WARMUP", 1000)), int(os.environ.get("BENCH_COUNT", 1500))

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

def cpu_seconds(pid):
    """User + system CPU time the process has used so far (all its threads)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def auth(user, pw):
    return "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()

BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="bench">
  <process id="benchBaseline" isExecutable="true" camunda:historyTimeToLive="P1D">
    <startEvent id="start"/>
    <sequenceFlow id="f1" sourceRef="start" targetRef="task"/>
    <userTask id="task" name="Bench"/>
    <sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
    <endEvent id="end"/>
  </process>
</definitions>"""

TICKET = json.dumps({"type": "SUPORTE", "product": "PROTHEUS", "subject": "Falha", "description":
                     "Erro ao gerar a nota.", "impact": "MEDIO", "urgency": "MEDIA"})

def run_load(port, path, body, authorization, n, method="POST"):
    """n POSTs over CONCURRENCY keep-alive connections; returns (requests per second, failures)."""
    lock, state = threading.Lock(), {"left": n, "fail": 0, "codes": {}}
    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if state["left"] <= 0:
                    break
                state["left"] -= 1
            try:
                conn.request(method, path, body, {"Content-Type": "application/json", "Authorization": authorization})
                r = conn.getresponse(); r.read()
                ok = r.status in (200, 201)
                code = r.status
            except Exception as e:  # count it, reconnect
                ok, code = False, type(e).__name__
                conn.close(); conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            if not ok:
                with lock:
                    state["fail"] += 1; state["codes"][str(code)] = state["codes"].get(str(code), 0) + 1
        conn.close()
    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    t0 = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    return n / (time.perf_counter() - t0), state["fail"], state["codes"]

def deploy(port):
    boundary = "benchboundary42"
    data = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench.bpmn\"\r\n"
            f"Content-Type: application/xml\r\n\r\n{BPMN}\r\n--{boundary}--\r\n")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/engine-rest/deployment/create", data.encode(),
                 {"Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": auth("demo", "demo")})
    r = conn.getresponse(); text = r.read().decode()
    if r.status != 200:
        sys.exit(f"baseline deployment failed: {r.status} {text[:500]}")

def main():
    tmp = tempfile.mkdtemp(prefix="atende-bench-")
    port = free_port()
    log = open(os.path.join(tmp, "app.log"), "w")
    args = ["java", *os.environ.get("BENCH_JVM_ARGS", "").split(), "-jar", os.path.abspath(JAR), f"--server.port={port}",
            f"--atende.mail.embedded.smtp-port={free_port()}", f"--atende.mail.embedded.imap-port={free_port()}",
            f"--atende.mail.public-url=http://localhost:{port}", f"--atende.mail.portal-url=http://localhost:{port}/portal",
            *os.environ.get("BENCH_APP_ARGS", "").split()]
    t0 = time.perf_counter()
    app = subprocess.Popen(args, cwd=tmp, stdout=log, stderr=subprocess.STDOUT)
    try:
        health = None
        # at most BENCH_START_SECONDS (default 600: a cold start on a busy 2-core machine takes minutes)
        for _ in range(int(os.environ.get("BENCH_START_SECONDS", "600")) * 10):
            if app.poll() is not None:
                sys.exit(f"application exited ({app.returncode}); see {tmp}/app.log")
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/actuator/health/readiness"); r = c.getresponse(); r.read()
                if r.status == 200:
                    health = time.perf_counter() - t0; break
            except OSError:
                pass
            time.sleep(0.1)
        if health is None:
            sys.exit(f"no /actuator/health/readiness 200 within {os.environ.get('BENCH_START_SECONDS', '600')} s; "
                     f"see {tmp}/app.log")
        m = re.search(r"Started AtendeApplication in ([0-9.]+) seconds", open(os.path.join(tmp, "app.log")).read())
        started = float(m.group(1)) if m else None
        time.sleep(2)
        rss_start = rss_kb(app.pid)

        deploy(port)
        ana = auth("ana@paoquente.com.br", "demo")
        base_path, demo = "/engine-rest/process-definition/key/benchBaseline/start", auth("demo", "demo")
        # Warm both paths, then measure baseline, tickets, baseline again (averaged) to even out drift.
        run_load(port, base_path, "{}", demo, WARMUP)
        w = run_load(port, "/api/tickets", TICKET, ana, WARMUP)
        if w[1]:
            sys.exit(f"ticket warm-up failures: {w[2]}; see {tmp}/app.log")
        # The application's CPU time per request in each phase: a second view, steadier than the rate on a
        # shared machine (the load generator and other processes do not count in it).
        c0 = cpu_seconds(app.pid)
        b1 = run_load(port, base_path, "{}", demo, COUNT)
        c1 = cpu_seconds(app.pid)
        t = run_load(port, "/api/tickets", TICKET, ana, COUNT)
        c2 = cpu_seconds(app.pid)
        b2 = run_load(port, base_path, "{}", demo, COUNT)
        c3 = cpu_seconds(app.pid)
        # Context: the cost of a cheap authenticated API read as the same customer (Basic auth, password
        # checked on every request), the floor under any /api/tickets request.
        g = run_load(port, "/api/tickets?size=1", None, ana, COUNT, "GET")
        baseline = (b1[0] + b2[0]) / 2
        rss_load = rss_kb(app.pid)
        print(json.dumps({"startedSeconds": started, "healthSeconds": round(health, 2),
                          "rssStartMiB": round(rss_start / 1024), "rssAfterLoadMiB": round(rss_load / 1024),
                          "ticketsPerSecond": round(t[0], 1), "ticketFailures": t[1],
                          "baselinePerSecond": round(baseline, 1), "baselineRuns": [round(b1[0], 1), round(b2[0], 1)],
                          "baselineFailures": b1[1] + b2[1], "ratio": round(t[0] / baseline, 3),
                          "cpuMsPerTicket": round((c2 - c1) * 1000 / COUNT, 2),
                          "cpuMsPerBaselineStart": round(((c1 - c0) + (c3 - c2)) * 1000 / (2 * COUNT), 2),
                          "apiReadPerSecond": round(g[0], 1), "apiReadFailures": g[1],
                          "warmup": WARMUP, "count": COUNT, "concurrency": CONCURRENCY, "tmp": tmp}))
    finally:
        app.terminate()
        try:
            app.wait(30)
        except subprocess.TimeoutExpired:
            app.kill()

main()
