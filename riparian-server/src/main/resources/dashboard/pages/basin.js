// The basin schematic: nodes laid out from the topology, coloured by shortage or storage in a chosen decade of the
// latest plan; a click on a node shows its series in that plan and the stations measuring it.
'use strict';
Dashboard.page('basin', {
  strings: {
    en: { 'basin.title': 'Basin', 'basin.about': 'The river network as a schematic: water flows left to right. Colours show the latest plan in the chosen decade: shortage at demand sites (share of demand not delivered) and filling of reservoirs (share of full storage).',
      'basin.colour': 'Colour by', 'basin.shortage': 'shortage at demand sites', 'basin.storage': 'reservoir filling', 'basin.noplan': 'No plan has been run yet: the nodes are shown without colours. Start one on the Plan page.',
      'basin.kind.inflow': 'inflow', 'basin.kind.junction': 'junction / gauge', 'basin.kind.reservoir': 'reservoir', 'basin.kind.hydropower': 'hydropower plant',
      'basin.kind.demand': 'demand site', 'basin.kind.canal': 'canal', 'basin.kind.terminal': 'sea / lake', 'basin.click': 'Click a node for its series in the plan.',
      'basin.demand': 'demand', 'basin.delivered': 'delivered', 'basin.shortagehm3': 'shortage', 'basin.storagehm3': 'storage at end of decade', 'basin.inflow': 'inflow',
      'basin.stations': 'Stations of this node in the data explorer', 'basin.plan': 'Plan {season}, hydrology {hydrology}' },
    ru: { 'basin.title': 'Бассейн', 'basin.about': 'Схема речной сети: вода течёт слева направо. Цвет показывает последний план в выбранной декаде: дефицит у водопотребителей (доля недоданной воды) и наполнение водохранилищ (доля полного объёма).',
      'basin.colour': 'Цвет по', 'basin.shortage': 'дефицит у водопотребителей', 'basin.storage': 'наполнение водохранилищ', 'basin.noplan': 'План ещё не рассчитан: узлы показаны без цвета. Запустите расчёт на странице «План».',
      'basin.kind.inflow': 'приток', 'basin.kind.junction': 'узел / гидропост', 'basin.kind.reservoir': 'водохранилище', 'basin.kind.hydropower': 'ГЭС',
      'basin.kind.demand': 'водопотребитель', 'basin.kind.canal': 'канал', 'basin.kind.terminal': 'море / озеро', 'basin.click': 'Щёлкните по узлу, чтобы увидеть его ряды в плане.',
      'basin.demand': 'потребность', 'basin.delivered': 'подано', 'basin.shortagehm3': 'дефицит', 'basin.storagehm3': 'объём на конец декады', 'basin.inflow': 'приток',
      'basin.stations': 'Посты этого узла в обозревателе данных', 'basin.plan': 'План: {season}, водность {hydrology}' }
  },
  async render(container, query) {
    const D = Dashboard;
    const [basin, plan] = await Promise.all([D.api('/api/v1/basin'), D.latest('plans')]);
    const steps = plan ? plan.result.summary.steps : [];
    const controls = D.el('form', { class: 'run' });
    const colour = D.select('basin-colour', 'basin.colour', [['shortage', D.t('basin.shortage')], ['storage', D.t('basin.storage')]], query.get('colour') || 'shortage');
    const decade = D.select('basin-decade', 'decade', steps.map((s, i) => [String(i), D.decade(s.start) + ' ' + s.start.substring(0, 4)]), '0');
    if (plan) controls.append(colour, decade, D.el('span', { class: 'note', text: D.t('basin.plan', { season: D.seasonLabel(plan.result.summary.run.season), hydrology: D.word('hydrology', plan.result.summary.run.hydrology) }) }));
    else controls.append(D.el('p', { class: 'note', id: 'basin-noplan', text: D.t('basin.noplan') }));
    container.append(controls);
    const left = D.el('div', { class: 'panel' });
    const detail = D.el('div', { class: 'panel', id: 'basin-detail' }, [D.el('p', { class: 'note', text: D.t('basin.click') })]);
    container.append(left, detail);
    const graph = D.chart(left, {}, true);
    const draw = () => graph.setOption(this.option(basin, plan, colour.querySelector('select').value, Number(decade.querySelector('select').value || 0)), true);
    colour.addEventListener('change', draw);
    decade.addEventListener('change', draw);
    draw();
    graph.on('click', params => { if (params.dataType === 'node') this.detail(detail, params.data.id, basin, plan); });
  },
  symbols: { inflow: 'triangle', junction: 'circle', reservoir: 'rect', hydropower: 'diamond', demand: 'circle', canal: 'roundRect', terminal: 'pin' },
  labelled: ['reservoir', 'demand', 'terminal', 'canal'],
  sizes: { inflow: 12, junction: 8, reservoir: 20, hydropower: 16, demand: 14, canal: 12, terminal: 30 },
  value(node, plan, colour, t) {
    const series = plan && plan.result.nodes[node.id];
    if (!series) return null;
    if (colour === 'shortage' && series.demand_hm3) return series.demand_hm3[t] > 0 ? 100 * series.shortage_hm3[t] / series.demand_hm3[t] : 0;
    if (colour === 'storage' && series.storage_end_hm3) return series.full_storage_hm3 > 0 ? 100 * series.storage_end_hm3[t] / series.full_storage_hm3 : 0;
    return null;
  },
  option(basin, plan, colour, t) {
    const D = Dashboard;
    const kinds = Object.keys(this.symbols);
    const nodes = basin.nodes.map(node => {
      const value = this.value(node, plan, colour, t);
      return { id: node.id, name: node.id, x: node.column * 110, y: node.row * 46, symbol: this.symbols[node.kind], symbolSize: this.sizes[node.kind],
        category: kinds.indexOf(node.kind), value: value === null ? '-' : value, node: node,
        itemStyle: value === null ? { color: '#b8c4cc' } : undefined, label: { show: this.labelled.includes(node.kind), position: 'right', fontSize: 10 } };
    });
    return {
      tooltip: { formatter: p => p.dataType === 'node' ? p.data.id + ' (' + D.t('basin.kind.' + p.data.node.kind) + ', ' + D.country(p.data.node.country) + ')'
        + (p.data.value === '-' ? '' : '<br>' + D.t(colour === 'shortage' ? 'basin.shortage' : 'basin.storage') + ': ' + D.number(p.data.value, 0) + ' %') : p.data.source + ' → ' + p.data.target },
      legend: { data: kinds.map(k => ({ name: D.t('basin.kind.' + k), icon: this.symbols[k] === 'pin' ? 'pin' : this.symbols[k] })), bottom: 0, selectedMode: false },
      visualMap: { type: 'continuous', min: 0, max: 100, dimension: 0, seriesIndex: 0, orient: 'horizontal', left: 'center', top: 0, calculable: false,
        text: ['100 %', D.t(colour === 'shortage' ? 'basin.shortage' : 'basin.storage') + ': 0 %'], inRange: { color: colour === 'shortage' ? ['#2e9e4f', '#f2c14e', '#c0392b'] : ['#c0392b', '#f2c14e', '#2a7fc1'] } },
      series: [{ type: 'graph', layout: 'none', roam: true, top: 50, bottom: 50, left: 30, right: 150, nodeScaleRatio: 0, labelLayout: { hideOverlap: true }, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        categories: kinds.map(k => ({ name: D.t('basin.kind.' + k), symbol: this.symbols[k], itemStyle: { color: '#7d8f9c' } })),
        lineStyle: { color: '#5b8fb9', width: 1.5, opacity: 0.8 }, data: nodes,
        links: basin.links.map(link => ({ source: link.from, target: link.to })) }]
    };
  },
  async detail(panel, id, basin, plan) {
    const D = Dashboard;
    const node = basin.nodes.find(n => n.id === id);
    panel.replaceChildren(D.el('h2', { id: 'basin-node', text: id }), D.el('p', { text: D.t('basin.kind.' + node.kind) + ', ' + D.country(node.country) + ', ' + node.basin }));
    const series = plan && plan.result.nodes[id];
    if (series) {
      const labels = plan.result.summary.steps.map(s => D.decade(s.start));
      const lines = [['demand_hm3', 'basin.demand'], ['delivered_hm3', 'basin.delivered'], ['shortage_hm3', 'basin.shortagehm3'], ['storage_end_hm3', 'basin.storagehm3'], ['inflow_hm3', 'basin.inflow']]
        .filter(([key]) => series[key]).map(([key, label]) => ({ name: D.t(label), type: key === 'shortage_hm3' ? 'bar' : 'line', data: series[key] }));
      D.chart(panel, { tooltip: { trigger: 'axis', valueFormatter: v => D.number(v, 1) + ' ' + D.t('hm3') }, legend: { top: 0, type: 'scroll' }, grid: { left: 60, right: 10, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', name: D.t('hm3') }, series: lines });
    }
    panel.append(D.el('a', { href: '#/data?q=' + encodeURIComponent(id), text: D.t('basin.stations') }));
  }
});
