// Painel dos líderes: desenha os gráficos com Chart.js a partir dos dados dos atributos data-* de cada canvas
// (sem script embutido na página: a CSP só permite os scripts da própria aplicação). Um canvas com data-series
// tem várias séries (uma linha por equipe); os outros, uma série em data-valores.
(function () {
  'use strict';
  var cores = ['#1f6feb', '#2da44e', '#d29922', '#cf222e', '#8250df', '#bc4c00', '#0a7ea4', '#6e7781'];
  document.querySelectorAll('canvas[data-grafico]').forEach(function (canvas) {
    var tipo = canvas.dataset.grafico;
    var datasets;
    if (canvas.dataset.series) {
      datasets = JSON.parse(canvas.dataset.series).map(function (serie, i) {
        var cor = cores[i % cores.length];
        return { label: serie.label, data: serie.data, borderColor: cor, backgroundColor: cor, pointRadius: 0 };
      });
    } else {
      datasets = [{
        label: canvas.dataset.titulo,
        data: JSON.parse(canvas.dataset.valores),
        backgroundColor: tipo === 'doughnut' ? cores : cores[0]
      }];
    }
    new Chart(canvas, {
      type: tipo,
      data: { labels: JSON.parse(canvas.dataset.rotulos), datasets: datasets },
      options: {
        animation: false,
        responsive: false,
        plugins: { legend: { display: tipo === 'doughnut' || datasets.length > 1 } }
      }
    });
  });
})();
