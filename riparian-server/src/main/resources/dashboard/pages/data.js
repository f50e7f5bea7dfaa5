// The data explorer: stations and their datastreams with a search, a chart of the best available values with the QC
// flags marked, the revisions of an observation, and the CSV and WaterML downloads.
'use strict';
Dashboard.page('data', {
  strings: {
    en: { 'data.title': 'Data', 'data.about': 'Observations posted by the hydromet agencies. Search a station, river node or country; pick a datastream to see its best available values (agreed before checked before raw). Points with a quality-control flag are drawn in red; click a point to see every revision of that observation.',
      'data.search': 'Search', 'data.station': 'Station', 'data.datastream': 'Datastream', 'data.unit': 'Unit', 'data.level': 'Level', 'data.none': 'No datastream matches.',
      'data.empty': 'No observations in this datastream yet.', 'data.value': 'value', 'data.flagged': 'QC flag', 'data.time': 'Time', 'data.flags': 'QC flags',
      'data.revisions': 'Revisions of observation {id}', 'data.revision': 'Revision', 'data.sender': 'Sent by', 'data.received': 'Received', 'data.download': 'Download:', 'data.count': '{n} datastreams' },
    ru: { 'data.title': 'Данные', 'data.about': 'Наблюдения гидрометслужб. Найдите пост, узел реки или страну; выберите ряд, чтобы увидеть лучшие доступные значения (согласованные, затем проверенные, затем исходные). Точки с флагом контроля качества — красные; щёлкните по точке, чтобы увидеть все редакции наблюдения.',
      'data.search': 'Поиск', 'data.station': 'Пост', 'data.datastream': 'Ряд данных', 'data.unit': 'Ед.', 'data.level': 'Уровень', 'data.none': 'Ничего не найдено.',
      'data.empty': 'В этом ряду ещё нет наблюдений.', 'data.value': 'значение', 'data.flagged': 'флаг контроля', 'data.time': 'Время', 'data.flags': 'Флаги контроля',
      'data.revisions': 'Редакции наблюдения {id}', 'data.revision': 'Редакция', 'data.sender': 'Отправитель', 'data.received': 'Получено', 'data.download': 'Скачать:', 'data.count': 'рядов: {n}' }
  },
  async render(container, query) {
    const D = Dashboard;
    const list = await D.api('/sta/v1.1/Datastreams?$expand=Thing&$top=1000');
    const search = D.el('input', { type: 'search', id: 'data-search', placeholder: D.t('data.search'), value: query.get('q') || '' });
    const count = D.el('span', { class: 'note' });
    const listBox = D.el('div', { class: 'scroll', id: 'data-list' });
    const view = D.el('div', { class: 'panel', id: 'data-view', style: 'flex: 2 1 600px' });
    container.append(D.el('div', { class: 'row' }, [D.el('div', { class: 'panel' }, [search, ' ', count, listBox]), view]));
    const show = () => {
      const words = search.value.toLowerCase().split(/\s+/).filter(w => w);
      const matches = list.value.filter(ds => {
        const text = [ds.name, ds.Thing.name, (ds.Thing.properties || {}).country, D.country((ds.Thing.properties || {}).country)].join(' ').toLowerCase();
        return words.every(w => text.includes(w));
      });
      count.textContent = D.t('data.count', { n: matches.length });
      listBox.replaceChildren(matches.length ? D.table([D.t('data.station'), D.t('data.datastream'), D.t('data.unit')], matches.map(ds => [
        ds.Thing.name, D.el('button', { class: 'link', 'data-id': ds['@iot.id'], text: ds.name, onclick: () => this.series(view, ds) }), ds.unitOfMeasurement.symbol])) : D.el('p', { text: D.t('data.none') }));
    };
    search.addEventListener('input', show);
    show();
    // a link from another page (compliance) names the datastream to open: #/data?ds=ID&q=STATION
    const linked = list.value.find(ds => String(ds['@iot.id']) === query.get('ds'));
    if (linked) await this.series(view, linked);
  },
  async series(view, ds) {
    const D = Dashboard;
    const id = ds['@iot.id'];
    const [best, csv] = await Promise.all([D.api('/api/v1/datastreams/' + id + '/best'), D.api('/api/v1/datastreams/' + id + '/export.csv')]);
    const flags = {};
    csv.trim().split('\n').slice(1).forEach(line => {
      const m = /^([^,]+),[^,]*,[^,]*,[^,]*,"?(.*?)"?$/.exec(line);
      if (m && m[2]) flags[m[1]] = m[2];
    });
    const downloads = D.el('p', {}, [D.t('data.download') + ' ', D.el('a', { href: '/api/v1/datastreams/' + id + '/export.csv', download: 'datastream-' + id + '.csv', text: 'CSV' }), ' · ',
      D.el('a', { href: '/api/v1/datastreams/' + id + '/export.wml', download: 'datastream-' + id + '.wml', text: 'WaterML 2.0' })]);
    view.replaceChildren(D.el('h2', { id: 'data-name', text: ds.name }), downloads);
    if (!best.values.length) {
      view.append(D.el('p', { id: 'data-empty', text: D.t('data.empty') }));
      return;
    }
    const points = best.values.map(v => ({ time: v.phenomenonTime.split('/')[0], value: v.result, observation: v.observation, level: v.processingLevel, flag: flags[v.phenomenonTime] }));
    const revisions = D.el('div', { id: 'data-revisions' });
    const chart = D.chart(view, {
      tooltip: { trigger: 'item', formatter: p => D.date(p.data.time, true) + '<br>' + D.number(p.data.value[1], 2) + ' ' + best.unit + ' (' + p.data.level + ')' + (p.data.flag ? '<br>' + p.data.flag : '') },
      legend: { top: 0 }, grid: { left: 60, right: 20, top: 36, bottom: 40 },
      xAxis: { type: 'time', axisLabel: { formatter: v => D.date(new Date(v).toISOString().substring(0, 10)) } }, yAxis: { type: 'value', name: best.unit },
      series: [
        { name: D.t('data.value'), type: 'line', showSymbol: true, symbolSize: 5, data: points.map(p => ({ value: [p.time, p.value], time: p.time, level: p.level, flag: p.flag, observation: p.observation })) },
        { name: D.t('data.flagged'), type: 'scatter', symbolSize: 11, itemStyle: { color: '#c0392b' }, data: points.filter(p => p.flag).map(p => ({ value: [p.time, p.value], time: p.time, level: p.level, flag: p.flag, observation: p.observation })) }]
    });
    chart.on('click', params => this.revisions(revisions, params.data.observation));
    const flagged = points.filter(p => p.flag);
    if (flagged.length) {
      view.append(D.el('h2', { text: D.t('data.flags') }), D.table([D.t('data.time'), D.t('data.value'), D.t('data.flags')],
        flagged.map(p => [D.date(p.time, true), D.number(p.value, 2), D.el('button', { class: 'link bad', text: p.flag, onclick: () => this.revisions(revisions, p.observation) })]), { id: 'data-flags' }));
    }
    view.append(revisions);
  },
  async revisions(box, observation) {
    const D = Dashboard;
    const revisions = await D.api('/api/v1/observations/' + observation + '/revisions');
    box.replaceChildren(D.el('h2', { text: D.t('data.revisions', { id: observation }) }), D.table([D.t('data.revision'), D.t('data.value'), D.t('data.sender'), D.t('data.received')],
      revisions.map(r => [String(r.revision), D.number(r.result, 2), r.sender, D.date(r.received, true)]), { id: 'data-revision-table' }));
  }
});
