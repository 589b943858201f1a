/*
 * Portal do Cliente, novo ticket (R7): enquanto o cliente escreve o assunto e escolhe produto e rotina, até cinco
 * artigos da Central de Ajuda aparecem, sem recarregar a página. "Isso resolveu" registra que o artigo resolveu e
 * não abre ticket; abrindo o ticket mesmo assim, os artigos mostrados vão junto (campo shownArticles).
 * Sem script embutido na página (a CSP só permite os scripts da aplicação); sem JavaScript, o formulário funciona.
 */
(function () {
  'use strict';
  var box = document.getElementById('sugestoes');
  var subject = document.getElementById('subject');
  if (!box || !subject || !window.fetch) { return; }
  var product = document.getElementById('product');
  var routine = document.getElementById('routine');
  var list = document.getElementById('lista-sugestoes');
  var shown = document.getElementById('shownArticles');
  var seen = shown.value ? shown.value.split(',') : [];
  var timer = null;
  var asked = '';

  function render(items) {
    list.textContent = '';
    items.forEach(function (a) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = a.endereco;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = a.titulo;
      var summary = document.createElement('p');
      summary.className = 'discreto';
      summary.textContent = a.resumo;
      var solved = document.createElement('button');
      solved.type = 'button';
      solved.className = 'link resolveu';
      solved.dataset.artigo = a.id;
      solved.textContent = 'Isso resolveu';
      li.appendChild(link);
      li.appendChild(summary);
      li.appendChild(solved);
      list.appendChild(li);
      if (seen.indexOf(a.id) < 0) { seen.push(a.id); }
    });
    shown.value = seen.join(',');
    box.hidden = items.length === 0;
  }

  function ask() {
    var text = subject.value.trim();
    var key = text + '|' + (product ? product.value : '') + '|' + (routine ? routine.value : '');
    if (key === asked) { return; }
    asked = key;
    if (text.length < 3) { render([]); return; }
    var url = box.dataset.endereco + '?assunto=' + encodeURIComponent(text)
      + '&rotina=' + encodeURIComponent(routine ? routine.value : '')
      + '&produto=' + encodeURIComponent(product ? product.value : '');
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) { if (key === asked) { render(items); } })
      .catch(function () { /* sem sugestões: o formulário continua */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(ask, 300);
  }

  list.addEventListener('click', function (e) {
    var button = e.target.closest('button[data-artigo]');
    if (!button) { return; }
    document.getElementById('artigo-resolveu').value = button.dataset.artigo;
    document.getElementById('produto-resolveu').value = product ? product.value : '';
    document.getElementById('form-resolveu').submit();
  });
  subject.addEventListener('input', later);
  if (routine) { routine.addEventListener('input', later); }
  if (product) { product.addEventListener('change', later); }
  if (subject.value) { ask(); }
})();
