import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { Labels } from '../i18n/labels.js';

/** What the toolbar shows and the handlers of its controls. */
export interface ToolbarOptions {
  readonly labels: Labels;
  readonly searchable: boolean;
  readonly controls: boolean;
  /** "Expand all" is not shown in exclusive mode. */
  readonly exclusive: boolean;
  readonly query: string;
  readonly searchId: string;
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
  readonly onSearchInput: (event: Event) => void;
  readonly onSearchKeydown: (event: KeyboardEvent) => void;
  readonly onClearSearch: () => void;
}

/** The row above the questions: the search box and the expand/collapse buttons, as enabled. */
export function renderToolbar(options: ToolbarOptions): TemplateResult | typeof nothing {
  const { labels, searchable, controls } = options;
  if (!searchable && !controls) return nothing;
  return html`<div part="toolbar" class="toolbar">
    ${searchable ? renderSearch(options) : nothing}
    ${
      controls
        ? html`<div class="actions">
            ${
              options.exclusive
                ? nothing
                : html`<button type="button" class="button" @click=${options.onExpandAll}>
                    ${labels.expandAll}
                  </button>`
            }
            <button type="button" class="button" @click=${options.onCollapseAll}>
              ${labels.collapseAll}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

function renderSearch(options: ToolbarOptions): TemplateResult {
  const { labels, query } = options;
  return html`<div class="search">
    <label for=${options.searchId}>${labels.search}</label>
    <input
      id=${options.searchId}
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      placeholder=${labels.searchPlaceholder}
      .value=${live(query)}
      @input=${options.onSearchInput}
      @keydown=${options.onSearchKeydown}
    />
    ${
      query
        ? html`<button type="button" class="button" @click=${options.onClearSearch}>
            ${labels.clearSearch}
          </button>`
        : nothing
    }
  </div>`;
}
