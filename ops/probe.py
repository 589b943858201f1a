#!/usr/bin/env python3
"""Route × role probe (issue 12): starts the packaged jar on free ports with a fresh data directory, the
embedded mail server and demo data, walks every route of the application as every role (anonymous,
contact, company administrator, another company's administrator, a blocked company's administrator, an
agent of another team, an agent of the ticket's team, the process administrator), then the bad inputs of
issue 12, and a second short start without demo data. One line per failed check; the last line is
`N passed, M failed`; exit code 1 when a check failed.

    python3 ops/probe.py            # needs target/atende-0.1.0-SNAPSHOT.jar (mvn -DskipTests package)
    python3 ops/probe.py --list     # print the walk (routes × roles and the expected outcomes)
    python3 ops/probe.py --keep     # keep the work directory (logs)

Every route the controllers map (src/main/java, @RequestMapping/@GetMapping/…) must be a row of ROUTES:
a mapping without a row fails ("route not in the walk: …"), so a new route gets its expectations here.
Only 127.0.0.1 traffic; bounded in time. Python 3 standard library only."""
import argparse, base64, concurrent.futures as cf, email, glob, http.client, imaplib, json, os, re, shutil
import signal, smtplib, subprocess, sys, tempfile, threading, time, uuid
from email.message import EmailMessage
from urllib.parse import urlencode, urlsplit

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h

ROOT = h.ROOT
SRC = os.path.join(ROOT, "src", "main", "java")

# ---------------------------------------------------------------- roles
# kind of credentials each role has: customers a portal login and their e-mail for /api (HTTP Basic);
# Camunda users a Tasklist login (webapps, /equipe) and their id for /api/admin, /engine-rest, /actuator.
ROLES = {
    "anon": None,
    "contact": ("customer", "ana@paoquente.com.br"),
    "admin": ("customer", "admin@paoquente.com.br"),
    "other": ("customer", "joao@acoforte.com.br"),
    "blocked": ("customer", "maria@inadimplente.com.br"),
    "agent_other": ("staff", "agente-suporte-rm"),
    "agent_team": ("staff", "agente-suporte-protheus"),
    "staff": ("staff", "demo"),
}
CUSTOMERS = ["contact", "admin", "other", "blocked"]
STAFF_ROLES = ["agent_other", "agent_team", "staff"]
PASSWORD = "demo"

# Texts a refusal must never show: Spring's or Tomcat's English pages, stack traces.
ENGLISH = ["Whitelabel", "Bad Request", "HTTP Status", "Exception", "org.springframework", "at java.",
           # Spring Boot's JSON error body ({"error": "Unauthorized", …})
           '"error":"Unauthorized"', '"error":"Forbidden"', '"error":"Not Found"', '"error":"Internal Server Error"']
# Camunda's own APIs answer in English by design (their error "type" is an exception class name):
# only the container's pages and stack traces are refused there.
ENGLISH_CAMUNDA = ["Whitelabel", "HTTP Status", "org.springframework", "at java.", "org.apache."]

# atende.team.readable-processes: what an agent may see of the process definitions
READABLE = ["ticket-lifecycle", "ouvidoria", "satisfaction-survey"]

LOGIN = "LOGIN"  # 302 to the portal's login page


def E(default=None, **per_role):
    """Expected outcome per role: every role `default` unless named; values are a status, a set of
    statuses or LOGIN."""
    out = {r: default for r in ROLES}
    groups = {"customers": CUSTOMERS, "staff_roles": STAFF_ROLES, "agents": ["agent_other", "agent_team"]}
    for k, v in per_role.items():
        for r in groups.get(k, [k]):
            out[r] = v
    return out


# Expectation shortcuts
API_OWN = dict(default=401, contact=200, admin=200, other=404, blocked=404)  # a Pão Quente ticket, customer API
PAGE_OWN = dict(default=LOGIN, contact=200, admin=200, other=404, blocked=404)  # the same in the portal
STAFF_API = dict(default=401, staff=200, agents=403)  # /api/admin/**: camunda-admin and cst
ENGINE_ANY = dict(default=401, staff_roles=200)  # /engine-rest: any Camunda user

# ---------------------------------------------------------------- the walk
# (method, mapping pattern as in the source, concrete path (with {fixtures}), kind, expected, body)
# kind: api | admin | engine | actuator | page (portal/staff pages: the role's session) | acao | public | webapp
# body: None, ("json", obj), ("form", dict) — forms get the session's CSRF token —, ("multipart", name, bytes)
R = []


def route(method, pattern, path, kind, expected, body=None):
    R.append(dict(method=method, pattern=pattern, path=path, kind=kind, expected=expected, body=body))


# customer API (/api/**, HTTP Basic as a contact)
route("POST", "/api/tickets", "/api/tickets", "api",
      E(401, customers=201, blocked=(400, 403, 409, 422)),
      ("json", {"type": "SUPORTE", "product": "PROTHEUS", "subject": "Probe {role}", "description": "Aberto pelo probe.",
                "impact": "MEDIO", "urgency": "MEDIA"}))
route("GET", "/api/tickets", "/api/tickets", "api", E(401, customers=200))
route("GET", "/api/tickets/{number}", "/api/tickets/{ana_t}", "api", E(**API_OWN))
route("GET", "/api/tickets/{number}/history", "/api/tickets/{ana_t}/history", "api", E(**API_OWN))
route("POST", "/api/tickets/{number}/attachments", "/api/tickets/{ana_t}/attachments", "api",
      E(401, contact=201, admin=201, other=404, blocked=404), ("multipart", "probe-{role}.txt", b"conteudo do probe\n"))
route("GET", "/api/tickets/{number}/attachments", "/api/tickets/{ana_t}/attachments", "api", E(**API_OWN))
route("GET", "/api/tickets/{number}/attachments/{id}", "/api/tickets/{ana_t}/attachments/{att}", "api", E(**API_OWN))
route("POST", "/api/tickets/{number}/replies", "/api/tickets/{ana_t}/replies", "api", E(**API_OWN),
      ("json", {"text": "Resposta do probe ({role})."}))
# the walk's ticket is ABERTO: accepting or contesting it is refused (409) for those who may see it
route("POST", "/api/tickets/{number}/acceptance", "/api/tickets/{ana_t}/acceptance", "api",
      E(401, contact=409, admin=409, other=404, blocked=404))
route("POST", "/api/tickets/{number}/contestation", "/api/tickets/{ana_t}/contestation", "api",
      E(401, contact=409, admin=409, other=404, blocked=404), ("json", {"reason": "Probe"}))
route("GET", "/api/tickets/{number}/survey", "/api/tickets/{ana_t}/survey", "api",
      E(401, contact=(200, 404), admin=(200, 404), other=404, blocked=404))
route("POST", "/api/tickets/{number}/survey", "/api/tickets/{ana_t}/survey", "api",
      E(401, contact=(400, 404, 409), admin=(400, 404, 409), other=404, blocked=404), ("json", {"answer": "BOM"}))
route("POST", "/api/ouvidoria", "/api/ouvidoria", "api",
      E(401, contact=(201, 400, 409), admin=(201, 400, 409), other=404, blocked=404),
      ("json", {"ticketNumbers": ["{ana_t}"], "description": "Probe: escalada."}))
route("GET", "/api/ouvidoria/{number}", "/api/ouvidoria/99999999", "api", E(401, customers=(400, 404)))
route("GET", "/api/ouvidoria/{number}/survey", "/api/ouvidoria/99999999/survey", "api", E(401, customers=(400, 404)))
route("POST", "/api/ouvidoria/{number}/survey", "/api/ouvidoria/99999999/survey", "api", E(401, customers=(400, 404)),
      ("json", {"answer": "BOM"}))
route("GET", "/api/billing/statements/{month}.csv", "/api/billing/statements/2026-11.csv", "api",
      E(401, contact=403, admin=200, other=200, blocked=200))
route("GET", "/api/billing/statements/{month}.html", "/api/billing/statements/2026-11.html", "api",
      E(401, contact=403, admin=200, other=200, blocked=200))
route("GET", "/api/business-calendar/due-date",
      "/api/business-calendar/due-date?calendar=suporte&start=2026-11-13T17:00:00-03:00&businessHours=4", "public",
      E(200))
# contacts (company administrators)
route("GET", "/api/contacts", "/api/contacts", "api", E(401, contact=403, admin=200, other=200, blocked=200))
route("GET", "/api/contacts/{id}", "/api/contacts/{ana_id}", "api", E(401, contact=403, admin=200, other=404, blocked=404))
route("PUT", "/api/contacts/{id}", "/api/contacts/{ana_id}", "api", E(401, contact=403, admin=200, other=404, blocked=404),
      ("json", {"name": "{ana_name}", "administrator": False}))
route("POST", "/api/contacts", "/api/contacts", "api", E(401, contact=403, admin=201, other=201, blocked=(201, 403)),
      ("json", {"name": "Convidado do probe", "email": "probe-{role}-{run}@{domain}", "administrator": False}))
# the last active administrator cannot be deactivated (409); another company's contact is not found
route("POST", "/api/contacts/{id}/deactivation", "/api/contacts/{admin_id}/deactivation", "api",
      E(401, contact=403, admin=409, other=404, blocked=404))

# staff API (/api/admin/**, HTTP Basic as a Camunda user of camunda-admin or cst)
route("GET", "/api/admin/mail/outbox", "/api/admin/mail/outbox?limit=5", "admin", E(**STAFF_API))
# the models the engine runs (issue 13): process administrators only; the release's version is live, so adopting
# it deploys nothing
route("GET", "/api/admin/models", "/api/admin/models", "admin", E(**STAFF_API))
route("GET", "/api/admin/models/{key}/live", "/api/admin/models/ticket-routing/live", "admin", E(**STAFF_API))
route("GET", "/api/admin/models/{key}/live", "/api/admin/models/nao-existe/live", "admin", E(401, agents=403, staff=404))
route("POST", "/api/admin/models/{key}/release", "/api/admin/models/ticket-routing/release", "admin", E(**STAFF_API))
route("GET", "/api/admin/mail/inbox", "/api/admin/mail/inbox?limit=5", "admin", E(**STAFF_API))
route("GET", "/api/admin/mail/quarantine", "/api/admin/mail/quarantine?limit=5", "admin", E(**STAFF_API))
route("GET", "/api/admin/billing/rates", "/api/admin/billing/rates", "admin", E(**STAFF_API))
route("POST", "/api/admin/billing/rates/igpm", "/api/admin/billing/rates/igpm", "admin",
      E(**dict(STAFF_API, staff=400)), ("json", {}))
route("GET", "/api/admin/billing/statements/{companyId}/{month}.csv", "/api/admin/billing/statements/{pq_company}/2026-11.csv",
      "admin", E(**STAFF_API))
route("GET", "/api/admin/billing/statements/{companyId}/{month}.html",
      "/api/admin/billing/statements/{pq_company}/2026-11.html", "admin", E(**STAFF_API))
route("GET", "/api/admin/on-call", "/api/admin/on-call", "admin", E(**STAFF_API))
route("GET", "/api/admin/on-call/{calendarId}", "/api/admin/on-call/suporte", "admin",
      E(**dict(STAFF_API, staff=(200, 404))))
route("PUT", "/api/admin/on-call/{calendarId}/{date}", "/api/admin/on-call/suporte/2026-12-25", "admin",
      E(**dict(STAFF_API, staff=(200, 400, 404))), ("json", {"hours": ["08:00-12:00"], "note": "Plantão do probe"}))
route("GET", "/api/admin/on-call/{calendarId}/{date}", "/api/admin/on-call/suporte/2026-12-25", "admin",
      E(**dict(STAFF_API, staff=(200, 404))))
route("DELETE", "/api/admin/on-call/{calendarId}/{date}", "/api/admin/on-call/suporte/2026-12-25", "admin",
      E(**dict(STAFF_API, staff=(204, 404))))
route("POST", "/api/admin/ouvidoria", "/api/admin/ouvidoria", "admin", E(**dict(STAFF_API, staff=400)), ("json", {}))
route("GET", "/api/admin/ouvidoria/{number}", "/api/admin/ouvidoria/99999999", "admin", E(**dict(STAFF_API, staff=404)))
route("POST", "/api/admin/companies/{companyId}/administrator/activation",
      "/api/admin/companies/{pq_company}/administrator/activation", "admin", E(**dict(STAFF_API, staff=400)), ("json", {}))

# portal pages (form login; the role's session: customers signed in, Camunda users only their Tasklist session)
route("GET", "/entrar", "/entrar", "page", E((200, 302)))
route("GET", "/esqueci-senha", "/esqueci-senha", "page", E((200, 302)))
route("POST", "/esqueci-senha", "/esqueci-senha", "page", E((200, 302)), ("form", {"email": "ninguem@exemplo.com.br"}))
route("GET", "/primeiro-acesso/{token}", "/primeiro-acesso/token-que-nao-existe", "page", E((200, 404, 410)))
route("POST", "/primeiro-acesso/{token}", "/primeiro-acesso/token-que-nao-existe", "page", E((200, 400, 404, 410)),
      ("form", {"senha": "uma frase longa de senha", "confirmacao": "uma frase longa de senha"}))
route("GET", "/redefinir-senha/{token}", "/redefinir-senha/token-que-nao-existe", "page", E((200, 404, 410)))
route("POST", "/redefinir-senha/{token}", "/redefinir-senha/token-que-nao-existe", "page", E((200, 400, 404, 410)),
      ("form", {"senha": "uma frase longa de senha", "confirmacao": "uma frase longa de senha"}))
route("GET", "/", "/", "page", E(LOGIN, customers=200))
route("GET", "/tickets/novo", "/tickets/novo", "page", E(LOGIN, customers=200))
route("GET", "/tickets/novo", "/tickets/novo?acompanhamento={ana_t}", "page", E(**PAGE_OWN))
# an empty form: answered with the form and its errors, nothing opened
route("POST", "/tickets/novo", "/tickets/novo", "page", E(LOGIN, customers=200), ("form", {"tipo": ""}))
route("GET", "/tickets/{number}", "/tickets/{ana_t}", "page", E(**PAGE_OWN))
route("POST", "/tickets/{number}/respostas", "/tickets/{ana_t}/respostas", "page",
      E(LOGIN, contact=302, admin=302, other=404, blocked=404), ("form", {"texto": "Resposta do probe pelo portal."}))
route("POST", "/tickets/{number}/aceite", "/tickets/{ana_t}/aceite", "page",
      E(LOGIN, contact=302, admin=302, other=404, blocked=404), ("form", {}))
route("POST", "/tickets/{number}/contestacao", "/tickets/{ana_t}/contestacao", "page",
      E(LOGIN, contact=302, admin=302, other=404, blocked=404), ("form", {"motivo": "Probe"}))
route("GET", "/tickets/{number}/anexos/{id}", "/tickets/{ana_t}/anexos/{att}", "page", E(**PAGE_OWN))
route("GET", "/tickets/{number}/pesquisa", "/tickets/{ana_t}/pesquisa", "page", E(**PAGE_OWN))
route("POST", "/tickets/{number}/pesquisa", "/tickets/{ana_t}/pesquisa", "page",
      E(LOGIN, contact=302, admin=302, other=404, blocked=404), ("form", {"avaliacao": "NENHUMA"}))
route("GET", "/ouvidoria", "/ouvidoria", "page", E(LOGIN, customers=200))
route("POST", "/ouvidoria", "/ouvidoria", "page",
      E(LOGIN, contact=(200, 302, 409), admin=(200, 302, 409), other=404, blocked=404),
      ("form", {"tickets": "{ana_t}", "relato": "Probe: escalada pelo portal."}))
route("GET", "/contatos", "/contatos", "page", E(LOGIN, contact=403, admin=200, other=200, blocked=200))
route("GET", "/contatos/novo", "/contatos/novo", "page", E(LOGIN, contact=403, admin=200, other=200, blocked=200))
route("POST", "/contatos/novo", "/contatos/novo", "page", E(LOGIN, contact=403, admin=200, other=200, blocked=200),
      ("form", {"nome": "", "email": ""}))
route("GET", "/contatos/{id}", "/contatos/{ana_id}", "page", E(LOGIN, contact=403, admin=200, other=404, blocked=404))
route("POST", "/contatos/{id}", "/contatos/{ana_id}", "page", E(LOGIN, contact=403, admin=302, other=404, blocked=404),
      ("form", {"nome": "{ana_name}"}))
route("POST", "/contatos/{id}/desativar", "/contatos/{admin_id}/desativar", "page",
      E(LOGIN, contact=403, admin=302, other=404, blocked=404), ("form", {}))
# the Central de Ajuda (R23): the download centre behind the portal's login, the blocked company refused with R4's
# 403 on the list and on every file; communities and the life-cycle calendar public, logged in or not
route("GET", "/ajuda/downloads", "/ajuda/downloads", "page", E(LOGIN, customers=200, blocked=403))
route("GET", "/ajuda/downloads", "/ajuda/downloads?produto=PROTHEUS&versao=12.1.2410", "page",
      E(LOGIN, customers=200, blocked=403))
route("GET", "/ajuda/downloads/{id}/arquivo", "/ajuda/downloads/{pkg}/arquivo", "page",
      E(LOGIN, customers=200, blocked=403))
route("GET", "/ajuda/downloads/{id}/arquivo", "/ajuda/downloads/99999999/arquivo", "page",
      E(LOGIN, customers=404, blocked=403))
# the knowledge base (issue 14, R7, R23): public; internal articles only for staff (404 for everyone else)
route("GET", "/ajuda", "/ajuda", "page", E(200))
route("GET", "/ajuda", "/ajuda?q=notas%20fiscais%20rejeitadas&produto=PROTHEUS", "page", E(200))
route("GET", "/ajuda", "/ajuda?q=nota&produto=SAP", "page", E(400))
route("GET", "/ajuda/artigos/{key}", "/ajuda/artigos/protheus-nfe-rejeicao-539", "page", E(200))
route("GET", "/ajuda/artigos/{key}", "/ajuda/artigos/protheus-interno-nfe-parada-tss", "page", E(404, staff_roles=200))
route("GET", "/ajuda/artigos/{key}", "/ajuda/artigos/nao-existe", "page", E(404))
route("GET", "/ajuda/imagens/{key}", "/ajuda/imagens/0123456789abcdef0123456789abcdef", "page", E(404))
route("GET", "/ajuda/sugestoes", "/ajuda/sugestoes?assunto=nota%20fiscal%20rejeitada&produto=PROTHEUS", "page", E(200))
route("GET", "/ajuda/sugestoes", "/ajuda/sugestoes?assunto=nota&produto=SAP", "page", E(400))
# "Isso resolveu" on an article that does not exist: back to the form with the message, nothing counted
route("POST", "/tickets/novo/resolvido", "/tickets/novo/resolvido", "page", E(LOGIN, customers=302),
      ("form", {"artigo": "99999999", "produto": "PROTHEUS"}))
route("GET", "/ajuda/comunidades", "/ajuda/comunidades", "page", E(200))
route("GET", "/ajuda/ciclo-de-vida", "/ajuda/ciclo-de-vida", "page", E(200))
route("GET", "/pagina-que-nao-existe", "/pagina-que-nao-existe", "page", E(LOGIN, customers=404))

# one-click links: the token is the credential, whoever clicks
route("GET", "/acao/{token}", "/acao/{accept_token_walk}", "acao", E(200))
route("GET", "/acao/{token}", "/acao/forjado.forjado", "acao", E(404))
route("POST", "/acao/{token}", "/acao/forjado.forjado", "acao", E(404), ("form", {}))

# the staff ticket page: the Tasklist login of the same browser session
route("GET", "/equipe/tickets/{number}", "/equipe/tickets/{ana_t}", "page",
      E(401, agent_other=403, agent_team=200, staff=200))
route("GET", "/equipe/tickets/{number}", "/equipe/tickets/99999999", "page", E(401, staff_roles=404))
# agents' writing (issue 15): internal notes and replies to the customer, same readers as the page
route("POST", "/equipe/tickets/{number}/notas", "/equipe/tickets/{ana_t}/notas", "page",
      E(401, agent_other=403, agent_team=302, staff=302), ("form", {"texto": "Nota interna do probe ({role})."}))
route("POST", "/equipe/tickets/{number}/notas", "/equipe/tickets/99999999/notas", "page",
      E(401, staff_roles=404), ("form", {"texto": "Nota do probe."}))
route("POST", "/equipe/tickets/{number}/respostas", "/equipe/tickets/{ana_t}/respostas", "page",
      E(401, agent_other=403, agent_team=302, staff=302), ("form", {"texto": "Resposta da equipe pelo probe ({role})."}))
# the knowledge base's editor (issue 14): every agent reads; a product's team writes its articles (the walk's
# Protheus ticket: the RM agent 403, the team and the administrator 400 as it is not solved); synonyms: administrators
route("GET", "/equipe/artigos", "/equipe/artigos", "page", E(401, staff_roles=200))
route("GET", "/equipe/artigos/novo", "/equipe/artigos/novo", "page", E(401, staff_roles=200))
route("POST", "/equipe/artigos", "/equipe/artigos", "page", E(401, agent_other=403, agent_team=400, staff=400),
      ("form", {"titulo": "", "produto": "PROTHEUS", "situacao": "DRAFT", "corpo": "<p>Probe</p>"}))
route("GET", "/equipe/artigos/{id}", "/equipe/artigos/99999999", "page", E(401, staff_roles=404))
route("POST", "/equipe/artigos/{id}", "/equipe/artigos/99999999", "page", E(401, staff_roles=404),
      ("form", {"titulo": "Probe", "situacao": "DRAFT", "corpo": "<p>Probe</p>", "versao": "0"}))
route("POST", "/equipe/artigos/{id}/imagens", "/equipe/artigos/99999999/imagens", "page", E(401, staff_roles=404),
      ("form", {}))
route("POST", "/equipe/artigos/do-ticket/{number}", "/equipe/artigos/do-ticket/{ana_t}", "page",
      E(401, agent_other=403, agent_team=400, staff=400), ("form", {}))
route("GET", "/equipe/artigos/sinonimos", "/equipe/artigos/sinonimos", "page", E(401, agents=403, staff=200))
route("POST", "/equipe/artigos/sinonimos", "/equipe/artigos/sinonimos", "page", E(401, agents=403, staff=400),
      ("form", {"texto": "uma palavra só"}))
route("GET", "/equipe/artigos/deflexao", "/equipe/artigos/deflexao", "page", E(401, staff_roles=200))
route("GET", "/equipe/artigos/deflexao", "/equipe/artigos/deflexao?de=ontem", "page", E(401, staff_roles=400))
route("GET", "/equipe/artigos/deflexao", "/equipe/artigos/deflexao?ate=%2B999999999-12-31", "page",
      E(401, staff_roles=400))
# companies without SQL (issue 15): CST and process administrators; the walk's agents are neither. The POSTs carry
# no reason (400): a pendency registered on the walk's company would block its contacts for the rest of the walk.
route("GET", "/equipe/empresas", "/equipe/empresas?busca=padaria", "page", E(401, agents=403, staff=200))
route("GET", "/equipe/empresas/{id}", "/equipe/empresas/{pq_company}", "page", E(401, agents=403, staff=200))
route("GET", "/equipe/empresas/{id}", "/equipe/empresas/99999999", "page", E(401, agents=403, staff=404))
route("POST", "/equipe/empresas/{id}/pendencia", "/equipe/empresas/{pq_company}/pendencia", "page",
      E(401, agents=403, staff=400), ("form", {"acao": "registrar", "motivo": ""}))
route("POST", "/equipe/empresas/{id}/contrato", "/equipe/empresas/{pq_company}/contrato", "page",
      E(401, agents=403, staff=400), ("form", {"acao": "desativar", "motivo": ""}))
route("POST", "/equipe/empresas/{id}/oferta", "/equipe/empresas/{pq_company}/oferta", "page",
      E(401, agents=403, staff=400), ("form", {"oferta": "PRIME", "motivo": ""}))
route("POST", "/equipe/empresas/{id}/cnpj", "/equipe/empresas/{pq_company}/cnpj", "page",
      E(401, agents=403, staff=400), ("form", {"cnpj": "123", "motivo": "probe"}))
# creating a company (administrators): the walk sends no name (400), so it creates none
route("GET", "/equipe/empresas/nova", "/equipe/empresas/nova", "page", E(401, agents=403, staff=200))
route("POST", "/equipe/empresas/nova", "/equipe/empresas/nova", "page", E(401, agents=403, staff=400),
      ("form", {"nome": "", "oferta": "PADRAO", "uf": "SP", "cidade": "São Paulo", "motivo": "probe"}))
# the Prime contract (administrators; CST reads it on the company's page): Pão Quente is PADRAO, so each is a 400
route("POST", "/equipe/empresas/{id}/prime", "/equipe/empresas/{pq_company}/prime", "page",
      E(401, agents=403, staff=400), ("form", {"plantao24x7": "sim", "motivo": "probe"}))
route("POST", "/equipe/empresas/{id}/prime/termos", "/equipe/empresas/{pq_company}/prime/termos", "page",
      E(401, agents=403, staff=400), ("form", {"plantao24x7": "sim", "motivo": "probe"}))
route("POST", "/equipe/empresas/{id}/prime/metas", "/equipe/empresas/{pq_company}/prime/metas", "page",
      E(401, agents=403, staff=400), ("form", {"horas_URGENTE": "4", "motivo": "probe"}))
route("POST", "/equipe/empresas/{id}/prime/metas", "/equipe/empresas/99999999/prime/metas", "page",
      E(401, agents=403, staff=404), ("form", {"horas_URGENTE": "4", "motivo": "probe"}))
route("POST", "/equipe/empresas/{id}/prime/remover", "/equipe/empresas/{pq_company}/prime/remover", "page",
      E(401, agents=403, staff=400), ("form", {"motivo": "probe"}))
# the holiday on-call duty (R15): CST and process administrators; the walk's agents are neither. The POSTs carry no
# reason (400): a plantão published by the walk would move the due dates of its tickets.
route("GET", "/equipe/plantao", "/equipe/plantao?ano=2026", "page", E(401, agents=403, staff=200))
route("GET", "/equipe/plantao", "/equipe/plantao?calendario=suporte&data=2026-12-25", "page", E(401, agents=403, staff=200))
route("GET", "/equipe/plantao", "/equipe/plantao?calendario=nao-existe&data=2026-12-25", "page",
      E(401, agents=403, staff=404))
route("GET", "/equipe/plantao", "/equipe/plantao?ano=dois-mil", "page", E(401, agents=403, staff=400))
route("POST", "/equipe/plantao/{calendarId}/{date}", "/equipe/plantao/suporte/2026-12-25", "page",
      E(401, agents=403, staff=400), ("form", {"horas": "08:00-12:00", "motivo": ""}))
route("POST", "/equipe/plantao/{calendarId}/{date}", "/equipe/plantao/suporte/2026-12-25", "page",
      E(401, agents=403, staff=400), ("form", {"acao": "remover", "motivo": ""}))
route("POST", "/equipe/plantao/{calendarId}/{date}", "/equipe/plantao/nao-existe/2026-12-25", "page",
      E(401, agents=403, staff=404), ("form", {"horas": "08:00-12:00", "motivo": "probe"}))
# the managers' dashboard (issue 15): team leads and process administrators; the walk's agents lead no team
route("GET", "/equipe/painel", "/equipe/painel", "page", E(401, agents=403, staff=200))
route("GET", "/equipe/painel", "/equipe/painel?de=2026-13-01", "page", E(401, agents=403, staff=400))
# a year past 9999 parses (LocalDate) and overflowed the period's end: 500 before issue 24
route("GET", "/equipe/painel", "/equipe/painel?ate=%2B999999999-12-31", "page", E(401, agents=403, staff=400))
route("GET", "/equipe/painel.csv", "/equipe/painel.csv?tabela=sla", "page", E(401, agents=403, staff=200))
route("GET", "/equipe/painel.csv", "/equipe/painel.csv?tabela=nada", "page", E(401, agents=403, staff=404))
# the phone channel (issue 15): any team member (or process administrator) takes calls
route("GET", "/equipe/telefone", "/equipe/telefone?busca=paoquente", "page", E(401, staff_roles=200))
route("GET", "/equipe/telefone/contatos/{id}", "/equipe/telefone/contatos/{ana_id}", "page", E(401, staff_roles=200))
route("GET", "/equipe/telefone/contatos/{id}", "/equipe/telefone/contatos/99999999", "page", E(401, staff_roles=404))
route("POST", "/equipe/telefone/contatos/{id}", "/equipe/telefone/contatos/{ana_id}", "page", E(401, staff_roles=302),
      ("form", {"confirmado": "sim", "tipo": "SUPORTE", "produto": "PROTHEUS", "impacto": "MEDIO", "urgencia": "MEDIA",
                "assunto": "Ligação do probe ({role})", "descricao": "Aberto por telefone pelo probe."}))
route("POST", "/equipe/telefone/contatos/{id}", "/equipe/telefone/contatos/{ana_id}", "page", E(401, staff_roles=400),
      ("form", {"tipo": "SUPORTE", "produto": "PROTHEUS", "assunto": "Sem confirmar", "descricao": "Probe."}))
# reclassification (issue 15): the walk's ticket is in analysis; a second change to the same values is a 400
route("POST", "/equipe/tickets/{number}/classificacao", "/equipe/tickets/{ana_t}/classificacao", "page",
      E(401, agent_other=403, agent_team=(302, 400), staff=(302, 400)),
      ("form", {"impacto": "ALTO", "urgencia": "ALTA", "motivo": "Reclassificado pelo probe ({role})."}))
# the models in use (issue 13): process administrators only
route("GET", "/equipe/modelos", "/equipe/modelos", "page", E(401, agents=403, staff=200))
# update packages (R23): process administrators for every product, each support team for its own (agent_other is
# suporte-rm); the walk's POST names Protheus and sends no file (400), so it publishes nothing
route("GET", "/equipe/downloads", "/equipe/downloads", "page", E(401, staff_roles=200))
route("POST", "/equipe/downloads", "/equipe/downloads", "page", E(401, agent_other=403, agent_team=400, staff=400),
      ("form", {"produto": "PROTHEUS", "versao": "12.1.2410", "titulo": "Probe", "notas": "Sem arquivo."}))

# engine REST (HTTP Basic as a Camunda user; subject to the team grants)
route("GET", "/engine-rest/engine", "/engine-rest/engine", "engine", E(200))
route("GET", "/engine-rest/task", "/engine-rest/task", "engine", E(**ENGINE_ANY))
route("GET", "/engine-rest/task/{id}", "/engine-rest/task/{ana_task}", "engine",
      E(401, agent_other=(403, 404), agent_team=200, staff=200))
route("GET", "/engine-rest/task/{id}/variables", "/engine-rest/task/{ana_task}/variables", "engine",
      E(401, agent_other=(403, 404), agent_team=200, staff=200))
route("GET", "/engine-rest/task/{id}/form-variables", "/engine-rest/task/{ana_task}/form-variables", "engine",
      E(401, agent_other=(403, 404), agent_team=200, staff=200))
route("POST", "/engine-rest/task/{id}/claim", "/engine-rest/task/{ana_task}/claim", "engine",
      E(401, agent_other=(403, 404), agent_team=204, staff=(204, 409)), ("json", {"userId": "{user}"}))
route("POST", "/engine-rest/task/{id}/unclaim", "/engine-rest/task/{ana_task}/unclaim", "engine",
      E(401, agent_other=(403, 404), agent_team=204, staff=204))
route("GET", "/engine-rest/process-instance", "/engine-rest/process-instance?businessKey={ana_t}", "engine", E(**ENGINE_ANY))
route("GET", "/engine-rest/process-definition", "/engine-rest/process-definition", "engine", E(**ENGINE_ANY))
route("GET", "/engine-rest/deployment", "/engine-rest/deployment", "engine", E(**ENGINE_ANY))
route("GET", "/engine-rest/user", "/engine-rest/user", "engine", E(**ENGINE_ANY))
route("GET", "/engine-rest/filter", "/engine-rest/filter?resourceType=Task", "engine", E(**ENGINE_ANY))
route("GET", "/engine-rest/history/process-instance", "/engine-rest/history/process-instance", "engine", E(**ENGINE_ANY))
route("POST", "/engine-rest/user/create", "/engine-rest/user/create", "engine",
      E(401, agents=403, staff=(204, 400)), ("json", {"profile": {"id": "probe-{rid}-{run}"}, "credentials": {"password": "x"}}))

# Camunda webapps (their own login page; their API with the session)
route("GET", "/camunda/app/tasklist/default/", "/camunda/app/tasklist/default/", "page", E(200))
# agents have Tasklist only: Cockpit may refuse them (in Portuguese)
route("GET", "/camunda/app/cockpit/default/", "/camunda/app/cockpit/default/", "page", E(200, agents=(200, 403)))
route("GET", "/camunda/api/engine/engine/default/task/count", "/camunda/api/engine/engine/default/task/count", "page",
      E(401, staff_roles=200))
route("GET", "/camunda/api/admin/auth/user/default", "/camunda/api/admin/auth/user/default", "page",
      E((401, 404), staff_roles=200))

# actuator, API description
# public; a customer's credentials are not a Camunda user's, and a wrong Basic header may be refused
route("GET", "/actuator/health", "/actuator/health", "actuator", E(200, customers=(200, 401)))
route("GET", "/actuator/prometheus", "/actuator/prometheus", "actuator", E(401, agents=403, staff=200))
route("GET", "/actuator/metrics", "/actuator/metrics", "actuator", E(401, agents=403, staff=200))
route("GET", "/v3/api-docs", "/v3/api-docs", "public", E(200))
route("GET", "/swagger-ui.html", "/swagger-ui.html", "public", E((200, 302)))

# the error controller asked for directly (no error being answered): not found, in Portuguese
route("ANY", "${server.error.path:${error.path:/error}}", "/error", "page", E(404, anon=(LOGIN, 404)))

# The customer API's HTTP Basic is throttled per account (issue 12.3): a Camunda user's id sent there fails, and after
# a few failures the account is locked (429 with Retry-After) — both are the refusal the walk expects.
for _row in R:
    if _row["kind"] == "api":
        for _role in STAFF_ROLES:
            if _row["expected"][_role] == 401:
                _row["expected"][_role] = (401, 429)

# Mappings the scan finds that are not controller pages of their own (none today).
NOT_WALKED = set()


# ---------------------------------------------------------------- source scan

def source_mappings():
    """(METHOD, pattern) of every controller mapping in src/main/java, with {vars} as written."""
    found = set()
    ann = re.compile(r"@(Request|Get|Post|Put|Delete|Patch)Mapping\s*(\((?:[^()]|\([^()]*\))*\))?")
    for path in glob.glob(os.path.join(SRC, "**", "*.java"), recursive=True):
        text = open(path, encoding="utf-8").read()
        if "Mapping" not in text:
            continue
        cls = re.search(r"^(?:public\s+|final\s+|abstract\s+)*(class|interface|record)\s", text, re.M)
        prefix = [""]
        for m in ann.finditer(text):
            paths = _paths(m.group(2) or "", path)
            if m.group(1) == "Request" and cls and m.start() < cls.start():
                prefix = paths or [""]
                continue
            method = "ANY" if m.group(1) == "Request" else m.group(1).upper()
            for p in paths or [""]:
                for pre in prefix:
                    found.add((method, (pre + p) or "/"))
    return found


def _paths(args, java_file):
    """The paths of an annotation's arguments: string literals, constants (X.NAME or NAME) concatenated."""
    args = args.strip("()")
    m = re.search(r"(?:path|value)\s*=\s*(\{[^}]*\}|[^,]+)", args)
    expr = m.group(1) if m else (args.split(",")[0] if "=" not in args.split(",")[0] else "")
    expr = expr.strip()
    if expr.startswith("{"):
        items = re.findall(r'"[^"]*"', expr)
        return [i.strip('"') for i in items]
    if not expr:
        return []
    out = ""
    for part in [p.strip() for p in expr.split("+")]:
        if part.startswith('"'):
            out += part.strip('"')
        else:
            out += _constant(part, java_file)
    return [out]


def _constant(ref, java_file):
    name = ref.split(".")[-1]
    files = [java_file]
    if "." in ref:
        files = glob.glob(os.path.join(SRC, "**", ref.split(".")[-2] + ".java"), recursive=True) + files
    for f in files:
        m = re.search(rf'\b{re.escape(name)}\s*=\s*"([^"]*)"', open(f, encoding="utf-8").read())
        if m:
            return m.group(1)
    return "{" + ref + "}"


def norm(pattern):
    return re.sub(r"\{[^}]*\}", "{}", pattern)


# ---------------------------------------------------------------- HTTP

class Resp:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def ctype(self):
        return self.headers.get("content-type", "")

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


def raw(port, method, path, headers=None, body=None, timeout=60):
    """One request, the path sent as given (no quoting), redirects not followed."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        hs = dict(headers or {})
        if body is not None:
            hs["Content-Length"] = str(len(body))
        elif method in ("POST", "PUT", "PATCH"):
            hs["Content-Length"] = "0"
        for k, v in hs.items():
            conn.putheader(k, v)
        conn.endheaders()
        if body is not None:
            conn.send(body)
        r = conn.getresponse()
        data = r.read()
        headers = {}
        for k, v in r.getheaders():
            k = k.lower()
            headers[k] = headers[k] + "\n" + v if k in headers else v
        return Resp(r.status, headers, data.decode("utf-8", errors="replace"))
    finally:
        conn.close()


def basic(user, password=PASSWORD):
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def multipart(field, filename, content, ctype="text/plain"):
    boundary = "probe" + uuid.uuid4().hex
    fname = filename.encode("utf-8") if isinstance(filename, str) else filename
    body = (f"--{boundary}\r\n".encode() + b'Content-Disposition: form-data; name="' + field.encode()
            + b'"; filename="' + fname + b'"\r\n' + f"Content-Type: {ctype}\r\n\r\n".encode() + content
            + f"\r\n--{boundary}--\r\n".encode())
    return body, f"multipart/form-data; boundary={boundary}"


class Session:
    """A browser's cookies (and Camunda's XSRF token) for the portal and the webapps."""

    def __init__(self, port):
        self.port, self.cookies, self.xsrf = port, {}, None

    def headers(self):
        hs = {}
        if self.cookies:
            hs["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.xsrf:
            hs["X-XSRF-TOKEN"] = self.xsrf
        return hs

    def request(self, method, path, headers=None, body=None, timeout=60):
        hs = self.headers()
        hs.update(headers or {})
        r = raw(self.port, method, path, hs, body, timeout)
        for c in r.headers.get("set-cookie", "").split("\n"):
            if "=" in c:
                k, v = c.split(";", 1)[0].split("=", 1)
                self.cookies[k.strip()] = v.strip()
        if r.headers.get("x-xsrf-token"):
            self.xsrf = r.headers["x-xsrf-token"]
        return r

    def csrf(self, page="/entrar"):
        r = self.request("GET", page)
        m = re.search(r'name="_csrf"\s+value="([^"]+)"', r.body)
        return m.group(1) if m else ""

    def form(self, method, path, fields, csrf_page="/entrar"):
        fields = dict(fields)
        fields["_csrf"] = self.csrf(csrf_page)
        return self.request(method, path, {"Content-Type": "application/x-www-form-urlencoded"},
                            urlencode(fields).encode())

    def portal_login(self, email_addr, password=PASSWORD):
        token = self.csrf("/entrar")
        return self.request("POST", "/entrar", {"Content-Type": "application/x-www-form-urlencoded"},
                            urlencode({"email": email_addr, "senha": password, "_csrf": token}).encode())

    def tasklist_login(self, user):
        self.request("GET", "/camunda/app/tasklist/default/")
        return self.request("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                            {"Content-Type": "application/x-www-form-urlencoded"},
                            urlencode({"username": user, "password": PASSWORD}).encode())


# ---------------------------------------------------------------- checks

class Probe:
    def __init__(self):
        self.passed, self.failed = 0, []
        self.lock = threading.Lock()

    def check(self, name, role, ok, expected="", got="", body=""):
        with self.lock:
            if ok:
                self.passed += 1
            else:
                line = f"FAIL {name} [{role}] expected {expected}, got {got}: {squash(body)[:200]}"
                self.failed.append(line)
                print(line, flush=True)
        return ok


def squash(text):
    return re.sub(r"\s+", " ", text or "").strip()


def english_in(body, markers):
    return [m for m in markers if m in (body or "")]


def status_ok(resp, expected):
    if expected == LOGIN:
        return resp.status == 302 and urlsplit(resp.headers.get("location", "")).path == "/entrar"
    exp = expected if isinstance(expected, (tuple, set, list)) else (expected,)
    return resp.status in exp


def describe(expected):
    if expected == LOGIN:
        return "302 to /entrar"
    if isinstance(expected, (tuple, set, list)):
        return "/".join(str(e) for e in expected)
    return str(expected)


def got(resp):
    loc = resp.headers.get("location")
    return f"{resp.status}" + (f" → {loc}" if loc else "") + f" ({resp.ctype or 'no content type'})"


def refusal_checks(probe, name, role, kind, resp):
    """A refusal never shows English container pages; /api errors are problem+json."""
    if resp.status < 400:
        return
    markers = ENGLISH_CAMUNDA if kind in ("engine", "webapp") or "/camunda/" in name or "/engine-rest" in name else ENGLISH
    found = english_in(resp.body, markers)
    probe.check(f"{name} refusal in Portuguese", role, not found, "no " + "/".join(markers), f"{resp.status} with {found}",
                resp.body)
    if name.split(" ", 1)[1].startswith("/api/") and kind in ("api", "admin", "public"):
        probe.check(f"{name} problem+json", role, resp.ctype.startswith("application/problem+json"),
                    "application/problem+json", got(resp), resp.body)


# ---------------------------------------------------------------- the application

class App:
    """The packaged jar on free ports with a fresh data directory and the embedded mail server."""

    def __init__(self, work, name, extra=()):
        self.work = os.path.join(work, name)
        os.makedirs(os.path.join(self.work, "attachments"), exist_ok=True)
        self.port, self.smtp, self.imap = h.free_port(), h.free_port(), h.free_port()
        self.extra, self.proc, self.log = list(extra), None, os.path.join(work, name + ".log")

    def start(self):
        env = dict(os.environ, ATENDE_SECURE_COOKIE="false")
        env.setdefault("MALLOC_ARENA_MAX", "2")  # as ops/run
        cmd = ["java", *h.JVM_OPTIONS, "-jar", h.JAR,
               f"--server.port={self.port}", "--server.address=127.0.0.1",
               "--atende.mail.embedded.enabled=true", f"--atende.mail.embedded.smtp-port={self.smtp}",
               f"--atende.mail.embedded.imap-port={self.imap}", f"--atende.mail.public-url=http://127.0.0.1:{self.port}",
               f"--atende.mail.portal-url=http://127.0.0.1:{self.port}/",
               "--atende.mail.inbound.poll-interval=1s", "--atende.mail.outbox.poll-interval=1s",
               f"--atende.attachments.directory={os.path.join(self.work, 'attachments')}",
               f"--atende.knowledge.self-service.packages-directory={os.path.join(self.work, 'downloads')}"] + self.extra
        self.proc = subprocess.Popen(cmd, cwd=self.work, env=env, stdout=open(self.log, "w"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        h.log(f"jar pid {self.proc.pid} on port {self.port} (SMTP {self.smtp}, IMAP {self.imap}), log {self.log}")
        return self

    def wait_healthy(self, timeout=600, sign_in_as=None):
        """Waits for /actuator/health/readiness UP (the start-up work done: demo data, models, index). With
        sign_in_as, an API sign-in is tried every second meanwhile; returns the statuses it got before ready."""
        t0, early = time.time(), []
        while time.time() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the jar exited ({self.proc.returncode}); see {self.log}")
            try:
                r = raw(self.port, "GET", "/actuator/health/readiness", timeout=5)
                if r.status == 200 and '"UP"' in r.body:
                    h.log(f"ready after {time.time() - t0:.0f} s")
                    return early
                if sign_in_as:
                    a = api(self.port, "GET", "/api/tickets?size=1", sign_in_as)
                    early.append((a.status, a.headers.get("retry-after"), a.ctype))
            except OSError:
                pass
            time.sleep(1)
        raise RuntimeError(f"not ready after {timeout} s; see {self.log}")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# ---------------------------------------------------------------- fixtures

TICKET = {"type": "SUPORTE", "product": "PROTHEUS", "routine": "MATA410", "version": "12.1.2410",
          "environment": "PRODUCAO", "description": "Erro ao gerar a nota (probe).", "impact": "MEDIO", "urgency": "MEDIA"}


def api(port, method, path, user, body=None, headers=None, timeout=60):
    hs = basic(user) if user else {}
    hs["Accept"] = "application/json"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        hs["Content-Type"] = "application/json"
    hs.update(headers or {})
    return raw(port, method, path, hs, data, timeout)


def open_ticket(port, user, subject, **extra):
    r = api(port, "POST", "/api/tickets", user, dict(TICKET, subject=subject, **extra))
    if r.status != 201:
        raise RuntimeError(f"opening a ticket as {user}: {r.status} {r.body[:300]}")
    return r.json()["number"]


def task_of(port, number):
    r = api(port, "GET", f"/engine-rest/task?processInstanceBusinessKey={number}", "demo")
    tasks = r.json() or []
    return tasks[0]["id"] if r.status == 200 and tasks else None


def resolve(port, number):
    h.propose_solution(port, number, "Aplique o pacote 12.1.2410.2 (probe).")


def mail_links(app, mailbox, number, timeout=30):
    """The one-click links ({ACCEPT: url, CONTEST: url}) of the ticket's proposal, read over IMAP."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        imap = imaplib.IMAP4("127.0.0.1", app.imap)
        try:
            imap.login(mailbox, PASSWORD)
            imap.select("INBOX", readonly=True)
            _, data = imap.search(None, "ALL")
            for n in reversed(data[0].split()):
                _, fetched = imap.fetch(n, "(RFC822)")
                msg = email.message_from_bytes(fetched[0][1])
                if f"#{number}]" not in str(email.header.make_header(email.header.decode_header(msg["Subject"] or ""))):
                    continue
                for part in msg.walk():
                    if part.get_content_type() == "text/plain":
                        text = part.get_payload(decode=True).decode("utf-8", errors="replace")
                        links = {}
                        for url in re.findall(r"https?://[^\s<>\"]+/acao/[A-Za-z0-9_\-.]+", text):
                            token = urlsplit(url).path.rsplit("/", 1)[1]
                            payload = base64.urlsafe_b64decode(token.split(".")[0] + "==").decode(errors="replace")
                            links[payload.split("|")[1]] = urlsplit(url).path
                        if links:
                            return links
        finally:
            try:
                imap.logout()
            except Exception:
                pass
        time.sleep(1)
    raise RuntimeError(f"no one-click links for ticket {number} in {mailbox}")


# ---------------------------------------------------------------- the walk, run

def fill(template, fx, role):
    values = dict(fx, role=role, rid=role.replace("_", "-"), user=ROLES[role][1] if ROLES[role] else "")
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def fill_obj(obj, fx, role):
    if isinstance(obj, str):
        return fill(obj, fx, role)
    if isinstance(obj, dict):
        return {k: fill_obj(v, fx, role) for k, v in obj.items()}
    if isinstance(obj, list):
        return [fill_obj(v, fx, role) for v in obj]
    return obj


def call_route(app, rt, role, sessions, fx):
    path = fill(rt["path"], fx, role)
    cred = ROLES[role]
    kind = rt["kind"]
    body = rt["body"]
    hs = {"Accept": "application/json"} if kind in ("api", "admin", "engine", "public") else {"Accept": "text/html"}
    if kind == "actuator":
        hs["Accept"] = "*/*"
    if path.startswith("/camunda/api/"):
        hs["Accept"] = "application/json"
    data = None
    if body and body[0] == "json":
        data = json.dumps(fill_obj(body[1], fx, role)).encode()
        hs["Content-Type"] = "application/json"
    elif body and body[0] == "multipart":
        data, ctype = multipart("files", fill(body[1], fx, role), body[2])
        hs["Content-Type"] = ctype
    if kind in ("api", "admin", "engine", "actuator") and cred:
        hs.update(basic(cred[1]))
    if kind in ("page", "acao"):
        s = sessions[role] if kind == "page" else Session(app.port)
        if body and body[0] == "form":
            csrf_page = "/" if (cred and cred[0] == "customer") else "/entrar"
            if kind == "acao":
                csrf_page = fill(fx["accept_token_path"], fx, role)
            fields = fill_obj(body[1], fx, role)
            fields["_csrf"] = s.csrf(csrf_page)
            hs["Content-Type"] = "application/x-www-form-urlencoded"
            return path, s.request(rt["method"], path, hs, urlencode(fields).encode())
        return path, s.request(sent(rt), path, hs, data)
    return path, raw(app.port, sent(rt), path, hs, data)


def sent(rt):
    """The method a row sends: a mapping for any method (ANY) is asked with GET."""
    return "GET" if rt["method"] == "ANY" else rt["method"]


def walk(app, probe, sessions, fx):
    for rt in R:
        for role in ROLES:
            expected = rt["expected"][role]
            name = f"{rt['method']} {rt['path']}"
            try:
                path, resp = call_route(app, rt, role, sessions, fx)
            except Exception as e:
                probe.check(name, role, False, describe(expected), f"{type(e).__name__}: {e}")
                continue
            probe.check(name, role, status_ok(resp, expected), describe(expected), got(resp), resp.body)
            refusal_checks(probe, name, role, rt["kind"], resp)


def coverage(probe):
    walked = {(rt["method"], norm(rt["pattern"])) for rt in R}
    for method, pattern in sorted(source_mappings()):
        key = (method, norm(pattern))
        ok = key in walked or (method == "ANY" and any(p == norm(pattern) for _, p in walked)) or key in NOT_WALKED
        probe.check(f"route not in the walk: {method} {pattern}" if not ok else f"route in the walk: {method} {pattern}",
                    "-", ok, "a row in ops/probe.py ROUTES", "none")


# ---------------------------------------------------------------- bad inputs (issue 12)

def bad_inputs(app, probe, sessions, fx):
    port = app.port
    ana, adm = ROLES["contact"][1], ROLES["admin"][1]

    def expect(name, role, resp, statuses, problem=False, markers=ENGLISH):
        wanted = "4xx" if len(statuses) > 10 else "/".join(map(str, statuses))
        probe.check(name, role, resp.status in statuses, wanted, got(resp), resp.body)
        if resp.status >= 400:
            found = english_in(resp.body, markers)
            probe.check(name + " (in Portuguese)", role, not found, "no English page", f"{resp.status} with {found}", resp.body)
        if problem:
            probe.check(name + " (problem+json)", role, resp.ctype.startswith("application/problem+json"),
                        "application/problem+json", got(resp), resp.body)

    # a parent the contact may not see (the administrator's ticket) is not found
    r = api(port, "POST", "/api/tickets", ana, dict(TICKET, subject="Probe: pai alheio", parentNumber=fx["adm_t"]))
    expect("POST /api/tickets parentNumber of the administrator's ticket", "contact", r, (400, 404), problem=True)
    r = api(port, "POST", "/api/tickets", ana, dict(TICKET, subject="Probe: pai de outra empresa", parentNumber=fx["joao_t"]))
    expect("POST /api/tickets parentNumber of another company's ticket", "contact", r, (400, 404), problem=True)
    # the portal's form with a hidden parentNumber of another company's ticket or garbage: the form again with the
    # message and the typed text, no 404 page (issue 24)
    for parent in (fx["joao_t"], "abc"):
        s = sessions["contact"]
        r = s.request("POST", "/tickets/novo", {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"},
                      urlencode({"_csrf": s.csrf("/"), "type": "SUPORTE", "product": "PROTHEUS", "subject": "Probe: pai",
                                 "description": "Texto digitado pelo probe.", "impact": "BAIXO", "urgency": "MEDIA",
                                 "parentNumber": parent}).encode())
        expect(f"POST /tickets/novo parentNumber={parent}", "contact", r, (400,))
        probe.check(f"POST /tickets/novo parentNumber={parent} keeps the typed text", "contact",
                    "Texto digitado pelo probe." in r.body and 'id="erro-geral"' in r.body, "the form with the message",
                    got(r), r.body)
    # channels are not the customer's to choose
    r = api(port, "POST", "/api/tickets", ana, dict(TICKET, subject="Probe: canal", channel="TELEFONE"))
    expect('POST /api/tickets "channel":"TELEFONE"', "contact", r, (400, 403), problem=True)

    # paging
    for path, user in (("/api/tickets", ana), ("/api/contacts", adm)):
        for page in ("999999999", "2147483647", "-1"):
            r = api(port, "GET", f"{path}?page={page}", user)
            expect(f"GET {path}?page={page}", "admin", r, (200, 400))
        r = api(port, "GET", f"{path}?page=abc", user)
        expect(f"GET {path}?page=abc", "admin", r, (400,), problem=True)
        probe.check(f"GET {path}?page=abc title in Portuguese", "admin", "Bad Request" not in r.body
                    and "Failed to convert" not in r.body, "Portuguese detail", got(r), r.body)
        r = api(port, "GET", f"{path}?size=abc", user)
        expect(f"GET {path}?size=abc", "admin", r, (400,), problem=True)
    for path in ("/?pagina=999999999", "/?pagina=2147483647", "/?pagina=abc", "/contatos?pagina=2147483647",
                 "/contatos?pagina=abc", "/?situacao=NADA"):
        r = sessions["admin"].request("GET", path, {"Accept": "text/html"})
        expect(f"GET {path}", "admin", r, (200, 400))

    # media types and broken JSON
    r = raw(port, "POST", "/api/tickets", dict(basic(ana), **{"Content-Type": "text/plain", "Accept": "application/json"}),
            b"type=SUPORTE")
    expect("POST /api/tickets as text/plain", "contact", r, (415,), problem=True)
    r = raw(port, "POST", "/api/contacts", dict(basic(adm), **{"Content-Type": "application/json"}), b'{"name": "x", ')
    expect("POST /api/contacts malformed JSON", "admin", r, (400,), problem=True)
    r = raw(port, "POST", "/api/tickets", dict(basic(ana), **{"Content-Type": "application/json"}), b'{"type": ["SUPORTE"]}')
    expect("POST /api/tickets wrong JSON types", "contact", r, (400,), problem=True)

    # odd bytes in paths
    for path in ("/api/tickets/%00", "/api/tickets/1%2F2", "/api/tickets/%2e%2e%2fadmin", "/tickets/%00", "/tickets/1%2F2",
                 "/acao/%00", "/api/tickets/" + "9" * 400):
        s = sessions["contact"]
        hs = basic(ana) if path.startswith("/api/") else {}
        hs["Accept"] = "application/json" if path.startswith("/api/") else "text/html"
        r = s.request("GET", path, hs) if not path.startswith("/api/") else raw(port, "GET", path, hs)
        expect(f"GET {path}", "contact", r, (400, 404))

    # a NUL byte in a multipart file name
    data, ctype = multipart("files", b"nota\x00.exe.txt", b"conteudo")
    r = raw(port, "POST", f"/api/tickets/{fx['ana_t']}/attachments", dict(basic(ana), **{"Content-Type": ctype}), data)
    expect("POST attachments with a NUL byte in the file name", "contact", r, (400,), problem=True)
    # a ~480-character file name on a 70-byte file: accepted, the name cut (Tomcat's 512-byte part headers answered
    # 413 "Envio grande demais", issue 24); a name past the 8 KB of part headers: 400 saying so
    data, ctype = multipart("files", "relatorio-" * 47 + "fim.txt", b"x" * 70)
    r = raw(port, "POST", f"/api/tickets/{fx['ana_t']}/attachments", dict(basic(ana), **{"Content-Type": ctype}), data)
    expect("POST attachments with a 477-character file name", "contact", r, (201,))
    data, ctype = multipart("files", "x" * 9000 + ".txt", b"x" * 70)
    r = raw(port, "POST", f"/api/tickets/{fx['ana_t']}/attachments", dict(basic(ana), **{"Content-Type": ctype}), data)
    expect("POST attachments with a 9,000-character file name", "contact", r, (400,), problem=True)
    data, ctype = multipart("files", "../../etc/passwd", b"root:x:0:0")
    r = raw(port, "POST", f"/api/tickets/{fx['ana_t']}/attachments", dict(basic(ana), **{"Content-Type": ctype}), data)
    expect("POST attachments with a path in the file name", "contact", r, (201, 400))
    if r.status == 201:
        names = [a.get("fileName", a.get("name", "")) for a in (r.json() or [])]
        probe.check("attachment file name has no path", "contact", all("/" not in n for n in names), "no /", names)

    # contacts: another company's e-mail must not be revealed as such
    r = api(port, "POST", "/api/contacts", adm, {"name": "João?", "email": "joao@acoforte.com.br", "administrator": False})
    leak = [w for w in ("outra empresa", "another company", "Metalúrgica", "Aço Forte", "Aco Forte") if w in r.body]
    probe.check("POST /api/contacts with another company's e-mail: no 500", "admin", r.status < 500, "4xx/201", got(r), r.body)
    probe.check("POST /api/contacts with another company's e-mail: not revealed", "admin", not leak,
                "no mention of the other company", f"{r.status} mentions {leak}", r.body)

    # engine REST abuse (as the process administrator, who may do everything)
    for name, method, path, body, ctype in (
            ("start without body", "POST", "/engine-rest/process-definition/key/ticket-lifecycle/start", None, "application/json"),
            ("start with empty JSON", "POST", "/engine-rest/process-definition/key/ticket-lifecycle/start", b"{}", "application/json"),
            ("deployment/create without body", "POST", "/engine-rest/deployment/create", None, "multipart/form-data; boundary=x"),
            ("deployment/create without a boundary", "POST", "/engine-rest/deployment/create", b"", "multipart/form-data"),
            ("deployment/create without any body nor Content-Type", "POST", "/engine-rest/deployment/create", None, None),
            ("start without body nor Content-Type", "POST", "/engine-rest/process-definition/key/ticket-lifecycle/start",
             None, None),
            ("unknown task variable", "GET", f"/engine-rest/task/{fx['adm_task']}/variables/nao-existe", None, None),
            ("task completion with an unknown variable type", "POST", f"/engine-rest/task/{fx['adm_task']}/complete",
             json.dumps({"variables": {"outcome": {"value": "X", "type": "TipoQueNaoExiste"}}}).encode(), "application/json"),
            ("task completion with malformed JSON as text/plain", "POST", f"/engine-rest/task/{fx['adm_task']}/complete",
             b'{"variables": {', "text/plain"),
            ("task completion with malformed JSON", "POST", f"/engine-rest/task/{fx['adm_task']}/complete",
             b'{"variables": {', "application/json"),
            ("unknown process definition", "GET", "/engine-rest/process-definition/key/nao-existe", None, None)):
        hs = basic("demo")
        hs["Accept"] = "application/json"
        if ctype:
            hs["Content-Type"] = ctype
        r = raw(port, method, path, hs, body)
        expect(f"engine REST {name}", "staff", r, tuple(range(400, 500)), markers=ENGLISH_CAMUNDA)
    # issue 24: malformed JSON is problem+json (Jackson's mapper answered text/plain); an agent may not deploy, and is
    # told so before the body is read
    hs = dict(basic("demo"), **{"Content-Type": "application/json", "Accept": "application/json"})
    r = raw(port, "POST", f"/engine-rest/task/{fx['adm_task']}/complete", hs, b'{"variables": {')
    probe.check("engine REST malformed JSON is problem+json", "staff", r.status == 400
                and r.ctype.startswith("application/problem+json") and "JSON inválido" in r.body,
                "400 application/problem+json", got(r), r.body)
    for body, ctype in ((None, None), (b"", "multipart/form-data; boundary=x")):
        hs = dict(basic(ROLES["agent_team"][1]), Accept="application/json")
        if ctype:
            hs["Content-Type"] = ctype
        r = raw(port, "POST", "/engine-rest/deployment/create", hs, body)
        expect(f"engine REST deployment/create as an agent ({ctype or 'no body'})", "agent_team", r, (403,),
               markers=ENGLISH_CAMUNDA)
    # Swagger UI carries a CSP that allows only its own scripts (issue 24)
    r = raw(port, "GET", "/swagger-ui/index.html")
    csp = r.headers.get("content-security-policy", "")
    probe.check("Swagger UI has a CSP with script-src 'self'", "anon", r.status == 200 and "script-src 'self';" in csp,
                "200 with script-src 'self'", f"{r.status} {csp!r}", r.body)
    # process-definition statistics as an agent: only what the team may see, or refused
    r = api(port, "GET", "/engine-rest/process-definition/statistics", ROLES["agent_team"][1])
    keys = sorted({(s.get("definition") or {}).get("key") for s in (r.json() or [])}) if r.status == 200 else []
    probe.check("GET /engine-rest/process-definition/statistics", "agent_team",
                r.status == 403 or (r.status == 200 and set(keys) <= set(READABLE)),
                "403 or only " + "/".join(READABLE), f"{r.status} keys {keys}", r.body)
    r = api(port, "GET", "/engine-rest/process-definition/statistics?incidents=true", ROLES["agent_other"][1])
    probe.check("GET /engine-rest/process-definition/statistics no 500", "agent_other", r.status < 500, "not 500", got(r), r.body)

    # R18 under contention: 50 parallel accepts, 50 parallel contests; one winner, the rest 409
    for name, number, method, path, body in (
            ("50 parallel accepts", fx["race_accept"], "POST", "/api/tickets/{n}/acceptance", None),
            ("50 parallel contests", fx["race_contest"], "POST", "/api/tickets/{n}/contestation", {"reason": "Não resolveu."})):
        api(port, "GET", f"/api/tickets/{number}", ana)  # warm the password cache

        def one(_):
            try:
                return api(port, method, path.format(n=number), ana, body).status
            except Exception as e:
                return type(e).__name__
        with cf.ThreadPoolExecutor(50) as pool:
            statuses = list(pool.map(one, range(50)))
        counts = {s: statuses.count(s) for s in set(statuses)}
        probe.check(name, "contact", statuses.count(200) == 1 and statuses.count(409) == 49, "one 200, 49 × 409",
                    str(counts))
    # accept and contest racing each other on one ticket
    number = fx["race_mixed"]

    def mixed(i):
        try:
            if i % 2:
                return api(port, "POST", f"/api/tickets/{number}/acceptance", ana).status
            return api(port, "POST", f"/api/tickets/{number}/contestation", ana, {"reason": "Não resolveu."}).status
        except Exception as e:
            return type(e).__name__
    with cf.ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(mixed, range(20)))
    counts = {s: statuses.count(s) for s in set(statuses)}
    probe.check("20 parallel accepts and contests", "contact", statuses.count(200) == 1 and statuses.count(409) == 19,
                "one 200, 19 × 409", str(counts))

    # one-click: a reason of a million characters, then a real contest, then the accept page
    links = fx["oneclick_links"]
    s = Session(port)
    token = s.csrf(links["CONTEST"])
    r = s.request("POST", links["CONTEST"], {"Content-Type": "application/x-www-form-urlencoded"},
                  urlencode({"_csrf": token, "reason": "x" * 1_000_000}).encode())
    expect("one-click contest with a 1,000,000-character reason", "anon", r, (400, 413))
    r = api(port, "GET", f"/api/tickets/{fx['oneclick']}", ana)
    probe.check("the million-character contest changed nothing", "anon", (r.json() or {}).get("status") == "RESOLVIDO",
                "RESOLVIDO", (r.json() or {}).get("status"), r.body)
    if (r.json() or {}).get("status") == "RESOLVIDO":  # else the million characters were taken as the contest
        token = s.csrf(links["CONTEST"])
        r = s.request("POST", links["CONTEST"], {"Content-Type": "application/x-www-form-urlencoded"},
                      urlencode({"_csrf": token, "reason": "Continua falhando (probe)."}).encode())
        probe.check("one-click contest", "anon", r.status == 200, "200", got(r), r.body)
    r = Session(port).request("GET", links["ACCEPT"])
    # no button, and no heading or title that still reads "Aceitar …" (issue 24)
    offers = bool(re.search(r"<button[^>]*>[^<]*[Aa]ceitar|<h1[^>]*>[^<]*Aceitar|<title>[^<]*Aceitar", r.body))
    probe.check("after a contest the one-click accept page does not offer Aceitar", "anon", not offers and r.status in (200, 409, 410),
                "no Aceitar button (200/409/410)", got(r) + (" with Aceitar" if offers else ""), r.body)
    r = Session(port).request("GET", links["CONTEST"])
    probe.check("a spent one-click link is gone", "anon", r.status == 410, "410", got(r), r.body)

    # inbound mail: the same Message-ID twice is recorded as DUPLICATE
    mid = f"<probe-{uuid.uuid4().hex}@paoquente.com.br>"
    for _ in range(2):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = ana, h.SUPPORT, f"Re: [Ticket #{fx['ana_t']}] Informações"
        m["Message-ID"] = mid
        m.set_content("Resposta por e-mail do probe.")
        with smtplib.SMTP("127.0.0.1", app.smtp, timeout=30) as smtp:
            smtp.send_message(m)
        time.sleep(3)
    deadline, outcomes = time.time() + 30, []
    while time.time() < deadline:
        r = api(port, "GET", "/api/admin/mail/inbox?limit=100", "demo")
        rows = [e for e in (r.json() or []) if mid.strip("<>") in json.dumps(e)]
        outcomes = [e.get("outcome") for e in rows]
        if len(rows) >= 2 or "DUPLICATE" in outcomes:
            break
        time.sleep(1)
    probe.check("a second inbound mail with a known Message-ID is recorded DUPLICATE", "staff", "DUPLICATE" in outcomes,
                "an inbox row with outcome DUPLICATE", f"outcomes {outcomes}")

    # 30 parallel wrong portal logins for one e-mail: throttled, never a 500
    def wrong_login(_):
        try:
            return Session(port).portal_login("pedro@nuvemservicos.com.br", "senha-errada").status
        except Exception as e:
            return type(e).__name__
    with cf.ThreadPoolExecutor(30) as pool:
        statuses = list(pool.map(wrong_login, range(30)))
    counts = {s: statuses.count(s) for s in set(statuses)}
    probe.check("30 parallel wrong portal logins for one e-mail", "anon", all(s in (200, 302, 429) for s in statuses),
                "200/302/429, no 500", str(counts))
    r = Session(port).portal_login("pedro@nuvemservicos.com.br", PASSWORD)
    probe.check("the right portal password after 30 failures is refused while locked", "anon",
                urlsplit(r.headers.get("location", "")).path != "/" or r.status != 302, "not signed in", got(r))

    # 40 wrong Basic passwords then the right one: locked
    carla = "carla@belavista.com.br"
    statuses = [api(port, "GET", "/api/tickets", (carla, "errada")[0], headers=basic(carla, f"errada{i}")).status
                for i in range(40)]
    r = api(port, "GET", "/api/tickets", carla)
    probe.check("40 wrong Basic passwords then the right one", "anon", r.status != 200, "not 200 (locked)",
                f"{r.status} after {set(statuses)}", r.body)
    refusal_checks(probe, "GET /api/tickets (locked)", "anon", "api", r)

    # headers of the portal and the API
    r = sessions["contact"].request("GET", "/")
    for hname in ("content-security-policy", "x-frame-options", "x-content-type-options"):
        probe.check(f"portal header {hname}", "contact", hname in r.headers, "present", "missing")


# ---------------------------------------------------------------- bursts (issue 24)

BURST = 200


def bursts(app, probe):
    """200 parallel openings by contacts of four companies (one Prime: its acknowledgement searches the knowledge
    base), then 200 parallel replies, four to each of 50 of the new tickets: all 201 / 200 (or 409), none lost, no
    ERROR in the log. Before issue 24 a burst starved the connection pool (Hikari timeouts, 500s)."""
    port = app.port
    contacts = [ROLES["contact"][1], ROLES["admin"][1], ROLES["other"][1], "pedro@nuvemservicos.com.br"]
    run = uuid.uuid4().hex[:6]
    for c in contacts:  # each password checked once, as a client that signed in
        api(port, "GET", "/api/tickets?size=1", c)
    errors_before = sum(1 for l in open(app.log, errors="replace") if " ERROR " in l)

    def opening(i):
        try:
            r = api(port, "POST", "/api/tickets", contacts[i % len(contacts)],
                    dict(TICKET, subject=f"Probe rajada {run} {i}"), timeout=180)
            return r.status, (r.json() or {}).get("number") if r.status == 201 else None
        except Exception as e:
            return type(e).__name__, None
    t0 = time.time()
    with cf.ThreadPoolExecutor(BURST) as pool:
        opened = list(pool.map(opening, range(BURST)))
    took = time.time() - t0
    counts = {s: [o[0] for o in opened].count(s) for s in {o[0] for o in opened}}
    h.log(f"{BURST} parallel openings: {counts} in {took:.1f} s")
    probe.check(f"{BURST} parallel openings", "contact", all(o[0] in (201, 409) for o in opened),
                "all 201 (or 409)", f"{counts} in {took:.1f} s")
    numbers = [(i, n) for i, (st, n) in enumerate(opened) if n]
    found = sum(1 for i, n in numbers if api(port, "GET", f"/api/tickets/{n}", contacts[i % len(contacts)]).status == 200)
    with_task = sum(1 for _, n in numbers[:20] if task_of(port, n))
    probe.check(f"{BURST} parallel openings: none lost", "contact", found == len(numbers) == counts.get(201, 0)
                and with_task == min(20, len(numbers)), f"{counts.get(201, 0)} tickets readable, 20 with a task",
                f"{found} of {len(numbers)} readable, {with_task} of 20 with a task")

    targets = numbers[:50]

    def reply(k):
        i, n = targets[k % len(targets)]
        try:
            return api(port, "POST", f"/api/tickets/{n}/replies", contacts[i % len(contacts)],
                       {"text": f"Complemento {k} da rajada {run}."}, timeout=180).status
        except Exception as e:
            return type(e).__name__
    t0 = time.time()
    with cf.ThreadPoolExecutor(BURST) as pool:
        statuses = list(pool.map(reply, range(BURST))) if targets else []
    took = time.time() - t0
    counts = {s: statuses.count(s) for s in set(statuses)}
    h.log(f"{BURST} parallel replies: {counts} in {took:.1f} s")
    probe.check(f"{BURST} parallel replies", "contact", len(statuses) == BURST and all(s in (200, 409) for s in statuses),
                "all 200 (or 409)", f"{counts} in {took:.1f} s")
    kept = 0
    for i, n in targets:
        r = api(port, "GET", f"/api/tickets/{n}/history", contacts[i % len(contacts)])
        kept += sum(1 for item in (r.json() or []) if f"da rajada {run}." in (item.get("text") or ""))
    probe.check(f"{BURST} parallel replies: none lost", "contact", kept == counts.get(200, 0),
                f"{counts.get(200, 0)} replies in the histories", f"{kept}")
    errors = [l for l in open(app.log, errors="replace") if " ERROR " in l][errors_before:]
    probe.check("no ERROR in the log after the bursts", "-", not errors, "none", f"{len(errors)} lines",
                "".join(errors[:3]))


def readiness_checks(probe, early, user):
    """Sign-ins while the start-up work runs are told to wait (503, Retry-After), never 401 (no throttle counted)."""
    statuses = sorted({e[0] for e in early})
    # 200: the try crossed the moment it became ready
    ok = all(e[0] == 200 or (e[0] == 503 and e[1] and e[2].startswith("application/problem+json")) for e in early)
    probe.check("API sign-ins before readiness", "contact", ok, "503 problem+json with Retry-After (or none tried)",
                f"{len(early)} tries: {statuses}")
    return ok


# ---------------------------------------------------------------- main

def fixtures(app, sessions):
    port = app.port
    fx = {"run": uuid.uuid4().hex[:6], "domain": "paoquente.com.br"}
    ana, adm, joao = (ROLES[r][1] for r in ("contact", "admin", "other"))
    fx["ana_t"] = open_ticket(port, ana, "Probe: ticket da Ana")
    fx["adm_t"] = open_ticket(port, adm, "Probe: ticket do administrador")
    fx["joao_t"] = open_ticket(port, joao, "Probe: ticket do João")
    for key in ("race_accept", "race_contest", "race_mixed", "oneclick", "walk_links"):
        fx[key] = open_ticket(port, ana, f"Probe: {key}")
    fx["ana_task"], fx["adm_task"] = task_of(port, fx["ana_t"]), task_of(port, fx["adm_t"])
    for key in ("race_accept", "race_contest", "race_mixed", "oneclick", "walk_links"):
        resolve(port, fx[key])
    data, ctype = multipart("files", "nota.txt", b"nota do probe\n")
    r = raw(port, "POST", f"/api/tickets/{fx['ana_t']}/attachments", dict(basic(ana), **{"Content-Type": ctype}), data)
    fx["att"] = (r.json() or [{}])[0].get("id", 1) if r.status == 201 else 1
    contacts = api(port, "GET", "/api/contacts?size=100", adm).json() or {}
    for c in contacts.get("content", []):
        if c["email"] == ana:
            fx["ana_id"], fx["ana_name"] = c["id"], c["name"]
        if c["email"] == adm:
            fx["admin_id"] = c["id"]
    fx["pq_company"] = 1
    r = api(port, "GET", f"/api/tickets/{fx['ana_t']}", ana).json() or {}
    fx["pq_company"] = r.get("companyId", 1)
    fx["oneclick_links"] = mail_links(app, ana, fx["oneclick"])
    walk_links = mail_links(app, ana, fx["walk_links"])
    fx["accept_token_walk"] = walk_links["ACCEPT"].rsplit("/", 1)[1]
    fx["accept_token_path"] = walk_links["ACCEPT"]
    m = re.search(r'data-id="(\d+)"', sessions["contact"].request("GET", "/ajuda/downloads").body or "")
    fx["pkg"] = m.group(1) if m else 1  # a demo update package
    return fx


def sign_in(app, probe):
    sessions = {}
    for role, cred in ROLES.items():
        s = Session(app.port)
        if cred and cred[0] == "customer":
            r = s.portal_login(cred[1])
            probe.check("portal login", role, r.status == 302 and urlsplit(r.headers.get("location", "")).path == "/",
                        "302 to /", got(r), r.body)
        elif cred:
            r = s.tasklist_login(cred[1])
            probe.check("Tasklist login", role, r.status == 200, "200", got(r), r.body)
        else:
            s.request("GET", "/entrar")
        sessions[role] = s
    return sessions


def no_demo_data(work, probe):
    """A start without demo data: demo/demo must not work."""
    app = App(work, "no-demo", ["--atende.demo-data.enabled=false"])
    try:
        app.start().wait_healthy()
        r = api(app.port, "GET", "/engine-rest/user", "demo")
        probe.check("demo/demo on a start with --atende.demo-data.enabled=false", "staff", r.status == 401, "401", got(r), r.body)
        r = api(app.port, "GET", "/api/tickets", ROLES["contact"][1])
        probe.check("demo contact on a start without demo data", "contact", r.status == 401, "401", got(r), r.body)
        s = Session(app.port)
        r = s.tasklist_login("demo")
        probe.check("Tasklist demo/demo on a start without demo data", "staff", r.status != 200, "not 200", got(r), r.body)
    finally:
        app.stop()


def print_walk():
    roles = list(ROLES)
    print("method path kind | " + " | ".join(roles))
    for rt in R:
        print(f"{rt['method']} {rt['path']} {rt['kind']} | " + " | ".join(describe(rt["expected"][r]) for r in roles))
    print(f"\n{len(R)} routes × {len(roles)} roles; {len({(rt['method'], norm(rt['pattern'])) for rt in R})} distinct mappings"
          f" (the source has {len(source_mappings())})")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--list", action="store_true", help="print the walk and exit")
    p.add_argument("--keep", action="store_true", help="keep the work directory")
    p.add_argument("--skip-second-start", action="store_true", help="skip the start without demo data")
    a = p.parse_args()
    if a.list:
        print_walk()
        return 0
    h.require_jar()
    probe = Probe()
    started = time.time()
    work = tempfile.mkdtemp(prefix="atende-probe-")
    app = App(work, "demo")
    try:
        coverage(probe)
        early = app.start().wait_healthy(sign_in_as=ROLES["contact"][1])
        readiness_checks(probe, early, ROLES["contact"][1])
        r = api(app.port, "GET", "/api/tickets?size=1", ROLES["contact"][1])
        probe.check("API sign-in once ready", "contact", r.status == 200, "200", got(r), r.body)
        sessions = sign_in(app, probe)
        fx = fixtures(app, sessions)
        h.log(f"fixtures: { {k: v for k, v in fx.items() if k != 'oneclick_links'} }")
        bursts(app, probe)
        h.log(f"bursts done after {time.time() - started:.0f} s")
        walk(app, probe, sessions, fx)
        h.log(f"walk done after {time.time() - started:.0f} s")
        bad_inputs(app, probe, sessions, fx)
        h.log(f"bad inputs done after {time.time() - started:.0f} s")
        r = raw(app.port, "GET", "/actuator/health/readiness")
        probe.check("still healthy after the probe", "anon", r.status == 200, "200", got(r), r.body)
        errors = [l for l in open(app.log, errors="replace") if " ERROR " in l]
        probe.check("no ERROR in the application log", "-", not errors, "none", f"{len(errors)} lines", "".join(errors[:3]))
    except Exception as e:
        probe.check("probe run completed", "-", False, "no error", f"{type(e).__name__}: {e}")
    finally:
        app.stop()
    if not a.skip_second_start:
        try:
            no_demo_data(work, probe)
        except Exception as e:
            probe.check("start without demo data", "-", False, "healthy", f"{type(e).__name__}: {e}")
    if a.keep:
        h.log(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    h.log(f"probe took {time.time() - started:.0f} s")
    print(f"{probe.passed} passed, {len(probe.failed)} failed")
    return 1 if probe.failed else 0


if __name__ == "__main__":
    sys.exit(main())
