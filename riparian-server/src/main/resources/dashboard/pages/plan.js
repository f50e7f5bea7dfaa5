// The season plan: the decade table per country and per demand site (canal command area), demand against delivery,
// reservoir storage and the inflow to the terminal seas; a plan can be started from here with a token.
'use strict';
Dashboard.page('plan', {
  strings: {
    en: { 'plan.title': 'Plan', 'plan.about': 'The ten-day (decade) water-withdrawal plan of a season, computed on the basin model: what each country and each demand site asked for, what it is delivered and the shortage; reservoir storage; the inflow to the Aral seas. Volumes in million m³ (hm³).',
      'plan.countries': 'Delivered and demand per country (hm³ per decade)', 'plan.sites': 'Demand sites (canals and command areas) over the season', 'plan.storage': 'Reservoir storage at the end of each decade (hm³)',
      'plan.terminals': 'Inflow to the terminal seas and lakes (hm³ per decade)', 'plan.table': 'Decade table: delivered / demand (shortage %)', 'plan.season': 'Season totals',
      'plan.demand': 'Demand', 'plan.delivered': 'Delivered', 'plan.shortage': 'Shortage', 'plan.shortagepct': 'Shortage %', 'plan.site': 'Demand site', 'plan.run': 'Plan {season}, hydrology {hydrology}, scenarios: {scenarios}, {mode}',
      'plan.noscenario': 'none', 'plan.missed': 'Requirements missed', 'plan.terminal': 'Terminal', 'plan.inflow': 'Inflow' },
    ru: { 'plan.title': 'План', 'plan.about': 'Декадный план водозаборов на сезон, рассчитанный по модели бассейна: потребность каждой страны и водопотребителя, подача и дефицит; объёмы водохранилищ; приток в Аральское море. Объёмы в млн м³.',
      'plan.countries': 'Подача и потребность по странам (млн м³ за декаду)', 'plan.sites': 'Водопотребители (каналы и зоны орошения) за сезон', 'plan.storage': 'Объём водохранилищ на конец декады (млн м³)',
      'plan.terminals': 'Приток в конечные водоёмы (млн м³ за декаду)', 'plan.table': 'Декадная таблица: подано / потребность (дефицит %)', 'plan.season': 'Итоги сезона',
      'plan.demand': 'Потребность', 'plan.delivered': 'Подано', 'plan.shortage': 'Дефицит', 'plan.shortagepct': 'Дефицит, %', 'plan.site': 'Водопотребитель', 'plan.run': 'План: {season}, водность {hydrology}, сценарии: {scenarios}, {mode}',
      'plan.noscenario': 'нет', 'plan.missed': 'Невыполненные требования', 'plan.terminal': 'Водоём', 'plan.inflow': 'Приток' }
  },
  async render(container) {
    const D = Dashboard;
    const [basin, latest] = await Promise.all([D.api('/api/v1/basin'), D.latest('plans')]);
    const results = D.el('div', { id: 'plan-results' });
    const scenarioBoxes = basin.scenarios.map(s => D.el('label', { title: s.description }, [D.el('input', { type: 'checkbox', value: s.name, class: 'plan-scenario' }), s.name]));
    D.runForm(container, 'plans', [
      D.select('plan-season', 'season', D.seasonOptions('plan')),
      D.select('plan-hydrology', 'hydrology', basin.hydrologies.map(h => [h, D.word('hydrology', h)]), basin.hydrologies.includes('normal') ? 'normal' : basin.hydrologies[0]),
      D.select('plan-mode', 'mode', [['simulate', D.t('mode.simulate')], ['optimise', D.t('mode.optimise')]]),
      D.el('fieldset', {}, [D.el('legend', { text: D.t('scenarios') })].concat(scenarioBoxes))
    ], () => ({ season: document.getElementById('plan-season').value, hydrology: document.getElementById('plan-hydrology').value, mode: document.getElementById('plan-mode').value,
      scenarios: [...document.querySelectorAll('.plan-scenario:checked')].map(box => box.value) }), job => this.show(results, job));
    container.append(results);
    if (latest) this.show(results, latest);
    else results.append(D.el('p', { text: D.t('run.none') }));
  },
  show(box, job) {
    const D = Dashboard;
    const s = job.result.summary;
    const labels = s.steps.map(step => D.decade(step.start));
    const countries = Object.keys(s.countries);
    box.replaceChildren(D.el('p', { class: 'note', id: 'plan-run', text: D.t('plan.run', { season: D.seasonLabel(s.run.season), hydrology: D.word('hydrology', s.run.hydrology),
      scenarios: s.run.scenarios.length ? s.run.scenarios.join(', ') : D.t('plan.noscenario'), mode: D.t('mode.' + s.run.mode) }) + ' · ' + D.t('run.of', { id: job.id, time: D.date(job.submitted, true) }) }));
    box.append(D.el('h2', { text: D.t('plan.season') }), D.table([D.t('country'), D.t('plan.demand'), D.t('plan.delivered'), D.t('plan.shortage'), D.t('plan.shortagepct')],
      countries.map(c => [D.country(c), D.number(s.countries[c].demand_hm3), D.number(s.countries[c].delivered_hm3), D.number(s.countries[c].shortage_hm3), D.number(s.countries[c].shortage_pct)]), { id: 'plan-totals' }));
    const charts = D.el('div', { class: 'row' });
    box.append(charts);
    const panel = title => { const p = D.el('div', { class: 'panel' }, [D.el('h2', { text: title })]); charts.append(p); return p; };
    const axis = { type: 'category', data: labels, axisLabel: { interval: 2 } };
    const hm3 = { valueFormatter: v => D.number(v, 1) + ' ' + D.t('hm3'), trigger: 'axis' };
    D.chart(panel(D.t('plan.countries')), { tooltip: hm3, legend: { bottom: 0 }, grid: { left: 60, right: 10, top: 30, bottom: 90 }, xAxis: axis, yAxis: { type: 'value', name: D.t('hm3') },
      series: countries.map(c => ({ name: D.country(c), type: 'bar', stack: 'delivered', data: s.steps.map(step => step.countries[c].delivered_hm3) }))
        .concat([{ name: D.t('plan.demand'), type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#222' }, itemStyle: { color: '#222' }, data: s.steps.map(step => countries.reduce((sum, c) => sum + step.countries[c].demand_hm3, 0)) }]) }, 400);
    const reservoirs = Object.keys(s.steps[0].storage_end_hm3);
    D.chart(panel(D.t('plan.storage')), { tooltip: hm3, legend: { bottom: 0 }, grid: { left: 60, right: 10, top: 30, bottom: 90 }, xAxis: axis, yAxis: { type: 'value', name: D.t('hm3') },
      series: reservoirs.map(r => ({ name: r, type: 'line', symbol: 'none', data: s.steps.map(step => step.storage_end_hm3[r]) })) }, 400);
    const terminals = Object.keys(s.terminals);
    D.chart(panel(D.t('plan.terminals')), { tooltip: hm3, legend: { bottom: 0 }, grid: { left: 60, right: 10, top: 30, bottom: 90 }, xAxis: axis, yAxis: { type: 'value', name: D.t('hm3') },
      series: terminals.map(id => ({ name: id, type: 'bar', stack: 'terminals', data: s.steps.map(step => step.terminal_inflow_hm3[id]) })) }, 400);
    box.append(D.el('h2', { text: D.t('plan.terminals') }), D.table([D.t('plan.terminal'), D.t('plan.inflow') + ', ' + D.t('hm3')], terminals.map(id => [id, D.number(s.terminals[id].inflow_hm3)]), { id: 'plan-terminals' }));
    this.sites(box, job);
    box.append(D.el('h2', { text: D.t('plan.table') }), D.el('div', { class: 'scroll' }, [D.table([D.t('decade')].concat(countries.map(D.country)), s.steps.map(step => [D.decade(step.start) + ' ' + step.start.substring(0, 4)].concat(countries.map(c => {
      const share = step.countries[c];
      return D.el('span', { class: share.shortage_pct > 0.05 ? 'bad' : '', text: D.number(share.delivered_hm3) + ' / ' + D.number(share.demand_hm3) + ' (' + D.number(share.shortage_pct, 0) + ' %)' });
    }))), { id: 'plan-decades' })]));
  },
  sites(box, job) {
    const D = Dashboard;
    const sum = values => values.reduce((a, b) => a + b, 0);
    const rows = Object.entries(job.result.nodes).filter(([, series]) => series.demand_hm3).map(([id, series]) => {
      const demand = sum(series.demand_hm3);
      const shortage = sum(series.shortage_hm3);
      return [id, D.number(demand), D.number(sum(series.delivered_hm3)), D.el('span', { class: shortage > 0.05 ? 'bad' : '', text: D.number(shortage) }), D.number(demand > 0 ? 100 * shortage / demand : 0)];
    });
    box.append(D.el('h2', { text: D.t('plan.sites') }), D.el('div', { class: 'scroll' }, [D.table([D.t('plan.site'), D.t('plan.demand'), D.t('plan.delivered'), D.t('plan.shortage'), D.t('plan.shortagepct')], rows, { id: 'plan-sites' })]));
  }
});
