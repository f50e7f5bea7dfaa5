// Water for energy: each country operating its reservoirs for itself against the cooperative basin plan, and the
// settlement that leaves no country worse off than alone.
'use strict';
Dashboard.page('energy', {
  strings: {
    en: { 'energy.title': 'Water–energy', 'energy.about': 'Upstream reservoirs want to release in winter for electricity; downstream fields need the water in summer. Left: every country operates its own reservoirs alone (most upstream first). Right: the basin operated together. The gain of cooperation is shared so that no country is worse off than alone, paid in winter electricity first and money for the rest.',
      'energy.alone': 'Alone', 'energy.together': 'Together', 'energy.benefit': 'Benefit per country (million US$)', 'energy.irrigation': 'Irrigation', 'energy.energy': 'Energy',
      'energy.settlement': 'Settlement', 'energy.settled': 'Share after settlement', 'energy.transfer': 'Transfer received', 'energy.gainafter': 'Gain over alone', 'energy.gain': 'Gain of cooperation: {gain} million US$ ({rule})',
      'energy.transfers': 'Electricity deliveries', 'energy.month': 'Month', 'energy.from': 'From', 'energy.to': 'To', 'energy.value': 'Value', 'energy.money': 'Money transfers',
      'energy.releases': 'Reservoir releases, winter and summer (hm³)', 'energy.reservoir': 'Reservoir', 'energy.winter': 'Winter', 'energy.summer': 'Summer', 'energy.produced': 'Energy produced (GWh)' },
    ru: { 'energy.title': 'Вода и энергия', 'energy.about': 'Верхние водохранилища хотят сбрасывать воду зимой для выработки электроэнергии; нижним полям вода нужна летом. Слева: каждая страна управляет своими водохранилищами сама (начиная с верхних). Справа: бассейн управляется совместно. Выигрыш от сотрудничества делится так, чтобы ни одна страна не потеряла по сравнению с действиями в одиночку: сначала зимней электроэнергией, остальное деньгами.',
      'energy.alone': 'В одиночку', 'energy.together': 'Совместно', 'energy.benefit': 'Выгода по странам (млн долл. США)', 'energy.irrigation': 'Орошение', 'energy.energy': 'Энергия',
      'energy.settlement': 'Расчёты', 'energy.settled': 'Доля после расчётов', 'energy.transfer': 'Полученный платёж', 'energy.gainafter': 'Выигрыш к одиночке', 'energy.gain': 'Выигрыш от сотрудничества: {gain} млн долл. США ({rule})',
      'energy.transfers': 'Поставки электроэнергии', 'energy.month': 'Месяц', 'energy.from': 'От', 'energy.to': 'Кому', 'energy.value': 'Стоимость', 'energy.money': 'Денежные платежи',
      'energy.releases': 'Сбросы водохранилищ зимой и летом (млн м³)', 'energy.reservoir': 'Водохранилище', 'energy.winter': 'Зима', 'energy.summer': 'Лето', 'energy.produced': 'Выработка (ГВт·ч)' }
  },
  async render(container) {
    const D = Dashboard;
    const [basin, latest] = await Promise.all([D.api('/api/v1/basin'), D.latest('exchange')]);
    const results = D.el('div', { id: 'energy-results' });
    D.runForm(container, 'exchange', [D.select('energy-season', 'season', D.seasonOptions('year')), D.select('energy-hydrology', 'hydrology', basin.hydrologies.map(h => [h, D.word('hydrology', h)]), 'normal')],
      () => ({ season: document.getElementById('energy-season').value, hydrology: document.getElementById('energy-hydrology').value }), job => this.show(results, job));
    container.append(results);
    if (latest) this.show(results, latest);
    else results.append(D.el('p', { text: D.t('run.none') }));
  },
  show(box, job) {
    const D = Dashboard;
    const r = job.result;
    const names = r.countries.map(c => D.country(c.country));
    box.replaceChildren(D.el('p', { class: 'note', text: D.seasonLabel(r.run.season) + ', ' + D.word('hydrology', r.run.hydrology) + ' · ' + D.t('run.of', { id: job.id, time: D.date(job.submitted, true) }) }),
      D.el('p', { id: 'energy-gain', text: D.t('energy.gain', { gain: D.number(r.gain_musd), rule: D.word('rule', r.sharing_rule) }) }));
    const row = D.el('div', { class: 'row' });
    box.append(row);
    const side = (title, key) => {
      const panel = D.el('div', { class: 'panel' }, [D.el('h2', { text: title })]);
      row.append(panel);
      D.chart(panel, { tooltip: { trigger: 'axis', valueFormatter: v => D.number(v, 1) }, legend: { top: 0, type: 'scroll' }, grid: { left: 60, right: 10, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: names, axisLabel: { interval: 0, fontSize: 10 } }, yAxis: { type: 'value', name: D.t('musd'), max: Math.ceil(Math.max(...r.countries.map(c => Math.max(c.total_alone_musd, c.total_together_musd))) / 100) * 100 },
        series: [{ name: D.t('energy.irrigation'), type: 'bar', stack: 'b', data: r.countries.map(c => c['irrigation_' + key + '_musd']) },
          { name: D.t('energy.energy'), type: 'bar', stack: 'b', data: r.countries.map(c => c['energy_' + key + '_musd']) }] });
    };
    side(D.t('energy.alone'), 'alone');
    side(D.t('energy.together'), 'together');
    box.append(D.el('h2', { text: D.t('energy.settlement') + ' (' + D.t('musd') + ')' }), D.table([D.t('country'), D.t('energy.alone'), D.t('energy.together'), D.t('energy.settled'), D.t('energy.transfer'), D.t('energy.gainafter'),
      D.t('energy.produced') + ': ' + D.t('energy.alone'), D.t('energy.together')], r.countries.map(c => [D.country(c.country), D.number(c.total_alone_musd), D.number(c.total_together_musd), D.number(c.settled_musd),
      D.number(c.transfer_received_musd), D.el('span', { class: c.gain_after_settlement_musd < -0.05 ? 'bad' : 'good', text: D.number(c.gain_after_settlement_musd) }), D.number(c.energy_produced_alone_gwh, 0), D.number(c.energy_produced_together_gwh, 0)]), { id: 'energy-settlement' }));
    if (r.energy_transfers.length) {
      box.append(D.el('h2', { text: D.t('energy.transfers') }), D.table([D.t('energy.month'), D.t('energy.from'), D.t('energy.to'), D.t('gwh'), D.t('energy.value') + ', ' + D.t('musd')],
        r.energy_transfers.map(e => [e.month, D.country(e.from), D.country(e.to), D.number(e.gwh), D.number(e.valueMusd)])));
    }
    if (r.money_transfers.length) {
      box.append(D.el('h2', { text: D.t('energy.money') }), D.table([D.t('energy.from'), D.t('energy.to'), D.t('musd')], r.money_transfers.map(m => [D.country(m.from), D.country(m.to), D.number(m.musd)])));
    }
    box.append(D.el('h2', { text: D.t('energy.releases') }), D.table([D.t('energy.reservoir'), D.t('country'), D.t('energy.alone') + ': ' + D.t('energy.winter'), D.t('energy.summer'), D.t('energy.together') + ': ' + D.t('energy.winter'), D.t('energy.summer')],
      r.reservoirs.map(v => [v.reservoir, D.country(v.country), D.number(v.winter_release_alone_hm3, 0), D.number(v.summer_release_alone_hm3, 0), D.number(v.winter_release_together_hm3, 0), D.number(v.summer_release_together_hm3, 0)])));
  }
});
