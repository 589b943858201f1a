// Painel dos líderes: desenha os gráficos com Chart.js a partir dos dados dos atributos data-* de cada canvas
// (sem script embutido na página: a CSP só permite os scripts da própria aplicação).
(function () {
  'use strict';
  var cores = ['#1f6feb', '#2da44e', '#d29922', '#cf222e', '#8250df', '#bc4c00', '#0a7ea4', '#6e7781'];
  document.querySelectorAll('canvas[data-grafico]').forEach(function (canvas) {
    var tipo = canvas.dataset.grafico;
    var valores = JSON.parse(canvas.dataset.valores);
    new Chart(canvas, {
      type: tipo,
      data: {
        labels: JSON.parse(canvas.dataset.rotulos),
        datasets: [{
          label: canvas.dataset.titulo,
          data: valores,
          backgroundColor: tipo === 'doughnut' ? cores : cores[0]
        }]
      },
      options: {
        animation: false,
        responsive: false,
        plugins: { legend: { display: tipo === 'doughnut' } }
      }
    });
  });
})();
