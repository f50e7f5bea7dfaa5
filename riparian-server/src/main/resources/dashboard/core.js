// The dashboard's core: translations, number and date formats per language, the API with the login token, the menu
// and a hash router over the pages. A page is one file, pages/ID.js, calling Dashboard.page(ID, {strings, render}).
'use strict';
const Dashboard = (() => {
  const pages = {};
  const strings = {
    en: {
      'app.title': 'Riparian', 'login': 'Log in', 'logout': 'Log out', 'token': 'Token', 'login.bad': 'This token is unknown or revoked.',
      'login.who': 'logged in', 'readonly': 'Read only: log in with a token to start runs.',
      'run.start': 'Start', 'run.queued': 'Queued', 'run.running': 'Running', 'run.done': 'Done', 'run.failed': 'Failed',
      'run.none': 'No run yet.', 'run.of': 'Run {id}, started {time}', 'season': 'Season', 'hydrology': 'Hydrology',
      'scenarios': 'Scenarios', 'mode': 'Mode', 'mode.simulate': 'simulate (priorities)', 'mode.optimise': 'optimise (economic values)',
      'country': 'Country', 'total': 'Total', 'hm3': 'hm³', 'musd': 'million US$', 'gwh': 'GWh', 'yes': 'yes', 'no': 'no',
      'decade': 'Decade', 'loading': 'Loading…', 'error': 'Error',
      'hydrology.normal': 'normal', 'hydrology.dry': 'dry', 'hydrology.wet': 'wet', 'rule.equal split of the gain': 'equal split of the gain',
      'season.vegetation': '{y} vegetation (Apr–Sep)', 'season.nonveg': '{y}–{y1} non-vegetation (Oct–Mar)', 'season.year': '{y}–{y1} hydrological year'
    },
    ru: {
      'app.title': 'Рипариан', 'login': 'Войти', 'logout': 'Выйти', 'token': 'Токен', 'login.bad': 'Токен неизвестен или отозван.',
      'login.who': 'вход выполнен', 'readonly': 'Только просмотр: войдите с токеном, чтобы запускать расчёты.',
      'run.start': 'Запустить', 'run.queued': 'В очереди', 'run.running': 'Выполняется', 'run.done': 'Готово', 'run.failed': 'Ошибка',
      'run.none': 'Расчётов ещё нет.', 'run.of': 'Расчёт {id}, запущен {time}', 'season': 'Сезон', 'hydrology': 'Водность',
      'scenarios': 'Сценарии', 'mode': 'Режим', 'mode.simulate': 'моделирование (приоритеты)', 'mode.optimise': 'оптимизация (экономика)',
      'country': 'Страна', 'total': 'Итого', 'hm3': 'млн м³', 'musd': 'млн долл. США', 'gwh': 'ГВт·ч', 'yes': 'да', 'no': 'нет',
      'decade': 'Декада', 'loading': 'Загрузка…', 'error': 'Ошибка',
      'hydrology.normal': 'средняя', 'hydrology.dry': 'маловодная', 'hydrology.wet': 'многоводная', 'rule.equal split of the gain': 'выигрыш поровну',
      'season.vegetation': 'вегетация {y} (апр.–сент.)', 'season.nonveg': 'межвегетация {y}–{y1} (окт.–март)', 'season.year': 'гидрологический год {y}–{y1}'
    }
  };
  const names = {
    en: { KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan', AFG: 'Afghanistan' },
    ru: { KAZ: 'Казахстан', KGZ: 'Кыргызстан', TJK: 'Таджикистан', TKM: 'Туркменистан', UZB: 'Узбекистан', AFG: 'Афганистан' }
  };
  let language = localStorage.getItem('riparian.language') || 'en';
  let token = sessionStorage.getItem('riparian.token') || '';
  let current = null;

  function t(key, values) {
    let text = (strings[language] && strings[language][key]) || strings.en[key] || key;
    Object.entries(values || {}).forEach(([k, v]) => { text = text.split('{' + k + '}').join(v); });
    return text;
  }
  function locale() { return language === 'ru' ? 'ru-RU' : 'en-GB'; }
  function number(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const d = digits === undefined ? 1 : digits;
    return new Intl.NumberFormat(locale(), { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
  }
  function date(text, withTime) {
    const options = withTime ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale(), options).format(new Date(text.length === 10 ? text + 'T00:00:00Z' : text));
  }
  function decade(start) {
    const d = new Date(start + 'T00:00:00Z');
    const month = new Intl.DateTimeFormat(locale(), { month: 'short', timeZone: 'UTC' }).format(d);
    return month + ' ' + (d.getUTCDate() <= 10 ? 'I' : d.getUTCDate() <= 20 ? 'II' : 'III');
  }
  function seasonLabel(label) {
    const m = /^(\d{4})-(vegetation|non-vegetation|(\d{4}))$/.exec(label || '');
    if (!m) return label;
    const y = Number(m[1]);
    return t(m[2] === 'vegetation' ? 'season.vegetation' : m[2] === 'non-vegetation' ? 'season.nonveg' : 'season.year', { y: y, y1: y + 1 });
  }
  // A hydrology or rule the basin names: translated when the dashboard knows the word, else as the basin spells it.
  function word(prefix, name) { const key = prefix + '.' + name; return t(key) === key ? name : t(key); }
  function country(code) { return (names[language] && names[language][code]) || code; }

  async function api(path, options) {
    const init = Object.assign({ headers: {} }, options || {});
    if (token) init.headers.Authorization = 'Bearer ' + token;
    if (init.body && typeof init.body !== 'string') {
      init.body = JSON.stringify(init.body);
      init.headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, init);
    const text = await response.text();
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') && text ? JSON.parse(text) : text;
    if (!response.ok) {
      const error = new Error(body && body.message ? body.message : response.status + ' ' + response.statusText);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // A file behind the token (a plain link does not send it), saved under `name` from memory.
  async function download(path, name) {
    const response = await fetch(path, { headers: token ? { Authorization: 'Bearer ' + token } : {} });
    if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
    const url = URL.createObjectURL(await response.blob());
    const anchor = el('a', { href: url, download: name });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
    });
    (children || []).forEach(child => node.append(child));
    return node;
  }
  function table(headers, rows, attributes) {
    return el('table', attributes, [el('thead', {}, [el('tr', {}, headers.map(h => el('th', { text: h })))]),
      el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => c instanceof Node ? el('td', {}, [c]) : el('td', { text: c })))))]);
  }
  const charts = [];
  function chart(container, option, tall) {
    // `tall`: true for the tall charts, or a height in pixels
    const box = el('div', { class: tall === true ? 'chart tall' : 'chart', style: typeof tall === 'number' ? 'height:' + tall + 'px' : null });
    container.append(box);
    [].concat(option.xAxis || [], option.yAxis || []).filter(axis => axis.type === 'value').forEach(axis => {
      axis.axisLabel = Object.assign({ formatter: v => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(v) }, axis.axisLabel || {});
    });
    const instance = echarts.init(box, null, { renderer: 'canvas', width: box.clientWidth || 600 });
    instance.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' } }, option));
    // a chart made before its panel is on the page, or whose panel changes width, takes the panel's width when it has one
    new ResizeObserver(() => { if (!instance.isDisposed() && box.clientWidth) instance.resize({ width: box.clientWidth }); }).observe(box);
    charts.push(instance);
    return instance;
  }
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));

  // The latest finished run of a kind, or null.
  async function latest(kind) {
    const list = await api('/api/v1/' + kind);
    const done = list.runs.find(run => run.status === 'done');
    return done ? api('/api/v1/' + kind + '/' + done.id) : null;
  }

  // A form that starts a run of `kind` (hidden for anonymous users) and a progress line; `onDone(job)` when it completes.
  function runForm(container, kind, fields, body, onDone) {
    const status = el('div', { class: 'status', id: kind + '-status' });
    if (!token) {
      container.append(el('p', { class: 'note', text: t('readonly') }), status);
      return;
    }
    const form = el('form', { class: 'run', id: kind + '-form' }, fields.concat([el('button', { type: 'submit', id: kind + '-start', text: t('run.start') })]));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      status.textContent = '';
      try {
        const job = await api('/api/v1/' + kind, { method: 'POST', body: body() });
        follow(kind, job.id, status, onDone);
      } catch (error) {
        status.append(el('span', { class: 'error', text: t('error') + ': ' + error.message }));
      }
    });
    container.append(form, status);
  }
  async function follow(kind, id, status, onDone) {
    const job = await api('/api/v1/' + kind + '/' + id);
    const total = job.progress.total;
    const bar = el('span', { class: 'progress' }, [el('div', { style: 'width:' + (total ? Math.round(100 * job.progress.done / total) : job.status === 'done' ? 100 : 5) + '%' })]);
    status.replaceChildren(el('span', { class: 'job-state', 'data-status': job.status, text: t('run.' + job.status) + ' ' }), bar,
      total ? el('span', { text: ' ' + job.progress.done + ' / ' + total }) : '');
    if (job.status === 'failed') status.append(el('div', { class: 'error', text: job.error }));
    if (job.status === 'done') onDone(job);
    else if (job.status !== 'failed' && current) setTimeout(() => follow(kind, id, status, onDone), 500);
  }
  function select(id, label, options, chosen) {
    return el('label', {}, [t(label), el('select', { id: id }, options.map(([value, text]) => el('option', { value: value, selected: value === chosen, text: text })))]);
  }
  function seasonOptions(kind) {
    const now = new Date();
    const y = now.getUTCMonth() >= 9 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
    const labels = kind === 'plan' ? [y + '-vegetation', y + '-non-vegetation', (y - 1) + '-' + y, (y - 1) + '-vegetation']
      : [(y - 1) + '-' + y, y + '-' + (y + 1), y + '-vegetation'];
    return labels.map(label => [label, seasonLabel(label)]);
  }

  function page(id, definition) {
    pages[id] = definition;
    if (definition.strings) Object.entries(definition.strings).forEach(([lang, s]) => Object.assign(strings[lang], s));
  }

  let order = [];
  function start(ids) {
    order = ids;
    Promise.all(ids.map(id => new Promise((resolve, reject) => {
      const script = el('script', { src: '/dashboard/pages/' + id + '.js' });
      script.onload = resolve;
      script.onerror = () => reject(new Error('page ' + id + ' did not load'));
      document.head.append(script);
    }))).then(() => {
      window.addEventListener('hashchange', render);
      document.getElementById('language').value = language;
      document.getElementById('language').addEventListener('change', event => {
        language = event.target.value;
        localStorage.setItem('riparian.language', language);
        render();
      });
      render();
    });
  }
  function navigation() {
    const nav = document.getElementById('nav');
    nav.replaceChildren(...order.map(id => el('a', { href: '#/' + id, id: 'nav-' + id, class: id === current ? 'active' : null, text: t(id + '.title') })));
    document.documentElement.lang = language;
    document.querySelectorAll('[data-t]').forEach(node => { node.textContent = t(node.dataset.t); });
    loginBox();
  }
  function loginBox() {
    const box = document.getElementById('login');
    if (token) {
      box.replaceChildren(el('span', { text: t('login.who') + ' ' }), el('button', { id: 'logout', text: t('logout'), onclick: () => { token = ''; sessionStorage.removeItem('riparian.token'); render(); } }));
      return;
    }
    const input = el('input', { type: 'password', id: 'token', placeholder: t('token'), size: 14 });
    const message = el('span', { class: 'error' });
    box.replaceChildren(input, el('button', { id: 'login-button', text: t('login'), onclick: async () => {
      token = input.value.trim();
      try {
        await api('/api/v1/plans');
        sessionStorage.setItem('riparian.token', token);
        render();
      } catch (error) {
        token = '';
        message.textContent = t('login.bad');
      }
    } }), message);
  }
  async function render() {
    const id = (location.hash.replace(/^#\/?/, '').split('?')[0]) || order[0];
    current = pages[id] ? id : order[0];
    charts.splice(0).forEach(c => c.dispose());
    navigation();
    const main = document.getElementById('page');
    main.replaceChildren(el('h1', { id: 'page-title', text: t(current + '.title') }), el('p', { class: 'note', text: t(current + '.about') }));
    const body = el('div', { id: current + '-page' });
    main.append(body);
    try {
      await pages[current].render(body, new URLSearchParams(location.hash.split('?')[1] || ''));
    } catch (error) {
      body.append(el('p', { class: 'error', text: t('error') + ': ' + error.message }));
    }
    main.dataset.ready = current;
  }
  return { t, word, number, date, decade, seasonLabel, country, api, download, el, table, chart, latest, runForm, follow, select, seasonOptions, page, start, render,
    get language() { return language; }, get loggedIn() { return !!token; } };
})();
