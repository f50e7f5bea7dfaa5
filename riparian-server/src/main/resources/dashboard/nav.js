// The pages in the order of the menu. Adding a page is one file, pages/ID.js, calling
// Dashboard.page(ID, { strings: { en: { 'ID.title': ..., 'ID.about': ... }, ru: { ... } }, async render(container, query) { ... } }),
// and its ID in this list; core.js loads the file and draws the menu entry, the language switch and the login.
Dashboard.start(['basin', 'data', 'plan', 'compliance', 'energy', 'ensembles', 'shares']);
