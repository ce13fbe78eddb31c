// A host page's own Lit (a second copy beside the one in our bundle), rendering into #host.
import { html, render } from '/node_modules/lit-html/lit-html.js';

render(html`<p>Rendered by the host's Lit.</p>`, document.getElementById('host'));
