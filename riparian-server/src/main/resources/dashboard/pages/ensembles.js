// Scenarios and ensembles: the basin over generated inflow traces; fan charts of reservoir storage and of shortage,
// and the reliability of every demand.
'use strict';
Dashboard.page('ensembles', {
  strings: {
    en: { 'ensembles.title': 'Scenarios', 'ensembles.about': 'The basin run over many generated inflow years (traces) under the chosen scenarios. The fans show, decade by decade, the middle 50 % and 90 % of the traces and their median. Reliability is the share of decades without shortage; resilience the chance that a shortage ends the next decade.',
      'ensembles.traces': 'Traces', 'ensembles.years': 'Years', 'ensembles.seed': 'Seed', 'ensembles.storage': 'Storage of', 'ensembles.shortage': 'Shortage of', 'ensembles.median': 'median',
      'ensembles.band90': '5–95 %', 'ensembles.band50': '25–75 %', 'ensembles.reliability': 'Reliability per demand', 'ensembles.demand': 'Demand', 'ensembles.rel': 'Reliability',
      'ensembles.res': 'Resilience', 'ensembles.mean': 'Mean shortage %', 'ensembles.worst': 'Worst shortage %', 'ensembles.run': '{traces} traces of {years} year(s) from {start}, scenarios: {scenarios}' },
    ru: { 'ensembles.title': 'Сценарии', 'ensembles.about': 'Бассейн рассчитан на множестве сгенерированных лет притока (трасс) при выбранных сценариях. Веера показывают по декадам средние 50 % и 90 % трасс и медиану. Надёжность — доля декад без дефицита; восстанавливаемость — вероятность, что дефицит закончится в следующей декаде.',
      'ensembles.traces': 'Трассы', 'ensembles.years': 'Лет', 'ensembles.seed': 'Зерно', 'ensembles.storage': 'Объём', 'ensembles.shortage': 'Дефицит', 'ensembles.median': 'медиана',
      'ensembles.band90': '5–95 %', 'ensembles.band50': '25–75 %', 'ensembles.reliability': 'Надёжность по водопотребителям', 'ensembles.demand': 'Водопотребитель', 'ensembles.rel': 'Надёжность',
      'ensembles.res': 'Восстанавливаемость', 'ensembles.mean': 'Средний дефицит, %', 'ensembles.worst': 'Наибольший дефицит, %', 'ensembles.run': '{traces} трасс по {years} г. с {start}, сценарии: {scenarios}' }
  },
  async render(container) {
    const D = Dashboard;
    const [basin, latest] = await Promise.all([D.api('/api/v1/basin'), D.latest('ensembles')]);
    const results = D.el('div', { id: 'ensembles-results' });
    const number = (id, label, value, max) => D.el('label', {}, [D.t(label), D.el('input', { type: 'number', id: id, value: value, min: 1, max: max, style: 'width:6em' })]);
    const scenarioBoxes = basin.scenarios.map(s => D.el('label', { title: s.description }, [D.el('input', { type: 'checkbox', value: s.name, class: 'ensembles-scenario' }), s.name]));
    D.runForm(container, 'ensembles', [number('ensembles-traces', 'ensembles.traces', 20, 500), number('ensembles-years', 'ensembles.years', 1, 5), number('ensembles-seed', 'ensembles.seed', 1),
      D.el('fieldset', {}, [D.el('legend', { text: D.t('scenarios') })].concat(scenarioBoxes))],
    () => ({ traces: Number(document.getElementById('ensembles-traces').value), years: Number(document.getElementById('ensembles-years').value),
      seed: Number(document.getElementById('ensembles-seed').value), scenarios: [...document.querySelectorAll('.ensembles-scenario:checked')].map(b => b.value) }), job => this.show(results, job));
    container.append(results);
    if (latest) this.show(results, latest);
    else results.append(D.el('p', { text: D.t('run.none') }));
  },
  fan(panel, steps, fan) {
    const D = Dashboard;
    const lower = key => fan.map(q => q[key]);
    const band = (from, to, name, opacity) => [{ name: name, type: 'line', stack: name, symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: { color: '#2a7fc1', opacity: opacity }, data: lower(from) },
      { name: name, type: 'line', stack: name, symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: { color: '#2a7fc1', opacity: opacity }, areaStyle: { color: '#2a7fc1', opacity: opacity }, data: fan.map(q => q[to] - q[from]) }];
    return D.chart(panel, { tooltip: { trigger: 'axis', formatter: ps => ps[0].axisValue + '<br>' + D.t('ensembles.median') + ': ' + D.number(fan[ps[0].dataIndex].p50, 1) + ' ' + D.t('hm3') + '<br>5–95 %: '
        + D.number(fan[ps[0].dataIndex].p05, 1) + ' – ' + D.number(fan[ps[0].dataIndex].p95, 1) },
      legend: { top: 0, data: [D.t('ensembles.band90'), D.t('ensembles.band50'), D.t('ensembles.median')] }, grid: { left: 60, right: 10, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: steps.map(D.decade), boundaryGap: false }, yAxis: { type: 'value', name: D.t('hm3') },
      series: band('p05', 'p95', D.t('ensembles.band90'), 0.2).concat(band('p25', 'p75', D.t('ensembles.band50'), 0.35))
        .concat([{ name: D.t('ensembles.median'), type: 'line', symbol: 'none', itemStyle: { color: '#12466b' }, data: lower('p50') }]) });
  },
  show(box, job) {
    const D = Dashboard;
    const r = job.result;
    box.replaceChildren(D.el('p', { class: 'note', id: 'ensembles-run', text: D.t('ensembles.run', { traces: r.run.traces, years: r.run.years, start: D.date(r.run.start),
      scenarios: r.run.scenarios.length ? r.run.scenarios.join(', ') : '–' }) + ' · ' + D.t('run.of', { id: job.id, time: D.date(job.submitted, true) }) }));
    const row = D.el('div', { class: 'row' });
    box.append(row);
    const picker = (label, keys, named, draw) => {
      const panel = D.el('div', { class: 'panel' });
      const choice = D.el('select', {}, keys.map(k => D.el('option', { value: k, text: named(k) })));
      panel.append(D.el('h2', {}, [D.t(label) + ' ', choice]));
      row.append(panel);
      let chart = draw(panel, keys[0]);
      choice.addEventListener('change', () => { chart.dispose(); chart.getDom().remove(); chart = draw(panel, choice.value); });
    };
    const reservoirs = Object.keys(r.fans.storage_hm3);
    const big = reservoirs.sort((a, b) => Math.max(...r.fans.storage_hm3[b].map(q => q.max)) - Math.max(...r.fans.storage_hm3[a].map(q => q.max)));
    picker('ensembles.storage', big, k => k, (panel, k) => this.fan(panel, r.fans.steps, r.fans.storage_hm3[k]));
    picker('ensembles.shortage', Object.keys(r.fans.shortage_hm3), D.country, (panel, k) => this.fan(panel, r.fans.steps, r.fans.shortage_hm3[k]));
    const demands = r.demands.slice().sort((a, b) => a.reliability - b.reliability);
    const panel = D.el('div', { class: 'panel' }, [D.el('h2', { text: D.t('ensembles.reliability') })]);
    box.append(panel);
    D.chart(panel, { tooltip: { trigger: 'axis', valueFormatter: v => D.number(v, 0) + ' %' }, grid: { left: 150, right: 20, top: 10, bottom: 30 }, xAxis: { type: 'value', max: 100, name: '%' },
      yAxis: { type: 'category', inverse: true, data: demands.map(d => d.name), axisLabel: { fontSize: 10 } }, series: [{ name: D.t('ensembles.rel'), type: 'bar', data: demands.map(d => 100 * d.reliability), itemStyle: { color: '#2a7fc1' } }] }, true);
    box.append(D.el('div', { class: 'scroll' }, [D.table([D.t('ensembles.demand'), D.t('country'), D.t('ensembles.rel'), D.t('ensembles.res'), D.t('ensembles.mean'), D.t('ensembles.worst')],
      demands.map(d => [d.name, D.country(d.country), D.number(100 * d.reliability, 0) + ' %', d.resilience === null ? '–' : D.number(100 * d.resilience, 0) + ' %', D.number(d.mean_shortage_percent), D.number(d.worst_shortage_percent)]), { id: 'ensembles-demands' })]));
  }
});
