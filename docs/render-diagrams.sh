#!/usr/bin/env bash
# Renders every BPMN model in processes/ to docs/diagrams/<name>.png with bpmn-js, and the decision
# requirements diagram of every DMN file to docs/diagrams/<name>-drd.png with dmn-js, in headless
# Chromium, so docs/ shows the diagrams the engine runs. Needs node/npm and Debian's chromium.
# Run it after changing a model: bash docs/render-diagrams.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent bpmn-js@18 dmn-js@17 >/dev/null)
for model in "$root"/processes/*.bpmn; do
  name="$(basename "$model" .bpmn)"
  python3 - "$model" "$work/$name.html" "$work/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js" <<'PY'
import json, sys
model, page, viewer = sys.argv[1:4]
xml = open(model, encoding="utf-8").read()
open(page, "w", encoding="utf-8").write(f"""<!doctype html><html><head><meta charset="utf-8">
<style>html,body,#c{{margin:0;width:100%;height:100%;background:#fff}}</style>
<script src="file://{viewer}"></script></head><body><div id="c"></div><script>
const v = new BpmnJS({{container: '#c'}});
v.importXML({json.dumps(xml)}).then(() => v.get('canvas').zoom('fit-viewport', 'auto'));
</script></body></html>""")
PY
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --allow-file-access-from-files --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size=1900,800 --virtual-time-budget=5000 \
    --screenshot="$root/docs/diagrams/$name.png" "file://$work/$name.html" 2>/dev/null
  echo "docs/diagrams/$name.png"
done
for model in "$root"/processes/*.dmn; do
  name="$(basename "$model" .dmn)"
  python3 - "$model" "$work/$name-drd.html" "$work/node_modules/dmn-js/dist" <<'PY'
import json, sys
model, page, dist = sys.argv[1:4]
xml = open(model, encoding="utf-8").read()
open(page, "w", encoding="utf-8").write(f"""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://{dist}/assets/dmn-js-drd.css">
<link rel="stylesheet" href="file://{dist}/assets/dmn-js-shared.css">
<style>html,body,#c{{margin:0;width:100%;height:100%;background:#fff}}</style>
<script src="file://{dist}/dmn-viewer.production.min.js"></script></head><body><div id="c"></div><script>
const v = new DmnJS({{container: '#c'}});
v.importXML({json.dumps(xml)}).then(() => {{
  v.open(v.getViews().find(view => view.type === 'drd'));
  v.getActiveViewer().get('canvas').zoom('fit-viewport', 'auto');
}});
</script></body></html>""")
PY
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --allow-file-access-from-files --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size=1000,420 --virtual-time-budget=5000 \
    --screenshot="$root/docs/diagrams/$name-drd.png" "file://$work/$name-drd.html" 2>/dev/null
  echo "docs/diagrams/$name-drd.png"
done
