// Fair shares: what every coalition of countries can achieve, each country's Shapley value and nucleolus, and whether
// each sharing rule is in the core (no group of countries would do better on its own).
'use strict';
Dashboard.page('shares', {
  strings: {
    en: { 'shares.title': 'Fair shares', 'shares.about': 'Every group (coalition) of countries is planned on its own, the others acting alone. Its value is the benefit it secures (million US$ over the year). The Shapley value pays each country its average contribution to every coalition; the nucleolus makes the least satisfied coalition as well off as possible. A split is in the core when no coalition would gain by leaving.',
      'shares.alone': 'Alone', 'shares.shapley': 'Shapley value', 'shares.nucleolus': 'Nucleolus', 'shares.cooperative': 'Joint plan (before transfers)', 'shares.bars': 'Share of each country (million US$)',
      'shares.coalitions': 'Coalition values', 'shares.members': 'Coalition', 'shares.value': 'Value', 'shares.core': 'Core check of each sharing rule', 'shares.rule': 'Rule', 'shares.incore': 'In the core',
      'shares.blocking': 'Blocking coalition', 'shares.excess': 'It would gain', 'shares.corestate': 'The core is {state}; least-core ε = {eps} million US$.', 'shares.nonempty': 'not empty', 'shares.empty': 'empty',
      'shares.transfers': 'Transfers to reach each split', 'shares.players': 'Players', 'shares.countries': 'Countries' },
    ru: { 'shares.title': 'Справедливые доли', 'shares.about': 'Каждая группа (коалиция) стран планируется отдельно, остальные действуют в одиночку. Её ценность — выгода, которую она обеспечивает (млн долл. США за год). Вектор Шепли платит каждой стране её средний вклад во все коалиции; n-ядро делает наименее довольную коалицию как можно более довольной. Раздел принадлежит ядру, если ни одной коалиции не выгодно выйти.',
      'shares.alone': 'В одиночку', 'shares.shapley': 'Вектор Шепли', 'shares.nucleolus': 'N-ядро', 'shares.cooperative': 'Совместный план (до платежей)', 'shares.bars': 'Доля каждой страны (млн долл. США)',
      'shares.coalitions': 'Ценность коалиций', 'shares.members': 'Коалиция', 'shares.value': 'Ценность', 'shares.core': 'Проверка ядра для каждого правила', 'shares.rule': 'Правило', 'shares.incore': 'В ядре',
      'shares.blocking': 'Блокирующая коалиция', 'shares.excess': 'Её выигрыш', 'shares.corestate': 'Ядро {state}; ε наименьшего ядра = {eps} млн долл. США.', 'shares.nonempty': 'не пусто', 'shares.empty': 'пусто',
      'shares.transfers': 'Платежи для каждого раздела', 'shares.players': 'Участники', 'shares.countries': 'Страны' }
  },
  rules: { shapley: 'shares.shapley', nucleolus: 'shares.nucleolus' },
  async render(container) {
    const D = Dashboard;
    const [basin, latest] = await Promise.all([D.api('/api/v1/basin'), D.latest('coalitions')]);
    const results = D.el('div', { id: 'shares-results' });
    const countries = [...new Set(basin.nodes.map(n => n.country))].sort();
    const players = countries.map(c => D.el('label', {}, [D.el('input', { type: 'checkbox', value: c, class: 'shares-player', checked: true }), D.country(c)]));
    D.runForm(container, 'coalitions', [D.select('shares-season', 'season', D.seasonOptions('year')), D.select('shares-hydrology', 'hydrology', basin.hydrologies.map(h => [h, D.word('hydrology', h)]), 'normal'),
      D.el('fieldset', {}, [D.el('legend', { text: D.t('shares.players') })].concat(players))],
    () => ({ season: document.getElementById('shares-season').value, hydrology: document.getElementById('shares-hydrology').value,
      players: [...document.querySelectorAll('.shares-player:checked')].map(b => b.value) }), job => this.show(results, job));
    container.append(results);
    if (latest) this.show(results, latest);
    else results.append(D.el('p', { text: D.t('run.none') }));
  },
  show(box, job) {
    const D = Dashboard;
    const r = job.result;
    const rule = name => this.rules[name] ? D.t(this.rules[name]) : name;
    const members = list => list.map(D.country).join(' + ');
    box.replaceChildren(D.el('p', { class: 'note', text: D.seasonLabel(r.run.season) + ', ' + D.word('hydrology', r.run.hydrology) + ' · ' + D.t('run.of', { id: job.id, time: D.date(job.submitted, true) }) }),
      D.el('p', { id: 'shares-core', text: D.t('shares.corestate', { state: D.t(r.core_non_empty ? 'shares.nonempty' : 'shares.empty'), eps: D.number(r.least_core_epsilon_musd) }) }));
    const panel = D.el('div', { class: 'panel' }, [D.el('h2', { text: D.t('shares.bars') })]);
    box.append(panel);
    D.chart(panel, { tooltip: { trigger: 'axis', valueFormatter: v => D.number(v, 1) }, legend: { top: 0, type: 'scroll' }, grid: { left: 60, right: 10, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: r.countries.map(c => D.country(c.country)), axisLabel: { interval: 0 } }, yAxis: { type: 'value', name: D.t('musd') },
      series: [['go_alone_musd', 'shares.alone'], ['cooperative_musd', 'shares.cooperative'], ['shapley_musd', 'shares.shapley'], ['nucleolus_musd', 'shares.nucleolus']]
        .map(([key, label]) => ({ name: D.t(label), type: 'bar', data: r.countries.map(c => c[key]) })) });
    box.append(D.el('h2', { text: D.t('shares.bars') }), D.table([D.t('country'), D.t('shares.alone'), D.t('shares.cooperative'), D.t('shares.shapley'), D.t('shares.nucleolus')],
      r.countries.map(c => [D.country(c.country), D.number(c.go_alone_musd), D.number(c.cooperative_musd), D.number(c.shapley_musd), D.number(c.nucleolus_musd)]), { id: 'shares-countries' }));
    box.append(D.el('h2', { text: D.t('shares.core') }), D.table([D.t('shares.rule'), D.t('shares.incore'), D.t('shares.blocking'), D.t('shares.excess') + ', ' + D.t('musd')],
      r.rules.map(x => [rule(x.rule), D.el('span', { class: x.in_core ? 'good' : 'bad', text: D.t(x.in_core ? 'yes' : 'no') }), x.in_core ? '–' : members(x.blocking_coalition), x.in_core ? '–' : D.number(x.blocking_excess_musd)]), { id: 'shares-rules' }));
    box.append(D.el('h2', { text: D.t('shares.transfers') + ' (' + D.t('musd') + ')' }), D.table([D.t('shares.rule')].concat(r.countries.map(c => D.country(c.country))),
      r.rules.map(x => [rule(x.rule)].concat(r.countries.map(c => D.number(x.transfer_received_musd[c.country]))))));
    box.append(D.el('h2', { text: D.t('shares.coalitions') }), D.el('div', { class: 'scroll' }, [D.table([D.t('shares.members'), D.t('shares.value') + ', ' + D.t('musd')],
      r.coalitions.map(c => [members(c.members), D.number(c.value_musd)]), { id: 'shares-coalitions' })]));
  }
});
