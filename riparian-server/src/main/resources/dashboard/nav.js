// The pages in the order of the menu: each is pages/ID.js, which registers itself with Dashboard.page(ID, ...).
Dashboard.start(['basin', 'data', 'plan', 'energy', 'ensembles', 'shares']);
