/*
 * Portal do Cliente: anexos por arrastar-e-soltar, colar (Ctrl+V) ou seletor de arquivos, vários de uma vez,
 * com limites conferidos antes do envio e barra de progresso. Melhora um formulário multipart comum:
 * sem JavaScript, o seletor de arquivos e o envio normal continuam funcionando.
 */
(function () {
  'use strict';

  function formatSize(bytes) {
    if (bytes < 1024) { return bytes + ' B'; }
    if (bytes < 1024 * 1024) { return Math.round(bytes / 1024) + ' KB'; }
    return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',') + ' MB';
  }

  function extensionOf(name) {
    var dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.substring(dot + 1).toLowerCase();
  }

  function setUp(fieldset) {
    if (fieldset.dataset.pronto) { return; }
    fieldset.dataset.pronto = '1';
    var input = fieldset.querySelector('input[type=file]');
    var list = fieldset.querySelector('[data-lista]');
    var form = fieldset.closest('form');
    var maxBytes = parseInt(fieldset.dataset.maxBytes, 10);
    var maxFiles = parseInt(fieldset.dataset.maxArquivos, 10);
    var types = (fieldset.dataset.tipos || '').split(/\s*,\s*/);
    var files = [];
    var canAssign = typeof DataTransfer === 'function';

    function problemOf(file) {
      if (types.indexOf(extensionOf(file.name)) < 0) { return 'tipo não aceito'; }
      if (file.size > maxBytes) { return 'maior que ' + formatSize(maxBytes); }
      if (file.size === 0) { return 'arquivo vazio'; }
      return null;
    }

    function sync() {
      if (canAssign) {
        var transfer = new DataTransfer();
        files.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
      }
      render();
    }

    function render() {
      list.textContent = '';
      files.forEach(function (file, index) {
        var item = document.createElement('li');
        var problem = problemOf(file);
        item.textContent = file.name + ' (' + formatSize(file.size) + ')' + (problem ? ': ' + problem : '');
        if (problem) { item.className = 'invalido'; }
        if (canAssign) {
          var remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'link';
          remove.textContent = 'remover';
          remove.addEventListener('click', function () { files.splice(index, 1); sync(); });
          item.appendChild(document.createTextNode(' '));
          item.appendChild(remove);
        }
        list.appendChild(item);
      });
      if (files.length > maxFiles) {
        var warning = document.createElement('li');
        warning.className = 'invalido';
        warning.textContent = 'Envie no máximo ' + maxFiles + ' arquivos por vez.';
        list.appendChild(warning);
      }
    }

    function add(newFiles) {
      Array.prototype.forEach.call(newFiles, function (f) { files.push(f); });
      sync();
    }

    input.addEventListener('change', function () {
      if (!canAssign) { files = Array.prototype.slice.call(input.files); render(); return; }
      var picked = Array.prototype.slice.call(input.files).filter(function (f) { return files.indexOf(f) < 0; });
      add(picked);
    });

    ['dragenter', 'dragover'].forEach(function (type) {
      form.addEventListener(type, function (e) { e.preventDefault(); fieldset.classList.add('arrastando'); });
    });
    form.addEventListener('dragleave', function () { fieldset.classList.remove('arrastando'); });
    form.addEventListener('drop', function (e) {
      e.preventDefault();
      fieldset.classList.remove('arrastando');
      if (e.dataTransfer && e.dataTransfer.files.length) { add(e.dataTransfer.files); }
    });
    form.addEventListener('paste', function (e) {
      var pasted = e.clipboardData ? Array.prototype.slice.call(e.clipboardData.files) : [];
      if (!pasted.length) { return; }
      e.preventDefault();
      add(pasted.map(function (f, i) {
        var name = 'colado-' + new Date().toISOString().replace(/[:.]/g, '-') + '-' + i + '.' + (extensionOf(f.name) || 'png');
        return new File([f], name, {type: f.type});
      }));
    });

    if (form.hasAttribute('data-envio-com-progresso') && window.FormData && window.XMLHttpRequest) {
      form.addEventListener('submit', function (e) {
        if (files.some(problemOf) || files.length > maxFiles) {
          e.preventDefault();
          render();
          list.scrollIntoView();
          return;
        }
        if (!files.length) { return; } // nothing to show progress for: the normal post is fine
        e.preventDefault();
        var progress = fieldset.querySelector('[data-progresso]');
        var bar = progress.querySelector('progress');
        var percent = progress.querySelector('[data-porcentagem]');
        progress.hidden = false;
        Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (b) { b.disabled = true; });
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.upload.addEventListener('progress', function (p) {
          if (p.lengthComputable) {
            var value = Math.round(p.loaded * 100 / p.total);
            bar.value = value;
            percent.textContent = value + '%';
          }
        });
        request.addEventListener('load', function () {
          var page = new DOMParser().parseFromString(request.responseText, 'text/html');
          document.replaceChild(document.adoptNode(page.documentElement), document.documentElement);
          if (request.responseURL && request.responseURL !== window.location.href) {
            window.history.pushState(null, '', request.responseURL);
          }
          window.scrollTo(0, 0);
          init();
        });
        request.addEventListener('error', function () {
          percent.textContent = 'Falha no envio. Verifique a conexão e tente de novo.';
          Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (b) { b.disabled = false; });
        });
        request.send(new FormData(form));
      });
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-anexos]'), setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
