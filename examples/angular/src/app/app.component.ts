// Registers <news-article> and <news-faq>, and types their events on HTMLElementEventMap, so
// strictTemplates (strictDomEventTypes) types `$event` in (news-toggle) as NewsToggleEvent.
import 'news-elements';
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { ArticleInput, FaqInput, NewsLoadEvent, NewsToggleEvent } from 'news-elements';
import seedArticle from '../../../../demo/data/seed-article.json';
import seedFaq from '../../../../demo/data/seed-faq.json';
import { FaqComponent } from './faq.component.js';

// The seed's FAQ is shown by <news-faq> below, so the article goes without its `hasPart`.
const { hasPart: _faq, ...withoutFaq } = seedArticle;

@Component({
  selector: 'app-root',
  // Angular checks unknown elements against its own schema: this lets custom elements through.
  imports: [FaqComponent],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <news-article
        [content]="article"
        heading-level="1"
        theme="auto"
        (news-load)="onLoad($event)"
      />
      <news-faq [content]="faq" searchable exclusive (news-toggle)="onToggle($event)" />
      <!-- The README's snippet. -->
      <app-faq [faq]="faq" />
      <p aria-live="polite">{{ opened() ? 'Last opened: ' + opened() : '' }}</p>
    </main>
  `,
})
export class AppComponent {
  protected readonly article: ArticleInput = withoutFaq;
  protected readonly faq: FaqInput = seedFaq;
  protected readonly opened = signal('');

  protected onLoad(event: NewsLoadEvent): void {
    console.info('article from', event.detail.source);
  }

  protected onToggle(event: NewsToggleEvent): void {
    if (event.detail.open) this.opened.set(event.detail.id);
  }
}
