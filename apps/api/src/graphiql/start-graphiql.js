// Mounts GraphiQL on the page served at GET /graphql. A separate file rather than an inline script, so that the
// page's Content-Security-Policy can forbid inline scripts. Requests are JSON POSTs to the same origin: the
// session cookie goes along, and Apollo's CSRF prevention accepts them.
const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
);
